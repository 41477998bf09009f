"""Messages name the argument the user wrote and its wire name, and a bound says what its number means."""

from __future__ import annotations

from typing import Any

import pytest

from tests.models.test_validation import SPOT, TRAILING
from venuebind import ValidationError, bitget


def refused(build: Any, **arguments: Any) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        build(**arguments)
    return caught.value


def test_a_rule_names_the_argument_the_wire_name_and_the_condition_in_python_names() -> None:
    error = refused(bitget.spot_plan.place_plan_order, client=None, **{**SPOT, "execute_price": None})
    assert str(error) == "execute_price (executePrice): required when order_type is 'limit'"
    assert (error.path, error.argument, error.problem) == (
        "executePrice",
        "execute_price",
        "required when order_type is 'limit'",
    )


def test_a_bound_carries_the_unit_and_condition_the_spec_gives() -> None:
    error = refused(bitget.models.PlaceMixPlanOrderRequest, **{**TRAILING, "stop_surplus_trigger_price": "65000"})
    assert str(error) == (
        "stop_surplus_trigger_price (stopSurplusTriggerPrice): 65000 is above the maximum 999.99"
        " (a percentage when plan_type is 'track_plan')"
    )
    assert error.path == "stopSurplusTriggerPrice"


def test_a_value_check_names_the_argument_too() -> None:
    error = refused(bitget.models.PlacePlanOrderRequest, **{**SPOT, "trigger_price": "1e5"})
    assert error.path == "triggerPrice"
    assert error.argument == "trigger_price"
    assert str(error).startswith("trigger_price (triggerPrice): '1e5' is not a decimal in plain notation")


def test_a_field_whose_python_and_wire_names_agree_is_named_once() -> None:
    error = refused(bitget.models.PlacePlanOrderRequest, **{**SPOT, "side": "BUY"})
    assert str(error) == "side: 'BUY' is not one of 'buy', 'sell'"
    assert (error.path, error.argument) == ("side", "side")


def test_a_nested_wire_path_is_named_in_python_names() -> None:
    body = {
        "symbol": "BTCUSDT",
        "orderList": [{"side": "buy", "orderType": "limit", "force": "gtc", "price": "1", "loanType": "normal"}],
    }
    error = refused(bitget.models.BatchPlaceIsolatedOrdersRequest.from_wire, data=body)
    assert (error.path, error.argument) == ("orderList[0].baseSize", "order_list[0].base_size")
    assert str(error) == "order_list[0].base_size (orderList[0].baseSize): required when order_type is 'limit'"


def test_a_path_the_model_does_not_know_keeps_the_wire_name_alone() -> None:
    error = refused(bitget.models.PlacePlanOrderRequest.from_wire, data={**bitget_body(), "force": "gtc"})
    assert (error.path, error.argument) == ("force", None)
    assert str(error).startswith("force: is not a field of PlacePlanOrderRequest")


def bitget_body() -> dict[str, Any]:
    import json

    body = bitget.models.PlacePlanOrderRequest(**SPOT).wire_body()
    assert body is not None
    loaded: dict[str, Any] = json.loads(body)
    return loaded
