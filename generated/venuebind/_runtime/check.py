"""Checks and conversions that generated request models run on every value before anything is sent.

Each function takes the user's value and the field's wire path, returns the value in its model type, or raises
``ValidationError`` naming the path and what is allowed.  They agree with JSON Schema on the same spec: a value passes
here exactly when its wire form passes the spec's schema (a pattern matches the whole value, as JSON Schema's
anchored patterns do), within the limits below.  What they return is a plain ``int``, ``str`` or ``Decimal`` even
when the caller passed a subclass, so no ``__str__`` or ``__format__`` of the caller's writes the wire text.
"""

from __future__ import annotations

import enum
import math
import re
from collections.abc import Callable, Sequence
from decimal import Decimal, InvalidOperation
from typing import Any, TypeAlias, TypeVar

from .errors import ValidationError

__all__ = [
    "INTEGER_LIMIT",
    "MAX_DIGITS",
    "DecimalInput",
    "boolean",
    "decimal",
    "decimal_bounds",
    "enum_member",
    "integer",
    "items",
    "model",
    "model_items",
    "string",
]

DecimalInput: TypeAlias = Decimal | str | int | float
"""What a decimal field accepts: a float only as its shortest repr (0.1 stands for "0.1")."""

E = TypeVar("E", bound=enum.Enum)
T = TypeVar("T")


_UNSIGNED_PLAIN = r"^[0-9]+(\.[0-9]+)?$"
"""The specs' usual decimal pattern: digits and an optional fraction; no sign, no exponent."""

MAX_DIGITS = 400
"""The most digits a number may have on the wire (a decimal counted in plain notation, both sides of the point).

Far beyond any venue's precision (an int64 has 19 digits) and beyond every float (309), so JSON Schema's integral
floats stay integers here too; far below what makes a body explode (``Decimal("1E+50000000")`` is fifty million
characters in plain notation) or what Python refuses to write as text (``10**5000``)."""

INTEGER_LIMIT = 10**MAX_DIGITS
"""An integer's absolute value stays below this: at most ``MAX_DIGITS`` digits."""


def plain(value: Decimal) -> str:
    """``value`` in plain notation, as it goes on the wire: never an exponent (``1E-8`` is ``0.00000001``)."""
    return format(value, "f")  # pragma: no mutate: "F" differs only for NaN and Infinity, which never reach here


def decimal(
    value: object,
    path: str,
    *,
    pattern: re.Pattern[str],
    minimum: Decimal | None = None,
    maximum: Decimal | None = None,
) -> Decimal:
    """A price, size or ratio as a finite ``Decimal`` whose plain form matches the spec's ``pattern``."""
    if type(value) is Decimal and pattern.pattern == _UNSIGNED_PLAIN and value.is_finite():
        # The common case, checked without formatting: a finite Decimal's plain form matches the usual pattern
        # exactly when the Decimal has no sign.
        _digits(value, path)
        if value.is_signed():
            raise ValidationError(path, f"{plain(value)!r} does not match {pattern.pattern}")
        number = value
    elif isinstance(value, str):
        text = str.__str__(value)  # a plain str, whatever the caller's subclass does
        if len(text) > MAX_DIGITS + 1:  # digits and a point: longer text has too many digits, or is no number
            raise ValidationError(path, f"has more than {MAX_DIGITS} digits")
        if pattern.fullmatch(text) is None:
            raise ValidationError(path, f"{text!r} is not a decimal in plain notation (pattern {pattern.pattern})")
        try:
            number = Decimal(text)
        except InvalidOperation:
            raise ValidationError(path, f"{text!r} is not a decimal number") from None
        if not number.is_finite():
            raise ValidationError(path, f"{text!r} is not a finite number")
        _digits(number, path)
    else:
        number = _number(value, path)
        _digits(number, path)
        if pattern.fullmatch(plain(number)) is None:
            raise ValidationError(path, f"{plain(number)!r} does not match {pattern.pattern}")
    if minimum is not None or maximum is not None:
        decimal_bounds(number, path, minimum=minimum, maximum=maximum)
    return number


def _number(value: object, path: str) -> Decimal:
    """A finite ``Decimal`` from a Decimal, int or float (its shortest repr); the pattern is checked by the caller."""
    if isinstance(value, Decimal):
        number = Decimal(value)  # a plain Decimal, whatever the caller's subclass does
    elif isinstance(value, float):
        if not math.isfinite(value):
            raise ValidationError(path, f"{value!r} is not a finite number")
        number = Decimal(float.__repr__(value))
    elif isinstance(value, int) and not isinstance(value, bool):
        number = Decimal(_plain_int(value, path))
    else:
        raise ValidationError(path, f"expected a Decimal, str, int or float, got {type(value).__name__}")
    if not number.is_finite():
        raise ValidationError(path, f"{value!r} is not a finite number")
    return number


def _digits(number: Decimal, path: str) -> None:
    """Refuse a finite decimal with more than ``MAX_DIGITS`` digits in plain notation, without writing it out."""
    before = max(number.adjusted() + 1, 1)
    exponent = number.as_tuple().exponent
    after = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    if before + after > MAX_DIGITS:
        raise ValidationError(path, f"has {before + after} digits in plain notation, at most {MAX_DIGITS} allowed")


def _plain_int(value: int, path: str) -> int:
    """``value`` as a plain ``int`` of at most ``MAX_DIGITS`` digits."""
    number = int.__int__(value)  # a plain int, whatever the caller's subclass does
    if not -INTEGER_LIMIT < number < INTEGER_LIMIT:
        raise ValidationError(path, f"has more than {MAX_DIGITS} digits")
    return number


def decimal_bounds(
    value: Decimal | None,
    path: str,
    *,
    minimum: Decimal | None = None,
    maximum: Decimal | None = None,
    note: str | None = None,
) -> None:
    """Inclusive bounds on a decimal (the spec's ``x-decimal``); an absent value passes.

    ``note`` ends the message in brackets: the unit and the condition of a bound a rule sets.
    """
    if value is None:
        return
    after = f" ({note})" if note else ""
    if minimum is not None and value < minimum:
        raise ValidationError(path, f"{plain(value)} is below the minimum {plain(minimum)}{after}")
    if maximum is not None and value > maximum:
        raise ValidationError(path, f"{plain(value)} is above the maximum {plain(maximum)}{after}")


def string(
    value: object,
    path: str,
    *,
    pattern: re.Pattern[str] | None = None,
    min_length: int | None = None,
    max_length: int | None = None,
    path_segment: bool = False,
) -> str:
    """A text field, with the spec's pattern and length limits.

    A ``path_segment`` (a path parameter) may not be ``.`` or ``..``: servers and proxies that normalise paths would
    send the request to another endpoint (``/price_orders/..`` is ``/spot/``), and percent-encoding does not help
    (``%2E`` is decoded before normalising).
    """
    if not isinstance(value, str):
        raise ValidationError(path, f"expected a str, got {type(value).__name__}")
    value = str.__str__(value)  # a plain str, whatever the caller's subclass does
    if not value.isascii():
        try:
            value.encode()
        except UnicodeEncodeError:
            raise ValidationError(path, f"{value!r} holds a lone surrogate, which UTF-8 cannot carry") from None
    if path_segment and value in (".", ".."):
        raise ValidationError(path, f"{value!r} would be read as a relative path segment, not as a value")
    if pattern is not None and pattern.fullmatch(value) is None:
        raise ValidationError(path, f"{value!r} does not match {pattern.pattern}")
    if min_length is not None and len(value) < min_length:
        raise ValidationError(path, f"{value!r} is shorter than {min_length} characters")
    if max_length is not None and len(value) > max_length:
        raise ValidationError(path, f"{value!r} is longer than {max_length} characters")
    return value


def enum_member(cls: type[E], value: object, path: str) -> E:
    """A member of a closed set, given as the member or its wire value (a string, or an integer for an ``IntEnum``,
    where an integral float counts as JSON Schema counts it, and a bool does not)."""
    if isinstance(value, (str, int, float)) and not isinstance(value, bool):  # a wire value, or a member (they are
        # strings or ints): found without Enum.__call__; a number finds nothing among strings, nor a text among numbers
        member = cls._value2member_map_.get(value)
        if member is not None:
            return member  # type: ignore[return-value]
    elif isinstance(value, cls):
        return value
    allowed = ", ".join(repr(member.value) for member in cls)  # pragma: no mutate: message punctuation
    raise ValidationError(path, f"{value!r} is not one of {allowed}")


def integer(value: object, path: str, *, minimum: int | None = None, maximum: int | None = None) -> int:
    """A whole number; an integral float (``3600.0``) counts, as it does in JSON Schema, but a bool does not."""
    if isinstance(value, bool) or not isinstance(value, (int, float, Decimal)):
        raise ValidationError(path, f"expected an int, got {type(value).__name__}")
    if isinstance(value, int):
        number = _plain_int(value, path)
    else:
        if isinstance(value, Decimal) and value.is_finite():
            _digits(value, path)  # before int(), which would write out Decimal("1E+999999999") in full
        try:
            whole = value == int(value)
        except (OverflowError, ValueError, InvalidOperation):
            whole = False  # pragma: no mutate: None is as false here
        if not whole:
            raise ValidationError(path, f"{value!r} is not a whole number")
        number = _plain_int(int(value), path)
    if minimum is not None and number < minimum:
        raise ValidationError(path, f"{number} is below the minimum {minimum}")
    if maximum is not None and number > maximum:
        raise ValidationError(path, f"{number} is above the maximum {maximum}")
    return number


def boolean(value: object, path: str) -> bool:
    """``True`` or ``False``; no truthy stand-ins."""
    if not isinstance(value, bool):
        raise ValidationError(path, f"expected a bool, got {type(value).__name__}")
    return value


def items(
    value: object,
    path: str,
    item: Callable[[Any, str], T],
    *,
    min_items: int | None = None,
    max_items: int | None = None,
) -> tuple[T, ...]:
    """A list field: each element checked by ``item`` under ``path[i]``; kept as a tuple so the model stays frozen."""
    elements = _sequence(value, path, min_items, max_items)
    return tuple(item(element, f"{path}[{index}]") for index, element in enumerate(elements))


def model(cls: type[T], value: object, path: str) -> T:
    """A nested model, already built (and so already checked)."""
    if not isinstance(value, cls):
        raise _not_a(cls, value, path)
    return value


def model_items(
    cls: type[T], value: object, path: str, *, min_items: int | None = None, max_items: int | None = None
) -> tuple[T, ...]:
    """A list of nested models, each already built (and so already checked)."""
    elements = _sequence(value, path, min_items, max_items)
    for index, element in enumerate(elements):
        if not isinstance(element, cls):  # the item's path is formatted only when it is wrong
            raise _not_a(cls, element, f"{path}[{index}]")
    return tuple(elements)


def _sequence(value: object, path: str, min_items: int | None, max_items: int | None) -> Sequence[Any]:
    """``value`` as a list of the allowed length; a string is not a list."""
    if isinstance(value, (str, bytes)) or not isinstance(value, Sequence):
        raise ValidationError(path, f"expected a list, got {type(value).__name__}")
    if min_items is not None and len(value) < min_items:
        raise ValidationError(path, f"has {len(value)} items, at least {min_items} required")
    if max_items is not None and len(value) > max_items:
        raise ValidationError(path, f"has {len(value)} items, at most {max_items} allowed")
    return value


def _not_a(cls: type[Any], value: object, path: str) -> ValidationError:
    return ValidationError(path, f"expected a {cls.__name__}, got {type(value).__name__}")
