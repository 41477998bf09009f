"""Benchmark 3, round trip on loopback: place-order calls, one thread, against one sandbox venue.

The sandbox (``venuebind.sandbox``) runs in a process of its own and checks every request as the venue would: key,
timestamp window, signature, body schema, unused client order id.  venuebind sends through ``Client.send`` (the
same as the endpoint function: build the model, prepare, send, parse); ccxt calls the implicit method the venue
NOTES name, with its ``urls['api']`` pointed at the sandbox (no ``load_markets``, no time fetch); for Gate,
gate-api's ``SpotApi.create_spot_price_triggered_order`` too.  Client-side rate limiting is off on both sides
(ccxt's ``enableRateLimit``, venuebind's ``pacer``).  The libraries take turns in blocks of calls, and every call
must be accepted: a refused signature stops the benchmark.
"""

from __future__ import annotations

import inspect
import itertools
import time
from collections.abc import Callable
from typing import Any

from bench.common import (
    ORDERS,
    Order,
    Row,
    SandboxProcess,
    ccxt_exchange,
    gate_api_client,
    judge,
    median,
    noise,
    venuebind_credentials,
    venuebind_venue,
)

BENCH = "3 round trip"


def accepted(order: Order, library: str, answer: Any) -> None:
    """Raise unless ``answer`` is a successful placement."""
    if library == "venuebind":
        failures = getattr(answer, "failure_list", None)
        if failures:
            raise AssertionError(f"{order.name}: venuebind's batch entries were refused: {failures}")
        return
    if library == "gate-api":
        if not getattr(answer, "id", None):
            raise AssertionError(f"{order.name}: gate-api got no order id: {answer}")
        return
    ok = {
        "bitget": lambda a: a.get("code") == "00000",
        "gate": lambda a: "id" in a,
        "bingx": lambda a: a.get("code") == 0,
    }
    if not isinstance(answer, dict) or not ok[order.venue](answer):
        raise AssertionError(f"{order.name}: ccxt's call was not accepted: {answer}")
    if order.venue == "bitget" and (answer.get("data") or {}).get("failureList"):
        raise AssertionError(f"{order.name}: ccxt's batch entries were refused: {answer}")


def unpaced(venue: Any) -> dict[str, Any]:
    """``Client`` arguments that switch off its client-side rate limiting (``pacer=None``), as ccxt's
    ``enableRateLimit`` is off: both would sleep to keep a live venue's limits, which measures the limits."""
    return {"pacer": None} if "pacer" in inspect.signature(venue.Client).parameters else {}


def measure(
    cases: dict[str, Callable[[], Any]], order: Order, *, calls: int, block: int
) -> tuple[dict[str, list[float]], dict[str, list[float]]]:
    """Seconds of each call, and this process's CPU seconds per call in each block (the client's own work: the
    sandbox runs elsewhere), the libraries taking turns every ``block`` calls."""
    latencies: dict[str, list[float]] = {name: [] for name in cases}
    cpu: dict[str, list[float]] = {name: [] for name in cases}
    for name, call in cases.items():  # connect, and first-use work, before timing
        for _ in range(3):
            accepted(order, name, call())
    items = list(cases.items())
    for turn in range(calls // block):
        for name, call in items if turn % 2 == 0 else reversed(items):
            answers = []
            cpu_started = time.process_time()
            for _ in range(block):
                started = time.perf_counter()
                answers.append(call())
                latencies[name].append(time.perf_counter() - started)
            cpu[name].append((time.process_time() - cpu_started) / block)
            for answer in answers:
                accepted(order, name, answer)
    return latencies, cpu


def run(quick: bool = False) -> list[Row]:
    calls, block = (50, 10) if quick else (1000, 50)
    rows: list[Row] = []
    ids = itertools.count(1)
    for order in ORDERS:
        venue = venuebind_venue(order.venue)
        with SandboxProcess(order.venue) as sandbox:
            client = venue.Client(venuebind_credentials(order.venue), base_url=sandbox.base_url, **unpaced(venue))
            exchange = ccxt_exchange(order.venue, base_url=sandbox.base_url)
            implicit = getattr(exchange, order.ccxt_implicit)
            build = order.builder()

            def ours(send: Any = client.send, build: Any = build) -> Any:
                return send(build(next(ids)))

            def theirs(implicit: Any = implicit, params: Any = order.ccxt_params) -> Any:
                return implicit(params(next(ids)))

            cases: dict[str, Callable[[], Any]] = {"venuebind": ours, "ccxt": theirs}
            if order.gate_api is not None:
                import gate_api

                spot = gate_api.SpotApi(gate_api_client(sandbox.base_url))

                def official(spot: Any = spot, make: Any = order.gate_api) -> Any:
                    return spot.create_spot_price_triggered_order(make())

                cases["gate-api"] = official
            try:
                latencies, cpu = measure(cases, order, calls=calls, block=block)
            finally:
                client.close()
                outcomes = sandbox.close()
        expected = sum(len(values) + 3 for values in latencies.values())
        if outcomes.get("accepted") != expected or len(outcomes) != 1:
            raise AssertionError(f"{order.name}: the sandbox saw {outcomes}, expected {expected} accepted")
        throughput = {name: len(values) / sum(values) for name, values in latencies.items()}
        # Noise: throughput of each block of calls.
        blocks = {
            name: [block / sum(values[i : i + block]) for i in range(0, len(values), block)]
            for name, values in latencies.items()
        }
        for peer in [name for name in cases if name != "venuebind"]:
            row = Row(
                BENCH,
                order.name,
                throughput["venuebind"],
                "calls/s",
                "ccxt" if peer == "ccxt" else "gate-api",
                throughput[peer],
                noise=noise(blocks["venuebind"], blocks[peer]),
                note=(
                    f"{calls} calls each; median latency {median(latencies['venuebind']) * 1000:.2f} vs "
                    f"{median(latencies[peer]) * 1000:.2f} ms; client CPU per call "
                    f"{median(cpu['venuebind']) * 1000:.2f} vs {median(cpu[peer]) * 1000:.2f} ms; "
                    f"all {expected} requests accepted by the sandbox"
                ),
            )
            if peer == "ccxt":
                judge(row, 1.5, at_least=True)
            else:
                row.note += "; informational"
            rows.append(row)
    return rows


if __name__ == "__main__":
    from bench.common import table

    print(table(run()))
