"""``callbackRatio`` belongs to trailing stops only: a trigger order (``normal_plan``) that carries one is refused
before anything is sent, by the model and by the spec's jsonschema alike (issue 17, item 3)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from venuebind import ValidationError, bitget
from venuebind.sandbox.schema import request_validator

NORMAL: dict[str, Any] = {
    "planType": "normal_plan",
    "symbol": "BTCUSDT",
    "productType": "USDT-FUTURES",
    "marginMode": "isolated",
    "marginCoin": "USDT",
    "size": "0.01",
    "triggerPrice": "24100",
    "triggerType": "mark_price",
    "side": "buy",
    "orderType": "market",
}


@pytest.mark.parametrize("order_type", [{"orderType": "market"}, {"orderType": "limit", "price": "24000"}])
def test_a_trigger_order_with_a_callback_ratio_is_refused(order_type: dict[str, str]) -> None:
    body = {**NORMAL, **order_type, "callbackRatio": "2.5"}
    with pytest.raises(ValidationError) as caught:
        bitget.models.PlaceMixPlanOrderRequest.from_wire(body)
    assert str(caught.value) == "callback_ratio (callbackRatio): must be absent when plan_type is 'normal_plan'"
    assert not request_validator("bitget", "place_mix_plan_order").is_valid(body)


def test_a_trailing_stop_still_takes_its_callback_ratio() -> None:
    body = {**NORMAL, "planType": "track_plan", "callbackRatio": "2.5"}
    order = bitget.models.PlaceMixPlanOrderRequest.from_wire(body)
    assert json.loads(order.wire_body())["callbackRatio"] == "2.5"
    assert request_validator("bitget", "place_mix_plan_order").is_valid(body)
