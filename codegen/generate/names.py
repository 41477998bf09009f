"""Python names derived from wire names, checked to be safe identifiers."""

from __future__ import annotations

import keyword
import re

from codegen.errors import SpecError

_WORD_BOUNDARY = re.compile(r"(?<=[a-z0-9])(?=[A-Z])|(?<=[A-Z])(?=[A-Z][a-z])")
_SEPARATORS = re.compile(r"[^0-9A-Za-z]+")
_SNAKE = re.compile(r"[a-z][a-z0-9_]*")
_PASCAL = re.compile(r"[A-Z][A-Za-z0-9]*")
_CONSTANT = re.compile(r"[A-Z_][A-Z0-9_]*")


def snake(name: str, where: str) -> str:
    """``triggerPrice`` -> ``trigger_price``; a keyword gets a trailing underscore (``from`` -> ``from_``)."""
    words = [w for w in _SEPARATORS.split(_WORD_BOUNDARY.sub("_", name)) if w]
    result = "_".join(word.lower() for word in words)
    if keyword.iskeyword(result) or keyword.issoftkeyword(result):
        result += "_"
    if not _SNAKE.fullmatch(result):
        raise SpecError(where, f"{name!r} does not give a safe Python name (got {result!r})")
    if result in RESERVED_FIELDS or result.startswith(STORE_PREFIX):
        raise SpecError(where, f"{name!r} would be named {result!r}, which the generated code uses itself")
    return result


RESERVED_FIELDS = frozenset(
    {"self", "client", "check", "attrs", "request", "members", "builtins", "str", "len", "format"} | {"json_string"}
)
"""Field names the generated constructors and endpoint functions use for their own purposes (``type``, which Gate
has, is spelled ``builtins.type`` where a field takes it)."""

STORE_PREFIX = "store_"
"""What a constructor's local names start with that hold each field's slot setter (``store_side``), and the body's
(``store_wire_text``): no field's name may."""

RESERVED_CLASSES = frozenset(
    {
        "Any",
        "AsyncClient",
        "AsyncIterator",
        "ClassVar",
        "Client",
        "Coroutine",
        "Decimal",
        "DecimalInput",
        "Iterator",
        "Model",
        "Operation",
        "Pagination",
        "RateLimit",
        "Request",
        "Response",
        "Sequence",
        "Server",
        "ValidationError",
    }
)
"""Names the generated modules import: a model or enum may not take one."""


def pascal(name: str, where: str) -> str:
    """``place_plan_order`` -> ``PlacePlanOrder``; an existing PascalCase name stays as it is."""
    words = [w for w in _SEPARATORS.split(_WORD_BOUNDARY.sub("_", name)) if w]
    result = "".join(word[:1].upper() + word[1:] for word in words)
    if not _PASCAL.fullmatch(result) or keyword.iskeyword(result):
        raise SpecError(where, f"{name!r} does not give a safe Python class name (got {result!r})")
    if result in RESERVED_CLASSES:
        raise SpecError(where, f"{name!r} would be named {result!r}, which the generated modules import")
    return result


def constant(value: str, where: str) -> str:
    """An enum member name from a wire value: ``fill_price`` -> ``FILL_PRICE``, ``USDT-FUTURES`` -> ``USDT_FUTURES``."""
    result = "_".join(w.upper() for w in _SEPARATORS.split(_WORD_BOUNDARY.sub("_", value)) if w)
    if not _CONSTANT.fullmatch(result) or result.startswith("_"):
        raise SpecError(where, f"enum value {value!r} gives no member name: name it with x-enum-varnames")
    return result


def checked_constant(name: str, where: str) -> str:
    """A member name given by ``x-enum-varnames``, which must already be an upper-case identifier."""
    if not _CONSTANT.fullmatch(name) or name.startswith("_"):
        raise SpecError(where, f"x-enum-varnames entry {name!r} is not an UPPER_CASE identifier")
    return name


def identifier(name: str, where: str) -> str:
    """A snake_case name the spec gives directly (operationId, tag): it must already be safe."""
    if not _SNAKE.fullmatch(name) or keyword.iskeyword(name) or name.startswith("_"):
        raise SpecError(where, f"{name!r} is not a safe snake_case Python name")
    return name
