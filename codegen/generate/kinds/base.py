"""What a type kind is: everything that depends on the kind of a value, asked of one object.

A kind claims the schemas it reads (``claims``), builds their :class:`TypeIR` (``type``), and answers for its values
everywhere codegen and drift meet them: the Python annotations (``annotation``), the request check (``check``), the
JSON and the query or path text on the wire (``json``, ``text``), and the doc page type words drift accepts
(``page``, ``page_words``). Responses are read by the runtime's cattrs hooks from the ``read`` annotation.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal
from typing import Any, ClassVar, Literal, Protocol

import attrs

from codegen.errors import SpecError
from codegen.generate.ir import DecimalConstant, EnumIR, FieldIR, Side, TypeIR, TypeKind

Use = Literal["stored", "given", "read"]
"""Where an annotation goes: a request model's attribute, an argument, a response model's attribute."""

NUMBER_WORDS = frozenset({"float", "float32", "float64", "double", "number", "decimal"})
INTEGER_WORDS = frozenset({"integer", "int", "int32", "int64", "long"})


class Builder(Protocol):
    """What a kind asks of the spec builder while it reads a schema."""

    def resolve(self, node: Mapping[str, Any], where: str) -> tuple[Mapping[str, Any], str, str | None]: ...

    def type_of(
        self, wire: str, node: Mapping[str, Any], where: str, side: Side, encoding: str | None = None
    ) -> TypeIR: ...

    def named_model(self, node: Mapping[str, Any], where: str, side: Side) -> str: ...

    def add_enum(self, enum: EnumIR) -> EnumIR: ...

    def decimal_constant(self, value: Decimal) -> DecimalConstant: ...

    def text(self, value: object, where: str) -> str: ...


@attrs.frozen
class Schema:
    """A property's schema as a kind reads it."""

    wire: str
    """The property's wire name (an inline enum is named after it)."""
    node: Mapping[str, Any]
    """The schema as written: with a ``$ref``, its siblings."""
    target: Mapping[str, Any]
    """The schema with its ``$ref`` followed."""
    where: str
    target_where: str
    component: str | None
    """The component the ``$ref`` names."""
    side: Side
    encoding: str | None = None
    """The media type a parameter's value is serialised as (OpenAPI's parameter ``content``); None for a schema."""


Bounds = tuple[DecimalConstant | int | None, DecimalConstant | int | None]


@attrs.frozen
class Fast:
    """An inline test a kind offers for the values users usually pass, which the constructor runs before the check.

    When ``test`` holds, the value passes the kind's check unchanged (or as ``value`` says) and its check call is
    skipped; anything else takes the check, with its messages.  So a kind that offers no fast path loses nothing but
    speed.
    """

    test: str
    """True when the given value passes the check; it may bind ``text`` (``:=``)."""
    value: str | None = None
    """What the check would return for such a value, when that is not the value itself (an enum member)."""
    text: str | None = None
    """A name ``test`` binds to the value's wire text, when it holds (a decimal's ``str()``); else None."""


class Kind:
    """One kind of value. Subclasses set the class attributes and override what differs from these defaults."""

    name: ClassVar[TypeKind]
    page: ClassVar[str]
    """What drift calls the kind in its messages (a key of ``ACCEPTS``)."""
    page_words: ClassVar[frozenset[str]]
    """The doc page type words (lower-cased) drift accepts for it."""
    check_function: ClassVar[str]
    """The runtime check a request value of this kind passes."""
    parameter: ClassVar[bool] = True
    """Whether a path or query parameter may be of this kind (one value, as text)."""
    comparable: ClassVar[bool] = False
    """Whether a rule may compare its values (``const``, ``enum``)."""
    decimal_bounds: ClassVar[bool] = False
    """Whether it takes ``x-decimal`` bounds."""
    keywords: ClassVar[frozenset[str]] = frozenset()
    """The schema keywords of its own that a property may carry."""
    imports: ClassVar[tuple[str, ...]] = ()
    """The import statements its annotations and expressions need in a generated module."""
    absent_factory: ClassVar[str | None] = None
    """What an absent (or null) response value reads as, when not None: the factory that makes it (``list``)."""

    # -- reading the spec

    def claims(self, schema: Schema) -> bool:
        """Whether ``schema`` is a value of this kind (kinds are asked in the registry's order)."""
        raise NotImplementedError

    def type(self, build: Builder, schema: Schema) -> TypeIR:
        """The type of ``schema``, which this kind claims."""
        return TypeIR(self.name)

    def bounds(self, build: Builder, schema: Schema) -> Bounds:
        """The (minimum, maximum) a request value must lie within."""
        if {**schema.target.get("x-decimal", {}), **schema.node.get("x-decimal", {})}:
            raise SpecError(f"{schema.where}/x-decimal", "x-decimal applies to decimal fields only")
        return None, None

    def pattern(self, build: Builder, schema: Schema) -> tuple[str | None, str]:
        """The regular expression a value must match, and the name its module constant is made from."""
        if "pattern" in schema.node:
            return schema.node["pattern"], schema.wire
        if "pattern" in schema.target:
            return schema.target["pattern"], schema.component or schema.wire
        return None, schema.wire

    # -- Python

    def annotation(self, type_: TypeIR, use: Use) -> str:
        """The Python type of a value, where ``use`` says."""
        raise NotImplementedError

    def check(self, type_: TypeIR, field: FieldIR, value: str, at: str) -> str:
        """The call that checks the request value ``value`` (wire path ``at``) and returns what to store."""
        return f"{self.check_function}({self.lead(type_)}{value}, {at}{arguments(self.options(field))})"

    def lead(self, type_: TypeIR) -> str:
        """What the check takes before the value (the class, for enums and models)."""
        return ""

    def options(self, field: FieldIR) -> list[str]:
        """The check's keyword options from the field's constraints."""
        return []

    def fast(self, type_: TypeIR, field: FieldIR, value: str, type_of: str) -> Fast | None:
        """An inline test for common values that makes the check call unneeded; None: every value is checked.

        ``type_of`` spells the built-in ``type`` (``builtins.type`` where an argument shadows it).
        """
        return None

    def list_check(self, type_: TypeIR, field: FieldIR, value: str, at: str, sizes: list[str]) -> str | None:
        """A check of a whole list of these, where the runtime has one; None to check item by item."""
        return None

    def argument_note(self, type_: TypeIR, description: str, each: bool = False) -> str:
        """What an argument's docstring entry adds to the spec's description (``each``: of a list's items)."""
        return ""

    # -- the wire

    def json(self, type_: TypeIR, value: str) -> tuple[str, str, str]:
        """The JSON text of ``value`` as (literal before, expression, literal after)."""
        raise NotImplementedError

    def text(self, value: str) -> str:
        """The expression for ``value`` as query or path text: unquoted, unescaped (the signers need it so)."""
        return value

    # -- drift and rules

    def values(self, type_: TypeIR) -> tuple[str, ...] | None:
        """The values the spec allows, where it lists them."""
        return None

    def nested(self, type_: TypeIR) -> str | None:
        """The model class a value holds (itself or in a list)."""
        return None

    def metadata(self, type_: TypeIR, use: Use) -> list[str]:
        """What the runtime's ``field_info`` needs to know of the value beyond its wire name and place."""
        return []

    def children(self, type_: TypeIR, name: str) -> tuple[str, str] | None:
        """For drift, a value with named fields below it: the prefix of their names and their model."""
        return None

    def drift(self, type_: TypeIR) -> tuple[str, str | None]:
        """What drift calls the type, and its items' type for a list."""
        return self.page, None


REGISTRY: dict[str, Kind] = {}
"""The kinds by name, filled by ``kinds/__init__.py``."""


def kind_of(type_: TypeIR) -> Kind:
    """The kind of ``type_``."""
    return REGISTRY[type_.kind]


def string_literal(text: str) -> str:
    """``text`` as a Python string literal: the one way spec text enters code (ruff then picks the quotes)."""
    return repr(text)


def whole(node: Mapping[str, Any], key: str, where: str) -> int | None:
    """An integer keyword (``minLength``, an integer's ``maximum``), which the generated checks write as a number."""
    value = node.get(key)
    if value is not None and (isinstance(value, bool) or not isinstance(value, int)):
        raise SpecError(f"{where}/{key}", f"must be an integer, not {value!r}")
    return value


def arguments(options: list[str]) -> str:
    """``options`` as trailing call arguments."""
    return "".join(f", {option}" for option in options)


def concatenate(opening: str, expression: str, closing: str) -> str:
    """An expression for ``opening + expression + closing``, the literals quoted, the empty ones left out."""
    parts = [string_literal(opening)] if opening else []
    parts.append(expression)
    if closing:
        parts.append(string_literal(closing))
    return " + ".join(parts)


def bound(value: DecimalConstant | int) -> str:
    """A bound as Python: a decimal by its module constant, an integer as written."""
    return value.name if isinstance(value, DecimalConstant) else str(value)
