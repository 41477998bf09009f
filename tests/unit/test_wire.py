"""Reading answers: every decoder of ``wire`` with well-formed and malformed JSON, and the request-side escaper.

Lenient where the design promises it (unknown enum values kept as strings, unknown fields kept, ``""`` for an unset
optional price read as absent), strict everywhere else: a wrong JSON type is an error, never a guess.
"""

from __future__ import annotations

import enum
import json
from decimal import Decimal
from typing import Any

import attrs
import pytest
from cattrs import BaseValidationError

from venuebind._runtime import wire
from venuebind._runtime.model import Response, field_info
from venuebind._runtime.wire import _converter, json_string, read


@pytest.fixture(autouse=True)
def fresh_converter() -> None:
    """Each test builds the converter and its hooks anew, so that the rules that build them are under test too (the
    converter otherwise lives as long as the process)."""
    wire._converter.cache_clear()


class Side(enum.StrEnum):
    BUY = "buy"
    SELL = "sell"


class Rule(enum.Enum):
    """A closed set whose members are not strings."""

    GE = ">="
    LE = "<="


@attrs.frozen(kw_only=True, repr=False)
class Fill(Response):
    price: Decimal = attrs.field(metadata=field_info("price"))
    extra: dict[str, Any] = attrs.field(factory=dict)


@attrs.frozen(kw_only=True, repr=False)
class Order(Response):
    order_id: str = attrs.field(metadata=field_info("orderId"))
    size: Decimal = attrs.field(metadata=field_info("size"))
    side: Side | str = attrs.field(metadata=field_info("side"))
    filled: int = attrs.field(metadata=field_info("filledCount"))
    reduce_only: bool = attrs.field(metadata=field_info("reduceOnly"))
    stop_price: Decimal | None = attrs.field(default=None, metadata=field_info("stopPrice"))
    status: Side | str | None = attrs.field(default=None, metadata=field_info("status"))
    kind: str | Side | None = attrs.field(default=None, metadata=field_info("kind"))
    fills: list[Fill] = attrs.field(factory=list, metadata=field_info("fills"))
    note: str | None = attrs.field(default=None, metadata=field_info("note"))
    level: Rule | None = attrs.field(default=None, metadata=field_info("level"))
    tags: list[str] = attrs.field(factory=list, metadata=field_info("tags"))
    created: int | None = attrs.field(default=None, metadata=field_info("ctime", seconds=True))
    updated: int | None = attrs.field(default=None, metadata=field_info("utime"))
    extra: dict[str, Any] = attrs.field(factory=dict)


GOOD: dict[str, Any] = {
    "orderId": "1",
    "size": "1.5",
    "side": "buy",
    "filledCount": 2,
    "reduceOnly": False,
}


def order(**changes: Any) -> Order:
    data = {**GOOD, **changes}
    for key in [key for key, value in changes.items() if value is ...]:
        del data[key]
    return read(Order, data)


def bad(**changes: Any) -> None:
    with pytest.raises((BaseValidationError, TypeError, ValueError)):
        order(**changes)


def test_a_well_formed_answer_is_read_by_wire_names() -> None:
    result = order()
    assert (result.order_id, result.size, result.side, result.filled, result.reduce_only) == (
        "1",
        Decimal("1.5"),
        Side.BUY,
        2,
        False,
    )
    assert result.stop_price is None and result.status is None and result.fills == [] and result.extra == {}


def test_numbers_as_json_read_with_decimals_stay_exact() -> None:
    document = json.loads(
        '{"orderId": 1234567890123456789012, "size": 0.1, "side": "sell", "filledCount": 3, '
        '"reduceOnly": true, "stopPrice": 12.50}',
        parse_float=Decimal,
    )
    result = read(Order, document)
    assert result.order_id == "1234567890123456789012", "an ID beyond 2**53 stays exact as text"
    assert str(result.size) == "0.1" and str(result.stop_price) == "12.50"
    assert result.reduce_only is True


# --- decimals --------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [("1.5", "1.5"), ("0", "0"), ("-2", "-2"), (7, "7"), (Decimal("0.30"), "0.30"), ("1E-8", "1E-8"), (10**25, None)],
    ids=repr,
)
def test_a_decimal_field_takes_numeric_strings_integers_and_decimals(value: object, expected: str | None) -> None:
    result = order(size=value, stopPrice=value)
    assert result.size == Decimal(value) and result.stop_price == Decimal(value)  # type: ignore[arg-type]
    if expected is not None:
        assert str(result.size) == expected and str(result.stop_price) == expected


@pytest.mark.parametrize(
    "value",
    [True, False, 1.5, None, [], {}, "", "abc", "1,5", "NaN", "nan", "sNaN", "Infinity", "-Infinity", "inf"],
    ids=repr,
)
def test_a_decimal_field_refuses_bools_floats_text_and_non_finite_numbers(value: object) -> None:
    bad(size=value)


@pytest.mark.parametrize("value", [True, 1.5, [], {}, "abc", "NaN", "Infinity", "-inf"], ids=repr)
def test_an_optional_decimal_field_is_as_strict(value: object) -> None:
    bad(stopPrice=value)


@pytest.mark.parametrize("value", ["", None, ...], ids=["empty string", "null", "absent"])
def test_an_optional_decimal_left_unset_reads_as_absent(value: object) -> None:
    assert order(stopPrice=value).stop_price is None


def test_an_empty_string_is_not_absent_in_a_required_decimal() -> None:
    bad(size="")
    bad(size=...)


# --- text, integers, booleans ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(("value", "text"), [("abc", "abc"), ("", ""), (12, "12"), (-1, "-1"), (2**64, str(2**64))])
def test_a_text_field_takes_text_and_integers_as_exact_text(value: object, text: str) -> None:
    result = order(orderId=value)
    assert result.order_id == text and type(result.order_id) is str


@pytest.mark.parametrize("value", [True, False, None, Decimal("1.5"), 1.5, [], {}], ids=repr)
def test_a_text_field_refuses_bools_fractions_and_containers(value: object) -> None:
    bad(orderId=value)


def test_an_optional_text_field() -> None:
    assert order(note=None).note is None
    assert order(note=5).note == "5"
    bad(note=True)


@pytest.mark.parametrize(("value", "number"), [(0, 0), (7, 7), (-3, -3), ("42", 42), ("-5", -5), (2**70, 2**70)])
def test_an_integer_field_takes_integers_and_integer_strings(value: object, number: int) -> None:
    result = order(filledCount=value)
    assert result.filled == number and type(result.filled) is int


@pytest.mark.parametrize("value", [True, False, None, 1.5, Decimal("2"), "", "1.5", "abc", [], {}], ids=repr)
def test_an_integer_field_refuses_bools_fractions_and_garbage(value: object) -> None:
    bad(filledCount=value)


@pytest.mark.parametrize("value", [True, False])
def test_a_boolean_field_takes_true_and_false(value: bool) -> None:
    assert order(reduceOnly=value).reduce_only is value


@pytest.mark.parametrize("value", [1, 0, "true", "false", "", None, Decimal(1), []], ids=repr)
def test_a_boolean_field_takes_no_stand_ins(value: object) -> None:
    bad(reduceOnly=value)


# --- open enums ------------------------------------------------------------------------------------------------------


def test_a_known_enum_value_is_its_member() -> None:
    assert order(side="sell").side is Side.SELL
    assert order(status="buy").status is Side.BUY
    assert order(kind="buy").kind is Side.BUY, "whatever the order of the union's arms"
    assert order(kind="hold").kind == "hold"


@pytest.mark.parametrize("value", ["hold", "BUY", "", "sell "], ids=repr)
def test_an_unknown_enum_value_is_kept_as_its_string(value: str) -> None:
    result = order(side=value, status=value)
    assert result.side == value and type(result.side) is str
    assert result.status == value and type(result.status) is str


def test_an_enum_without_str_is_closed() -> None:
    assert order(level=">=").level is Rule.GE
    bad(level="=")


def test_an_integer_enum_value_is_kept_as_text() -> None:
    assert order(side=3).side == "3"


def test_an_optional_enum_may_be_null_a_required_one_may_not() -> None:
    assert order(status=None).status is None
    bad(side=None)


@pytest.mark.parametrize("value", [True, 1.5, [], {}], ids=repr)
def test_an_enum_field_refuses_bools_and_containers(value: object) -> None:
    bad(side=value)
    bad(status=value)


# --- objects and lists -----------------------------------------------------------------------------------------------


def test_unknown_fields_are_kept_in_extra_and_known_ones_are_not() -> None:
    result = order(newField={"a": [1]}, other=None)
    assert result.extra == {"newField": {"a": [1]}, "other": None}
    assert result.order_id == "1"


def test_nested_lists_of_models_are_read_with_their_own_extras() -> None:
    result = order(fills=[{"price": "1.25"}, {"price": 2, "fee": "0.1"}])
    assert result.fills == [Fill(price=Decimal("1.25")), Fill(price=Decimal(2), extra={"fee": "0.1"})]
    assert result.fills[1].extra == {"fee": "0.1"}


@pytest.mark.parametrize("value", [{"price": "1"}, "x", 5, [["1"]], ["1"], [None]], ids=repr)
def test_one_object_where_a_list_of_objects_is_expected_is_refused(value: object) -> None:
    bad(fills=value)


@pytest.mark.parametrize("data", [[GOOD], "x", 1, None, True], ids=repr)
def test_a_list_or_scalar_where_an_object_is_expected_is_refused(data: object) -> None:
    with pytest.raises((BaseValidationError, TypeError)) as caught:
        read(Order, data)
    if isinstance(caught.value, TypeError):
        assert "Order" in str(caught.value) and type(data).__name__ in str(caught.value)


@pytest.mark.parametrize("missing", ["orderId", "size", "side", "filledCount", "reduceOnly"])
def test_a_missing_required_field_is_refused(missing: str) -> None:
    bad(**{missing: ...})


def test_errors_name_the_field_that_is_wrong() -> None:
    from cattrs import transform_error

    with pytest.raises(BaseValidationError) as caught:
        order(size="NaN", filledCount=True)
    problems = transform_error(caught.value)
    assert len(problems) == 2 and "size" in problems[0] and "filled" in problems[1]


def test_the_converter_is_built_once() -> None:
    assert _converter() is _converter()


# --- json_string -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "encoded"),
    [
        ("abc", '"abc"'),
        ("", '""'),
        ('a"b', '"a\\"b"'),
        ("a\\b", '"a\\\\b"'),
        ("line\nnext\t", '"line\\nnext\\t"'),
        ("\x00", '"\\u0000"'),
        ("é€😀", '"é€😀"'),
        ("</script>", '"</script>"'),
    ],
    ids=repr,
)
def test_json_string_escapes_what_json_needs_and_keeps_unicode(text: str, encoded: str) -> None:
    assert json_string(text) == encoded
    assert json.loads(json_string(text)) == text


# --- lists sent as null, timestamps in seconds -----------------------------------------------------------------------


def test_a_list_sent_as_null_is_an_empty_list() -> None:
    both = order(fills=None, tags=None)
    assert (both.fills, both.tags, both.extra) == ([], [], {})
    one = order(fills=None, tags=["a"], note=None)
    assert (one.fills, one.tags, one.note, one.extra) == ([], ["a"], None, {})
    other = order(fills=[{"price": "1"}], tags=None)
    assert (other.fills, other.tags) == ([Fill(price=Decimal(1))], [])


def test_null_is_no_list_anywhere_else() -> None:
    with pytest.raises(BaseValidationError):
        order(fills=[None])
    with pytest.raises(BaseValidationError):
        order(orderId=None)


def test_a_timestamp_the_wire_counts_in_seconds_is_read_as_milliseconds() -> None:
    read_back = order(ctime=1_700_000_000, utime=1_700_000_000_123)
    assert read_back.created == 1_700_000_000_000, "seconds times 1000"
    assert read_back.updated == 1_700_000_000_123, "milliseconds left alone"
    assert order(ctime="1700000001").created == 1_700_000_001_000
    assert order(ctime=0).created == 0
    assert order(ctime=None).created is None and order().created is None
