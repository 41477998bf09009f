"""A futures plan order says "no take-profit / stop-loss" by leaving the trigger price out. The page's other spelling
of that, a trigger price of 0, is refused on its own account, for both plan types, by the model and by the spec's
jsonschema alike; it is never sent (issue 17, item 2)."""

from __future__ import annotations

import json
from decimal import Decimal
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
    "price": "24000",
    "triggerPrice": "24100",
    "triggerType": "mark_price",
    "side": "buy",
    "orderType": "limit",
}
TRAILING: dict[str, Any] = {
    **{k: v for k, v in NORMAL.items() if k != "price"},
    "planType": "track_plan",
    "orderType": "market",
    "callbackRatio": "2.5",
}
ZEROS = ["0", "0.0", "00.000"]
TPSL = [("stopSurplusTriggerPrice", "stopSurplusTriggerType"), ("stopLossTriggerPrice", "stopLossTriggerType")]


@pytest.mark.parametrize("base", [NORMAL, TRAILING], ids=["normal_plan", "track_plan"])
@pytest.mark.parametrize(("price", "kind"), TPSL)
@pytest.mark.parametrize("zero", ZEROS)
@pytest.mark.parametrize("with_kind", [True, False], ids=["with-trigger-type", "alone"])
def test_a_zero_tp_sl_trigger_price_is_refused_on_its_own_account(
    base: dict[str, Any], price: str, kind: str, zero: str, with_kind: bool
) -> None:
    body = {**base, price: zero, **({kind: "fill_price"} if with_kind else {})}
    with pytest.raises(ValidationError) as caught:
        bitget.models.PlaceMixPlanOrderRequest.from_wire(body)
    assert caught.value.path == price
    assert not request_validator("bitget", "place_mix_plan_order").is_valid(body)


@pytest.mark.parametrize("value", [0, Decimal("0"), Decimal("0E-8"), 0.0])
def test_a_zero_given_as_a_number_is_refused_too(value: object) -> None:
    arguments = {
        "plan_type": "normal_plan", "symbol": "BTCUSDT", "product_type": "USDT-FUTURES", "margin_mode": "isolated",
        "margin_coin": "USDT", "size": "0.01", "price": "24000", "trigger_price": "24100",
        "trigger_type": "mark_price", "side": "buy", "order_type": "limit",
    }  # fmt: skip
    with pytest.raises(ValidationError) as caught:
        bitget.models.PlaceMixPlanOrderRequest(
            **arguments, stop_loss_trigger_price=value, stop_loss_trigger_type="fill_price"
        )
    assert caught.value.path == "stopLossTriggerPrice"


@pytest.mark.parametrize("base", [NORMAL, TRAILING], ids=["normal_plan", "track_plan"])
def test_no_take_profit_is_the_field_left_out(base: dict[str, Any]) -> None:
    order = bitget.models.PlaceMixPlanOrderRequest.from_wire(base)
    sent = json.loads(order.wire_body())
    assert not {"stopSurplusTriggerPrice", "stopLossTriggerPrice"} & set(sent)
    assert request_validator("bitget", "place_mix_plan_order").is_valid(sent)


@pytest.mark.parametrize(
    ("base", "value"), [(NORMAL, "0.5"), (NORMAL, "24500"), (TRAILING, "0.01"), (TRAILING, "999.99")]
)
def test_a_tp_sl_trigger_price_above_zero_goes_out_with_its_trigger_type(base: dict[str, Any], value: str) -> None:
    body = {**base, "stopSurplusTriggerPrice": value, "stopSurplusTriggerType": "fill_price"}
    order = bitget.models.PlaceMixPlanOrderRequest.from_wire(body)
    assert json.loads(order.wire_body()) == body
    assert request_validator("bitget", "place_mix_plan_order").is_valid(body)
