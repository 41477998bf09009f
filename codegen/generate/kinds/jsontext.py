"""``json_text``: an object that travels as JSON text in one query parameter (OpenAPI's parameter ``content``).

A parameter written ``content: {application/json: {schema: {$ref: ...}}}`` instead of ``schema`` holds a named object
serialised to JSON text (BingX's ``takeProfit``). In Python it is the object's own request model, checked like any
other; on the wire it is that model's ``wire_json()`` text, which the signer then treats as any other query value.
"""

from __future__ import annotations

from typing import ClassVar

from codegen.errors import SpecError
from codegen.generate.ir import TypeIR, TypeKind
from codegen.generate.kinds.base import Builder, Kind, Schema, Use

MEDIA_TYPE = "application/json"
"""The one media type a parameter's ``content`` may name."""


class JsonText(Kind):
    name: ClassVar[TypeKind] = "json_text"
    page = "string"
    page_words = frozenset({"string"})
    check_function = "check.model"
    imports = ("from .._runtime.wire import json_string",)

    def claims(self, schema: Schema) -> bool:
        return schema.encoding == MEDIA_TYPE

    def type(self, build: Builder, schema: Schema) -> TypeIR:
        if schema.component is None or schema.target.get("type") != "object":
            raise SpecError(schema.where, "a parameter's content schema must be a $ref to a named object schema")
        return TypeIR(self.name, build.named_model(schema.node, schema.where, schema.side))

    def annotation(self, type_: TypeIR, use: Use) -> str:
        return str(type_.of)

    def lead(self, type_: TypeIR) -> str:
        return f"{type_.of}, "

    def json(self, type_: TypeIR, value: str) -> tuple[str, str, str]:
        return "", f"json_string({value}.wire_json())", ""  # JSON text inside JSON is a string

    def text(self, value: str) -> str:
        return f"{value}.wire_json()"

    def nested(self, type_: TypeIR) -> str | None:
        return type_.of

    def metadata(self, type_: TypeIR, use: Use) -> list[str]:
        return [f"nested={type_.of}"] if use == "stored" else []  # from_wire reads the object form


JSON_TEXT = JsonText()
