"""``model``: an object (``type: object`` under ``components/schemas``), an attrs class of its own.

A request object checks itself when built and writes its own JSON (``wire_json``); a response object is read by
cattrs and keeps the fields the spec does not list. An object is never a path or query parameter.
"""

from __future__ import annotations

from typing import ClassVar

from codegen.generate.ir import FieldIR, TypeIR, TypeKind
from codegen.generate.kinds.base import Builder, Fast, Kind, Schema, Use, arguments


class Models(Kind):
    name: ClassVar[TypeKind] = "model"
    page = "object"
    page_words = frozenset({"object", "map"})
    check_function = "check.model"
    parameter = False

    def claims(self, schema: Schema) -> bool:
        return schema.target.get("type") == "object" or "properties" in schema.target

    def type(self, build: Builder, schema: Schema) -> TypeIR:
        return TypeIR(self.name, build.named_model(schema.node, schema.where, schema.side))

    def annotation(self, type_: TypeIR, use: Use) -> str:
        return str(type_.of)

    def lead(self, type_: TypeIR) -> str:
        return f"{type_.of}, "

    def fast(self, type_: TypeIR, field: FieldIR, value: str, type_of: str) -> Fast | None:
        return Fast(f"{type_of}({value}) is {type_.of}")

    def list_check(self, type_: TypeIR, field: FieldIR, value: str, at: str, sizes: list[str]) -> str | None:
        return f"check.model_items({type_.of}, {value}, {at}{arguments(sizes)})"

    def json(self, type_: TypeIR, value: str) -> tuple[str, str, str]:
        return "", f"{value}._wire", ""  # the JSON text its constructor wrote (what wire_json() returns)

    def nested(self, type_: TypeIR) -> str | None:
        return type_.of

    def metadata(self, type_: TypeIR, use: Use) -> list[str]:
        return [f"nested={type_.of}"] if use == "stored" else []  # a request model writes its nested objects

    def children(self, type_: TypeIR, name: str) -> tuple[str, str] | None:
        return f"{name}.", str(type_.of)


MODELS = Models()
