"""One Python type per kind of value, on every venue (spec/README.md, "Types"): times are ints of milliseconds,
prices, sizes, amounts and ratios decimals, IDs strings, whatever each venue writes on the wire."""

from __future__ import annotations

import re
import typing
from decimal import Decimal
from typing import Any

import attrs
import pytest

from tests.conftest import exported_models
from tests.contract.test_spec_vs_code import strip_optional

VENUES = ["bitget", "gate", "bingx"]
MONEY = re.compile(r"(?<!page)(price|size|amount|ratio|rate)$", re.I)
ID = re.compile(r"(^id|Id|Oid)$")
KNOWN = {
    ("gate", "FuturesInitialOrder", "size"): "whole contracts, a JSON int64; fractions go in amount (x-doc-conflict)",
    ("gate", "FuturesInitialOrderState", "size"): "whole contracts, as in the request (x-doc-conflict)",
    ("gate", "FuturesInitialOrder", "auto_size"): "not a quantity despite its name: close_long or close_short",
}
"""Fields that keep another type, each with the reason the spec records."""


def fields(venue: str) -> list[tuple[str, attrs.Attribute[Any], Any]]:
    """(model name, field, its Python type without None) of every generated model of the venue."""
    found = []
    for name, cls in exported_models(venue).items():
        hints = typing.get_type_hints(cls)
        for field in attrs.fields(cls):
            if field.name != "extra":
                annotation, _ = strip_optional(hints[field.name])
                found.append((name, field, annotation))
    return found


def scalar(annotation: Any) -> Any:
    """The element type of a list or tuple field, the type itself otherwise."""
    if typing.get_origin(annotation) in (list, tuple):
        return typing.get_args(annotation)[0]
    return annotation


@pytest.mark.parametrize("venue", VENUES)
def test_every_time_is_an_int_of_milliseconds(venue: str) -> None:
    times = 0
    for model, field, annotation in fields(venue):
        if re.search(r"[a-z]Time$|^[cfu]?time$|^[cu]Time$", field.metadata["wire"]):
            assert annotation is int, f"{venue}.{model}.{field.name}: {annotation}"
            times += 1
    assert times >= 2


@pytest.mark.parametrize("venue", VENUES)
def test_money_is_decimal_and_ids_are_str(venue: str) -> None:
    money = ids = 0
    for model, field, annotation in fields(venue):
        wire = field.metadata["wire"]
        if (venue, model, wire) in KNOWN:
            continue
        kind = scalar(annotation)
        if MONEY.search(wire):
            assert kind is Decimal, f"{venue}.{model}.{field.name}: {annotation} is not a Decimal"
            money += 1
        if ID.search(wire):
            assert kind is str, f"{venue}.{model}.{field.name}: {annotation} is not a str"
            ids += 1
    assert money >= 3 and ids >= 2


def test_gate_times_in_seconds_read_as_milliseconds() -> None:
    from venuebind import gate

    request = gate.models.GetSpotPriceOrderRequest(order_id="1")
    body = (
        b'{"id": 1, "status": "open", "market": "GT_USDT", "ctime": 1616397800, "ftime": 1616397801,'
        b' "trigger": {"price": "1", "rule": ">=", "expiration": 60},'
        b' "put": {"side": "buy", "price": "1", "amount": "1", "account": "normal"}}'
    )
    order = gate.parse(request, status=200, headers={}, body=body)
    assert (order.ctime, order.ftime) == (1616397800000, 1616397801000)


def test_bitget_times_sent_as_text_are_ints_both_ways() -> None:
    from venuebind import ValidationError, bitget

    request = bitget.models.GetCurrentPlanOrdersRequest(symbol="TRXUSDT", start_time=1668134576000)
    assert ("startTime", "1668134576000") in request.wire_query()
    wire = {"symbol": "TRXUSDT", "startTime": "1668134576000"}
    assert bitget.models.GetCurrentPlanOrdersRequest.from_wire(wire) == request
    for bad in (1668134576000, "01", "-1", "1e3"):
        with pytest.raises(ValidationError) as caught:
            bitget.models.GetCurrentPlanOrdersRequest.from_wire({**wire, "startTime": bad})
        assert (caught.value.path, caught.value.argument) == ("startTime", "start_time")
    with pytest.raises(ValidationError, match=r"^start_time \(startTime\): -1 is below the minimum 0"):
        bitget.models.GetCurrentPlanOrdersRequest(symbol="TRXUSDT", start_time=-1)
