"""``bool``: ``type: boolean``, ``true``/``false`` on the wire, in a body and in a query alike."""

from __future__ import annotations

from typing import ClassVar

from codegen.generate.ir import FieldIR, TypeIR, TypeKind
from codegen.generate.kinds.base import Fast, Kind, Schema, Use


class Booleans(Kind):
    name: ClassVar[TypeKind] = "bool"
    page = "boolean"
    page_words = frozenset({"boolean", "bool"})
    check_function = "check.boolean"

    def claims(self, schema: Schema) -> bool:
        return schema.target.get("type") == "boolean"

    def annotation(self, type_: TypeIR, use: Use) -> str:
        return "bool"

    def fast(self, type_: TypeIR, field: FieldIR, value: str, type_of: str) -> Fast | None:
        return Fast(f"{type_of}({value}) is bool")

    def json(self, type_: TypeIR, value: str) -> tuple[str, str, str]:
        return "", f'("true" if {value} else "false")', ""

    def text(self, value: str) -> str:
        return f'"true" if {value} else "false"'


BOOLEANS = Booleans()
