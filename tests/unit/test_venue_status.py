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
from venuebind._runtime.errors import RateLimitError, VenueError
from venuebind._runtime.http import status_error


def bitget_answer(status: int, headers: dict[str, str] | None = None) -> Any:
    order = bitget.models.PlacePlanOrderRequest(
        symbol="TRXUSDT", side="buy", trigger_price="1", order_type="market", size="1", trigger_type="fill_price"
    )
    body = b'{"code":"00000","msg":"success","data":{"orderId":"1","clientOid":"c"}}'
    return bitget.parse(order, status=status, headers=headers or {}, body=body)


def bingx_answer(status: int, headers: dict[str, str] | None = None) -> Any:
    body = b'{"code":0,"msg":"","data":[{"orderId":"1","clientOrderId":"c"}]}'
    request = bingx.models.CancelOcoOrderRequest(order_id="1")
    return bingx.parse(request, status=status, headers=headers or {}, body=body)


def gate_answer(status: int, headers: dict[str, str] | None = None) -> Any:
    order = gate.models.CreateSpotPriceOrderRequest(
        market="GT_USDT",
        trigger=gate.models.SpotPriceTrigger(price="1", rule=">=", expiration=60),
        put=gate.models.SpotPricePutOrder(side="buy", price="1", amount="1", account="normal"),
    )
    return gate.parse(order, status=status, headers=headers or {}, body=b'{"id":"1"}')


ANSWERS = pytest.mark.parametrize("answer", [bitget_answer, bingx_answer, gate_answer], ids=["bitget", "bingx", "gate"])


@pytest.mark.parametrize("status", [300, 301, 302, 307, 308, 400, 401, 403, 404, 500, 502, 503])
@ANSWERS
def test_a_success_envelope_with_an_error_status_is_an_error(answer: Callable[..., Any], status: int) -> None:
    with pytest.raises(VenueError) as caught:
        answer(status)
    assert type(caught.value) is status_error(status), "the class the status means"
    assert caught.value.status == status


@pytest.mark.parametrize(("answer", "code"), [(bitget_answer, "00000"), (bingx_answer, "0")], ids=["bitget", "bingx"])
def test_the_venues_success_code_is_kept_on_the_error(answer: Callable[..., Any], code: str) -> None:
    with pytest.raises(VenueError) as caught:
        answer(502)
    assert caught.value.code == code
    assert "502" in caught.value.message


@ANSWERS
def test_a_success_envelope_with_429_is_a_rate_limit_with_the_wait_asked_for(answer: Callable[..., Any]) -> None:
    with pytest.raises(RateLimitError) as caught:
        answer(429, {"Retry-After": "3"})
    assert caught.value.retry_after == 3.0


@pytest.mark.parametrize("status", [200, 201, 299])
@ANSWERS
def test_any_2xx_with_the_success_envelope_is_a_result(answer: Callable[..., Any], status: int) -> None:
    assert answer(status) is not None
