"""``number``: a JSON number in a response (``type: number``), read as ``Decimal``. Requests never send one: a request
number travels as a decimal string, so the spec says ``format: decimal`` there. drift accepts only number words."""

from __future__ import annotations

from typing import ClassVar

from codegen.errors import SpecError
from codegen.generate.ir import TypeIR, TypeKind
from codegen.generate.kinds.base import NUMBER_WORDS, Builder, Schema
from codegen.generate.kinds.decimals import Decimals


class Numbers(Decimals):
    name: ClassVar[TypeKind] = "number"
    page = "number"
    page_words = NUMBER_WORDS

    def claims(self, schema: Schema) -> bool:
        return schema.target.get("type") == "number"

    def type(self, build: Builder, schema: Schema) -> TypeIR:
        if schema.side == "request":
            raise SpecError(schema.where, "request numbers travel as decimal strings: use the Decimal schema")
        return TypeIR(self.name)


NUMBERS = Numbers()
