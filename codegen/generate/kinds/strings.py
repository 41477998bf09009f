"""``str``: a string (``type: string``), JSON-escaped in a body, as it is in a query or path."""

from __future__ import annotations

from typing import ClassVar

from codegen.generate.ir import FieldIR, TypeIR, TypeKind
from codegen.generate.kinds.base import Fast, Kind, Schema, Use


class Strings(Kind):
    name: ClassVar[TypeKind] = "str"
    page = "string"
    page_words = frozenset({"string"})
    check_function = "check.string"
    comparable = True
    imports = ("from .._runtime.wire import json_string",)

    def claims(self, schema: Schema) -> bool:
        return schema.target.get("type") == "string"

    def annotation(self, type_: TypeIR, use: Use) -> str:
        return "str"

    def options(self, field: FieldIR) -> list[str]:
        options = [] if field.pattern is None else [f"pattern={field.pattern.constant}"]
        lengths = (("min_length", field.min_length), ("max_length", field.max_length))
        options += [f"{key}={value}" for key, value in lengths if value is not None]
        if field.location == "path":
            options.append("path_segment=True")  # not "." or "..", which would move the request elsewhere
        return options

    def fast(self, type_: TypeIR, field: FieldIR, value: str, type_of: str) -> Fast | None:
        """A plain ASCII ``str`` (no lone surrogate to look for), tested against the pattern and lengths inline."""
        tests = [f"{type_of}({value}) is str", f"{value}.isascii()"]
        if field.location == "path":
            tests.append(f'{value} not in (".", "..")')
        if field.pattern is not None:
            tests.append(f"{field.pattern.constant}.fullmatch({value}) is not None")
        if field.min_length is not None:
            tests.append(f"len({value}) >= {field.min_length}")
        if field.max_length is not None:
            tests.append(f"len({value}) <= {field.max_length}")
        return Fast(" and ".join(tests))

    def json(self, type_: TypeIR, value: str) -> tuple[str, str, str]:
        return "", f"json_string({value})", ""


STRINGS = Strings()
