"""Every answer of every operation has the shape the spec promises: its success response schema, checked with
jsonschema against the spec registry of ``venuebind.sandbox.schema``.

One scenario per venue calls every operation with lists that are not empty (open and finished orders, batch
successes and failures), and records each answer by operation.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any

import pytest

from tests.sandbox.helpers import (
    NOW_MS,
    OCO,
    USDT,
    Answer,
    gate_futures_order,
    gate_order,
    isolated_order,
    mix_order,
    send,
    spot_order,
    start,
    trailing_stop,
)
from venuebind._runtime.model import Request
from venuebind.sandbox import Sandbox
from venuebind.sandbox.schema import VENUES, load_spec, response_validator

Send = Callable[..., Answer]
"""``send`` bound to one sandbox: ``send(operation_id, query, body=..., order_id=...)``."""


def _bitget(send: Send, sb: Sandbox) -> None:
    spot = [send("place_plan_order", body=spot_order(clientOid=f"s{n}")).json()["data"] for n in range(3)]
    send(
        "modify_plan_order",
        body={"orderId": spot[0]["orderId"], "triggerPrice": "1", "orderType": "market", "size": "2"},
    )
    send("cancel_plan_order", body={"clientOid": "s1"})
    send("get_current_plan_orders", {"limit": 1})
    send("get_history_plan_orders")
    send("get_plan_sub_orders", {"planOrderId": spot[1]["orderId"]})
    send("batch_cancel_plan_orders", body={"symbolList": ["TRXUSDT"]})

    normal = send("place_mix_plan_order", body=mix_order(clientOid="m1")).json()["data"]
    send("place_mix_plan_order", body=trailing_stop(clientOid="m2"))
    send("modify_mix_plan_order", body={"clientOid": "m2", "productType": USDT, "newCallbackRatio": "3"})
    tpsl = {"orderId": normal["orderId"], "marginCoin": "USDT", "productType": USDT, "symbol": "BTCUSDT"}
    send("modify_mix_tpsl_order", body={**tpsl, "triggerPrice": "24200", "size": ""})
    send("get_mix_pending_plan_orders", {"planType": "normal_plan", "productType": USDT})
    send("get_mix_pending_plan_orders", {"planType": "track_plan", "productType": USDT, "limit": 1})
    refs = [{"orderId": normal["orderId"]}, {"clientOid": "nobody"}]
    send("cancel_mix_plan_orders", body={"orderIdList": refs, "symbol": "BTCUSDT", "productType": USDT})
    send("get_mix_history_plan_orders", {"planType": "normal_plan", "productType": USDT})
    position = {"marginCoin": "USDT", "productType": USDT, "symbol": "BTCUSDT", "holdSide": "long"}
    tpsl = {**position, "planType": "profit_plan", "triggerPrice": "26000", "size": "0.01", "clientOid": "t1"}
    send("place_mix_tpsl_order", body=tpsl)
    legs = {"stopSurplusTriggerPrice": "27000", "stopLossTriggerPrice": "20000", "stopLossClientOid": "t2"}
    send("place_mix_pos_tpsl", body={**position, **legs})
    send("get_mix_pending_plan_orders", {"planType": "profit_loss", "productType": USDT})
    fired = send("place_mix_plan_order", body=mix_order(clientOid="m3")).json()["data"]["orderId"]
    sb.fire(fired)
    send("get_mix_plan_sub_orders", {"planType": "normal_plan", "planOrderId": fired, "productType": USDT})

    single = send("place_isolated_order", body=isolated_order(clientOid="i1")).json()["data"]
    entries = [{k: v for k, v in isolated_order(clientOid=c).items() if k != "symbol"} for c in ("i2", "i1")]
    send("batch_place_isolated_orders", body={"symbol": "ETHUSDT", "orderList": entries})
    send("get_isolated_open_orders", {"symbol": "ETHUSDT", "startTime": NOW_MS})
    refs = [{"orderId": single["orderId"]}, {"orderId": "1"}]
    send("batch_cancel_isolated_orders", body={"symbol": "ETHUSDT", "orderIdList": refs})
    send("get_isolated_history_orders", {"symbol": "ETHUSDT", "startTime": NOW_MS})
    crossed = [{k: v for k, v in isolated_order(clientOid=c).items() if k != "symbol"} for c in ("c1", "c2", "c1")]
    placed = send("batch_place_crossed_orders", body={"symbol": "ETHUSDT", "orderList": crossed}).json()["data"]
    send("get_crossed_open_orders", {"symbol": "ETHUSDT", "startTime": NOW_MS})
    refs = [{"orderId": placed["successList"][0]["orderId"]}, {"orderId": "1"}]
    send("batch_cancel_crossed_orders", body={"symbol": "ETHUSDT", "orderIdList": refs})
    send("get_crossed_history_orders", {"symbol": "ETHUSDT", "startTime": NOW_MS})
    send("get_server_time")


def _gate(send: Send, sb: Sandbox) -> None:
    ids = [str(send("create_spot_price_order", body=gate_order()).json()["id"]) for _ in range(3)]
    send("list_spot_price_orders", {"status": "open"})
    send("get_spot_price_order", order_id=ids[0])
    send("cancel_spot_price_order", order_id=ids[0])
    send("cancel_all_spot_price_orders", {"market": "GT_USDT"})
    send("list_spot_price_orders", {"status": "finished", "limit": 2, "offset": 1})
    futures = [
        str(send("create_futures_price_order", body=gate_futures_order(), settle=s).json()["id"])
        for s in ("usdt", "btc")
    ]
    send("list_futures_price_orders", {"status": "open", "contract": "BTC_USDT"}, settle="usdt")
    send("get_futures_price_order", settle="usdt", order_id=futures[0])
    send("cancel_futures_price_order", settle="usdt", order_id=futures[0])
    send("list_futures_price_orders", {"status": "finished"}, settle="usdt")
    send("cancel_all_futures_price_orders", settle="btc")
    send("get_server_time")


def _bingx(send: Send, sb: Sandbox) -> None:
    legs = [send("create_oco_order", [*OCO, ("listClientOrderId", str(n))]).json()["data"] for n in (1, 2)]
    send("get_open_oco_order_lists", {"pageIndex": 1, "pageSize": 3})
    send("get_oco_order_list", {"clientOrderId": "1"})
    send("cancel_oco_order", {"orderId": legs[0][1]["orderId"]})
    send("get_oco_order_history", {"pageIndex": 1, "pageSize": 2})
    send("get_server_time")

    take_profit = '{"type":"TAKE_PROFIT","stopPrice":"35000","price":"35010","workingType":"MARK_PRICE"}'
    stop_loss = '{"type":"STOP_MARKET","stopPrice":"28000","quantity":"0.01"}'
    swap = {"symbol": "BTC-USDT", "side": "BUY", "positionSide": "LONG", "quantity": "0.01"}
    send(
        "place_swap_order", {**swap, "type": "LIMIT", "price": "30000", "takeProfit": take_profit, "clientOrderId": "a"}
    )
    send("place_swap_order", {**swap, "type": "MARKET", "takeProfit": take_profit, "stopLoss": stop_loss})
    trailing = {**swap, "side": "SELL", "type": "TRAILING_STOP_MARKET", "priceRate": "0.02", "activationPrice": "31000"}
    placed = send("place_swap_order", trailing).json()["data"]["order"]
    send("get_swap_open_orders", {"symbol": "BTC-USDT"})
    send("get_swap_order", {"symbol": "BTC-USDT", "clientOrderId": "A"})
    send("cancel_swap_order", {"symbol": "BTC-USDT", "orderId": placed["orderId"]})
    send("get_swap_order", {"symbol": "BTC-USDT", "orderId": placed["orderId"]})


SCENARIOS: dict[str, Callable[[Send, Sandbox], None]] = {"bitget": _bitget, "gate": _gate, "bingx": _bingx}


@pytest.fixture(scope="module")
def answers() -> dict[tuple[str, str], list[Answer]]:
    """Each venue's scenario run once: ``(venue, operation_id)`` → its answers."""
    recorded: dict[tuple[str, str], list[Answer]] = {}
    for venue, scenario in SCENARIOS.items():
        with start(venue) as sb:

            def recording(operation_id: str, *args: Any, sb: Sandbox = sb, **options: Any) -> Answer:
                answer = send(sb, operation_id, *args, **options)
                recorded.setdefault((sb.venue, operation_id), []).append(answer)
                return answer

            scenario(recording, sb)
    return recorded


OPERATIONS = [
    (venue, operation["operationId"])
    for venue in VENUES
    for item in load_spec(venue)["paths"].values()
    for operation in item.values()
    if isinstance(operation, dict) and "operationId" in operation
]


def test_every_operation_of_the_specs_is_covered() -> None:
    """The operations read from the shipped specs are the ones the generated packages send (nothing missed by either
    reading); each has its scenario call, which the test below asks for."""
    generated = {
        (venue, model.operation.operation_id)
        for venue in VENUES
        for model in vars(importlib.import_module(f"venuebind.{venue}.models")).values()
        if isinstance(model, type) and issubclass(model, Request) and hasattr(model, "operation")
    }
    assert sorted(OPERATIONS) == sorted(generated)
    assert {venue for venue, _ in OPERATIONS} == set(SCENARIOS)


@pytest.mark.parametrize(("venue", "operation_id"), OPERATIONS, ids=[f"{v}.{o}" for v, o in OPERATIONS])
def test_answers_match_the_success_response_schema(
    answers: dict[tuple[str, str], list[Answer]], venue: str, operation_id: str
) -> None:
    recorded = answers.get((venue, operation_id))
    assert recorded, f"the {venue} scenario does not call {operation_id}"
    validator = response_validator(venue, operation_id)
    for answer in recorded:
        assert answer.status in (200, 201), answer.body
        document = answer.json()
        if isinstance(document, dict) and "code" in document:
            assert document["code"] in ("00000", 0), document
        errors = [f"{list(error.absolute_path)}: {error.message}" for error in validator.iter_errors(document)]
        assert errors == [], answer.body


def test_the_lists_in_the_scenarios_are_not_empty(answers: dict[tuple[str, str], list[Answer]]) -> None:
    """So that the item schemas above were checked on real items, not on empty lists."""

    def data(venue: str, operation_id: str) -> Any:
        document = answers[(venue, operation_id)][0].json()
        return document["data"] if venue != "gate" else document

    assert data("bitget", "get_current_plan_orders")["orderList"]
    assert data("bitget", "get_history_plan_orders")["orderList"]
    assert data("bitget", "get_mix_pending_plan_orders")["entrustedList"]
    assert data("bitget", "get_mix_history_plan_orders")["entrustedList"]
    assert data("bitget", "get_isolated_open_orders")["orderList"]
    for operation_id in ("get_isolated_history_orders", "get_crossed_open_orders", "get_crossed_history_orders"):
        assert data("bitget", operation_id)["orderList"], operation_id
    assert data("bitget", "get_mix_plan_sub_orders")
    assert len(data("bitget", "place_mix_pos_tpsl")) == 2
    for operation_id in (
        "batch_place_isolated_orders",
        "batch_cancel_isolated_orders",
        "cancel_mix_plan_orders",
        "batch_place_crossed_orders",
        "batch_cancel_crossed_orders",
    ):
        result = data("bitget", operation_id)
        assert result["successList"] and result["failureList"], operation_id
    assert data("bitget", "batch_cancel_plan_orders")["successList"]
    for operation_id in ("list_spot_price_orders", "cancel_all_spot_price_orders"):
        assert data("gate", operation_id)
    for operation_id in ("get_open_oco_order_lists", "get_oco_order_list", "get_oco_order_history", "cancel_oco_order"):
        assert data("bingx", operation_id)
    orders = data("bingx", "get_swap_open_orders")["orders"]
    assert {order["type"] for order in orders} == {"LIMIT", "TAKE_PROFIT", "STOP_MARKET", "TRAILING_STOP_MARKET"}
