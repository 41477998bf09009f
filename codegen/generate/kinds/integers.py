"""``int``: an integer (``type: integer``), with ``minimum`` and ``maximum``; a JSON number on the wire."""

from __future__ import annotations

from typing import ClassVar

from codegen.generate.ir import FieldIR, TypeIR, TypeKind
from codegen.generate.kinds.base import INTEGER_WORDS, Bounds, Builder, Fast, Kind, Schema, Use, bound, whole


class Integers(Kind):
    name: ClassVar[TypeKind] = "int"
    page = "integer"
    page_words = INTEGER_WORDS
    check_function = "check.integer"

    def claims(self, schema: Schema) -> bool:
        return schema.target.get("type") == "integer"

    def bounds(self, build: Builder, schema: Schema) -> Bounds:
        super().bounds(build, schema)
        return whole(schema.node, "minimum", schema.where), whole(schema.node, "maximum", schema.where)

    def pattern(self, build: Builder, schema: Schema) -> tuple[str | None, str]:
        return None, schema.wire  # an integer's checks are its type and bounds

    def annotation(self, type_: TypeIR, use: Use) -> str:
        return "int"

    def options(self, field: FieldIR) -> list[str]:
        limits = (("minimum", field.minimum), ("maximum", field.maximum))
        return [f"{key}={bound(value)}" for key, value in limits if value is not None]

    def fast(self, type_: TypeIR, field: FieldIR, value: str, type_of: str) -> Fast | None:
        """A plain ``int`` (not a bool, not a float) within the digit limit and the bounds."""
        tests = [f"{type_of}({value}) is int", f"-check.INTEGER_LIMIT < {value} < check.INTEGER_LIMIT"]
        limits = ((">=", field.minimum), ("<=", field.maximum))
        tests += [f"{value} {operator} {bound(limit)}" for operator, limit in limits if limit is not None]
        return Fast(" and ".join(tests))

    def json(self, type_: TypeIR, value: str) -> tuple[str, str, str]:
        return "", f"str({value})", ""

    def text(self, value: str) -> str:
        return f"str({value})"


INTEGERS = Integers()
