"""``decimal``: money and quantities (``format: decimal`` strings), ``Decimal`` in Python and plain notation on the
wire, never through a float (invariant 7). Bounds come from ``x-decimal``, which JSON Schema cannot say of strings."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from typing import ClassVar

from codegen.errors import SpecError
from codegen.generate.ir import FieldIR, TypeIR, TypeKind
from codegen.generate.kinds.base import NUMBER_WORDS, Bounds, Builder, Fast, Kind, Schema, Use, bound


class Decimals(Kind):
    name: ClassVar[TypeKind] = "decimal"
    page = "decimal"
    page_words = frozenset({"string"}) | NUMBER_WORDS
    check_function = "check.decimal"
    decimal_bounds = True
    keywords = frozenset({"x-decimal"})
    imports = ("from decimal import Decimal", "from .._runtime.check import MAX_DIGITS, DecimalInput")

    def claims(self, schema: Schema) -> bool:
        return schema.target.get("format") == "decimal"

    def bounds(self, build: Builder, schema: Schema) -> Bounds:
        limits = {**schema.target.get("x-decimal", {}), **schema.node.get("x-decimal", {})}
        unknown = sorted(set(limits) - {"minimum", "maximum"})
        if unknown:
            raise SpecError(f"{schema.where}/x-decimal", f"unsupported keyword {unknown[0]!r}")
        return tuple(  # type: ignore[return-value]
            build.decimal_constant(parse(limits[key], schema.where)) if key in limits else None
            for key in ("minimum", "maximum")
        )

    def annotation(self, type_: TypeIR, use: Use) -> str:
        return "DecimalInput" if use == "given" else "Decimal"

    def options(self, field: FieldIR) -> list[str]:
        options = [] if field.pattern is None else [f"pattern={field.pattern.constant}"]
        limits = (("minimum", field.minimum), ("maximum", field.maximum))
        return options + [f"{key}={bound(value)}" for key, value in limits if value is not None]

    def fast(self, type_: TypeIR, field: FieldIR, value: str, type_of: str) -> Fast | None:
        """A plain ``Decimal``, finite and unsigned, whose ``str()`` has no exponent and so is its plain notation (the
        wire text, at a third of ``format``'s cost); the pattern and bounds are then checked on that."""
        text = f"{value}_text"
        tests = [
            f"{type_of}({value}) is Decimal",
            f"{value}.is_finite()",
            f"not {value}.is_signed()",
            f'"E" not in ({text} := str({value}))',
            f'"e" not in {text}',  # str() follows the thread's decimal context, which may write exponents in lower case
            f"len({text}) <= MAX_DIGITS",
        ]
        if field.pattern is not None and field.pattern.regex != UNSIGNED_PLAIN:
            tests.append(f"{field.pattern.constant}.fullmatch({text}) is not None")
        if field.minimum is not None:
            tests.append(f"{value} >= {bound(field.minimum)}")
        if field.maximum is not None:
            tests.append(f"{value} <= {bound(field.maximum)}")
        return Fast(" and ".join(tests), text=text)

    def argument_note(self, type_: TypeIR, description: str, each: bool = False) -> str:
        return " A decimal."

    def json(self, type_: TypeIR, value: str) -> tuple[str, str, str]:
        return '"', self.text(value), '"'

    def text(self, value: str) -> str:
        return f'format({value}, "f")'


UNSIGNED_PLAIN = r"^[0-9]+(\.[0-9]+)?$"
"""The specs' usual decimal pattern, which every unsigned plain ``str()`` of a finite ``Decimal`` matches."""


def parse(value: object, where: str) -> Decimal:
    """A decimal bound as the spec writes it: a finite number in a string."""
    try:
        number = Decimal(str(value))
    except InvalidOperation:
        raise SpecError(where, f"{value!r} is not a decimal") from None
    if not isinstance(value, str) or not number.is_finite():
        raise SpecError(where, f"decimal bounds are finite numbers written as strings, not {value!r}")
    return number


DECIMALS = Decimals()
