"""``venuebind.sandbox.schema``: jsonschema validators built from the shipped specs, including ``x-decimal``; the
compiled validator that passes valid requests quickly gives the same verdicts."""

from __future__ import annotations

import json
from typing import Any
from urllib.parse import parse_qsl

import hypothesis
import pytest
from hypothesis import strategies as st

from venuebind.sandbox.schema import (
    Problem,
    RequestValidator,
    compiled_validator,
    first_problem,
    load_spec,
    query_object,
    request_validator,
)
from venuebind.sandbox.server import query_pairs

# The NOTES.md signing examples, as request shapes (Bitget's BG1 without the "force" the spec leaves out).
BG1 = {
    "symbol": "TRXUSDT",
    "side": "buy",
    "triggerPrice": "0.041572",
    "executePrice": "0.041572",
    "size": "151",
    "triggerType": "mark_price",
    "orderType": "limit",
    "clientOid": "12345",
}
GATE_D1: dict[str, Any] = {
    "market": "GT_USDT",
    "trigger": {"price": "100", "rule": ">=", "expiration": 3600},
    "put": {
        "type": "limit",
        "side": "buy",
        "price": "2.15",
        "amount": "2.00000000",
        "account": "normal",
        "time_in_force": "gtc",
        "text": "api",
    },
}
BINGX_D1 = {
    "limitPrice": "70000",
    "orderPrice": "50000",
    "quantity": "0.001",
    "side": "SELL",
    "symbol": "BTC-USDT",
    "triggerPrice": "50100",
}
TRAILING_STOP = {
    "planType": "track_plan",
    "symbol": "BTCUSDT",
    "productType": "USDT-FUTURES",
    "marginMode": "isolated",
    "marginCoin": "USDT",
    "size": "0.01",
    "callbackRatio": "2.5",
    "triggerPrice": "24100",
    "triggerType": "mark_price",
    "side": "buy",
    "orderType": "market",
}


def valid(venue: str, operation_id: str, instance: Any) -> bool:
    """jsonschema's verdict, which the sandbox's compiled validator must share."""
    verdict = bool(request_validator(venue, operation_id).is_valid(instance))
    assert compiled_validator(venue, operation_id).is_valid(instance) is verdict, "the two validators disagree"
    return verdict


def problem(venue: str, operation_id: str, instance: Any) -> Problem | None:
    return first_problem(venue, operation_id, instance)


# ---------------------------------------------------------------------------------------------------------------------
# Building validators


@pytest.mark.parametrize(
    ("venue", "operation_id", "instance"),
    [
        ("bitget", "place_plan_order", BG1),
        ("bitget", "place_mix_plan_order", TRAILING_STOP),
        ("gate", "create_spot_price_order", GATE_D1),
        ("bingx", "create_oco_order", BINGX_D1),
    ],
)
def test_the_notes_examples_are_valid(venue: str, operation_id: str, instance: dict[str, Any]) -> None:
    assert valid(venue, operation_id, instance)
    assert problem(venue, operation_id, instance) is None


def test_every_operation_of_every_spec_has_a_validator() -> None:
    for venue in ("bitget", "gate", "bingx"):
        for item in load_spec(venue)["paths"].values():
            for operation in item.values():
                validator = request_validator(venue, operation["operationId"])
                assert isinstance(validator, RequestValidator)
                assert validator is request_validator(venue, operation["operationId"])


def test_the_spec_is_the_shipped_package_data() -> None:
    spec = load_spec("gate")
    assert spec["openapi"].startswith("3.1")
    assert "/spot/price_orders" in spec["paths"]


def test_unknown_venue_and_operation_are_errors() -> None:
    with pytest.raises(ValueError, match="unknown venue"):
        request_validator("kraken", "place_plan_order")
    with pytest.raises(KeyError, match="no_such_operation"):
        request_validator("bitget", "no_such_operation")


def test_refs_resolve_against_the_spec_document() -> None:
    # triggerPrice is a $ref to #/components/schemas/Decimal: its pattern applies.
    for bad in ("1e-8", "-1", "0x10", " 1", "1.", ""):
        assert not valid("bitget", "place_plan_order", {**BG1, "triggerPrice": bad}), bad
    assert not valid("bitget", "place_plan_order", {**BG1, "triggerPrice": 0.041572})
    # Nested named objects (Gate trigger and put) are $refs too.
    assert not valid("gate", "create_spot_price_order", {**GATE_D1, "put": {**GATE_D1["put"], "account": "x"}})


# ---------------------------------------------------------------------------------------------------------------------
# Request bodies: enums, required fields, unknown fields, conditional rules


def test_enum_required_and_unknown_fields() -> None:
    assert problem("bitget", "place_plan_order", {**BG1, "orderType": "bogus"}) == Problem(
        "orderType", "'bogus' is not one of ['limit', 'market']"
    )
    assert problem("bitget", "place_plan_order", {k: v for k, v in BG1.items() if k != "size"}) == Problem(
        "size", "is required"
    )
    assert problem("bitget", "place_plan_order", {**BG1, "force": "gtc"}) == Problem("force", "is not a known field")
    assert problem("gate", "create_spot_price_order", {**GATE_D1, "trigger": {"price": "1", "rule": ">"}}) in (
        Problem("trigger.rule", "'>' is not one of ['>=', '<=']"),
        Problem("trigger.expiration", "is required"),
    )


def test_if_then_rules() -> None:
    limit_without_price = {k: v for k, v in BG1.items() if k != "executePrice"}
    assert problem("bitget", "place_plan_order", limit_without_price) == Problem("executePrice", "is required")
    assert valid("bitget", "place_plan_order", {**limit_without_price, "orderType": "market"})

    trailing_without_ratio = {k: v for k, v in TRAILING_STOP.items() if k != "callbackRatio"}
    assert problem("bitget", "place_mix_plan_order", trailing_without_ratio) == Problem("callbackRatio", "is required")
    assert problem("bitget", "place_mix_plan_order", {**TRAILING_STOP, "orderType": "limit"}) is not None


def test_not_required_rules_name_the_field_that_must_be_absent() -> None:
    assert problem("bitget", "place_mix_plan_order", {**TRAILING_STOP, "price": "1"}) == Problem(
        "price", "must be absent here"
    )
    normal_market = {**TRAILING_STOP, "planType": "normal_plan", "price": "1"}
    del normal_market["callbackRatio"]
    assert problem("bitget", "place_mix_plan_order", normal_market) == Problem("price", "must be absent here")


def test_dependent_required() -> None:
    order = {**TRAILING_STOP, "stopLossTriggerPrice": "5"}
    assert problem("bitget", "place_mix_plan_order", order) == Problem("stopLossTriggerType", "is required")
    assert valid("bitget", "place_mix_plan_order", {**order, "stopLossTriggerType": "fill_price"})


def test_batch_entry_paths_use_indexes() -> None:
    entry = {"orderType": "market", "loanType": "normal", "force": "gtc", "side": "buy", "quoteSize": "110"}
    batch = {"symbol": "BTCUSDT", "orderList": [entry, {**entry, "side": "sell"}]}
    assert problem("bitget", "batch_place_isolated_orders", batch) == Problem("orderList[1].baseSize", "is required")
    assert valid("bitget", "batch_place_isolated_orders", {**batch, "orderList": [entry]})


# ---------------------------------------------------------------------------------------------------------------------
# x-decimal


@pytest.mark.parametrize(
    ("text", "ok"),
    [("0.01", True), ("10", True), ("10.000", True), ("5", True), ("0.009", False), ("10.0001", False), ("1e3", False)],
)
def test_x_decimal_bounds_are_inclusive(text: str, ok: bool) -> None:
    validator = RequestValidator({"x-decimal": {"minimum": "0.01", "maximum": "10"}})
    assert validator.is_valid(text) is ok


@pytest.mark.parametrize("instance", ["abc", "NaN", "Infinity", 1000, None, ["1000"]])
def test_x_decimal_ignores_what_is_not_a_decimal_string(instance: Any) -> None:
    assert RequestValidator({"x-decimal": {"maximum": "10"}}).is_valid(instance)


def test_x_decimal_with_only_one_bound() -> None:
    assert RequestValidator({"x-decimal": {"maximum": "10"}}).is_valid("-1000")
    assert not RequestValidator({"x-decimal": {"minimum": "1"}}).is_valid("0.5")


def test_x_decimal_message_names_the_bound() -> None:
    [error] = RequestValidator({"x-decimal": {"maximum": "10"}}).iter_errors("11")
    assert error.message == "'11' is greater than the maximum of 10"
    assert error.validator == "x-decimal"


def test_x_decimal_in_the_spec() -> None:
    assert valid("bitget", "place_mix_plan_order", {**TRAILING_STOP, "callbackRatio": "10"})
    assert problem("bitget", "place_mix_plan_order", {**TRAILING_STOP, "callbackRatio": "10.01"}) == Problem(
        "callbackRatio", "'10.01' is greater than the maximum of 10"
    )
    # A bound under a condition: track_plan take-profit / stop-loss percentages are 0.01 .. 999.99.
    order = {**TRAILING_STOP, "stopSurplusTriggerType": "fill_price"}
    assert valid("bitget", "place_mix_plan_order", {**order, "stopSurplusTriggerPrice": "999.99"})
    assert not valid("bitget", "place_mix_plan_order", {**order, "stopSurplusTriggerPrice": "1000"})
    assert not valid("bitget", "place_mix_plan_order", {**order, "stopSurplusTriggerPrice": "0.001"})
    normal = {**order, "planType": "normal_plan", "stopSurplusTriggerPrice": "1000"}
    normal["stopSurplusTriggerType"] = "mark_price"
    del normal["callbackRatio"]
    assert valid("bitget", "place_mix_plan_order", normal)


# ---------------------------------------------------------------------------------------------------------------------
# Query-parameter operations


def test_query_operations_are_objects_built_from_parameters() -> None:
    validator = request_validator("bingx", "create_oco_order")
    schema = validator.schema
    assert schema["type"] == "object"
    assert schema["additionalProperties"] is False
    assert set(schema["required"]) == {"symbol", "side", "quantity", "limitPrice", "orderPrice", "triggerPrice"}
    assert "timestamp" not in schema["properties"]  # x-signer-supplied
    assert "recvWindow" in schema["properties"] and "listClientOrderId" in schema["properties"]
    json.dumps(schema)  # plain data, pointers into the spec


def test_query_parameter_rules() -> None:
    assert problem("bingx", "create_oco_order", {**BINGX_D1, "timestamp": 1}) == Problem(
        "timestamp", "is not a known field"
    )
    assert problem("bingx", "create_oco_order", {**BINGX_D1, "symbol": "BTCUSDT"}) is not None
    assert problem("bingx", "create_oco_order", {**BINGX_D1, "listClientOrderId": "12a"}) is not None
    assert valid("bingx", "create_oco_order", {**BINGX_D1, "listClientOrderId": "12", "recvWindow": 5000})
    assert problem("bingx", "create_oco_order", {**BINGX_D1, "recvWindow": "5000"}) == Problem(
        "recvWindow", "'5000' is not of type 'integer'"
    )


def test_query_object_converts_typed_parameters() -> None:
    pairs = [("symbol", "BTC-USDT"), ("recvWindow", "5000"), ("quantity", "0.10")]
    assert query_object("bingx", "create_oco_order", pairs) == {
        "symbol": "BTC-USDT",
        "recvWindow": 5000,
        "quantity": "0.10",
    }
    assert query_object("bingx", "create_oco_order", [("recvWindow", "5e3")]) == {"recvWindow": "5e3"}
    assert query_object("bingx", "create_oco_order", [("unknown", "1")]) == {"unknown": "1"}


def test_a_json_content_parameter_is_read_from_its_text_and_checked_by_its_schema() -> None:
    swap = {"symbol": "BTC-USDT", "type": "LIMIT", "side": "BUY", "price": "30000", "quantity": "1"}
    text = '{"type":"TAKE_PROFIT","stopPrice":"35000","price":"35010"}'
    params = query_object("bingx", "place_swap_order", [*swap.items(), ("takeProfit", text)])
    assert params["takeProfit"] == {"type": "TAKE_PROFIT", "stopPrice": "35000", "price": "35010"}
    assert valid("bingx", "place_swap_order", params)
    without_price = {**params, "takeProfit": {"type": "TAKE_PROFIT", "stopPrice": "35000"}}
    assert problem("bingx", "place_swap_order", without_price) == Problem("takeProfit.price", "is required")
    extra = {**params, "takeProfit": {**params["takeProfit"], "stopGuaranteed": "true"}}
    assert problem("bingx", "place_swap_order", extra) == Problem("takeProfit.stopGuaranteed", "is not a known field")
    numbers = query_object("bingx", "place_swap_order", [("takeProfit", '{"type":"TAKE_PROFIT","stopPrice":35000}')])
    assert problem("bingx", "place_swap_order", {**swap, **numbers}) is not None, "decimals travel as strings"
    broken = query_object("bingx", "place_swap_order", [*swap.items(), ("takeProfit", "{not json")])
    assert broken["takeProfit"] == "{not json"
    assert problem("bingx", "place_swap_order", broken) is not None


def test_rules_across_parameters_apply_to_the_parameters_object() -> None:
    """``x-parameter-rules``: a LIMIT order without its price, a trailing stop with a client id."""
    limit = {"symbol": "BTC-USDT", "type": "LIMIT", "side": "BUY", "quantity": "1"}
    assert problem("bingx", "place_swap_order", limit) == Problem("price", "is required")
    trailing = {"symbol": "BTC-USDT", "type": "TRAILING_STOP_MARKET", "side": "SELL", "priceRate": "0.1"}
    assert valid("bingx", "place_swap_order", trailing)
    assert problem("bingx", "place_swap_order", {**trailing, "clientOrderId": "a"}) == Problem(
        "clientOrderId", "must be absent here"
    )


@hypothesis.given(st.text(alphabet="ab=&;%+2Fé", max_size=16))
def test_a_query_reads_as_parse_qsl_reads_it(raw: str) -> None:
    # query_pairs splits a query with nothing to decode itself; every query must read as urllib's parse_qsl reads it
    assert query_pairs(raw) == parse_qsl(raw, keep_blank_values=True)


def test_a_query_without_escapes_keeps_blank_values_and_order() -> None:
    assert query_pairs("b=2&a=&c&&d=x=y") == [("b", "2"), ("a", ""), ("c", ""), ("d", "x=y")]
    assert query_pairs("s=BTC%2FUSDT&n=a+b") == [("s", "BTC/USDT"), ("n", "a b")]
