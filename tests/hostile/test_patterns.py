"""Item 8: a spec pattern matches the whole value, as JSON Schema means it.

Python's ``$`` also matches before a final newline, so ``"123\\n"`` passed ``^[0-9]+$`` and went out as ``%0A``.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from venuebind import ValidationError, bingx, bitget

OCO = {
    "symbol": "BTC-USDT",
    "side": "BUY",
    "quantity": "0.01",
    "limit_price": "60000",
    "order_price": "50000",
    "trigger_price": "50500",
    "list_client_order_id": "123",
}
PLAN = {
    "symbol": "TRXUSDT",
    "side": "buy",
    "trigger_price": Decimal("0.041572"),
    "order_type": "limit",
    "execute_price": "0.041572",
    "size": "151",
    "trigger_type": "fill_price",
}


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("list_client_order_id", "123\n"),
        ("symbol", "BTC-USDT\n"),
        ("quantity", "0.01\n"),
        ("limit_price", "60000\n"),
        ("above_client_order_id", "7\n"),
    ],
)
def test_a_trailing_newline_does_not_pass_an_anchored_pattern(field: str, value: str) -> None:
    with pytest.raises(ValidationError) as refused:
        bingx.models.CreateOcoOrderRequest(**{**OCO, field: value})
    assert "does not match" in str(refused.value) or "plain notation" in str(refused.value)


@pytest.mark.parametrize(("field", "value"), [("size", "151\n"), ("execute_price", "0.041572\n"), ("size", "\n")])
def test_bitget_decimal_text_with_a_newline_is_refused(field: str, value: str) -> None:
    with pytest.raises(ValidationError):
        bitget.models.PlacePlanOrderRequest(**{**PLAN, field: value})


def test_the_same_values_without_the_newline_pass() -> None:
    order: Any = bingx.models.CreateOcoOrderRequest(**OCO)
    assert ("listClientOrderId", "123") in order.wire_query()
    assert bitget.models.PlacePlanOrderRequest(**PLAN).size == Decimal("151")
