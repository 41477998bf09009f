"""Bad requests fail before any I/O, with the field's wire path and what is allowed (ARCHITECTURE.md invariant 6)."""

from __future__ import annotations

import decimal
import json
from decimal import Decimal
from typing import Any

import pytest

from venuebind import ValidationError, bingx, bitget, gate

SPOT: dict[str, Any] = {
    "symbol": "TRXUSDT",
    "side": "buy",
    "trigger_price": Decimal("0.041572"),
    "order_type": "limit",
    "execute_price": "0.041572",
    "size": "151",
    "trigger_type": "fill_price",
    "client_oid": "12345",
}

TRAILING: dict[str, Any] = {
    "plan_type": "track_plan",
    "symbol": "BTCUSDT",
    "product_type": "USDT-FUTURES",
    "margin_mode": "isolated",
    "margin_coin": "USDT",
    "size": "0.01",
    "callback_ratio": "2.5",
    "trigger_price": "24100",
    "trigger_type": "mark_price",
    "side": "buy",
    "order_type": "market",
    "stop_surplus_trigger_price": "5",
    "stop_surplus_trigger_type": "fill_price",
}


def body(model: Any) -> Any:
    """The JSON body the model sends, read back."""
    return json.loads(model.wire_body())


OCO: dict[str, Any] = {
    "symbol": "BTC-USDT",
    "side": "SELL",
    "quantity": "0.001",
    "limit_price": "70000",
    "order_price": "50000",
    "trigger_price": "50100",
    "list_client_order_id": "123456",
}


def spot(**changes: Any) -> bitget.models.PlacePlanOrderRequest:
    return bitget.models.PlacePlanOrderRequest(**{**SPOT, **changes})


def trailing(**changes: Any) -> bitget.models.PlaceMixPlanOrderRequest:
    return bitget.models.PlaceMixPlanOrderRequest(**{**TRAILING, **changes})


def oco(**changes: Any) -> bingx.models.CreateOcoOrderRequest:
    return bingx.models.CreateOcoOrderRequest(**{**OCO, **changes})


def test_a_valid_request_keeps_its_values_exact() -> None:
    order = spot()
    assert order.trigger_price == Decimal("0.041572")
    assert order.side is bitget.models.Side.BUY
    assert body(order)["triggerPrice"] == "0.041572"


def test_a_wrong_enum_value_names_the_field_and_the_allowed_values() -> None:
    with pytest.raises(ValidationError) as caught:
        spot(trigger_type="market_price")
    assert caught.value.path == "triggerType"
    assert caught.value.argument == "trigger_type"
    assert str(caught.value) == "trigger_type (triggerType): 'market_price' is not one of 'fill_price', 'mark_price'"


def test_a_missing_required_keyword_is_a_type_error_naming_it() -> None:
    arguments = dict(SPOT)
    del arguments["symbol"]
    with pytest.raises(TypeError, match="symbol"):
        bitget.models.PlacePlanOrderRequest(**arguments)


def test_a_missing_required_field_in_wire_form_is_a_validation_error() -> None:
    with pytest.raises(ValidationError) as caught:
        bitget.models.PlacePlanOrderRequest.from_wire({"symbol": "TRXUSDT", "side": "buy"})
    assert caught.value.path == "triggerPrice"
    assert str(caught.value) == "trigger_price (triggerPrice): is required"


def test_an_unknown_keyword_is_a_type_error_naming_it() -> None:
    with pytest.raises(TypeError, match="trigger_prize"):
        spot(trigger_prize="1")
    with pytest.raises(TypeError, match="trigger_prize"):
        bitget.spot_plan.place_plan_order(None, **{**SPOT, "trigger_prize": "1"})  # type: ignore[arg-type]


@pytest.mark.parametrize("value", [float("nan"), float("inf"), Decimal("NaN"), Decimal("-Infinity")])
def test_a_non_finite_number_is_refused(value: object) -> None:
    with pytest.raises(ValidationError, match=r"^trigger_price \(triggerPrice\): .* not a finite number"):
        spot(trigger_price=value)


@pytest.mark.parametrize(
    ("value", "wire"),
    [(0.1, "0.1"), (1e-8, "0.00000001"), (151, "151"), (Decimal("1E+3"), "1000"), ("2.00000000", "2.00000000")],
)
def test_a_price_goes_out_in_plain_notation(value: object, wire: str) -> None:
    assert body(spot(trigger_price=value))["triggerPrice"] == wire


@pytest.mark.parametrize("value", ["1e5", "-1", "1,5", " 1", "", "0x10", Decimal("-0.5")])
def test_a_price_that_is_not_a_plain_non_negative_decimal_is_refused(value: object) -> None:
    with pytest.raises(ValidationError) as caught:
        spot(trigger_price=value)
    assert caught.value.path == "triggerPrice"


def test_a_bool_is_not_a_price() -> None:
    with pytest.raises(ValidationError, match=r"^trigger_price \(triggerPrice\): expected a Decimal"):
        spot(trigger_price=True)


def test_an_absent_optional_field_is_absent_on_the_wire() -> None:
    wire = body(spot())
    assert "planType" not in wire and "stpMode" not in wire


def test_spot_limit_order_needs_an_execute_price() -> None:
    with pytest.raises(ValidationError) as caught:
        spot(execute_price=None)
    assert str(caught.value) == "execute_price (executePrice): required when order_type is 'limit'"
    assert spot(order_type="market", execute_price=None).execute_price is None


def test_trailing_stop_rules() -> None:
    assert trailing().callback_ratio == Decimal("2.5")
    cases: list[tuple[dict[str, Any], str]] = [
        ({"callback_ratio": None}, "callback_ratio (callbackRatio): required when plan_type is 'track_plan'"),
        ({"callback_ratio": "10.01"}, "callback_ratio (callbackRatio): 10.01 is above the maximum 10"),
        ({"price": "24000"}, "price: must be absent when plan_type is 'track_plan'"),
        ({"order_type": "limit"}, "order_type (orderType): must be 'market' when plan_type is 'track_plan'"),
        (
            {"stop_surplus_trigger_type": "mark_price"},
            "stop_surplus_trigger_type (stopSurplusTriggerType): must be 'fill_price' when plan_type is 'track_plan'",
        ),
        (
            {"stop_surplus_execute_price": "1"},
            "stop_surplus_execute_price (stopSurplusExecutePrice): must be absent when plan_type is 'track_plan'",
        ),
        (
            {"stop_surplus_trigger_price": "1000"},
            "stop_surplus_trigger_price (stopSurplusTriggerPrice): 1000 is above the maximum 999.99"
            " (a percentage when plan_type is 'track_plan')",
        ),
    ]
    for changes, message in cases:
        with pytest.raises(ValidationError) as caught:
            trailing(**changes)
        assert str(caught.value) == message, changes


def test_trigger_order_price_rules() -> None:
    normal = {"plan_type": "normal_plan", "callback_ratio": None, "stop_surplus_trigger_price": None}
    assert trailing(**normal, order_type="limit", price="24000").price == Decimal("24000")
    with pytest.raises(ValidationError, match=r"^price: required when plan_type is 'normal_plan' and order_type"):
        trailing(**normal, order_type="limit")
    with pytest.raises(ValidationError, match=r"^price: must be absent when plan_type is 'normal_plan' and order_type"):
        trailing(**normal, order_type="market", price="24000")


def test_a_tp_sl_trigger_type_is_required_once_its_price_is_set() -> None:
    with pytest.raises(ValidationError) as caught:
        trailing(stop_surplus_trigger_type=None)
    assert str(caught.value) == (
        "stop_surplus_trigger_type (stopSurplusTriggerType): required when stop_surplus_trigger_price is set"
    )
    with pytest.raises(ValidationError, match=r"^stop_loss_trigger_type \(stopLossTriggerType\): required"):
        trailing(stop_loss_trigger_price="3")


def test_batch_item_size_rules_carry_their_list_path_from_wire_form() -> None:
    item = bitget.models.IsolatedBatchOrderItem
    assert item(order_type="market", side="buy", quote_size="110", loan_type="normal", force="gtc").quote_size
    with pytest.raises(ValidationError, match=r"^base_size \(baseSize\): required when order_type is 'limit'"):
        item(order_type="limit", side="buy", price="1", loan_type="normal", force="gtc")
    quote_size = r"^quote_size \(quoteSize\): required when order_type is 'market' and side is 'buy'"
    with pytest.raises(ValidationError, match=quote_size):
        item(order_type="market", side="buy", base_size="1", loan_type="normal", force="gtc")
    body = {
        "symbol": "BTCUSDT",
        "orderList": [
            {"side": "buy", "orderType": "market", "force": "gtc", "quoteSize": "110", "loanType": "normal"},
            {"side": "sell", "orderType": "market", "force": "gtc", "loanType": "normal"},
        ],
    }
    with pytest.raises(ValidationError) as caught:
        bitget.models.BatchPlaceIsolatedOrdersRequest.from_wire(body)
    assert str(caught.value) == (
        "order_list[1].base_size (orderList[1].baseSize): required when order_type is 'market' and side is 'sell'"
    )


def test_a_batch_takes_item_models_only() -> None:
    expected = r"^order_list\[0\] \(orderList\[0\]\): expected a IsolatedBatchOrderItem, got dict"
    with pytest.raises(ValidationError, match=expected):
        bitget.models.BatchPlaceIsolatedOrdersRequest(symbol="BTCUSDT", order_list=[{"side": "buy"}])  # type: ignore[list-item]


def test_bingx_client_ids_are_numeric_strings() -> None:
    assert oco().list_client_order_id == "123456"
    for field, wire in [
        ("list_client_order_id", "listClientOrderId"),
        ("above_client_order_id", "aboveClientOrderId"),
        ("below_client_order_id", "belowClientOrderId"),
    ]:
        with pytest.raises(ValidationError) as caught:
            oco(**{field: "abc-1"})
        assert caught.value.path == wire
        assert "does not match ^[0-9]+$" in str(caught.value)


def test_bingx_symbol_is_upper_case_with_a_hyphen() -> None:
    for symbol in ("BTCUSDT", "btc-usdt", "BTC_USDT"):
        with pytest.raises(ValidationError, match=r"symbol: .* does not match"):
            oco(symbol=symbol)


def test_gate_nested_objects_and_the_rule_enum() -> None:
    trigger = gate.models.SpotPriceTrigger(price="100", rule=">=", expiration=3600)
    assert trigger.rule is gate.models.TriggerRule.GTE
    with pytest.raises(ValidationError, match="rule: '>' is not one of '>=', '<='"):
        gate.models.SpotPriceTrigger(price="100", rule=">", expiration=3600)
    with pytest.raises(ValidationError, match=r"^expiration: 3600\.5 is not a whole number"):
        gate.models.SpotPriceTrigger(price="100", rule=">=", expiration=3600.5)
    with pytest.raises(ValidationError, match=r"^trigger\.rule: 'x' is not one of"):
        gate.models.CreateSpotPriceOrderRequest.from_wire(
            {"market": "GT_USDT", "trigger": {"price": "1", "rule": "x", "expiration": 1}, "put": {}}
        )


def test_unknown_fields_in_wire_form_are_refused() -> None:
    with pytest.raises(ValidationError, match=r"^force: is not a field of PlacePlanOrderRequest"):
        bitget.models.PlacePlanOrderRequest.from_wire({**body(spot()), "force": "gtc"})


# --------------------------------------------------------------------------------------------------------------------
# The wire form: what the generated wire_* methods put in the body, the query and the path


@pytest.mark.parametrize("client_oid", ['quote " and \\ backslash', "tab\tnew\nline\x00", "é 中文 😀", "</script>"])
def test_free_text_is_escaped_as_json_and_reads_back_unchanged(client_oid: str) -> None:
    assert body(spot(client_oid=client_oid))["clientOid"] == client_oid


def test_the_body_keeps_spec_order_and_leaves_absent_fields_out() -> None:
    sent = spot(plan_type="total").wire_body()
    assert list(json.loads(sent)) == [
        "symbol", "side", "triggerPrice", "orderType", "executePrice", "planType", "size", "triggerType", "clientOid"
    ]  # fmt: skip
    assert sent.startswith('{"symbol":"TRXUSDT","side":"buy","triggerPrice":"0.041572",')


def test_a_batch_body_nests_each_item_as_its_own_object() -> None:
    item = bitget.models.IsolatedBatchOrderItem
    request = bitget.models.BatchPlaceIsolatedOrdersRequest(
        symbol="BTCUSDT",
        order_list=[
            item(side="buy", order_type="market", force="gtc", quote_size=Decimal("1E+2"), loan_type="normal"),
            item(side="sell", order_type="limit", force="gtc", price="30000", base_size=1e-8, loan_type="autoRepay"),
        ],
    )
    assert body(request) == {
        "symbol": "BTCUSDT",
        "orderList": [
            {"orderType": "market", "loanType": "normal", "force": "gtc", "quoteSize": "100", "side": "buy"},
            {"orderType": "limit", "price": "30000", "loanType": "autoRepay", "force": "gtc",
             "baseSize": "0.00000001", "side": "sell"},
        ],
    }  # fmt: skip


@pytest.mark.parametrize("capitals", [1, 0])
def test_decimals_go_out_in_plain_notation_whatever_the_decimal_context(capitals: int) -> None:
    """``str(Decimal)`` follows the thread's context: with ``capitals=0`` it writes ``1e+2``, which must never reach
    the wire (the constructor's fast path takes ``str()`` as the wire text only when it has no exponent)."""
    with decimal.localcontext() as context:
        context.capitals = capitals
        sent = body(spot(size=Decimal("1E+2"), trigger_price=Decimal("4.1572E-2"), execute_price=Decimal("0.041572")))
    assert (sent["size"], sent["triggerPrice"]) == ("100", "0.041572")


def test_booleans_and_integers_are_json_values_not_strings() -> None:
    request = gate.models.CreateSpotPriceOrderRequest(
        market="GT_USDT",
        trigger=gate.models.SpotPriceTrigger(price="100", rule="<=", expiration=3600),
        put=gate.models.SpotPricePutOrder(
            type="limit", side="buy", price="2.15", amount="2.00000000", account="normal", auto_borrow=True,
            auto_repay=False,
        ),
    )  # fmt: skip
    sent = body(request)
    assert sent["trigger"] == {"price": "100", "rule": "<=", "expiration": 3600}
    assert sent["put"]["auto_borrow"] is True and sent["put"]["auto_repay"] is False
    assert sent["put"]["amount"] == "2.00000000"


def test_query_values_are_text_in_spec_order_and_path_values_are_percent_encoded() -> None:
    listing = gate.models.ListSpotPriceOrdersRequest(status="open", market="GT_USDT", limit=10, offset=0)
    assert listing.wire_query() == [("status", "open"), ("market", "GT_USDT"), ("limit", "10"), ("offset", "0")]
    assert listing.wire_body() is None and listing.wire_path() == "/spot/price_orders"
    one = gate.models.GetSpotPriceOrderRequest(order_id="12/3 4")
    assert one.wire_path() == "/spot/price_orders/12%2F3%204"
    oco = bingx.models.CreateOcoOrderRequest(**{**OCO, "quantity": 1e-8})
    assert ("quantity", "0.00000001") in oco.wire_query()


def test_a_model_shows_its_fields_in_its_repr() -> None:
    request = gate.models.CreateSpotPriceOrderRequest(
        market="GT_USDT",
        trigger=gate.models.SpotPriceTrigger(price="100", rule="<=", expiration=3600),
        put=gate.models.SpotPricePutOrder(type="limit", side="buy", price="2.15", amount="2", account="normal"),
    )
    shown = repr(request)
    assert shown.startswith(
        "CreateSpotPriceOrderRequest(trigger=SpotPriceTrigger(price=Decimal('100'), rule=<TriggerRule.LTE"
    )
    assert shown.endswith("text=None), market='GT_USDT')")
    assert "put=SpotPricePutOrder(type=<OrderType.LIMIT: 'limit'>" in shown and "auto_borrow=None" in shown
    answer = bitget.models.PlacePlanOrderResponse(order_id="1", client_oid="c", extra={"new": 1})
    assert repr(answer) == "PlacePlanOrderResponse(order_id='1', client_oid='c', extra={'new': 1})"
