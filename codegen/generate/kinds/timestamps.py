"""``timestamp``: a time (``x-timestamp: ms`` or ``s``), an ``int`` of milliseconds in Python whatever the wire writes.

The wire may write it as an integer or as a string of digits (``type: string``, as Bitget does), and may count
seconds (answers only: a request in seconds is refused); an answer's seconds may also be a JSON number with a
fraction (``type: number``, as Gate types its futures auto orders' times), read as whole milliseconds. A request
timestamp sent as text carries the pattern of the digits ``str(int)`` writes, which its ``int`` type and a minimum
of 0 say again (so the check does not match it); drift compares it by what the wire writes (a string, an integer or
a number).
"""

from __future__ import annotations

from typing import ClassVar

from codegen.errors import SpecError
from codegen.generate.ir import TypeIR, TypeKind
from codegen.generate.kinds.base import Bounds, Builder, Schema, Use
from codegen.generate.kinds.integers import Integers

TEXT = "^(0|[1-9][0-9]*)$"
"""The pattern of a request timestamp sent as text: the digits ``str(int)`` writes, and nothing else."""


class Timestamps(Integers):
    name: ClassVar[TypeKind] = "timestamp"
    keywords = frozenset({"x-timestamp"})

    def claims(self, schema: Schema) -> bool:
        return "x-timestamp" in schema.target

    def type(self, build: Builder, schema: Schema) -> TypeIR:
        unit, wire, where = schema.target["x-timestamp"], schema.target.get("type"), schema.where
        if unit not in ("ms", "s") or wire not in ("string", "integer", "number"):
            raise SpecError(f"{where}/x-timestamp", "x-timestamp is ms or s, on a string, integer or number schema")
        if unit == "s" and schema.side == "request":
            raise SpecError(f"{where}/x-timestamp", "request timestamps in seconds are not supported")
        if wire == "number" and unit != "s":
            raise SpecError(f"{where}/x-timestamp", "a timestamp of type number counts seconds (x-timestamp: s)")
        if wire == "string" and schema.side == "request" and schema.target.get("pattern") != TEXT:
            raise SpecError(f"{where}/pattern", f"a request timestamp sent as text needs pattern {TEXT!r}")
        traits = {"text"} if wire == "string" else {"number"} if wire == "number" else set()
        return TypeIR(self.name, traits=frozenset(traits | ({"seconds"} if unit == "s" else set())))

    def bounds(self, build: Builder, schema: Schema) -> Bounds:
        minimum, maximum = super().bounds(build, schema)
        if minimum is None and schema.target.get("type") == "string":
            minimum = 0  # what its pattern says: digits, no sign
        return minimum, maximum

    def json(self, type_: TypeIR, value: str) -> tuple[str, str, str]:
        return ('"', f"str({value})", '"') if "text" in type_.traits else ("", f"str({value})", "")

    def metadata(self, type_: TypeIR, use: Use) -> list[str]:
        if use == "read":
            return ["seconds=True"] if "seconds" in type_.traits else []
        return ["text=True"] if "text" in type_.traits else []

    def drift(self, type_: TypeIR) -> tuple[str, str | None]:
        return ("string" if "text" in type_.traits else "number" if "number" in type_.traits else "integer"), None


TIMESTAMPS = Timestamps()
