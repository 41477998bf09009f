"""``list``: an array of any other kind (``type: array``), with ``minItems`` and ``maxItems``.

A request list is a ``Sequence`` in, a tuple stored, each item checked by its own kind; a response list is a
``list``. The items carry no constraints of their own (codegen checks the list's) and are never lists themselves.
"""

from __future__ import annotations

from typing import ClassVar

from codegen.errors import SpecError
from codegen.generate.ir import FieldIR, TypeIR, TypeKind
from codegen.generate.kinds.base import Builder, Fast, Kind, Schema, Use, concatenate, kind_of

_ITEM_CONSTRAINTS = ("minLength", "maxLength", "minimum", "maximum", "x-decimal")
_CONTAINERS = {"stored": "tuple[{}, ...]", "given": "Sequence[{}]", "read": "list[{}]"}


class Lists(Kind):
    name: ClassVar[TypeKind] = "list"
    page = "array"
    page_words = frozenset({"list", "array"})
    parameter = False
    absent_factory = "list"
    keywords = frozenset({"items", "minItems", "maxItems"})
    imports = ("from collections.abc import Sequence",)

    def claims(self, schema: Schema) -> bool:
        return schema.target.get("type") == "array"

    def type(self, build: Builder, schema: Schema) -> TypeIR:
        if "items" not in schema.target:
            raise SpecError(schema.where, "an array needs items")
        at = f"{schema.where}/items"
        item = build.type_of(schema.wire, schema.target["items"], at, schema.side)
        if item.kind == self.name:
            raise SpecError(at, "arrays of arrays are not supported")
        resolved, _, _ = build.resolve(schema.target["items"], at)
        constrained = [key for key in _ITEM_CONSTRAINTS if key in resolved]
        if constrained:  # codegen checks the list's constraints, and would drop these
            raise SpecError(at, f"constraints on list items are not supported ({', '.join(constrained)})")
        return TypeIR(self.name, item=item)

    def pattern(self, build: Builder, schema: Schema) -> tuple[str | None, str]:
        item, _, component = build.resolve(schema.target["items"], f"{schema.where}/items")
        return item.get("pattern"), component or schema.wire

    def annotation(self, type_: TypeIR, use: Use) -> str:
        item = _item(type_)
        return _CONTAINERS[use].format(kind_of(item).annotation(item, use))

    def check(self, type_: TypeIR, field: FieldIR, value: str, at: str) -> str:
        item = _item(type_)
        limits = (("min_items", field.min_items), ("max_items", field.max_items))
        sizes = [f"{key}={size}" for key, size in limits if size is not None]
        whole = kind_of(item).list_check(item, field, value, at, sizes)
        if whole is not None:
            return whole
        each = f"lambda item, at: {kind_of(item).check(item, field, 'item', 'at')}"
        return f"check.items({value}, {at}, {each}{''.join(f', {size}' for size in sizes)})"

    def fast(self, type_: TypeIR, field: FieldIR, value: str, type_of: str) -> Fast | None:
        """A plain ``list`` of the size allowed whose items all pass their kind's inline test as they are (nested
        models, strings): the tuple of them.  Items their check converts (enum values) each take the check."""
        item = _item(type_)
        each = kind_of(item).fast(item, field, "item", type_of)
        if each is None or each.value is not None or each.text is not None:
            return None
        tests = [f"{type_of}({value}) is list"]
        limits = ((">=", field.min_items), ("<=", field.max_items))
        tests += [f"len({value}) {operator} {size}" for operator, size in limits if size is not None]
        tests.append(f"all({each.test} for item in {value})")
        return Fast(" and ".join(tests), value=f"tuple({value})")

    def argument_note(self, type_: TypeIR, description: str, each: bool = False) -> str:
        item = _item(type_)
        return kind_of(item).argument_note(item, description, each=True)

    def json(self, type_: TypeIR, value: str) -> tuple[str, str, str]:
        item = _item(type_)
        element = concatenate(*kind_of(item).json(item, "item"))
        return "[", f'",".join([{element} for item in {value}])', "]"  # a list: join would make one anyway

    def values(self, type_: TypeIR) -> tuple[str, ...] | None:
        item = _item(type_)
        return kind_of(item).values(item)

    def nested(self, type_: TypeIR) -> str | None:
        item = _item(type_)
        return kind_of(item).nested(item)

    def metadata(self, type_: TypeIR, use: Use) -> list[str]:
        item = _item(type_)
        return kind_of(item).metadata(item, use)

    def children(self, type_: TypeIR, name: str) -> tuple[str, str] | None:
        item = _item(type_)
        return kind_of(item).children(item, f"{name}[]")

    def drift(self, type_: TypeIR) -> tuple[str, str | None]:
        return self.page, kind_of(_item(type_)).page


def _item(type_: TypeIR) -> TypeIR:
    assert type_.item is not None
    return type_.item


LISTS = Lists()
