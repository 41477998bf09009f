"""``int_enum``: a closed set of integer values (``type: integer`` with ``enum``), one ``IntEnum`` per venue and name.

Gate's futures trigger ``rule`` is ``1`` or ``2``, not ``>=`` or ``<=``. Integers are no member names, so the spec
names every member with ``x-enum-varnames``. A value is a JSON number on the wire and its digits in a query or path;
checks, argument types (``Rule | Literal[1, 2]``) and lenient answers (``Rule | int``) follow the string enums.
"""

from __future__ import annotations

from typing import ClassVar

from codegen.errors import SpecError
from codegen.generate.ir import TypeIR, TypeKind
from codegen.generate.kinds.base import INTEGER_WORDS, Builder, Schema, Use
from codegen.generate.kinds.enums import Enums


class IntEnums(Enums):
    name: ClassVar[TypeKind] = "int_enum"
    page = "integer"
    page_words = INTEGER_WORDS
    comparable = False
    imports: ClassVar[tuple[str, ...]] = ("from typing import Literal",)

    def claims(self, schema: Schema) -> bool:
        return "enum" in schema.target and schema.target.get("type") == "integer"

    def type(self, build: Builder, schema: Schema) -> TypeIR:
        target, where = schema.target, schema.target_where
        values = target["enum"]
        if not all(isinstance(value, int) and not isinstance(value, bool) for value in values):
            raise SpecError(f"{where}/enum", "the values of an integer enum must be integers")
        if "x-enum-varnames" not in target:
            raise SpecError(where, "an integer enum names its members with x-enum-varnames")
        return self.named(build, schema)

    def annotation(self, type_: TypeIR, use: Use) -> str:
        if use == "stored":
            return str(type_.of)
        if use == "given":
            return f"{type_.of} | Literal[{', '.join(self._values(type_))}]"
        return f"{type_.of} | int"

    def json(self, type_: TypeIR, value: str) -> tuple[str, str, str]:
        return "", f"str({value}.value)", ""

    def text(self, value: str) -> str:
        return f"str({value}.value)"


INT_ENUMS = IntEnums()
