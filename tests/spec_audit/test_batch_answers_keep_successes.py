"""A batch answer is read whole even when a failure entry lacks a field the page does not guarantee: the orders that
were placed (or cancelled) are still returned, never lost to a ``ResponseError`` over one odd entry (issue 17,
items 5 and 6)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from venuebind import bingx, bitget

SUCCESS = {"orderId": "121211212122", "clientOid": "placed-1"}
FAILURE = {"clientOid": "failed-1", "errorMsg": "Insufficient balance"}
CANCEL_FAILURE = {"orderId": "3", "clientOid": "c-3", "errorMsg": "The order does not exist"}


def bitget_answer(request: Any, data: dict[str, Any]) -> Any:
    body = {"code": "00000", "msg": "success", "requestTime": 1695621286952, "data": data}
    return bitget.parse(request, status=200, headers={}, body=json.dumps(body).encode())


def without(entry: dict[str, Any], field: str) -> dict[str, Any]:
    return {name: value for name, value in entry.items() if name != field}


def isolated_batch() -> bitget.models.BatchPlaceIsolatedOrdersRequest:
    item = bitget.models.IsolatedBatchOrderItem(
        order_type="market", side="buy", quote_size="110", loan_type="normal", force="gtc"
    )
    return bitget.models.BatchPlaceIsolatedOrdersRequest(symbol="BTCUSDT", order_list=[item, item])


@pytest.mark.parametrize("missing", ["clientOid", "errorMsg"])
def test_an_isolated_batch_keeps_its_successes_beside_a_failure_missing_a_field(missing: str) -> None:
    odd = without(FAILURE, missing)
    result = bitget_answer(isolated_batch(), {"successList": [SUCCESS], "failureList": [odd, FAILURE]})
    assert [(s.order_id, s.client_oid) for s in result.success_list] == [("121211212122", "placed-1")]
    assert [(f.client_oid, f.error_msg) for f in result.failure_list] == [
        (odd.get("clientOid"), odd.get("errorMsg")),
        ("failed-1", "Insufficient balance"),
    ]


@pytest.mark.parametrize("missing", ["orderId", "clientOid", "errorMsg"])
def test_batch_cancels_keep_their_successes_beside_a_failure_missing_a_field(missing: str) -> None:
    spot = bitget.models.BatchCancelPlanOrdersRequest(symbol_list=["BTCUSDT"])
    futures = bitget.models.CancelMixPlanOrdersRequest(product_type="USDT-FUTURES")
    isolated = bitget.models.BatchCancelIsolatedOrdersRequest(
        symbol="BTCUSDT", order_id_list=[bitget.models.IsolatedOrderRef(order_id="1")]
    )
    for request in (spot, futures, isolated):
        odd = without(CANCEL_FAILURE, missing)
        result = bitget_answer(request, {"successList": [SUCCESS], "failureList": [odd]})
        assert [s.order_id for s in result.success_list] == ["121211212122"], type(request).__name__
        (failure,) = result.failure_list
        assert failure.error_msg == odd.get("errorMsg")


LIMIT_LEG = {
    "orderId": "1001", "clientOrderId": "2001", "orderType": "ocoLimit", "symbol": "BTC-USDT", "price": 70000,
    "triggerPrice": 0, "quantity": 0.001, "status": "NEW", "side": "SELL",
}  # fmt: skip
STOP_LEG = {**LIMIT_LEG, "orderId": "1002", "clientOrderId": "2002", "orderType": "ocoTps", "status": "PENDING"}


def oco_answer(data: Any) -> Any:
    request = bingx.models.CreateOcoOrderRequest(
        symbol="BTC-USDT", side="SELL", quantity="0.001", limit_price="70000", order_price="50000",
        trigger_price="50100",
    )  # fmt: skip
    body = {"code": 0, "msg": "", "debugMsg": "", "data": data}
    return bingx.parse(request, status=200, headers={}, body=json.dumps(body).encode())


@pytest.mark.parametrize("missing", sorted(LIMIT_LEG))
def test_a_placed_oco_is_returned_when_a_leg_lacks_a_field(missing: str) -> None:
    odd = without(STOP_LEG, missing)
    legs = oco_answer([LIMIT_LEG, odd])
    assert [leg.order_id for leg in legs] == ["1001", odd.get("orderId")]
    assert legs[0].order_type == bingx.models.OcoOrderType.OCO_LIMIT
    (single,) = oco_answer(odd)
    assert single.client_order_id == odd.get("clientOrderId")
