"""``id``: an integer id (``type: integer, x-id: true``), a string in Python: ids exceed 2**53 (invariant 7).

A request id is checked and sent as a string, like ``str``; drift accepts the page's integer words for it.
"""

from __future__ import annotations

from typing import ClassVar

from codegen.generate.ir import TypeKind
from codegen.generate.kinds.base import INTEGER_WORDS, Schema
from codegen.generate.kinds.strings import Strings


class Ids(Strings):
    name: ClassVar[TypeKind] = "id"
    page = "integer"
    page_words = INTEGER_WORDS
    comparable = False
    keywords = frozenset({"x-id"})

    def claims(self, schema: Schema) -> bool:
        return schema.target.get("type") == "integer" and bool(schema.target.get("x-id"))


IDS = Ids()
