"""Every ``check.*`` rule at its bounds, with every kind of input a caller can pass.

Messages are being reworded elsewhere; these tests pin the error class, the path, and the stable facts a message
must carry (the bound, the allowed values), not its wording.
"""

from __future__ import annotations

import enum
import re
from decimal import Decimal
from typing import Any

import pytest

from venuebind._runtime import check
from venuebind._runtime.errors import ValidationError

UNSIGNED = re.compile(r"^[0-9]+(\.[0-9]+)?$")
"""The specs' usual decimal pattern (the one ``check.decimal`` has a fast path for)."""
SIGNED = re.compile(r"^-?[0-9]+(\.[0-9]+)?$")
DIGITS = re.compile(r"^[0-9]+$")


class MyDecimal(Decimal):
    pass


class MyStr(str):
    pass


class MyInt(int):
    pass


class MyFloat(float):
    pass


class Side(enum.StrEnum):
    BUY = "buy"
    SELL = "sell"


class Rule(enum.Enum):
    """A closed set whose members are not strings."""

    GE = ">="
    LE = "<="


def refused(call: Any, *args: Any, path: str, **kwargs: Any) -> ValidationError:
    with pytest.raises(ValidationError) as caught:
        call(*args, **kwargs)
    assert caught.value.path == path
    assert isinstance(caught.value.problem, str) and caught.value.problem, "says what is wrong"
    return caught.value


# --- plain -----------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "text"),
    [("1E-8", "0.00000001"), ("1E+3", "1000"), ("0.10", "0.10"), ("-2.5", "-2.5"), ("0", "0"), ("123.456", "123.456")],
)
def test_plain_never_writes_an_exponent(value: str, text: str) -> None:
    assert check.plain(Decimal(value)) == text


# --- decimal ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (Decimal("0.041572"), Decimal("0.041572")),
        (Decimal("0"), Decimal("0")),
        (Decimal("1E-8"), Decimal("1E-8")),
        (MyDecimal("2.5"), Decimal("2.5")),
        ("0.041572", Decimal("0.041572")),
        ("151", Decimal("151")),
        ("0", Decimal("0")),
        (MyStr("3.25"), Decimal("3.25")),
        (151, Decimal("151")),
        (0, Decimal("0")),
        (MyInt(7), Decimal("7")),
        (10**30, Decimal(10**30)),
        (0.1, Decimal("0.1")),
        (1e-8, Decimal("1E-8")),
        (2.0, Decimal("2.0")),
        (MyFloat(0.5), Decimal("0.5")),
    ],
    ids=repr,
)
def test_a_decimal_takes_decimal_str_int_and_float(value: object, expected: Decimal) -> None:
    number = check.decimal(value, "price", pattern=UNSIGNED)
    assert isinstance(number, Decimal)
    assert number == expected
    assert str(number) == str(expected), "exact: no float round trip, no change of scale"


def test_a_float_counts_as_its_shortest_repr_not_its_binary_value() -> None:
    assert str(check.decimal(0.1, "price", pattern=UNSIGNED)) == "0.1"
    assert str(check.decimal(1.1, "price", pattern=UNSIGNED)) == "1.1"


@pytest.mark.parametrize(
    "value",
    [
        Decimal("-0.5"),
        Decimal("-1"),
        Decimal("-0"),
        MyDecimal("-2"),
        "-1",
        "-0.5",
        -1,
        -5,
        MyInt(-3),
        -0.5,
        -1.0,
        MyFloat(-0.25),
    ],
    ids=repr,
)
def test_a_negative_decimal_is_refused_whatever_its_type(value: object) -> None:
    refused(check.decimal, value, "size", pattern=UNSIGNED, path="size")


@pytest.mark.parametrize(
    "value",
    [
        float("nan"),
        float("inf"),
        float("-inf"),
        Decimal("NaN"),
        Decimal("sNaN"),
        Decimal("Infinity"),
        Decimal("-Infinity"),
        MyDecimal("NaN"),
        "NaN",
        "Infinity",
        "inf",
    ],
    ids=repr,
)
def test_a_non_finite_decimal_is_refused(value: object) -> None:
    refused(check.decimal, value, "price", pattern=UNSIGNED, path="price")


@pytest.mark.parametrize("value", [Decimal("NaN"), Decimal("Infinity"), "Infinity", "NaN", float("inf")], ids=repr)
def test_a_non_finite_decimal_is_refused_whatever_the_pattern(value: object) -> None:
    anything = re.compile(r"^[-+A-Za-z0-9.]+$")
    refused(check.decimal, value, "price", pattern=anything, path="price")


@pytest.mark.parametrize("value", ["", " 1", "1 ", "1e-8", "1E+3", "+1", ".5", "5.", "1,5", "0x10", "\u0661"], ids=repr)
def test_a_decimal_string_must_be_in_plain_notation(value: str) -> None:
    refused(check.decimal, value, "price", pattern=UNSIGNED, path="price")


@pytest.mark.parametrize("value", [True, False, None, b"1", [1], {"a": 1}, object()], ids=repr)
def test_a_decimal_refuses_other_types(value: object) -> None:
    error = refused(check.decimal, value, "price", pattern=UNSIGNED, path="price")
    assert type(value).__name__ in error.problem


def test_a_decimal_with_a_signed_pattern_takes_negatives_of_every_type() -> None:
    for value in (Decimal("-1.5"), "-1.5", -1.5):
        assert check.decimal(value, "offset", pattern=SIGNED) == Decimal("-1.5")
    assert check.decimal(-3, "offset", pattern=SIGNED) == Decimal(-3)
    refused(check.decimal, Decimal("1E-8"), "offset", pattern=DIGITS, path="offset")
    assert check.decimal(Decimal("1E+2"), "offset", pattern=DIGITS) == Decimal(100)


def test_a_decimal_pattern_applies_to_the_plain_form_of_every_type() -> None:
    for value in (Decimal("1.5"), "1.5", 1.5, MyDecimal("1.5")):
        refused(check.decimal, value, "count", pattern=DIGITS, path="count")
    assert check.decimal(Decimal("15"), "count", pattern=DIGITS) == 15


def test_a_decimal_from_the_fast_path_is_the_callers_value() -> None:
    price = Decimal("0.50")
    assert check.decimal(price, "price", pattern=UNSIGNED) is price


@pytest.mark.parametrize("value", [Decimal("0.01"), "0.01", 0.01, Decimal("0.010"), 1, "999.99"], ids=repr)
def test_a_decimal_minimum_is_inclusive(value: object) -> None:
    assert check.decimal(value, "pct", pattern=UNSIGNED, minimum=Decimal("0.01")) == Decimal(str(value))


@pytest.mark.parametrize("value", [Decimal("0.009"), "0.0099", 0.001, 0, "0"], ids=repr)
def test_below_a_decimal_minimum_is_refused_whatever_the_type(value: object) -> None:
    error = refused(check.decimal, value, "pct", pattern=UNSIGNED, minimum=Decimal("0.01"), path="pct")
    assert "0.01" in error.problem


@pytest.mark.parametrize("value", [Decimal("10"), "10.0", 10, 10.0, Decimal("9.99"), "0"], ids=repr)
def test_a_decimal_maximum_is_inclusive(value: object) -> None:
    assert check.decimal(value, "callbackRatio", pattern=UNSIGNED, maximum=Decimal("10")) == Decimal(str(value))


@pytest.mark.parametrize("value", [Decimal("10.01"), "10.0000001", 11, 10.5], ids=repr)
def test_above_a_decimal_maximum_is_refused_whatever_the_type(value: object) -> None:
    ten = Decimal("10")
    error = refused(check.decimal, value, "callbackRatio", pattern=UNSIGNED, maximum=ten, path="callbackRatio")
    assert "10" in error.problem


def test_both_decimal_bounds_apply_together() -> None:
    bounds = {"minimum": Decimal("0.01"), "maximum": Decimal("999.99")}
    assert check.decimal("0.01", "p", pattern=UNSIGNED, **bounds) == Decimal("0.01")
    assert check.decimal("999.99", "p", pattern=UNSIGNED, **bounds) == Decimal("999.99")
    refused(check.decimal, "0.00", "p", pattern=UNSIGNED, path="p", **bounds)
    refused(check.decimal, "1000", "p", pattern=UNSIGNED, path="p", **bounds)


def test_decimal_bounds_on_their_own() -> None:
    check.decimal_bounds(None, "p", minimum=Decimal(1), maximum=Decimal(2))
    check.decimal_bounds(Decimal(1), "p", minimum=Decimal(1))
    check.decimal_bounds(Decimal(2), "p", maximum=Decimal(2))
    check.decimal_bounds(Decimal(-5), "p")
    low = refused(check.decimal_bounds, Decimal("0.5"), "p", minimum=Decimal(1), path="p")
    high = refused(check.decimal_bounds, Decimal("2.5"), "p", maximum=Decimal(2), path="p")
    assert "1" in low.problem and "0.5" in low.problem
    assert "2" in high.problem and "2.5" in high.problem
    tiny = refused(check.decimal_bounds, Decimal("1E-9"), "p", minimum=Decimal("1E-8"), path="p")
    assert "0.00000001" in tiny.problem and "E" not in tiny.problem, "bounds are shown in plain notation"


# --- string ----------------------------------------------------------------------------------------------------------


def test_a_string_is_returned_as_given() -> None:
    assert check.string("TRXUSDT", "symbol") == "TRXUSDT"
    assert check.string("", "symbol") == ""
    assert check.string(MyStr("BTC-USDT"), "symbol") == "BTC-USDT"


@pytest.mark.parametrize("value", [None, 1, 1.5, Decimal(1), True, b"abc", ["a"]], ids=repr)
def test_a_string_refuses_other_types(value: object) -> None:
    error = refused(check.string, value, "symbol", path="symbol")
    assert type(value).__name__ in error.problem


def test_a_string_pattern() -> None:
    pattern = re.compile(r"^[A-Z0-9]+-[A-Z0-9]+$")
    assert check.string("BTC-USDT", "symbol", pattern=pattern) == "BTC-USDT"
    for value in ("btc-usdt", "BTCUSDT", "", "BTC-USDT\n-", " BTC-USDT"):
        refused(check.string, value, "symbol", pattern=pattern, path="symbol")


@pytest.mark.parametrize(("value", "ok"), [("", False), ("a", True), ("ab", True), ("abc", True), ("abcd", False)])
def test_string_length_limits_are_inclusive(value: str, ok: bool) -> None:
    if ok:
        assert check.string(value, "clientOid", min_length=1, max_length=3) == value
    else:
        error = refused(check.string, value, "clientOid", min_length=1, max_length=3, path="clientOid")
        assert ("1" if value == "" else "3") in error.problem


def test_string_length_limits_on_their_own() -> None:
    assert check.string("", "a", max_length=0) == ""
    assert check.string("x" * 64, "a", min_length=64) == "x" * 64
    refused(check.string, "x" * 63, "a", min_length=64, path="a")
    assert check.string("x" * 64, "a", max_length=64) == "x" * 64
    refused(check.string, "x" * 65, "a", max_length=64, path="a")


# --- enum_member -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("value", ["buy", Side.BUY, MyStr("buy")], ids=repr)
def test_an_enum_takes_its_wire_value_or_its_member(value: object) -> None:
    assert check.enum_member(Side, value, "side") is Side.BUY


def test_an_enum_whose_members_are_not_strings() -> None:
    assert check.enum_member(Rule, Rule.GE, "rule") is Rule.GE
    assert check.enum_member(Rule, ">=", "rule") is Rule.GE
    refused(check.enum_member, Rule, "=", "rule", path="rule")
    error = refused(check.enum_member, Rule, Side.BUY, "trigger.rule", path="trigger.rule")
    assert "'>='" in error.problem and "'<='" in error.problem


@pytest.mark.parametrize("value", ["BUY", "hold", "", " buy", None, 1, True, Rule.GE, ["buy"]], ids=repr)
def test_an_enum_refuses_anything_else_and_lists_the_allowed_values(value: object) -> None:
    error = refused(check.enum_member, Side, value, "side", path="side")
    assert "'buy'" in error.problem and "'sell'" in error.problem


# --- integer ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (0, 0),
        (5000, 5000),
        (-3, -3),
        (MyInt(9), 9),
        (2**70, 2**70),
        (3600.0, 3600),
        (-2.0, -2),
        (Decimal("5"), 5),
        (Decimal("5.000"), 5),
        (MyFloat(4.0), 4),
    ],
    ids=repr,
)
def test_an_integer_takes_whole_numbers_of_any_numeric_type(value: object, expected: int) -> None:
    number = check.integer(value, "recvWindow")
    assert number == expected
    assert isinstance(number, int) and not isinstance(number, bool)


@pytest.mark.parametrize(
    "value",
    [
        True,
        False,
        None,
        "5",
        "",
        b"5",
        [5],
        3600.5,
        0.1,
        float("nan"),
        float("inf"),
        float("-inf"),
        Decimal("5.5"),
        Decimal("NaN"),
        Decimal("sNaN"),
        Decimal("Infinity"),
    ],
    ids=repr,
)
def test_an_integer_refuses_bools_text_fractions_and_non_finite_numbers(value: object) -> None:
    error = refused(check.integer, value, "pageSize", path="pageSize")
    if not isinstance(value, (int, float, Decimal)) or isinstance(value, bool):
        assert type(value).__name__ in error.problem


@pytest.mark.parametrize(("value", "ok"), [(0, False), (1, True), (2, True), (100, True), (101, False)])
def test_integer_bounds_are_inclusive(value: int, ok: bool) -> None:
    if ok:
        assert check.integer(value, "pageSize", minimum=1, maximum=100) == value
    else:
        error = refused(check.integer, value, "pageSize", minimum=1, maximum=100, path="pageSize")
        assert ("1" if value == 0 else "100") in error.problem


def test_integer_bounds_apply_to_every_numeric_type() -> None:
    refused(check.integer, 0.0, "pageIndex", minimum=1, path="pageIndex")
    refused(check.integer, Decimal("101"), "pageSize", maximum=100, path="pageSize")
    refused(check.integer, -1, "n", minimum=0, path="n")
    assert check.integer(100.0, "pageSize", maximum=100) == 100
    assert check.integer(-(2**70), "n") == -(2**70), "no bound: anything whole"


# --- boolean ---------------------------------------------------------------------------------------------------------


def test_a_boolean_is_true_or_false_only() -> None:
    assert check.boolean(True, "reduceOnly") is True
    assert check.boolean(False, "reduceOnly") is False


@pytest.mark.parametrize("value", [1, 0, "true", "false", "", None, 1.0, Decimal(1), [True]], ids=repr)
def test_a_boolean_takes_no_truthy_stand_ins(value: object) -> None:
    error = refused(check.boolean, value, "reduceOnly", path="reduceOnly")
    assert type(value).__name__ in error.problem


# --- items, model, model_items ---------------------------------------------------------------------------------------


def upper(value: Any, path: str) -> str:
    return check.string(value, path, pattern=re.compile(r"^[A-Z]+$"))


@pytest.mark.parametrize("value", [["BTC", "ETH"], ("BTC", "ETH")], ids=type)
def test_items_keeps_every_element_checked_in_order(value: Any) -> None:
    assert check.items(value, "symbolList", upper) == ("BTC", "ETH")


def test_items_returns_what_the_item_check_returns() -> None:
    assert check.items(["1.5", 2], "sizes", lambda v, p: check.decimal(v, p, pattern=UNSIGNED)) == (
        Decimal("1.5"),
        Decimal(2),
    )
    assert check.items([], "symbolList", upper) == ()


def test_items_names_the_index_of_a_bad_element() -> None:
    refused(check.items, ["BTC", "eth", "SOL"], "symbolList", upper, path="symbolList[1]")
    refused(check.items, ["x"], "symbolList", upper, path="symbolList[0]")


@pytest.mark.parametrize("value", ["BTC", b"BTC", None, 5, {"a": 1}, {"BTC"}, iter(["BTC"])], ids=repr)
def test_items_wants_a_list(value: object) -> None:
    error = refused(check.items, value, "symbolList", upper, path="symbolList")
    assert type(value).__name__ in error.problem


@pytest.mark.parametrize(("count", "ok"), [(0, False), (1, True), (3, True), (4, False)])
def test_item_count_limits_are_inclusive(count: int, ok: bool) -> None:
    value = ["BTC"] * count
    if ok:
        assert check.items(value, "symbolList", upper, min_items=1, max_items=3) == tuple(value)
        assert check.model_items(Point, [Point()] * count, "orders", min_items=1, max_items=3) == (Point(),) * count
    else:
        error = refused(check.items, value, "symbolList", upper, min_items=1, max_items=3, path="symbolList")
        assert ("1" if count == 0 else "3") in error.problem
        refused(check.model_items, Point, [Point()] * count, "orders", min_items=1, max_items=3, path="orders")


def test_item_count_limits_on_their_own() -> None:
    assert check.items([], "a", upper, max_items=0) == ()
    refused(check.items, ["A"], "a", upper, max_items=0, path="a")
    assert check.items(["A"] * 50, "a", upper, min_items=50) == ("A",) * 50
    refused(check.items, ["A"] * 49, "a", upper, min_items=50, path="a")


class Point:
    def __eq__(self, other: object) -> bool:
        return type(other) is Point

    __hash__ = object.__hash__


class SubPoint(Point):
    pass


def test_a_nested_model_must_be_built_already() -> None:
    point = Point()
    assert check.model(Point, point, "trigger") is point
    sub = SubPoint()
    assert check.model(Point, sub, "trigger") is sub
    for value in ({"price": "1"}, None, "x", [point]):
        error = refused(check.model, Point, value, "trigger", path="trigger")
        assert "Point" in error.problem and type(value).__name__ in error.problem


def test_model_items_keeps_the_models_and_names_the_bad_index() -> None:
    first, second = Point(), SubPoint()
    kept = check.model_items(Point, [first, second], "orderList")
    assert type(kept) is tuple and kept[0] is first and kept[1] is second
    assert check.model_items(Point, (), "orderList") == ()
    error = refused(check.model_items, Point, [first, {"size": "1"}], "orderList", path="orderList[1]")
    assert "Point" in error.problem and "dict" in error.problem
    refused(check.model_items, Point, first, "orderList", path="orderList")
    refused(check.model_items, Point, "ab", "orderList", path="orderList")


# --- digits: at most MAX_DIGITS in plain notation ---------------------------------------------------------------------

WIDE = Decimal("1" * 200 + "." + "1" * 200)


def test_the_digit_limit_is_400() -> None:
    assert check.MAX_DIGITS == 400


@pytest.mark.parametrize(
    "value", [Decimal("1E+399"), Decimal("1E-399"), WIDE, Decimal("9" * 400), Decimal("0." + "0" * 398 + "1")]
)
def test_a_decimal_of_400_digits_in_plain_notation_is_taken(value: Decimal) -> None:
    assert check.decimal(value, "p", pattern=UNSIGNED) == value
    assert check.decimal(value, "p", pattern=SIGNED) == value
    assert check.decimal(value.copy_negate(), "p", pattern=SIGNED) == value.copy_negate()


@pytest.mark.parametrize(
    ("value", "digits"),
    [
        (Decimal("1E+400"), 401),
        (Decimal("1E-400"), 401),
        (Decimal("1" * 200 + "." + "1" * 201), 401),
        (Decimal("1" + "1" * 200 + "." + "1" * 200), 401),
        (Decimal("1E+999999999"), 1000000000),
    ],
)
def test_a_decimal_of_more_digits_is_refused_saying_how_many(value: Decimal, digits: int) -> None:
    for pattern, number in ((UNSIGNED, value), (SIGNED, value), (SIGNED, value.copy_negate())):
        error = refused(check.decimal, number, "p", pattern=pattern, path="p")
        assert f"has {digits} digits in plain notation, at most 400 allowed" in str(error)


@pytest.mark.parametrize("call", [check.decimal, check.integer])
def test_an_int_of_400_digits_is_taken_and_of_401_refused(call: Any) -> None:
    options = {"pattern": SIGNED} if call is check.decimal else {}
    largest = 10**400 - 1
    assert call(largest, "p", **options) == largest
    assert call(-largest, "p", **options) == -largest
    for value in (10**400, -(10**400), 10**1000):
        error = refused(call, value, "p", path="p", **options)
        assert "more than 400 digits" in str(error)


def test_an_integral_decimal_of_more_than_400_digits_is_refused_as_an_integer() -> None:
    assert check.integer(Decimal("9" * 400), "p") == int("9" * 400)
    error = refused(check.integer, Decimal("1E+400"), "p", path="p")
    assert "401 digits" in str(error)


def test_a_bound_note_ends_the_message_in_brackets_and_only_when_given() -> None:
    noted = refused(check.decimal_bounds, Decimal(1), "p", minimum=Decimal(2), note="percent", path="p")
    assert str(noted).endswith("1 is below the minimum 2 (percent)")
    for note in (None, ""):
        bare = refused(check.decimal_bounds, Decimal(3), "p", maximum=Decimal(2), note=note, path="p")
        assert str(bare).endswith("3 is above the maximum 2")


# --- strings: UTF-8 and path segments --------------------------------------------------------------------------------


def test_a_string_with_a_lone_surrogate_is_refused() -> None:
    error = refused(check.string, "ab\ud800", "p", path="p")
    assert "lone surrogate" in str(error)
    assert check.string("é€😀", "p") == "é€😀"


@pytest.mark.parametrize("value", [".", ".."])
def test_a_path_segment_may_not_be_dot_or_dot_dot(value: str) -> None:
    error = refused(check.string, value, "p", path_segment=True, path="p")
    assert "relative path segment" in str(error)
    assert check.string(value, "p") == value, "anywhere but the path, a dot is a value"


@pytest.mark.parametrize("value", ["...", ".a", "a.", "a..b", "x"])
def test_other_path_segments_pass(value: str) -> None:
    assert check.string(value, "p", path_segment=True) == value
