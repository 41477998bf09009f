"""``enum``: a closed set of string values (``enum``), one ``StrEnum`` per venue and name.

Requests are strict: a value outside the set fails its check. Responses are lenient: an unknown value stays a plain
string (invariant 6), so the read annotation is ``Enum | str``. Member names come from the values, or from
``x-enum-varnames`` where a value is no identifier (``>=``).
"""

from __future__ import annotations

from typing import ClassVar

from codegen.errors import SpecError
from codegen.generate import names
from codegen.generate.ir import EnumIR, FieldIR, TypeIR, TypeKind
from codegen.generate.kinds.base import Builder, Fast, Kind, Schema, Use, string_literal


class Enums(Kind):
    name: ClassVar[TypeKind] = "enum"
    page = "string"
    page_words = frozenset({"string"})
    check_function = "check.enum_member"
    comparable = True
    keywords = frozenset({"enum", "x-enum-name", "x-enum-varnames"})
    imports: ClassVar[tuple[str, ...]] = ("from typing import Literal", "from .._runtime.wire import json_string")

    def claims(self, schema: Schema) -> bool:
        return "enum" in schema.target

    def type(self, build: Builder, schema: Schema) -> TypeIR:
        target, where = schema.target, schema.target_where
        if target.get("type") != "string":
            raise SpecError(where, "enums must be of type string or integer")
        if not all(isinstance(value, str) for value in target["enum"]):
            raise SpecError(f"{where}/enum", "enum values must be strings")
        return self.named(build, schema)

    def named(self, build: Builder, schema: Schema) -> TypeIR:
        """The enum of ``schema``'s checked values, its members named by the values or by ``x-enum-varnames``."""
        target, where = schema.target, schema.target_where
        values = target["enum"]
        name = names.pascal(schema.component or target.get("x-enum-name") or schema.wire, where)
        varnames = target.get("x-enum-varnames")
        if varnames is not None:
            if len(varnames) != len(values):
                raise SpecError(f"{where}/x-enum-varnames", "needs one name per enum value")
            at = f"{where}/x-enum-varnames"
            members = tuple((names.checked_constant(n, at), v) for n, v in zip(varnames, values, strict=True))
        else:
            members = tuple((names.constant(value, f"{where}/enum"), value) for value in values)
        if len({member for member, _ in members}) != len(members):
            raise SpecError(f"{where}/enum", "two values give the same member name: name them with x-enum-varnames")
        description = build.text(target.get("description", name), where)
        enum = build.add_enum(EnumIR(name, description, members, where))
        return TypeIR(self.name, enum.name, enum=enum)

    def annotation(self, type_: TypeIR, use: Use) -> str:
        if use == "stored":
            return str(type_.of)
        if use == "given":  # a member or one of the wire values: mypy catches a wrong literal; the check still runs
            return f"{type_.of} | Literal[{', '.join(string_literal(value) for value in self._values(type_))}]"
        return f"{type_.of} | str"

    def argument_note(self, type_: TypeIR, description: str, each: bool = False) -> str:
        values = self._values(type_)
        if all(f"`{value}`" in description for value in values):
            return ""  # the description lists them already
        return f" {'Each one' if each else 'One'} of {', '.join(f'``{value}``' for value in values)}."

    def lead(self, type_: TypeIR) -> str:
        return f"{type_.of}, "

    def fast(self, type_: TypeIR, field: FieldIR, value: str, type_of: str) -> Fast | None:
        """A plain value (``str``, or ``int`` for an integer enum, where a bool is no plain int) that is one of the
        values: its member, from the enum's map of values (``<ENUM>_VALUES``)."""
        assert type_.enum is not None
        values, plain = type_.enum.values_map, type_.enum.plain
        return Fast(f"{type_of}({value}) is {plain} and {value} in {values}", value=f"{values}[{value}]")

    def json(self, type_: TypeIR, value: str) -> tuple[str, str, str]:
        assert type_.enum is not None
        if type_.enum.json_safe:
            return '"', value, '"'  # a StrEnum member is its value
        return "", f"json_string({value})", ""

    def values(self, type_: TypeIR) -> tuple[str, ...] | None:
        return self._values(type_)

    def _values(self, type_: TypeIR) -> tuple[str, ...]:
        assert type_.enum is not None
        return tuple(str(value) for value in type_.enum.values)


ENUMS = Enums()
