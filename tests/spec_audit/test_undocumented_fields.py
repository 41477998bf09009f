"""What other clients send that the venue's page does not list is refused, and the refusal says why: ``from_wire``
names the field and that the page does not list it; the spec's jsonschema refuses the same body (issue 17, item 8).

The cases are the ones recorded from another client's real requests."""

from __future__ import annotations

from typing import Any

import pytest

from venuebind import ValidationError, bitget
from venuebind.sandbox.schema import request_validator

NOT_LISTED = "the venue's page does not list it"

MIX: dict[str, Any] = {
    "planType": "normal_plan", "symbol": "BTCUSDT", "productType": "USDT-FUTURES", "marginMode": "isolated",
    "marginCoin": "USDT", "size": "0.01", "price": "24000", "triggerPrice": "24100", "triggerType": "mark_price",
    "side": "buy", "orderType": "limit",
}  # fmt: skip
ITEM: dict[str, Any] = {"side": "buy", "orderType": "market", "force": "gtc", "quoteSize": "110", "loanType": "normal"}
MODIFY: dict[str, Any] = {"orderId": "1", "productType": "USDT-FUTURES", "newTriggerPrice": "2000"}

# operation, request model, body, the wire path of the field the page does not list
CASES: list[tuple[str, Any, dict[str, Any], str]] = [
    ("place_mix_plan_order", bitget.models.PlaceMixPlanOrderRequest, {**MIX, "force": "gtc"}, "force"),
    ("place_mix_plan_order", bitget.models.PlaceMixPlanOrderRequest, {**MIX, "executePrice": "24000"}, "executePrice"),
    (
        "batch_place_isolated_orders",
        bitget.models.BatchPlaceIsolatedOrdersRequest,
        {"symbol": "BTCUSDT", "orderList": [ITEM, {**ITEM, "symbol": "BTCUSDT"}]},
        "orderList[1].symbol",
    ),
    (
        "modify_mix_plan_order",
        bitget.models.ModifyMixPlanOrderRequest,
        {**MODIFY, "triggerPrice": "2000"},
        "triggerPrice",
    ),
]


@pytest.mark.parametrize(("operation_id", "model", "body", "path"), CASES, ids=[case[3] for case in CASES])
def test_a_field_the_page_does_not_list_is_refused_saying_so(
    operation_id: str, model: Any, body: dict[str, Any], path: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        model.from_wire(body)
    assert caught.value.path == path
    assert NOT_LISTED in str(caught.value)
    assert not request_validator("bitget", operation_id).is_valid(body)


def test_the_same_bodies_without_those_fields_are_taken() -> None:
    bitget.models.PlaceMixPlanOrderRequest.from_wire(MIX)
    bitget.models.BatchPlaceIsolatedOrdersRequest.from_wire({"symbol": "BTCUSDT", "orderList": [ITEM, ITEM]})
    bitget.models.ModifyMixPlanOrderRequest.from_wire(MODIFY)
    bitget.models.PlaceIsolatedOrderRequest.from_wire({"symbol": "BTCUSDT", **ITEM})


@pytest.mark.parametrize(
    ("operation_id", "model", "body", "path", "argument"),
    [
        (
            "batch_place_isolated_orders",
            bitget.models.BatchPlaceIsolatedOrdersRequest,
            {"symbol": "BTCUSDT", "orderList": [{**ITEM, "force": "GTC"}]},
            "orderList[0].force",
            "order_list[0].force",
        ),
        (
            "place_isolated_order",
            bitget.models.PlaceIsolatedOrderRequest,
            {"symbol": "BTCUSDT", **ITEM, "force": "GTC"},
            "force",
            "force",
        ),
    ],
    ids=["batch item", "single order"],
)
def test_an_upper_case_value_the_page_does_not_list_is_refused(
    operation_id: str, model: Any, body: dict[str, Any], path: str, argument: str
) -> None:
    with pytest.raises(ValidationError) as caught:
        model.from_wire(body)
    named = path if argument == path else f"{argument} ({path})"
    assert str(caught.value) == f"{named}: 'GTC' is not one of 'gtc', 'post_only', 'fok', 'ioc'"
    assert (caught.value.path, caught.value.argument) == (path, argument)
    assert not request_validator("bitget", operation_id).is_valid(body)
