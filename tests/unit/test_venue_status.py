"""An answer whose HTTP status is not a success is never read as one, whatever its body says.

A redirect (the client never follows one), a proxy's 404 or a gateway's 500 may carry a body that looks like the
venue's success envelope; handing the caller a result then would say an order was placed or cancelled when nothing
confirms it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from venuebind import bingx, bitget, gate
from venuebind._runtime.errors import VenueError

BUG = pytest.mark.xfail(
    strict=True,
    reason="bug (issue 19 report): this venue's parse reads a success envelope as a result whatever the HTTP status",
)


def bitget_answer(status: int) -> Any:
    order = bitget.models.PlacePlanOrderRequest(
        symbol="TRXUSDT", side="buy", trigger_price="1", order_type="market", size="1", trigger_type="fill_price"
    )
    body = b'{"code":"00000","msg":"success","data":{"orderId":"1","clientOid":"c"}}'
    return bitget.parse(order, status=status, headers={}, body=body)


def bingx_answer(status: int) -> Any:
    body = b'{"code":0,"msg":"","data":[{"orderId":"1","clientOrderId":"c"}]}'
    return bingx.parse(bingx.models.CancelOcoOrderRequest(order_id="1"), status=status, headers={}, body=body)


def gate_answer(status: int) -> Any:
    order = gate.models.CreateSpotPriceOrderRequest(
        market="GT_USDT",
        trigger=gate.models.SpotPriceTrigger(price="1", rule=">=", expiration=60),
        put=gate.models.SpotPricePutOrder(side="buy", price="1", amount="1", account="normal"),
    )
    return gate.parse(order, status=status, headers={}, body=b'{"id":"1"}')


@pytest.mark.parametrize("status", [301, 302, 307, 308, 404, 500, 503])
@pytest.mark.parametrize(
    "answer",
    [pytest.param(bitget_answer, marks=BUG), pytest.param(bingx_answer, marks=BUG), gate_answer],
    ids=["bitget", "bingx", "gate"],
)
def test_a_success_envelope_with_an_error_status_is_an_error(answer: Callable[[int], Any], status: int) -> None:
    with pytest.raises(VenueError) as caught:
        answer(status)
    assert caught.value.status == status


@pytest.mark.parametrize("answer", [bitget_answer, bingx_answer, gate_answer], ids=["bitget", "bingx", "gate"])
def test_the_same_envelope_with_200_is_a_result(answer: Callable[[int], Any]) -> None:
    assert answer(200) is not None
