"""Benchmark 6, async round trip on loopback: place-order calls from asyncio tasks, 1 and 64 at a time.

The same five orders and the same sandbox (in a process of its own, checking every request) as benchmark 3.
venuebind sends through ``AsyncClient.send`` (asyncio and httptools, a pool of 64 connections); ccxt through the same
implicit methods of ``ccxt.async_support`` (aiohttp).  Rate limiting is off on both sides.  Both run in one event
loop and take turns in rounds: a round is ``calls`` calls spread over ``tasks`` tasks, timed from the first to the
last answer; throughput is the median over rounds.  Every answer must be an accepted order.
"""

from __future__ import annotations

import asyncio
import itertools
import time
from collections.abc import Awaitable, Callable
from typing import Any

from bench.common import (
    ORDERS,
    Order,
    Row,
    SandboxProcess,
    ccxt_exchange,
    judge,
    median,
    noise,
    venuebind_credentials,
    venuebind_venue,
)
from bench.roundtrip import accepted

BENCH = "6 async round trip"
CONCURRENCY = (1, 64)


async def one_round(
    call: Callable[[], Awaitable[Any]], order: Order, name: str, *, calls: int, tasks: int
) -> tuple[float, float]:
    """Calls per second of ``calls`` calls from ``tasks`` tasks, and this process's CPU seconds per call (the client's
    own work: the sandbox runs elsewhere); every answer is checked after the clocks stop."""
    answers: list[Any] = []

    async def worker(count: int) -> None:
        for _ in range(count):
            answers.append(await call())

    started, cpu_started = time.perf_counter(), time.process_time()
    await asyncio.gather(*(worker(calls // tasks) for _ in range(tasks)))
    elapsed, cpu = time.perf_counter() - started, time.process_time() - cpu_started
    for answer in answers:
        accepted(order, name, answer)
    return len(answers) / elapsed, cpu / len(answers)


async def measure(
    order: Order, base_url: str, *, calls: int, rounds: int
) -> dict[int, dict[str, list[tuple[float, float]]]]:
    """Throughput and CPU per call of each round, by concurrency and library."""
    ids = itertools.count(1)
    venue = venuebind_venue(order.venue)
    build = order.builder()
    client = venue.AsyncClient(
        venuebind_credentials(order.venue), base_url=base_url, pacer=None, pool_maxsize=max(CONCURRENCY)
    )
    exchange = ccxt_exchange(order.venue, base_url=base_url, async_support=True)
    implicit = getattr(exchange, order.ccxt_implicit)

    def ours() -> Awaitable[Any]:
        return client.send(build(next(ids)))  # type: ignore[no-any-return]

    def theirs() -> Awaitable[Any]:
        return implicit(order.ccxt_params(next(ids)))  # type: ignore[no-any-return]

    cases = {"venuebind": ours, "ccxt": theirs}
    results: dict[int, dict[str, list[tuple[float, float]]]] = {
        tasks: {name: [] for name in cases} for tasks in CONCURRENCY
    }
    try:
        for name, call in cases.items():  # connect and first-use work before timing
            await one_round(call, order, name, calls=max(CONCURRENCY), tasks=max(CONCURRENCY))
        for turn in range(rounds):
            for tasks in CONCURRENCY:
                for name, call in cases.items() if turn % 2 == 0 else reversed(cases.items()):
                    results[tasks][name].append(await one_round(call, order, name, calls=calls, tasks=tasks))
    finally:
        await client.aclose()
        await exchange.close()
    return results


def run(quick: bool = False) -> list[Row]:
    calls, rounds = (64, 2) if quick else (640, 7)
    rows: list[Row] = []
    for order in ORDERS:
        with SandboxProcess(order.venue) as sandbox:
            try:
                results = asyncio.run(measure(order, sandbox.base_url, calls=calls, rounds=rounds))
            finally:
                outcomes = sandbox.close()
        if len(outcomes) != 1 or "accepted" not in outcomes:
            raise AssertionError(f"{order.name}: the sandbox saw {outcomes}, expected only accepted orders")
        for tasks, samples in results.items():
            ours, theirs = [rate for rate, _ in samples["venuebind"]], [rate for rate, _ in samples["ccxt"]]
            cpu = {name: median([seconds for _, seconds in values]) * 1000 for name, values in samples.items()}
            row = Row(
                BENCH,
                f"{order.name}, {tasks} task{'s' if tasks > 1 else ''}",
                median(ours),
                "calls/s",
                "ccxt.async_support",
                median(theirs),
                noise=noise(ours, theirs),
                note=(
                    f"{rounds} rounds of {calls} calls, interleaved; client CPU per call {cpu['venuebind']:.2f} vs "
                    f"{cpu['ccxt']:.2f} ms; all {outcomes['accepted']} requests accepted"
                ),
            )
            rows.append(judge(row, 1.5, at_least=True))
    return rows


if __name__ == "__main__":
    from bench.common import table

    print(table(run()))
