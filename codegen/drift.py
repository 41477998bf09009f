"""``python -m codegen drift``: compare every spec operation with the doc snapshot its ``x-doc`` names.

For each operation of each ``spec/<venue>.yaml`` the snapshot ``spec/docs/<x-doc>`` is read with
:mod:`codegen.doctables` and compared with the spec: method and path; rate limit; every request parameter (query and
path parameters, body properties, nested objects as ``trigger.price``, list items as ``orderList[].side``) by name,
location, type, required flag and enum values; every response field (the success payload, inside the envelope when
the spec has ``x-envelope``; the items of a list payload are named without a prefix, like the pages do) by name, type
and enum values. Each difference is one :class:`Difference`, printed as one line.

Kinds: ``method_changed``, ``path_changed``, ``rate_limit_changed``; ``param_added`` (the page lists it, the spec does
not), ``param_removed``, ``location_changed``, ``type_changed``, ``required_changed``, ``enum_added`` (the page lists
the value), ``enum_removed``; and ``field_added``, ``field_removed``, ``field_type_changed``, ``field_enum_added``,
``field_enum_removed`` for response fields; ``operation_missing`` for a snapshot under ``docs/<venue>/`` that no
operation names (nor refers to for its response fields).

What the page does not state is not compared: no rate-limit line (Gate's pages, "Rate limit: not stated") makes no
claim, nor does a field without a type or a description without listed values. A container the page leaves out but
whose children it lists (``entrustedList`` beside ``entrustedList[].orderId``) counts as listed. Signer-supplied
parameters (BingX ``timestamp``) are spec parameters like any other. A page without response fields of its own that
refers to another page's (``fields: see x.md``) is compared with that page's fields.

Types
-----
The page's type word (lower-cased; a schema link is ``object``) must be one the spec type accepts:

==========================================  =================================================================
spec                                        page type words
==========================================  =================================================================
``type: string`` (with or without enum)     string
``$ref`` Decimal (``format: decimal``)      string, float, float32, float64, double, number, decimal
``type: number`` (responses)                float, float32, float64, double, number, decimal
``type: integer`` (also with ``x-id``)      integer, int, int32, int64, long
``type: boolean``                           boolean, bool
``type: array``                             list, array; ``List<T>`` also checks T against ``items``
object (``$ref`` to an object schema)       object, map, a schema link
==========================================  =================================================================

Known differences
-----------------
Where the page and the spec differ on purpose, the spec says what the page says, machine-readably, in the ``page``
key of an ``x-doc-conflict`` entry (beside ``doc``, ``chosen``, ``why``). drift compares the page with the spec
overlaid by these records: a difference from the spec that agrees with a record is *known* (printed as ``known:``,
never a failure); a page that no longer says what a record says is drift like any other (a stale record). Only the
element a difference attaches to is consulted:

* an aspect of a parameter or field (type, required flag, enum values) attaches to its element: the property node
  (in its object's ``properties``), or the parameter object and its inline schema; never a shared ``$ref`` target.
  Keys: ``type`` (the page's type word, e.g. ``String``), ``required`` (true or false), ``enum`` (the values the page
  lists);
* a name on one side only attaches to the object it belongs to: the object schema or the property node holding it
  (for an array, also its ``items``); for top-level parameters the request body schema and the operation, for
  top-level response fields the payload node. Keys: ``adds`` (names, without their prefix, that the page lists and
  the spec leaves out), ``omits`` (names the spec has and the page does not list);
* method, path and rate limit attach to the operation, the rate limit also to its ``x-rate-limit``. Keys:
  ``method``, ``path``, ``rate-limit`` (``{limit, per, scope}``, as ``x-rate-limit``).

Example (BingX ``recvWindow``, typed float64 on the page, an integer in the spec)::

    x-doc-conflict:
      doc: This page types recvWindow as float64; the other OCO endpoints type it as int64.
      chosen: An integer (int64).
      why: ...
      page: {type: float64}

A Required cell whose revisions disagree (``Yes (newer revision); No (older revision)``) is itself a contradiction in
the page: any ``x-doc-conflict`` on the element makes it known. A ``page`` key that does not belong where it stands,
a bad value, a key recorded twice, ``omits`` naming a name the spec does not have or ``adds`` one it has, is a spec
error. When an unknown difference attaches to an element that carries an ``x-doc-conflict`` without the matching
record, its line says which ``page`` record would make it known.

Exit status: 0 when no difference is unknown, 1 when one is, 2 when a spec, or a snapshot (``file:line: message``),
cannot be read.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, TextIO

from codegen.doctables import DocField, DocPage, DocParam, SnapshotError, read_snapshot
from codegen.errors import SpecError
from codegen.load import Spec, load

__all__ = ["ACCEPTS", "Difference", "Scope", "SpecElement", "SpecOperation", "check", "compare", "main", "operations"]

ROOT = Path(__file__).resolve().parent.parent
METHODS = ("get", "post", "put", "patch", "delete")

_NUMBER_WORDS = frozenset({"float", "float32", "float64", "double", "number", "decimal"})
_INTEGER_WORDS = frozenset({"integer", "int", "int32", "int64", "long"})
ACCEPTS: Mapping[str, frozenset[str]] = {
    "string": frozenset({"string"}),
    "decimal": frozenset({"string"}) | _NUMBER_WORDS,
    "number": _NUMBER_WORDS,
    "integer": _INTEGER_WORDS,
    "boolean": frozenset({"boolean", "bool"}),
    "array": frozenset({"list", "array"}),
    "object": frozenset({"object", "map"}),
}
_TYPE_WORDS = frozenset().union(*ACCEPTS.values())
_ELEMENT_KEYS = frozenset({"type", "required", "enum"})
_SCOPE_KEYS = frozenset({"adds", "omits"})
_OPERATION_KEYS = frozenset({"method", "path", "rate-limit"})

Conflicts = tuple[Mapping[str, Any], ...]
Rate = tuple[int, int, str]


@dataclass(frozen=True)
class Difference:
    """One difference between a snapshot and its spec operation; ``file:line`` is where the page states it."""

    kind: str
    venue: str
    operation_id: str
    name: str
    detail: str
    known: bool = False
    file: str = ""
    line: int = 0

    def render(self) -> str:
        """``file:line: [known: ]venue.operation: kind name: detail``, on one line."""
        where = f"{self.file}:{self.line}" if self.line else self.file
        who = f"{self.venue}.{self.operation_id}" if self.operation_id else self.venue
        what = f"{self.kind} {self.name}" if self.name else self.kind
        known = "known: " if self.known else ""
        return f"{where}: {known}{who}: {what}: {self.detail}"


@dataclass(frozen=True)
class SpecElement:
    """A request parameter or response field of a spec operation, named like the page names it."""

    name: str
    location: str  # body, query or path; "" for response fields
    kind: str  # a key of ACCEPTS
    item_kind: str | None
    required: bool
    enum: tuple[str, ...] | None
    page: Mapping[str, Any]  # the element's ``page`` records (type, required, enum)
    disputed: bool  # the element carries an x-doc-conflict


@dataclass(frozen=True)
class Scope:
    """An object that names belong to: its ``adds`` / ``omits`` records, and whether it carries an x-doc-conflict."""

    adds: frozenset[str] = frozenset()
    omits: frozenset[str] = frozenset()
    disputed: bool = False


@dataclass(frozen=True)
class SpecOperation:
    """What drift compares of one operation. Scopes are keyed by name prefix (``""``, ``trigger.``, ``list[].``)."""

    venue: str
    operation_id: str
    method: str
    path: str
    doc: str
    rate_limit: Rate | None
    page: Mapping[str, Any]  # method, path, rate-limit records
    disputed: bool
    params: Mapping[str, SpecElement]
    fields: Mapping[str, SpecElement]
    param_scopes: Mapping[str, Scope]
    field_scopes: Mapping[str, Scope]


# --------------------------------------------------------------------------------------------------------------------
# reading the spec


def _conflicts(node: Mapping[str, Any], where: str, allowed: frozenset[str]) -> Conflicts:
    """The node's x-doc-conflict entries; their ``page`` records may use the ``allowed`` keys only."""
    raw = node.get("x-doc-conflict")
    if raw is None:
        return ()
    entries = tuple(raw if isinstance(raw, list) else [raw])
    at = f"{where}/x-doc-conflict"
    for entry in entries:
        if not isinstance(entry, Mapping):
            raise SpecError(at, "an x-doc-conflict is an object or a list of objects")
        record = entry.get("page", {})
        if not isinstance(record, Mapping):
            raise SpecError(at, "page is a mapping")
        for key, value in record.items():
            if key not in allowed:
                raise SpecError(at, f"page key {key!r} is not one of {', '.join(sorted(allowed))} here")
            _checked(key, value, at)
    return entries


def _page(conflicts: Iterable[Mapping[str, Any]], keys: frozenset[str], where: str) -> dict[str, Any]:
    """The ``page`` records among ``keys`` of ``conflicts`` (checked by :func:`_conflicts`), merged."""
    merged: dict[str, Any] = {}
    for entry in conflicts:
        for key, value in entry.get("page", {}).items():
            if key not in keys:
                continue
            if key in merged:
                raise SpecError(where, f"x-doc-conflict page key {key!r} is recorded twice")
            merged[key] = _checked(key, value, where)
    return merged


def _strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _checked(key: str, value: Any, where: str) -> Any:
    ok = {
        "type": isinstance(value, str) and value.lower() in _TYPE_WORDS,
        "required": isinstance(value, bool),
        "enum": _strings(value),
        "adds": _strings(value),
        "omits": _strings(value),
        "method": isinstance(value, str),
        "path": isinstance(value, str),
        "rate-limit": _rate(value) is not None,
    }[key]
    if not ok:
        raise SpecError(where, f"page {key}: {value!r} is not a valid value")
    if key == "rate-limit":
        return _rate(value)
    return tuple(value) if isinstance(value, list) else value


def _rate(node: Any) -> Rate | None:
    if not isinstance(node, Mapping):
        return None
    per = re.fullmatch(r"(\d+)s", str(node.get("per", "")))
    limit, scope = node.get("limit"), node.get("scope")
    if per is None or not isinstance(limit, int) or scope not in ("uid", "ip"):
        return None
    return limit, int(per.group(1)), str(scope)


def _kind(spec: Spec, node: Mapping[str, Any], where: str) -> tuple[str, str | None]:
    """The ACCEPTS key of a schema, and of its items for an array."""
    target, target_where, _ = spec.resolve(node, where)
    kind = target.get("type")
    if target.get("format") == "decimal":
        return "decimal", None
    if kind == "array":
        items = target.get("items")
        if not isinstance(items, Mapping):
            raise SpecError(target_where, "an array needs items")
        return "array", _kind(spec, items, f"{target_where}/items")[0]
    if kind == "object" or "properties" in target:
        return "object", None
    if isinstance(kind, str) and kind in ACCEPTS:
        return kind, None
    raise SpecError(target_where, f"drift cannot compare a schema of type {kind!r}")


def _element(
    spec: Spec, name: str, location: str, node: Mapping[str, Any], where: str, required: bool, conflicts: Conflicts
) -> SpecElement:
    target, target_where, _ = spec.resolve(node, where)
    kind, item_kind = _kind(spec, node, where)
    if kind == "array":  # the values of a list of strings are its items' values
        target, _, _ = spec.resolve(target["items"], f"{target_where}/items")
    enum = tuple(str(v) for v in target["enum"]) if "enum" in target else None
    page = _page(conflicts, _ELEMENT_KEYS, where)
    return SpecElement(name, location, kind, item_kind, required, enum, page, bool(conflicts))


@dataclass
class _Walk:
    """Elements, and per name prefix the x-doc-conflict entries of the objects the names belong to."""

    spec: Spec
    location: str
    elements: dict[str, SpecElement] = field(default_factory=dict)
    scopes: dict[str, list[tuple[Mapping[str, Any], str]]] = field(default_factory=dict)

    def scope(self, prefix: str, conflicts: Conflicts, where: str) -> None:
        self.scopes.setdefault(prefix, []).extend((c, where) for c in conflicts)

    def object(self, node: Mapping[str, Any], where: str, prefix: str, seen: frozenset[str] = frozenset()) -> None:
        schema, schema_where, component = self.spec.resolve(node, where)
        if component in seen:
            return  # a cycle: the names below it are already named
        self.scope(prefix, _conflicts(schema, schema_where, _SCOPE_KEYS), schema_where)
        required = set(schema.get("required", []))
        inner = seen | {component or ""}
        for name, prop in schema.get("properties", {}).items():
            at = f"{schema_where}/properties/{name}"
            container = _kind(self.spec, prop, at) in (("object", None), ("array", "object"))
            conflicts = _conflicts(prop, at, _ELEMENT_KEYS | (_SCOPE_KEYS if container else frozenset()))
            element = _element(self.spec, prefix + name, self.location, prop, at, name in required, conflicts)
            self.elements[element.name] = element
            if element.kind == "object":
                self.scope(f"{element.name}.", conflicts, at)
                self.object(prop, at, f"{element.name}.", inner)
            elif element.kind == "array" and element.item_kind == "object":
                target, target_where, _ = self.spec.resolve(prop, at)
                items, items_where = target["items"], f"{target_where}/items"
                self.scope(f"{element.name}[].", conflicts, at)
                self.scope(f"{element.name}[].", _conflicts(items, items_where, _SCOPE_KEYS), items_where)
                self.object(items, items_where, f"{element.name}[].", inner)

    def frozen(self) -> dict[str, Scope]:
        """The scopes with their ``adds`` / ``omits`` records, checked against the names the spec has."""
        out: dict[str, Scope] = {}
        for prefix, entries in self.scopes.items():
            where = entries[0][1] if entries else prefix
            page = _page([c for c, _ in entries], _SCOPE_KEYS, where)
            scope = Scope(frozenset(page.get("adds", ())), frozenset(page.get("omits", ())), bool(entries))
            for leaf in scope.omits:
                if prefix + leaf not in self.elements:
                    raise SpecError(where, f"x-doc-conflict page omits {leaf!r}, which the spec does not have here")
            for leaf in scope.adds:
                if prefix + leaf in self.elements:
                    raise SpecError(where, f"x-doc-conflict page adds {leaf!r}, which the spec has here")
            out[prefix] = scope
        return out


def _request(spec: Spec, op: Mapping[str, Any], where: str) -> _Walk:
    walk = _Walk(spec, "body")
    walk.scope("", _conflicts(op, where, _OPERATION_KEYS | _SCOPE_KEYS), where)
    for index, raw in enumerate(op.get("parameters", [])):
        parameter, at, _ = spec.resolve(raw, f"{where}/parameters/{index}")
        schema = parameter.get("schema", {})
        conflicts = _conflicts(parameter, at, _ELEMENT_KEYS) + _conflicts(schema, f"{at}/schema", _ELEMENT_KEYS)
        name, location = str(parameter["name"]), str(parameter["in"])
        required = bool(parameter.get("required"))
        walk.elements[name] = _element(spec, name, location, schema, f"{at}/schema", required, conflicts)
    body = op.get("requestBody")
    if body is not None:
        body, body_where, _ = spec.resolve(body, f"{where}/requestBody")
        schema = body.get("content", {}).get("application/json", {}).get("schema")
        if schema is not None:
            walk.object(schema, f"{body_where}/content/application~1json/schema", "")
    return walk


def _payload(spec: Spec, op: Mapping[str, Any], where: str) -> tuple[Mapping[str, Any], str] | None:
    """The success payload schema node: the envelope's payload property, or the whole body."""
    responses = op.get("responses", {})
    successes = sorted(str(code) for code in responses if str(code).startswith("2"))
    if not successes:
        return None
    response, at, _ = spec.resolve(responses[successes[0]], f"{where}/responses/{successes[0]}")
    schema = response.get("content", {}).get("application/json", {}).get("schema")
    if schema is None:
        return None
    at = f"{at}/content/application~1json/schema"
    envelope = spec.document.get("x-envelope")
    if envelope is None:
        return schema, at
    payload = envelope.get("payload")
    for index, member in enumerate(schema.get("allOf", [])):
        if "$ref" not in member and payload in member.get("properties", {}):
            return member["properties"][payload], f"{at}/allOf/{index}/properties/{payload}"
    raise SpecError(at, f"with x-envelope, the schema is allOf [Envelope, {{properties: {{{payload}: ...}}}}]")


def _response(spec: Spec, op: Mapping[str, Any], where: str) -> _Walk:
    walk = _Walk(spec, "")
    found = _payload(spec, op, where)
    if found is None:
        return walk
    node, at = found
    walk.scope("", _conflicts(node, at, _SCOPE_KEYS), at)
    if "oneOf" in node:  # [{type: array, items: X}, X]: a list of X or one X, named alike
        last = len(node["oneOf"]) - 1
        node, at = node["oneOf"][last], f"{at}/oneOf/{last}"
    target, target_where, _ = spec.resolve(node, at)
    if target.get("type") == "array":  # a list payload: its items are named without a prefix
        node, at = target["items"], f"{target_where}/items"
        target, target_where, _ = spec.resolve(node, at)
    if target.get("type") == "object" or "properties" in target:
        walk.object(node, at, "")
    return walk


def _operation(spec: Spec, path: str, method: str, op: Mapping[str, Any]) -> SpecOperation:
    where = spec.where("paths", path, method)
    conflicts = _conflicts(op, where, _OPERATION_KEYS | _SCOPE_KEYS)
    rate_node = op.get("x-rate-limit")
    if rate_node is not None:
        conflicts += _conflicts(rate_node, f"{where}/x-rate-limit", frozenset({"rate-limit"}))
        if _rate(rate_node) is None:
            raise SpecError(f"{where}/x-rate-limit", "x-rate-limit is {limit: <int>, per: <n>s, scope: uid | ip}")
    request, response = _request(spec, op, where), _response(spec, op, where)
    return SpecOperation(
        venue=spec.name,
        operation_id=str(op.get("operationId", f"{method} {path}")),
        method=method.upper(),
        path=path,
        doc=str(op["x-doc"]),
        rate_limit=_rate(rate_node),
        page=_page(conflicts, _OPERATION_KEYS, where),
        disputed=bool(conflicts),
        params=request.elements,
        fields=response.elements,
        param_scopes=request.frozen(),
        field_scopes=response.frozen(),
    )


def operations(spec: Spec) -> Iterator[SpecOperation]:
    """Every operation of ``spec`` that names a snapshot in ``x-doc``."""
    for path, item in spec.document.get("paths", {}).items():
        for method, op in item.items():
            if method in METHODS and "x-doc" in op:
                yield _operation(spec, path, method, op)


# --------------------------------------------------------------------------------------------------------------------
# comparing


@dataclass(frozen=True)
class _Emit:
    """Makes the differences of one operation against one page."""

    op: SpecOperation
    file: str

    def __call__(self, kind: str, name: str, detail: str, line: int = 0, known: bool = False) -> Difference:
        return Difference(kind, self.op.venue, self.op.operation_id, name, detail, known, self.file, line)

    def elsewhere(self, file: str) -> _Emit:
        """The same, for what another page (``fields: see other.md``) states."""
        return _Emit(self.op, file)


def _hint(disputed: bool, record: str) -> str:
    """For an unknown difference where an x-doc-conflict sits but records nothing about it."""
    return (
        f"; the x-doc-conflict here has no page record for it: add page: {{{record}}} if it explains this"
        if disputed
        else ""
    )


def _versus(
    emit: _Emit, kind: str, name: str, spec: str, page: str, recorded: str | None, line: int, hint: str
) -> list[Difference]:
    """A page value against its record, or the spec without one; known when it differs only from the spec."""
    if recorded is not None and page != recorded:
        return [emit(kind, name, f"page {page}, recorded {recorded} (spec {spec})", line)]
    if page != spec:
        known = recorded is not None
        return [emit(kind, name, f"spec {spec}, page {page}" + ("" if known else hint), line, known)]
    return []


def _rate_text(rate: Rate | None) -> str:
    return "none" if rate is None else f"{rate[0]}/{rate[1]}s {rate[2]}"


def _operation_diffs(emit: _Emit, op: SpecOperation, page: DocPage) -> list[Difference]:
    out: list[Difference] = []
    for kind, key, spec, stated in [
        ("method_changed", "method", op.method, page.method),
        ("path_changed", "path", op.path, page.path_template),
    ]:
        out += _versus(emit, kind, "", spec, stated, op.page.get(key), 0, _hint(op.disputed, f"{key}: {stated}"))
    r = page.rate_limit
    if r is not None:  # a page without a rate limit makes no claim
        recorded = _rate_text(op.page["rate-limit"]) if "rate-limit" in op.page else None
        stated = _rate_text((r.limit, r.per_seconds, r.scope))
        hint = _hint(op.disputed, f"rate-limit: {{limit: {r.limit}, per: {r.per_seconds}s, scope: {r.scope}}}")
        out += _versus(emit, "rate_limit_changed", "", _rate_text(op.rate_limit), stated, recorded, r.line, hint)
    return out


def _type_fits(s: SpecElement, word: str, item_word: str | None) -> bool:
    if word not in ACCEPTS[s.kind]:
        return False
    return item_word is None or s.item_kind is None or item_word in ACCEPTS[s.item_kind]


def _type_diffs(
    emit: _Emit, kind: str, s: SpecElement, word: str, raw: str, item: str | None, line: int
) -> list[Difference]:
    if not word:
        return []  # the page states no type
    spec_type = s.kind if s.item_kind is None else f"{s.kind} of {s.item_kind}"
    recorded = s.page.get("type")
    if recorded is not None and word != recorded.lower():
        return [emit(kind, s.name, f"page {raw}, recorded {recorded} (spec {spec_type})", line)]
    if _type_fits(s, word, item):
        return []
    hint = "" if recorded is not None else _hint(s.disputed, f"type: {raw.split('(')[0].split('<')[0].strip()}")
    return [emit(kind, s.name, f"spec {spec_type}, page {raw}{hint}", line, known=recorded is not None)]


def _required_word(value: bool) -> str:
    return "required" if value else "optional"


def _required_diffs(emit: _Emit, s: SpecElement, p: DocParam) -> list[Difference]:
    spec = _required_word(s.required)
    if p.required is None:  # the page's revisions disagree: a contradiction the spec must record
        detail = f"spec {spec}, page {p.required_raw!r}"
        if not s.disputed:
            detail += "; the revisions disagree and the element has no x-doc-conflict"
        return [emit("required_changed", s.name, detail, p.line, known=s.disputed)]
    recorded = s.page.get("required")
    said = _required_word(p.required)
    hint = _hint(s.disputed, f"required: {str(p.required).lower()}")
    known_as = None if recorded is None else _required_word(recorded)
    return _versus(emit, "required_changed", s.name, spec, said, known_as, p.line, hint)


def _enum_diffs(emit: _Emit, prefix: str, s: SpecElement, values: tuple[str, ...], line: int) -> list[Difference]:
    recorded: tuple[str, ...] | None = s.page.get("enum")
    if not values and recorded is None:
        return []  # the page lists no values: no claim
    spec = s.enum or ()
    base, source = (spec, "spec") if recorded is None else (recorded, "recorded")
    hint = "" if recorded is not None else _hint(s.disputed, f"enum: [{', '.join(values)}]")
    added, removed = f"{prefix}enum_added", f"{prefix}enum_removed"
    out = [emit(added, s.name, f"{v} (page lists it, {source} does not){hint}", line) for v in values if v not in base]
    out += [emit(removed, s.name, f"{v} ({source} has it, page does not){hint}", line) for v in base if v not in values]
    if recorded is not None:
        known = [v for v in values if v not in spec and v in recorded]
        out += [emit(added, s.name, f"{v} (page lists it, spec does not)", line, True) for v in known]
        gone = [v for v in spec if v not in values and v not in recorded]
        out += [emit(removed, s.name, f"{v} (spec has it, page does not)", line, True) for v in gone]
    return out


def _param_text(p: DocParam) -> str:
    return f"{p.location}, {p.type_raw}, required {p.required_raw}"


def _spec_text(s: SpecElement) -> str:
    parts = [s.location] if s.location else []
    parts.append(s.kind if s.item_kind is None else f"{s.kind} of {s.item_kind}")
    if s.location:
        parts.append(_required_word(s.required))
    return ", ".join(parts)


def _split(name: str) -> tuple[str, str]:
    """``orderList[].side`` -> (``orderList[].``, ``side``)."""
    cut = name.rfind(".") + 1
    return name[:cut], name[cut:]


def _implied(name: str, listed: Iterable[str]) -> bool:
    """A container counts as listed when the page lists one of its children."""
    return any(n.startswith((f"{name}.", f"{name}[].")) for n in listed)


def _presence(
    emit: _Emit,
    kind: str,
    spec: Mapping[str, SpecElement],
    scopes: Mapping[str, Scope],
    listed: Mapping[str, tuple[int, str]],
) -> list[Difference]:
    """``<kind>_added`` and ``<kind>_removed``: names on one side only, against the spec and the scopes' records."""
    out: list[Difference] = []
    for name, (line, text) in listed.items():
        prefix, leaf = _split(name)
        scope = scopes.get(prefix, Scope())
        if name not in spec:
            known = leaf in scope.adds
            hint = "" if known else _hint(scope.disputed, f"adds: [{leaf}]")
            out.append(emit(f"{kind}_added", name, f"page lists it ({text}), spec does not{hint}", line, known))
        elif leaf in scope.omits:
            out.append(emit(f"{kind}_added", name, f"page lists it ({text}), recorded as omitted", line))
    for name, s in spec.items():
        prefix, leaf = _split(name)
        scope = scopes.get(prefix, Scope())
        if name in listed or _implied(name, listed):
            continue
        known = leaf in scope.omits
        hint = "" if known else _hint(scope.disputed, f"omits: [{leaf}]")
        detail = f"spec has it ({_spec_text(s)}), page does not list it{hint}"
        out.append(emit(f"{kind}_removed", name, detail, known=known))
    for prefix, scope in scopes.items():
        for leaf in sorted(scope.adds):
            if prefix + leaf not in listed:
                out.append(
                    emit(f"{kind}_removed", prefix + leaf, "recorded as added by the page, page no longer lists it")
                )
    return out


def compare(
    op: SpecOperation, page: DocPage, fields: Sequence[DocField] | None = None, fields_file: str = ""
) -> list[Difference]:
    """Every difference between ``op`` and ``page``; ``fields`` (read from ``fields_file``) stand in for the page's
    own response fields when the page refers to another page's."""
    emit = _Emit(op, page.path)
    out = _operation_diffs(emit, op, page)
    params = {p.name: p for p in page.params}
    out += _presence(
        emit, "param", op.params, op.param_scopes, {n: (p.line, _param_text(p)) for n, p in params.items()}
    )
    for name, p in params.items():
        s = op.params.get(name)
        if s is None:
            continue
        if p.location != s.location:
            out.append(emit("location_changed", name, f"spec {s.location}, page {p.location}", p.line))
        out += _type_diffs(emit, "type_changed", s, p.type, p.type_raw, p.item_type, p.line)
        out += _required_diffs(emit, s, p)
        out += _enum_diffs(emit, "", s, p.enum, p.line)
    if fields is None:
        fields = page.response_fields
    elif fields_file:
        emit = emit.elsewhere(fields_file)
    response = {f.name: f for f in fields}
    listed = {n: (f.line, f.type_raw or "no type") for n, f in response.items()}
    out += _presence(emit, "field", op.fields, op.field_scopes, listed)
    for name, f in response.items():
        s = op.fields.get(name)
        if s is not None:
            out += _type_diffs(emit, "field_type_changed", s, f.type, f.type_raw, f.item_type, f.line)
            out += _enum_diffs(emit, "field_", s, f.enum, f.line)
    return out


# --------------------------------------------------------------------------------------------------------------------
# the command


@dataclass
class Report:
    """What one run found: differences, and errors (``file:line: message``) that stopped a comparison."""

    differences: list[Difference] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    checked: int = 0


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


class _Pages:
    """Snapshots, each read once; a page that refers to another page's response fields gets those."""

    def __init__(self) -> None:
        self.cache: dict[Path, DocPage] = {}

    def read(self, path: Path) -> DocPage:
        key = path.resolve()
        if key not in self.cache:
            if not path.is_file():
                raise SnapshotError(_display(path), 0, "no such snapshot")
            self.cache[key] = read_snapshot(path, _display(path))
        return self.cache[key]

    def fields(self, path: Path, page: DocPage) -> tuple[tuple[DocField, ...], str]:
        """The page's response fields, or those of the page it refers to; and the page that states them."""
        if page.response_fields or page.response_ref is None:
            return page.response_fields, page.path
        other = self.read(path.parent / page.response_ref)
        return other.response_fields, other.path


def _check_venue(spec_path: Path, docs: Path, pages: _Pages, report: Report) -> None:
    try:
        ops = list(operations(load(spec_path)))
    except SpecError as error:
        report.errors.append(str(error))
        return
    for op in ops:
        snapshot = docs / op.doc
        try:
            page = pages.read(snapshot)
            fields, fields_file = pages.fields(snapshot, page)
        except SnapshotError as error:
            report.errors.append(f"{error} (x-doc of {op.venue}.{op.operation_id})")
            continue
        report.checked += 1
        report.differences += compare(op, page, fields, fields_file)
    for snapshot in sorted((docs / spec_path.stem).glob("*.md")):
        if snapshot.resolve() in pages.cache:
            continue
        try:
            page = pages.read(snapshot)
        except SnapshotError as error:
            report.errors.append(str(error))
            continue
        detail = f"no operation of {spec_path.name} names this snapshot in x-doc ({page.method} {page.path_template})"
        report.differences.append(Difference("operation_missing", spec_path.stem, "", "", detail, file=page.path))


def check(spec_dir: Path, venue: str | None = None) -> Report:
    """Compare every operation of every spec in ``spec_dir`` (or only ``venue``'s) with its snapshot in ``docs/``,
    and report the snapshots under ``docs/<venue>/`` that no operation names."""
    report = Report()
    paths = sorted(spec_dir.glob("*.yaml"))
    if venue is not None:
        paths = [p for p in paths if p.stem == venue]
        if not paths:
            report.errors.append(f"{_display(spec_dir)}: no spec {venue}.yaml")
    pages = _Pages()
    for path in paths:
        _check_venue(path, spec_dir / "docs", pages, report)
    return report


def run(spec_dir: Path, venue: str | None, as_json: bool, out: TextIO, err: TextIO) -> int:
    """Print the report (one line per difference, or a JSON list); return the exit status."""
    report = check(spec_dir, venue)
    for error in report.errors:
        print(error, file=err)
    unknown = sum(not d.known for d in report.differences)
    if as_json:
        json.dump([asdict(d) for d in report.differences], out, indent=1)
        out.write("\n")
    else:
        for d in report.differences:
            print(d.render(), file=out)
        known = len(report.differences) - unknown
        print(
            f"drift: {report.checked} operations, {unknown} differences not recorded in the spec, {known} known",
            file=out,
        )
    if report.errors:
        return 2
    return 1 if unknown else 0


def add_parser(commands: Any) -> None:
    """Add the ``drift`` subcommand to ``codegen.__main__``'s subparsers."""
    drift = commands.add_parser("drift", help="compare the doc snapshots under spec/docs with the specs")
    drift.add_argument("--venue", help="only this venue (the spec's file stem)")
    drift.add_argument("--json", action="store_true", help="print the differences as a JSON list")
    drift.add_argument("--spec-dir", type=Path, default=ROOT / "spec", help="the specs, with their snapshots in docs/")


def main(args: argparse.Namespace) -> int:
    """Run the ``drift`` subcommand parsed into ``args``."""
    return run(args.spec_dir, args.venue, args.json, sys.stdout, sys.stderr)
