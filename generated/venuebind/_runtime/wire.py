"""JSON on the wire: the string escaper generated request encoders use, and answers read with cattrs.

Requests are encoded by their generated ``wire_*`` methods (wire names, ``Decimal`` in plain notation, enums as their
values, absent optionals left out), which call ``json_string`` for text that may need escaping.  Answers: wire names
to fields, numbers and numeric strings to ``Decimal`` without a float in between, IDs sent as JSON integers kept as
exact strings, enum values the spec does not know kept as plain strings, unknown fields kept in ``extra``, optional
lists sent as null or left out read as empty lists, timestamps in seconds read as milliseconds.  The
converter, and the hooks for a class, are built on first use, not at import.
"""

from __future__ import annotations

import enum
import functools
import types
import typing
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from json.encoder import encode_basestring
from typing import TYPE_CHECKING, Any, TypeVar

import attrs

from .model import Response

if TYPE_CHECKING:
    import cattrs

__all__ = ["json_string", "read"]

T = TypeVar("T")

json_string: Callable[[str], str] = encode_basestring
"""``text`` as a JSON string, quotes included; non-ASCII characters stay as they are (the body is UTF-8).

The standard library's C escaper itself, what ``json.JSONEncoder(ensure_ascii=False).encode`` calls for a ``str``,
without the encoder's Python method around it."""


def read(cls: type[T], data: object) -> T:
    """A response model from the JSON the venue sent; raises ``cattrs`` errors that ``parse`` turns into ours."""
    result: T = _converter().structure(data, cls)
    return result


def _structure_response(cls: type[Response]) -> Callable[[Any, type[Response]], Response]:
    from cattrs.gen import make_dict_structure_fn, override

    fields = attrs.fields(cls)
    overrides: dict[str, Any] = {f.name: override(rename=f.metadata["wire"]) for f in fields if f.name != "extra"}
    known = frozenset(f.metadata["wire"] for f in fields if f.name != "extra")
    lists = tuple(f.metadata["wire"] for f in fields if f.name != "extra" and f.default == attrs.Factory(list))
    seconds = tuple(f.metadata["wire"] for f in fields if f.name != "extra" and f.metadata["seconds"])
    build = make_dict_structure_fn(cls, _converter(), **overrides)

    def structure(data: Any, _: type[Response]) -> Response:
        if not isinstance(data, dict):
            raise TypeError(f"expected a JSON object for {cls.__name__}, got {type(data).__name__}")
        if lists and any(data.get(wire, ()) is None for wire in lists):  # a list sent as null is an empty list
            data = {key: value for key, value in data.items() if not (value is None and key in lists)}
        if seconds and any(data.get(wire) is not None for wire in seconds):  # every time is milliseconds in Python
            data = {key: _milliseconds(value) if key in seconds else value for key, value in data.items()}
        result = build(data, cls)  # pragma: no mutate: the built function ignores its type argument
        if not data.keys() <= known:
            # The one write after construction: a frozen response keeps what the venue added since the spec.
            object.__setattr__(result, "extra", {key: value for key, value in data.items() if key not in known})
        return result

    return structure


def _milliseconds(seconds: object) -> object:
    """Seconds as a venue writes them (an integer, its digits, or a number with a fraction) as whole milliseconds;
    anything else, or a fraction with more than 15 digits before the point, is left for the int hook to refuse."""
    if isinstance(seconds, str):
        try:
            seconds = int(seconds)
        except ValueError:
            return seconds
    if isinstance(seconds, int) and not isinstance(seconds, bool):
        return seconds * 1000
    if isinstance(seconds, Decimal) and seconds.is_finite() and seconds.adjusted() < 15:  # pragma: no mutate
        return int(seconds * 1000)
    return seconds


def _structure_decimal(value: object, _: type[Decimal]) -> Decimal:
    # The texts of these hooks' errors never reach a user: parse's ResponseError words them by cattrs'
    # transform_error ("invalid value for type, expected Decimal @ $.size"); their mutants are marked equivalent.
    if type(value) is Decimal and value.is_finite():  # a JSON number with a fraction, as the reader made it
        return value
    if isinstance(value, bool) or not isinstance(value, (str, int, Decimal)):
        raise TypeError(f"expected a decimal number or numeric string, got {type(value).__name__}")  # pragma: no mutate
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise ValueError(f"{value!r} is not a decimal number") from None  # pragma: no mutate: text not shown
    if not number.is_finite():
        raise ValueError(f"{value!r} is not a finite number")  # pragma: no mutate: text not shown
    return number


def _structure_str(value: object, _: type[str]) -> str:
    # IDs come as JSON integers from some venues; they stay exact as strings.
    if type(value) is str:
        return value
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        raise TypeError(f"expected a string, got {type(value).__name__}")  # pragma: no mutate: text not shown
    return str(value)


def _structure_bool(value: object, _: type[bool]) -> bool:
    if not isinstance(value, bool):
        raise TypeError(f"expected true or false, got {type(value).__name__}")  # pragma: no mutate: text not shown
    return value


def _is_optional(annotation: Any) -> bool:
    """``T | None`` for one type ``T`` (an optional decimal has a hook of its own)."""
    if typing.get_origin(annotation) not in (typing.Union, types.UnionType):
        return False
    arms = typing.get_args(annotation)
    return len(arms) == 2 and type(None) in arms and Decimal not in arms


def _optional_hook(annotation: Any) -> Callable[[object, Any], object]:
    """The hook for ``T | None``: ``T``'s hook found once, where cattrs' own dispatches on ``T`` for every value."""
    (inner,) = [arm for arm in typing.get_args(annotation) if arm is not type(None)]
    hook = _converter().get_structure_hook(inner)

    def structure(value: object, _: Any) -> object:
        return None if value is None else hook(value, inner)

    return structure


def _is_optional_decimal(annotation: Any) -> bool:
    return typing.get_origin(annotation) in (typing.Union, types.UnionType) and set(typing.get_args(annotation)) == {
        Decimal,
        type(None),
    }


def _structure_optional_decimal(value: object, _: Any) -> Decimal | None:
    # Venues send "" for an unset price (Bitget's TP/SL fields): in an optional field that means absent.
    return None if value is None or value == "" else _structure_decimal(value, Decimal)


def _structure_int(value: object, _: type[int]) -> int:
    if isinstance(value, bool) or not isinstance(value, (int, str)):
        raise TypeError(f"expected an integer, got {type(value).__name__}")  # pragma: no mutate: text not shown
    return int(value)


def _is_open_enum(annotation: Any) -> bool:
    """``SomeEnum | str`` or ``SomeIntEnum | int``: a response enum that keeps values the spec does not list."""
    if typing.get_origin(annotation) not in (typing.Union, types.UnionType):
        return False
    arms = [arm for arm in typing.get_args(annotation) if arm is not type(None)]
    return (
        len(arms) == 2
        and (str in arms or int in arms)
        and any(isinstance(arm, type) and issubclass(arm, enum.Enum) for arm in arms)
    )


def _open_enum_hook(annotation: Any) -> Callable[[object, Any], object]:
    """The hook for one open enum: its members by value, looked up once per answer field (the enum's own call, with
    its metaclass machinery, costs several times a dict lookup, and answers carry many of these)."""
    arms = typing.get_args(annotation)
    optional = type(None) in arms
    whole = int in arms
    members: dict[object, enum.Enum] = {}
    for arm in arms:
        if isinstance(arm, type) and issubclass(arm, enum.Enum):
            members = {member.value: member for member in arm}

    def structure(value: object, _: Any) -> object:
        if value is None and optional:
            return None
        plain = _structure_int(value, int) if whole else _structure_str(value, str)  # pragma: no mutate
        return members.get(plain, plain)

    return structure


def _is_response(cls: Any) -> bool:
    return isinstance(cls, type) and issubclass(cls, Response)


@functools.cache
def _converter() -> cattrs.Converter:
    """The converter, built on first use: importing a venue does not wait for cattrs."""
    import cattrs

    converter = cattrs.Converter(detailed_validation=True)
    converter.register_structure_hook(Decimal, _structure_decimal)
    converter.register_structure_hook(str, _structure_str)
    converter.register_structure_hook(int, _structure_int)
    converter.register_structure_hook(bool, _structure_bool)
    converter.register_structure_hook_factory(_is_optional, _optional_hook)  # the hooks after it come first
    converter.register_structure_hook_func(_is_optional_decimal, _structure_optional_decimal)
    converter.register_structure_hook_factory(_is_open_enum, _open_enum_hook)
    converter.register_structure_hook_factory(_is_response, _structure_response)
    return converter
