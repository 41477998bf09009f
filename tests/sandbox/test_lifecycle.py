"""The whole life of every order family in the sandbox venues, over raw signed requests.

For each venue: place → the open list finds it → modify (Bitget) → query one → cancel → the history finds it
cancelled → a second cancel is the venue's not-found; unknown IDs are not found; pages respect their limit and end
as the spec's ``x-pagination`` says; the public server time follows ``sandbox.clock``; query values that need
percent-encoding are signed unencoded and sent encoded.
"""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any
from urllib.parse import quote

import pytest

from tests.sandbox.helpers import (
    KEY,
    NOW,
    NOW_MS,
    OCO,
    SECRET,
    USDT,
    Answer,
    bingx_sign,
    bitget_headers,
    call,
    data_of,
    encoded,
    gate_headers,
    gate_order,
    is_big_id,
    isolated_order,
    mix_order,
    route,
    send,
    spot_order,
    start,
    trailing_stop,
)
from venuebind.sandbox import Sandbox

# --------------------------------------------------------------------------------------------------------------------
# Bitget


def bitget_error(answer: Any) -> tuple[int, str]:
    return answer.status, answer.json()["code"]


def current_spot(sb: Sandbox, **query: object) -> dict[str, Any]:
    result: dict[str, Any] = data_of(send(sb, "get_current_plan_orders", query))
    return result


def history_spot(sb: Sandbox, **query: object) -> dict[str, Any]:
    result: dict[str, Any] = data_of(send(sb, "get_history_plan_orders", query))
    return result


def pending_mix(sb: Sandbox, operation_id: str = "get_mix_pending_plan_orders", **query: object) -> dict[str, Any]:
    result: dict[str, Any] = data_of(send(sb, operation_id, {"planType": "normal_plan", "productType": USDT, **query}))
    return result


def test_bitget_spot_plan_order_lifecycle(bitget: Sandbox) -> None:
    placed = data_of(send(bitget, "place_plan_order", body=spot_order(clientOid="life-1")))
    order_id = placed["orderId"]

    [listed] = current_spot(bitget, symbol="TRXUSDT")["orderList"]
    assert (listed["orderId"], listed["clientOid"], listed["status"]) == (order_id, "life-1", "live")
    assert (listed["triggerPrice"], listed["size"], listed["cTime"]) == ("0.041572", "151", str(NOW_MS))

    change = {"clientOid": "life-1", "triggerPrice": "0.05", "orderType": "market", "size": "160"}
    assert data_of(send(bitget, "modify_plan_order", body=change)) == {"orderId": order_id, "clientOid": "life-1"}
    [listed] = current_spot(bitget)["orderList"]
    assert (listed["triggerPrice"], listed["orderType"], listed["size"]) == ("0.05", "market", "160")
    assert "executePrice" not in listed, "a market plan order has no execution price"
    assert bitget.orders[0].params["size"] == "160"

    assert data_of(send(bitget, "get_plan_sub_orders", {"planOrderId": order_id})) == []
    assert data_of(send(bitget, "cancel_plan_order", body={"orderId": order_id})) == {"result": "success"}

    assert current_spot(bitget)["orderList"] == []
    [finished] = history_spot(bitget)["orderList"]
    assert (finished["orderId"], finished["status"], finished["triggerPrice"]) == (order_id, "cancelled", "0.05")
    assert data_of(send(bitget, "get_plan_sub_orders", {"planOrderId": order_id})) == []

    assert bitget_error(send(bitget, "cancel_plan_order", body={"orderId": order_id})) == (400, "43025")
    assert bitget_error(send(bitget, "cancel_plan_order", body={"clientOid": "life-1"})) == (400, "43025")
    assert bitget_error(send(bitget, "modify_plan_order", body=change)) == (400, "43025")
    assert bitget.orders[0].status == "cancelled" and not bitget.orders[0].open


def test_bitget_spot_batch_cancel_by_symbol_and_then_all(bitget: Sandbox) -> None:
    trx = [data_of(send(bitget, "place_plan_order", body=spot_order(clientOid=f"t{n}")))["orderId"] for n in (1, 2)]
    eth = data_of(send(bitget, "place_plan_order", body=spot_order(clientOid="e1", symbol="ETHUSDT")))["orderId"]

    result = data_of(send(bitget, "batch_cancel_plan_orders", body={"symbolList": ["TRXUSDT", "XRPUSDT"]}))
    assert sorted(item["orderId"] for item in result["successList"]) == sorted(trx)
    assert result["failureList"] == []
    assert [order["orderId"] for order in current_spot(bitget)["orderList"]] == [eth]

    result = data_of(send(bitget, "batch_cancel_plan_orders", body={}))
    assert result == {"successList": [{"orderId": eth, "clientOid": "e1"}], "failureList": []}
    assert current_spot(bitget)["orderList"] == []
    assert len(history_spot(bitget)["orderList"]) == 3


def test_bitget_mix_plan_order_lifecycle(bitget: Sandbox) -> None:
    placed = data_of(send(bitget, "place_mix_plan_order", body=mix_order(clientOid="mix-1")))
    order_id = placed["orderId"]

    [listed] = pending_mix(bitget)["entrustedList"]
    assert (listed["orderId"], listed["clientOid"], listed["planStatus"]) == (order_id, "mix-1", "live")
    assert (listed["price"], listed["stopSurplusTriggerPrice"], listed["posSide"]) == ("24000", "25000", "net")
    assert pending_mix(bitget, planType="track_plan")["entrustedList"] == []
    assert pending_mix(bitget, productType="COIN-FUTURES")["entrustedList"] == []

    change = {
        "orderId": order_id,
        "productType": USDT,
        "newPrice": "23900",
        "newTriggerPrice": "24000",
        "newStopSurplusTriggerPrice": "0",
        "newStopSurplusTriggerType": "fill_price",
        "newStopLossTriggerPrice": "23000",
        "newStopLossTriggerType": "mark_price",
    }
    assert data_of(send(bitget, "modify_mix_plan_order", body=change)) == {"orderId": order_id, "clientOid": "mix-1"}
    [listed] = pending_mix(bitget, clientOid="mix-1")["entrustedList"]
    assert (listed["price"], listed["triggerPrice"], listed["stopLossTriggerPrice"]) == ("23900", "24000", "23000")
    assert not any(name.startswith("stopSurplus") for name in listed), "a take-profit of 0 removes it"

    tpsl = {"clientOid": "mix-1", "marginCoin": "USDT", "productType": USDT, "symbol": "BTCUSDT"}
    tpsl.update(triggerPrice="24200", triggerType="fill_price", executePrice="24150", size="0.02")
    assert data_of(send(bitget, "modify_mix_tpsl_order", body=tpsl))["orderId"] == order_id
    [listed] = pending_mix(bitget, orderId=order_id)["entrustedList"]
    assert (listed["triggerPrice"], listed["triggerType"], listed["size"]) == ("24200", "fill_price", "0.02")
    assert listed["executePrice"] == "24150"

    cancel = {"orderIdList": [{"clientOid": "mix-1"}], "symbol": "BTCUSDT", "productType": USDT}
    result = data_of(send(bitget, "cancel_mix_plan_orders", body=cancel))
    assert result == {"successList": [{"orderId": order_id, "clientOid": "mix-1"}], "failureList": []}
    assert pending_mix(bitget)["entrustedList"] == []
    [finished] = pending_mix(bitget, "get_mix_history_plan_orders", planStatus="cancelled")["entrustedList"]
    assert (finished["orderId"], finished["planStatus"], finished["triggerPrice"]) == (order_id, "cancelled", "24200")
    assert pending_mix(bitget, "get_mix_history_plan_orders", planStatus="executed")["entrustedList"] == []

    result = data_of(send(bitget, "cancel_mix_plan_orders", body=cancel))
    assert result["successList"] == []
    assert result["failureList"] == [{"orderId": "", "clientOid": "mix-1", "errorMsg": "Plan order does not exist"}]
    assert bitget_error(send(bitget, "modify_mix_plan_order", body=change)) == (400, "43025")
    assert bitget_error(send(bitget, "modify_mix_tpsl_order", body=tpsl)) == (400, "43025")


def test_bitget_mix_modification_follows_the_stored_order_kind(bitget: Sandbox) -> None:
    trailing = data_of(send(bitget, "place_mix_plan_order", body=trailing_stop()))["orderId"]
    market = data_of(send(bitget, "place_mix_plan_order", body=mix_order(orderType="market", price=None)))["orderId"]
    base = {"productType": USDT}
    refused = [
        (trailing, {"newTriggerPrice": "24000"}, "newCallbackRatio"),
        (trailing, {"newCallbackRatio": "3", "newPrice": "1"}, "newPrice"),
        (market, {"newCallbackRatio": "3"}, "newCallbackRatio"),
        (market, {"newPrice": "1"}, "newPrice"),
    ]
    for order_id, fields, named in refused:
        answer = send(bitget, "modify_mix_plan_order", body={"orderId": order_id, **base, **fields})
        assert bitget_error(answer) == (400, "40017") and named in answer.json()["msg"]
    body = {"orderId": trailing, **base, "newCallbackRatio": "3", "symbol": "BTCUSDT", "planType": "track_plan"}
    assert data_of(send(bitget, "modify_mix_plan_order", body=body))["orderId"] == trailing
    [listed] = pending_mix(bitget, planType="track_plan")["entrustedList"]
    assert listed["callbackRatio"] == "3"
    wrong_symbol = {**body, "symbol": "ETHUSDT"}
    assert bitget_error(send(bitget, "modify_mix_plan_order", body=wrong_symbol)) == (400, "43025")


def test_bitget_mix_cancel_without_ids_cancels_the_matching_plan_type(bitget: Sandbox) -> None:
    trigger = data_of(send(bitget, "place_mix_plan_order", body=mix_order()))["orderId"]
    other_symbol = data_of(send(bitget, "place_mix_plan_order", body=mix_order(symbol="ETHUSDT")))["orderId"]
    trailing = data_of(send(bitget, "place_mix_plan_order", body=trailing_stop()))["orderId"]

    result = data_of(send(bitget, "cancel_mix_plan_orders", body={"productType": USDT, "symbol": "BTCUSDT"}))
    assert [item["orderId"] for item in result["successList"]] == [trigger]
    pending = {order["orderId"] for order in pending_mix(bitget)["entrustedList"]}
    assert pending == {other_symbol}
    result = data_of(send(bitget, "cancel_mix_plan_orders", body={"productType": USDT, "planType": "track_plan"}))
    assert [item["orderId"] for item in result["successList"]] == [trailing]
    mismatched = {"orderIdList": [{"orderId": other_symbol}], "symbol": "BTCUSDT", "productType": USDT}
    [failure] = data_of(send(bitget, "cancel_mix_plan_orders", body=mismatched))["failureList"]
    assert failure["orderId"] == other_symbol, "an order of another symbol is not cancelled"


POSITION = {"marginCoin": "USDT", "productType": USDT, "symbol": "BTCUSDT"}


def test_bitget_tpsl_plans_are_pending_under_profit_loss_and_not_trigger_orders(bitget: Sandbox) -> None:
    trailing = {**POSITION, "holdSide": "sell", "planType": "moving_plan", "triggerPrice": "1", "size": "2"}
    moving = data_of(send(bitget, "place_mix_tpsl_order", body={**trailing, "rangeRate": "0.5"}))["orderId"]
    legs = {"holdSide": "short", "stopLossTriggerPrice": "30000", "stopLossExecutePrice": "30100"}
    [stop_loss] = data_of(send(bitget, "place_mix_pos_tpsl", body={**POSITION, **legs}))
    assert set(stop_loss) == {"orderId", "stopLossClientOid"}, "only the leg sent is placed"

    listed = {order["orderId"]: order for order in pending_mix(bitget, planType="profit_loss")["entrustedList"]}
    assert set(listed) == {moving, stop_loss["orderId"]}
    assert (listed[moving]["callbackRatio"], listed[moving]["side"], listed[moving]["posSide"]) == ("0.5", "buy", "net")
    sl = listed[stop_loss["orderId"]]
    assert (sl["planType"], sl["orderType"], sl["orderSource"], sl["posSide"]) == (
        "pos_loss", "limit", "pos_loss_limit", "short",
    )  # fmt: skip
    assert pending_mix(bitget)["entrustedList"] == [], "a TP/SL plan is not a trigger order"
    change = {"orderId": moving, "productType": USDT, "newTriggerPrice": "2"}
    assert bitget_error(send(bitget, "modify_mix_plan_order", body=change)) == (400, "43025")
    sub_orders = {"planOrderId": moving, "planType": "normal_plan", "productType": USDT}
    assert bitget_error(send(bitget, "get_mix_plan_sub_orders", sub_orders)) == (400, "43025")
    with pytest.raises(ValueError, match="not a spot plan order or a futures trigger order"):
        bitget.fire(moving)


def test_bitget_position_tpsl_claims_both_client_ids_or_neither(bitget: Sandbox) -> None:
    legs = {"holdSide": "long", "stopSurplusTriggerPrice": "27000", "stopSurplusClientOid": "tp-1"}
    data_of(send(bitget, "place_mix_pos_tpsl", body={**POSITION, **legs}))
    both = {**legs, "stopSurplusClientOid": "tp-2", "stopLossTriggerPrice": "20000", "stopLossClientOid": "tp-1"}
    assert bitget_error(send(bitget, "place_mix_pos_tpsl", body={**POSITION, **both})) == (400, "40017")
    fresh = {**both, "stopLossClientOid": "sl-2"}
    placed = data_of(send(bitget, "place_mix_pos_tpsl", body={**POSITION, **fresh}))
    assert [entry.get("stopSurplusClientOid") or entry.get("stopLossClientOid") for entry in placed] == ["tp-2", "sl-2"]


def test_bitget_fire_triggers_a_plan_once(bitget: Sandbox) -> None:
    spot = data_of(send(bitget, "place_plan_order", body=spot_order()))["orderId"]
    bitget.fire(spot)
    [placed] = data_of(send(bitget, "get_plan_sub_orders", {"planOrderId": spot}))
    assert (placed["status"], placed["type"], placed["price"]) == ("success", "limit", "0.041572")
    [executed] = history_spot(bitget)["orderList"]
    assert (executed["orderId"], executed["status"]) == (spot, "executed")
    with pytest.raises(ValueError, match="finished already"):
        bitget.fire(spot)
    margin = data_of(send(bitget, "place_isolated_order", body=isolated_order()))["orderId"]
    with pytest.raises(ValueError):
        bitget.fire(margin)
    with start("gate") as gate, pytest.raises(ValueError, match="does not trigger orders"):
        gate.fire("1")


def test_bitget_cross_margin_pages_and_history(bitget: Sandbox) -> None:
    entries = [{k: v for k, v in isolated_order(clientOid=c).items() if k != "symbol"} for c in ("x1", "x2", "x3")]
    placed = data_of(send(bitget, "batch_place_crossed_orders", body={"symbol": "ETHUSDT", "orderList": entries}))
    ids = [item["orderId"] for item in placed["successList"]]
    window = {"symbol": "ETHUSDT", "startTime": NOW_MS, "limit": 2}
    first = data_of(send(bitget, "get_crossed_open_orders", window))
    assert [order["orderId"] for order in first["orderList"]] == ids[:0:-1]
    second = data_of(send(bitget, "get_crossed_open_orders", {**window, "idLessThan": first["minId"]}))
    assert [order["orderId"] for order in second["orderList"]] == ids[:1]
    isolated = data_of(send(bitget, "get_isolated_open_orders", {"symbol": "ETHUSDT", "startTime": NOW_MS}))
    assert isolated == {"orderList": []}, "cross-margin orders are not isolated-margin orders"

    refs = [{"clientOid": "x1"}, {"orderId": ids[1]}, {"clientOid": "nobody"}]
    result = data_of(send(bitget, "batch_cancel_crossed_orders", body={"symbol": "ETHUSDT", "orderIdList": refs}))
    assert [item["orderId"] for item in result["successList"]] == ids[:2]
    assert result["failureList"] == [{"orderId": "", "clientOid": "nobody", "errorMsg": "The order does not exist"}]
    history = data_of(send(bitget, "get_crossed_history_orders", {"symbol": "ETHUSDT", "startTime": NOW_MS}))
    assert [(order["orderId"], order["status"]) for order in history["orderList"]] == [
        (ids[1], "cancelled"), (ids[0], "cancelled"),
    ]  # fmt: skip
    assert data_of(send(bitget, "get_isolated_history_orders", {"symbol": "ETHUSDT", "startTime": 0})) == {
        "orderList": []
    }
    answer = send(bitget, "batch_cancel_crossed_orders", body={"symbol": "ETHUSDT", "orderIdList": []})
    assert bitget_error(answer) == (400, "40017"), "the cross page requires at least one entry"


def test_bitget_isolated_order_lifecycle(bitget: Sandbox) -> None:
    single = data_of(send(bitget, "place_isolated_order", body=isolated_order(clientOid="iso-1")))
    entry = {name: value for name, value in isolated_order().items() if name != "symbol"}
    batch = send(bitget, "batch_place_isolated_orders", body={"symbol": "ETHUSDT", "orderList": [entry]})
    [second] = data_of(batch)["successList"]
    opened = data_of(send(bitget, "get_isolated_open_orders", {"symbol": "ETHUSDT", "startTime": NOW_MS}))
    assert [order["orderId"] for order in opened["orderList"]] == [second["orderId"], single["orderId"]]
    assert (opened["maxId"], opened["minId"]) == (second["orderId"], single["orderId"])
    assert {order["status"] for order in opened["orderList"]} == {"live"}
    query = {"symbol": "ETHUSDT", "startTime": NOW_MS, "clientOid": "iso-1"}
    [found] = data_of(send(bitget, "get_isolated_open_orders", query))["orderList"]
    assert (found["orderId"], found["price"], found["baseSize"]) == (single["orderId"], "1796.5", "0.1")
    later = {"symbol": "ETHUSDT", "startTime": NOW_MS + 1}
    assert data_of(send(bitget, "get_isolated_open_orders", later)) == {"orderList": []}

    refs = [{"clientOid": "iso-1"}, {"orderId": second["orderId"]}, {"orderId": "1"}]
    result = data_of(send(bitget, "batch_cancel_isolated_orders", body={"symbol": "ETHUSDT", "orderIdList": refs}))
    assert [item["orderId"] for item in result["successList"]] == [single["orderId"], second["orderId"]]
    [failure] = result["failureList"]
    assert failure == {"clientOid": "", "errorMsg": "The order does not exist: orderId 1"}
    assert data_of(send(bitget, "get_isolated_open_orders", {"symbol": "ETHUSDT", "startTime": 0}))["orderList"] == []

    result = data_of(send(bitget, "batch_cancel_isolated_orders", body={"symbol": "ETHUSDT", "orderIdList": refs}))
    assert result["successList"] == [] and len(result["failureList"]) == 3
    assert result["failureList"][1]["clientOid"] == second["clientOid"], "the failure names the order's clientOid"
    answer = send(bitget, "batch_cancel_isolated_orders", body={"symbol": "ETHUSDT"})
    assert bitget_error(answer) == (400, "40019")


@pytest.mark.parametrize(
    ("operation_id", "body", "query", "code"),
    [
        ("cancel_plan_order", {"orderId": "1234567890123456789"}, None, "43025"),
        ("cancel_plan_order", {"clientOid": "never-used"}, None, "43025"),
        ("modify_plan_order", {"orderId": "x", "triggerPrice": "1", "orderType": "market", "size": "1"}, None, "43025"),
        ("get_plan_sub_orders", None, {"planOrderId": "99"}, "43025"),
        ("modify_mix_plan_order", {"orderId": "99", "productType": USDT}, None, "43025"),
        (
            "modify_mix_tpsl_order",
            {
                "orderId": "99",
                "marginCoin": "USDT",
                "productType": USDT,
                "symbol": "B",
                "triggerPrice": "1",
                "size": "",
            },
            None,
            "43025",
        ),
    ],
)
def test_bitget_unknown_ids_are_not_found(
    bitget: Sandbox, operation_id: str, body: Any, query: dict[str, str] | None, code: str
) -> None:
    assert bitget_error(send(bitget, operation_id, query or {}, body=body)) == (400, code)


def test_bitget_a_spot_id_is_not_a_futures_or_margin_id(bitget: Sandbox) -> None:
    spot = data_of(send(bitget, "place_plan_order", body=spot_order()))["orderId"]
    modify = {"orderId": spot, "productType": USDT}
    assert bitget_error(send(bitget, "modify_mix_plan_order", body=modify)) == (400, "43025")
    cancel = {"symbol": "TRXUSDT", "orderIdList": [{"orderId": spot}]}
    assert data_of(send(bitget, "batch_cancel_isolated_orders", body=cancel))["successList"] == []
    assert current_spot(bitget)["orderList"][0]["status"] == "live"


def test_bitget_cursor_pages_newest_first(bitget: Sandbox) -> None:
    ids = [data_of(send(bitget, "place_plan_order", body=spot_order(clientOid=f"p{n}")))["orderId"] for n in range(5)]
    assert ids == sorted(ids, key=int) and all(is_big_id(order_id) for order_id in ids)

    seen: list[str] = []
    flags: list[bool] = []
    cursor: str | None = None
    while True:
        query: dict[str, object] = {"limit": 2} if cursor is None else {"limit": 2, "idLessThan": cursor}
        page = current_spot(bitget, **query)
        assert len(page["orderList"]) <= 2
        seen += [order["orderId"] for order in page["orderList"]]
        flags.append(page["nextFlag"])
        if not page["nextFlag"]:
            break
        cursor = page["idLessThan"]
        assert cursor == page["orderList"][-1]["orderId"]
    assert seen == ids[::-1]
    assert flags == [True, True, False]
    assert current_spot(bitget, idLessThan=ids[0]) == {"nextFlag": False, "orderList": []}

    data_of(send(bitget, "batch_cancel_plan_orders", body={}))
    first = history_spot(bitget, limit=3)
    assert [order["orderId"] for order in first["orderList"]] == ids[:1:-1] and first["nextFlag"] is True
    second = history_spot(bitget, limit=3, idLessThan=first["idLessThan"])
    assert [order["orderId"] for order in second["orderList"]] == ids[1::-1] and second["nextFlag"] is False


def test_bitget_spot_page_sizes_default_to_the_spec(bitget: Sandbox) -> None:
    for n in range(21):
        send(bitget, "place_plan_order", body=spot_order(clientOid=f"d{n}"))
    page = current_spot(bitget)
    assert len(page["orderList"]) == 20 and page["nextFlag"] is True
    assert len(current_spot(bitget, limit=100)["orderList"]) == 21
    assert bitget_error(send(bitget, "get_current_plan_orders", {"limit": 101})) == (400, "40017")
    assert bitget_error(send(bitget, "get_current_plan_orders", {"idLessThan": "abc"})) == (400, "40017")


def test_bitget_mix_pages_end_with_a_short_page(bitget: Sandbox) -> None:
    ids = [data_of(send(bitget, "place_mix_plan_order", body=mix_order()))["orderId"] for _ in range(7)]
    pages: list[list[str]] = []
    cursor: str | None = None
    while True:
        page = pending_mix(bitget, limit=3, **({} if cursor is None else {"idLessThan": cursor}))
        pages.append([order["orderId"] for order in page["entrustedList"]])
        if len(pages[-1]) < 3:
            break
        cursor = page["endId"]
        assert cursor == pages[-1][-1]
    assert pages == [ids[6:3:-1], ids[3:0:-1], ids[:1]]
    assert "endId" not in pending_mix(bitget, idLessThan=ids[0])


def test_bitget_server_time_follows_the_sandbox_clock(bitget: Sandbox) -> None:
    bitget.clock = lambda: NOW + 600
    answer = call(bitget, "GET", "/api/v2/public/time")
    assert answer.status == 200
    document = answer.json()
    assert document["data"] == {"serverTime": NOW_MS + 600_000} and document["requestTime"] == NOW_MS + 600_000
    assert bitget_error(send(bitget, "get_current_plan_orders")) == (400, "40008")
    assert data_of(send(bitget, "get_current_plan_orders", timestamp_ms=NOW_MS + 600_000))["orderList"] == []


ODD = "a b#c/d+e%f&g=h?i"
"""A value every part of which needs percent-encoding in a query."""


def signed_over_the_encoded_text(sb: Sandbox, operation_id: str, query: dict[str, str]) -> Answer:
    """Like ``send``, but signed over the query as sent (percent-encoded), which no venue accepts."""
    method, path, _ = route(sb.venue, operation_id)
    pairs = list(query.items())
    if sb.venue == "bingx":
        pairs.append(("timestamp", str(NOW_MS)))
        signature = bingx_sign(SECRET, [(name, quote(value, safe="")) for name, value in pairs])
        return call(sb, method, f"{path}?{encoded(pairs)}&signature={signature}", headers={"X-BX-APIKEY": KEY})
    make = bitget_headers if sb.venue == "bitget" else gate_headers
    return call(sb, method, f"{path}?{encoded(pairs)}", headers=make(method, path, b"", query=encoded(pairs)))


def test_bitget_query_values_are_signed_unencoded_and_sent_encoded(bitget: Sandbox) -> None:
    mix = data_of(send(bitget, "place_mix_plan_order", body=mix_order(clientOid=ODD, symbol="BTC+USD T")))
    [listed] = pending_mix(bitget, clientOid=ODD, symbol="BTC+USD T")["entrustedList"]
    assert listed["orderId"] == mix["orderId"]
    spot = data_of(send(bitget, "place_plan_order", body=spot_order(symbol="A+B/C #D")))
    [listed] = current_spot(bitget, symbol="A+B/C #D")["orderList"]
    assert listed["orderId"] == spot["orderId"]
    iso = data_of(send(bitget, "place_isolated_order", body=isolated_order(clientOid=ODD + "2")))
    query = {"symbol": "ETHUSDT", "startTime": "0", "clientOid": ODD + "2"}
    [listed] = data_of(send(bitget, "get_isolated_open_orders", query))["orderList"]
    assert listed["orderId"] == iso["orderId"]
    answer = signed_over_the_encoded_text(bitget, "get_isolated_open_orders", query)
    assert bitget_error(answer) == (400, "40009")


# --------------------------------------------------------------------------------------------------------------------
# Gate


def gate_error(answer: Any) -> tuple[int, str]:
    return answer.status, answer.json()["label"]


def gate_list(sb: Sandbox, status: str, **query: object) -> list[dict[str, Any]]:
    result: list[dict[str, Any]] = data_of(send(sb, "list_spot_price_orders", {"status": status, **query}))
    return result


def test_gate_price_order_lifecycle(gate: Sandbox) -> None:
    answer = send(gate, "create_spot_price_order", body=gate_order())
    assert answer.status == 201
    order_id = str(answer.json()["id"])

    [listed] = gate_list(gate, "open")
    assert (str(listed["id"]), listed["status"], listed["market"], listed["ctime"]) == (
        order_id,
        "open",
        "GT_USDT",
        int(NOW),
    )
    assert listed["trigger"] == {"price": "100", "rule": ">=", "expiration": 3600}
    assert listed["put"]["amount"] == "2.00000000" and listed["put"]["type"] == "limit"
    assert f'"id":{order_id}'.encode() in send(gate, "list_spot_price_orders", {"status": "open"}).body

    got = data_of(send(gate, "get_spot_price_order", order_id=order_id))
    assert got == listed

    gate.clock = lambda: NOW + 5
    cancelled = data_of(send(gate, "cancel_spot_price_order", order_id=order_id, timestamp_ms=NOW_MS + 5000))
    assert (str(cancelled["id"]), cancelled["status"], cancelled["ftime"]) == (order_id, "canceled", int(NOW) + 5)
    gate.clock = lambda: NOW

    assert gate_list(gate, "open") == []
    [finished] = gate_list(gate, "finished")
    assert (str(finished["id"]), finished["status"]) == (order_id, "canceled")
    assert data_of(send(gate, "get_spot_price_order", order_id=order_id))["status"] == "canceled"
    assert gate_error(send(gate, "cancel_spot_price_order", order_id=order_id)) == (404, "ORDER_NOT_FOUND")


def test_gate_cancel_all_by_market_and_account(gate: Sandbox) -> None:
    ids = [str(send(gate, "create_spot_price_order", body=gate_order()).json()["id"]) for _ in range(2)]
    other = gate_order()
    other["market"] = "BTC_USDT"
    other_id = str(send(gate, "create_spot_price_order", body=other).json()["id"])
    margin_id = str(send(gate, "create_spot_price_order", body=gate_order(account="margin")).json()["id"])

    cancelled = data_of(send(gate, "cancel_all_spot_price_orders", {"market": "GT_USDT", "account": "normal"}))
    assert [str(order["id"]) for order in cancelled] == ids[::-1]
    assert {order["status"] for order in cancelled} == {"canceled"}
    assert [str(order["id"]) for order in gate_list(gate, "open")] == [margin_id, other_id]
    assert [str(order["id"]) for order in gate_list(gate, "open", account="margin")] == [margin_id]

    cancelled = data_of(send(gate, "cancel_all_spot_price_orders"))
    assert [str(order["id"]) for order in cancelled] == [margin_id, other_id]
    assert data_of(send(gate, "cancel_all_spot_price_orders")) == []
    assert len(gate_list(gate, "finished")) == 4


@pytest.mark.parametrize("order_id", ["1234567890123456789", "1", "abc", "-1"])
def test_gate_unknown_ids_are_not_found(gate: Sandbox, order_id: str) -> None:
    assert gate_error(send(gate, "get_spot_price_order", order_id=order_id)) == (404, "ORDER_NOT_FOUND")
    assert gate_error(send(gate, "cancel_spot_price_order", order_id=order_id)) == (404, "ORDER_NOT_FOUND")


def test_gate_offset_pages_respect_the_limit(gate: Sandbox) -> None:
    ids = [str(send(gate, "create_spot_price_order", body=gate_order()).json()["id"]) for _ in range(7)]
    pages = [[str(order["id"]) for order in gate_list(gate, "open", limit=3, offset=offset)] for offset in (0, 3, 6, 9)]
    assert pages == [ids[6:3:-1], ids[3:0:-1], ids[:1], []]
    for _ in range(94):
        send(gate, "create_spot_price_order", body=gate_order())
    assert len(gate_list(gate, "open")) == 100, "limit defaults to 100"
    assert len(gate_list(gate, "open", offset=100)) == 1
    assert gate_error(send(gate, "list_spot_price_orders", {"status": "open", "limit": 1001})) == (
        400,
        "INVALID_PARAM_VALUE",
    )


def test_gate_server_time_follows_the_sandbox_clock(gate: Sandbox) -> None:
    gate.clock = lambda: NOW - 600.5
    answer = call(gate, "GET", "/spot/time")
    assert (answer.status, answer.json()) == (200, {"server_time": NOW_MS - 600_500})
    assert gate_error(send(gate, "list_spot_price_orders", {"status": "open"})) == (401, "REQUEST_EXPIRED")
    assert data_of(send(gate, "list_spot_price_orders", {"status": "open"}, timestamp_ms=NOW_MS - 600_500)) == []


def test_gate_query_values_are_signed_unencoded_and_sent_encoded(gate: Sandbox) -> None:
    odd = gate_order()
    odd["market"] = ODD
    order_id = send(gate, "create_spot_price_order", body=odd).json()["id"]
    assert [order["id"] for order in gate_list(gate, "open", market=ODD)] == [order_id]
    assert [order["id"] for order in data_of(send(gate, "cancel_all_spot_price_orders", {"market": ODD}))] == [order_id]
    assert gate_error(send(gate, "get_spot_price_order", order_id=ODD)) == (404, "ORDER_NOT_FOUND")
    answer = signed_over_the_encoded_text(gate, "list_spot_price_orders", {"status": "open", "market": ODD})
    assert gate_error(answer) == (401, "INVALID_SIGNATURE")


# --------------------------------------------------------------------------------------------------------------------
# BingX


def bingx_code(answer: Any) -> int:
    assert answer.status == 200
    code: int = answer.json()["code"]
    return code


def oco(list_id: str | None = None, above: str | None = None, below: str | None = None) -> list[tuple[str, str]]:
    named = [("listClientOrderId", list_id), ("aboveClientOrderId", above), ("belowClientOrderId", below)]
    return [*OCO, *((name, value) for name, value in named if value)]


def legs_page(sb: Sandbox, operation_id: str, index: int, size: int) -> list[dict[str, Any]]:
    result: list[dict[str, Any]] = data_of(send(sb, operation_id, {"pageIndex": index, "pageSize": size}))
    return result


def test_bingx_oco_lifecycle(bingx: Sandbox) -> None:
    limit_leg, stop_leg = data_of(send(bingx, "create_oco_order", oco("500", "501", "502")))
    [order] = bingx.orders
    list_id = order.id

    opened = legs_page(bingx, "get_open_oco_order_lists", 1, 10)
    assert [leg["orderId"] for leg in opened] == [limit_leg["orderId"], stop_leg["orderId"]]
    assert {(leg["orderListId"], leg["status"], leg["transactionTime"]) for leg in opened} == {(list_id, "NEW", NOW_MS)}
    assert [leg["orderType"] for leg in opened] == ["ocoLimit", "ocoTps"]

    by_id = data_of(send(bingx, "get_oco_order_list", {"orderListId": list_id}))
    assert by_id == opened == data_of(send(bingx, "get_oco_order_list", {"clientOrderId": "500"}))

    cancelled = data_of(send(bingx, "cancel_oco_order", {"clientOrderId": "502"}))
    assert cancelled == [
        {"orderId": limit_leg["orderId"], "clientOrderId": "501"},
        {"orderId": stop_leg["orderId"], "clientOrderId": "502"},
    ]
    assert legs_page(bingx, "get_open_oco_order_lists", 1, 10) == []
    history = legs_page(bingx, "get_oco_order_history", 1, 10)
    assert [(leg["orderId"], leg["status"]) for leg in history] == [
        (limit_leg["orderId"], "CANCELED"),
        (stop_leg["orderId"], "CANCELED"),
    ]
    assert data_of(send(bingx, "get_oco_order_list", {"orderListId": list_id}))[0]["status"] == "CANCELED"

    assert bingx_code(send(bingx, "cancel_oco_order", {"clientOrderId": "502"})) == 109421
    assert bingx_code(send(bingx, "cancel_oco_order", {"orderId": limit_leg["orderId"]})) == 109421


@pytest.mark.parametrize(
    ("operation_id", "query", "code"),
    [
        ("cancel_oco_order", {"orderId": "1234567890123456789"}, 109421),
        ("cancel_oco_order", {"clientOrderId": "9"}, 109421),
        ("cancel_oco_order", {}, 100400),
        ("get_oco_order_list", {"orderListId": "1"}, 109421),
        ("get_oco_order_list", {"clientOrderId": "9"}, 109421),
        ("get_oco_order_list", {}, 100400),
    ],
)
def test_bingx_unknown_ids_are_not_found(bingx: Sandbox, operation_id: str, query: dict[str, str], code: int) -> None:
    assert bingx_code(send(bingx, operation_id, query)) == code


def test_bingx_lists_and_legs_are_named_separately(bingx: Sandbox) -> None:
    limit_leg, _ = data_of(send(bingx, "create_oco_order", oco("600", "601", "602")))
    list_id = bingx.orders[0].id
    assert bingx_code(send(bingx, "get_oco_order_list", {"orderListId": limit_leg["orderId"]})) == 109421
    assert bingx_code(send(bingx, "get_oco_order_list", {"clientOrderId": "601"})) == 109421
    assert bingx_code(send(bingx, "cancel_oco_order", {"orderId": list_id})) == 109421
    assert bingx_code(send(bingx, "cancel_oco_order", {"clientOrderId": "600"})) == 109421
    assert bingx_code(send(bingx, "cancel_oco_order", {"orderId": limit_leg["orderId"]})) == 0


def test_bingx_pages_count_legs(bingx: Sandbox) -> None:
    for _ in range(5):
        send(bingx, "create_oco_order", oco())
    legs = [leg["orderId"] for order in reversed(bingx.orders) for leg in order.result]
    pages = [[leg["orderId"] for leg in legs_page(bingx, "get_open_oco_order_lists", n, 4)] for n in (1, 2, 3, 4)]
    assert pages == [legs[0:4], legs[4:8], legs[8:10], []]
    assert [len(legs_page(bingx, "get_open_oco_order_lists", n, 3)) for n in (1, 2, 3, 4, 5)] == [3, 3, 3, 1, 0]

    for order in bingx.orders:
        send(bingx, "cancel_oco_order", {"orderId": order.result[0]["orderId"]})
    pages = [[leg["orderId"] for leg in legs_page(bingx, "get_oco_order_history", n, 4)] for n in (1, 2, 3)]
    assert pages == [legs[0:4], legs[4:8], legs[8:10]]
    window = {"pageIndex": 1, "pageSize": 10, "startTime": NOW_MS + 1}
    assert data_of(send(bingx, "get_oco_order_history", window)) == []
    assert bingx_code(send(bingx, "get_oco_order_history", {"pageIndex": 0, "pageSize": 4})) == 100400


def test_bingx_server_time_follows_the_sandbox_clock(bingx: Sandbox) -> None:
    bingx.clock = lambda: NOW + 600
    answer = call(bingx, "GET", "/openApi/spot/v1/server/time")
    assert (answer.status, answer.json()) == (200, {"code": 0, "msg": "", "data": {"serverTime": NOW_MS + 600_000}})
    assert bingx_code(send(bingx, "get_open_oco_order_lists", {"pageIndex": 1, "pageSize": 5})) == 100400
    fresh = send(bingx, "get_open_oco_order_lists", {"pageIndex": 1, "pageSize": 5}, timestamp_ms=NOW_MS + 600_000)
    assert data_of(fresh) == []


def test_bingx_query_values_are_signed_unencoded_and_sent_encoded(bingx: Sandbox) -> None:
    for operation_id, name in (("cancel_oco_order", "clientOrderId"), ("get_oco_order_list", "clientOrderId")):
        answer = send(bingx, operation_id, {name: ODD, "recvWindow": 5000})
        assert bingx_code(answer) == 109421, "the signature verified; the order is unknown"
    assert bingx_code(signed_over_the_encoded_text(bingx, "cancel_oco_order", {"clientOrderId": ODD})) == 100001


# --------------------------------------------------------------------------------------------------------------------
# Concurrency: the sandbox is a ThreadingHTTPServer


def _cancel_once(sb: Sandbox) -> Callable[[], bool]:
    """Place one order; a function that cancels it and says whether that cancellation succeeded."""
    if sb.venue == "bitget":
        order_id = data_of(send(sb, "place_plan_order", body=spot_order()))["orderId"]
        return lambda: send(sb, "cancel_plan_order", body={"orderId": order_id}).status == 200
    if sb.venue == "gate":
        order_id = str(send(sb, "create_spot_price_order", body=gate_order()).json()["id"])
        return lambda: send(sb, "cancel_spot_price_order", order_id=order_id).status == 200
    leg = data_of(send(sb, "create_oco_order", OCO))[0]["orderId"]
    return lambda: bingx_code(send(sb, "cancel_oco_order", {"orderId": leg})) == 0


@pytest.mark.parametrize("venue", ["bitget", "gate", "bingx"])
def test_sixteen_concurrent_cancels_of_one_order_succeed_once(venue: str) -> None:
    with start(venue) as sb:
        cancel = _cancel_once(sb)
        with ThreadPoolExecutor(16) as pool:
            outcomes = list(pool.map(lambda _: cancel(), range(16)))
        assert outcomes.count(True) == 1
        [order] = sb.orders
        assert not order.open


def test_concurrent_placing_and_paging_keeps_the_lists_consistent(bitget: Sandbox) -> None:
    def place_and_cancel(worker: int) -> list[str]:
        ids = [
            data_of(send(bitget, "place_plan_order", body=spot_order(clientOid=f"w{worker}-{n}")))["orderId"]
            for n in range(6)
        ]
        for order_id in ids[::2]:
            data_of(send(bitget, "cancel_plan_order", body={"orderId": order_id}))
        current_spot(bitget, limit=5)
        return ids

    with ThreadPoolExecutor(16) as pool:
        placed = [order_id for ids in pool.map(place_and_cancel, range(16)) for order_id in ids]
    assert len(set(placed)) == 96

    def walk(operation_id: str) -> list[str]:
        seen: list[str] = []
        query: dict[str, object] = {"limit": 7}
        while True:
            page = data_of(send(bitget, operation_id, query))
            seen += [order["orderId"] for order in page["orderList"]]
            if not page["nextFlag"]:
                return seen
            query["idLessThan"] = page["idLessThan"]

    live, cancelled = walk("get_current_plan_orders"), walk("get_history_plan_orders")
    assert len(live) == len(cancelled) == 48 and set(live) | set(cancelled) == set(placed)
    assert live == sorted(live, key=int, reverse=True) and cancelled == sorted(cancelled, key=int, reverse=True)
