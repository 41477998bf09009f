"""Benchmark 1, request preparation: keyword arguments to a signed request, for each of the five documented orders.

venuebind: build the request model (every field checked), then ``prepare`` (wire encoding, JSON, signature).
ccxt: ``exchange.sign(path, api, method, params)``, the step its implicit methods run before sending, with the nonce
pinned; it checks nothing.  gate-api (Gate only): build its model, serialise it, and sign it as ``ApiClient`` does
before every request.  Before timing, the signed requests are compared: where venuebind and ccxt send the same bytes
they must carry the same signature.
"""

from __future__ import annotations

import json
from typing import Any

from bench.common import (
    ORDERS,
    TIMESTAMP_MS,
    Order,
    Row,
    ccxt_exchange,
    gate_api_client,
    interleaved,
    judge,
    median,
    noise,
    venuebind_credentials,
    venuebind_venue,
)

BENCH = "1 prepare"


def agreement(order: Order, ours: Any, theirs: dict[str, Any]) -> str:
    """Compare venuebind's prepared request with ccxt's ``sign()`` result; raise where they contradict each other."""
    if order.venue == "bingx":  # everything, signature included, is in the URL
        if ours.url != theirs["url"]:
            raise AssertionError(f"{order.name}: venuebind and ccxt build different URLs:\n{ours.url}\n{theirs['url']}")
        return "same URL and signature as ccxt"
    body, their_body = ours.body.decode(), theirs["body"]
    if json.loads(body) != json.loads(their_body):
        raise AssertionError(f"{order.name}: venuebind and ccxt send different fields:\n{body}\n{their_body}")
    header = "ACCESS-SIGN" if order.venue == "bitget" else "SIGN"
    if body != their_body:
        return "same fields as ccxt, in another order"
    if ours.headers[header] != theirs["headers"][header]:
        raise AssertionError(f"{order.name}: same bytes as ccxt but a different {header}")
    return "same bytes and signature as ccxt"


def run(quick: bool = False) -> list[Row]:
    number, repeat = (50, 5) if quick else (1000, 31)
    rows: list[Row] = []
    for order in ORDERS:
        venue = venuebind_venue(order.venue)
        credentials = venuebind_credentials(order.venue)
        exchange = ccxt_exchange(order.venue, nonce_ms=TIMESTAMP_MS)
        build, prepare, params = order.builder(), venue.prepare, order.ccxt_params
        path, api, method = order.ccxt_path, order.ccxt_api, order.ccxt_method

        def ours(build: Any = build, prepare: Any = prepare, credentials: Any = credentials) -> Any:
            return prepare(build(1), credentials, timestamp_ms=TIMESTAMP_MS)

        def theirs(
            exchange: Any = exchange, params: Any = params, path: str = path, api: Any = api, method: str = method
        ) -> Any:
            return exchange.sign(path, api, method, params(1))

        def model_only(build: Any = build) -> Any:
            return build(1)

        cases = {"venuebind": ours, "ccxt": theirs, "model": model_only}
        if order.gate_api is not None:
            client = gate_api_client()
            url = client.configuration.host + "/spot/price_orders"

            def official(make: Any = order.gate_api, client: Any = client, url: str = url) -> Any:
                body = client.sanitize_for_serialization(make())
                headers: dict[str, str] = {}
                client.update_params_for_auth("POST", url, headers, [], body, ["apiv4"])
                return body, headers

            cases["gate-api"] = official
            body, _ = official()
            # gate-api's model sends its defaults auto_borrow and auto_repay (false) too; the rest must agree.
            put = {
                k: v for k, v in body["put"].items() if (k, v) not in (("auto_borrow", False), ("auto_repay", False))
            }
            if {**body, "put": put} != json.loads(ours().body):
                raise AssertionError(f"gate-api builds another body: {body}")
        note = agreement(order, ours(), theirs())
        samples = interleaved(cases, number=number, repeat=repeat)
        us = {name: [value * 1e6 for value in values] for name, values in samples.items()}
        model_share = median(us["model"]) / median(us["venuebind"])
        rows.append(
            judge(
                Row(
                    BENCH,
                    order.name,
                    median(us["venuebind"]),
                    "µs",
                    "ccxt sign()",
                    median(us["ccxt"]),
                    noise=noise(us["venuebind"], us["ccxt"]),
                    note=f"model {median(us['model']):.1f} µs ({model_share:.0%}); {note}",
                ),
                1.0,
            )
        )
        if "gate-api" in us:
            rows.append(
                Row(
                    BENCH,
                    order.name,
                    median(us["venuebind"]),
                    "µs",
                    "gate-api model + signer",
                    median(us["gate-api"]),
                    noise=noise(us["venuebind"], us["gate-api"]),
                    note="informational (the issue sets no target against gate-api)",
                )
            )
    return rows


if __name__ == "__main__":
    from bench.common import table

    print(table(run()))
