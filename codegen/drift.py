"""``python -m codegen drift``: compare every spec operation with the doc snapshot its ``x-doc`` names.

Each ``spec/<venue>.yaml`` is read the one way codegen reads a spec (``codegen.generate.read``: loaded, validated,
built into the IR, with the generator's refusals and messages); for each operation the snapshot ``spec/docs/<x-doc>``
is read with :mod:`codegen.doctables` and compared with the IR: method and path; rate limit; every request parameter
(query and path parameters, body properties, nested objects as ``trigger.price``, list items as ``orderList[].side``)
by name, location, type, required flag and enum values; every response field (the success payload, inside the envelope
when the spec has ``x-envelope``; the items of a list payload are named without a prefix, like the pages do) by name,
type and enum values. Each difference is one :class:`Difference`, printed as one line.

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
import sys
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, TextIO

from codegen import conflicts
from codegen.build import build
from codegen.conflicts import ACCEPTS
from codegen.doctables import DocField, DocPage, DocParam, SnapshotError, read_snapshot
from codegen.errors import SpecError
from codegen.generate import read
from codegen.ir import DocConflicts, FieldIR, ModelIR, OperationIR, TypeIR, VenueIR
from codegen.load import Spec

__all__ = ["ACCEPTS", "Difference", "Scope", "SpecElement", "SpecOperation", "check", "compare", "main", "operations"]

ROOT = Path(__file__).resolve().parent.parent

_ELEMENT_KEYS = conflicts.ELEMENT_KEYS
_SCOPE_KEYS = conflicts.SCOPE_KEYS
_OPERATION_KEYS = conflicts.OPERATION_KEYS

Rate = conflicts.Rate


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


def _page(nodes: Iterable[DocConflicts | None], keys: frozenset[str], where: str) -> dict[str, Any]:
    """The ``page`` records among ``keys`` of the x-doc-conflict entries on ``nodes`` (checked when built), merged."""
    merged: dict[str, Any] = {}
    for node in nodes:
        for record in () if node is None else node.pages:
            for key, value in record:
                if key not in keys:
                    continue
                if key in merged:
                    raise SpecError(where, f"x-doc-conflict page key {key!r} is recorded twice")
                merged[key] = value
    return merged


def _kind(type_: TypeIR) -> tuple[str, str | None]:
    """The ACCEPTS key of a type, and of its items for a list."""
    kind = _KIND_WORDS[type_.kind]
    return ("array", kind) if type_.array else (kind, None)


_KIND_WORDS = {
    "str": "string",
    "enum": "string",
    "decimal": "decimal",
    "number": "number",
    "int": "integer",
    "id": "integer",
    "bool": "boolean",
    "model": "object",
}


@dataclass
class _Walk:
    """Elements, and per name prefix the x-doc-conflict entries of the objects the names belong to."""

    venue: VenueIR
    location: str
    elements: dict[str, SpecElement] = field(default_factory=dict)
    scopes: dict[str, list[DocConflicts]] = field(default_factory=dict)

    def scope(self, prefix: str, *nodes: DocConflicts | None) -> None:
        self.scopes.setdefault(prefix, []).extend(node for node in nodes if node is not None)

    def element(self, name: str, location: str, spec_field: FieldIR) -> SpecElement:
        kind, item_kind = _kind(spec_field.type)
        enum = self.venue.enum(spec_field.type.of).values if spec_field.type.kind == "enum" else None
        where = spec_field.conflicts[-1].where if spec_field.conflicts else name
        page = _page(spec_field.conflicts, _ELEMENT_KEYS, where)
        element = SpecElement(
            name, location, kind, item_kind, spec_field.required, enum, page, bool(spec_field.conflicts)
        )
        self.elements[name] = element
        return element

    def object(self, model: ModelIR, prefix: str, seen: frozenset[str] = frozenset()) -> None:
        """The fields of ``model`` under ``prefix``, nested objects and lists of objects below theirs."""
        self.scope(prefix, model.conflicts)
        self.fields(model.fields, prefix, seen | {model.name})

    def fields(self, fields: Iterable[FieldIR], prefix: str, seen: frozenset[str]) -> None:
        for spec_field in fields:
            element = self.element(prefix + spec_field.wire, self.location, spec_field)
            if spec_field.type.kind != "model":
                continue
            nested = self.venue.model(spec_field.type.of)
            inner = f"{element.name}[]." if spec_field.type.array else f"{element.name}."
            self.scope(inner, *spec_field.conflicts, spec_field.items_conflicts)
            if nested.name not in seen:  # a cycle: the names below it are already named
                self.object(nested, inner, seen)

    def frozen(self) -> dict[str, Scope]:
        """The scopes with their ``adds`` / ``omits`` records, checked against the names the spec has."""
        out: dict[str, Scope] = {}
        for prefix, nodes in self.scopes.items():
            where = nodes[0].where if nodes else prefix
            page = _page(nodes, _SCOPE_KEYS, where)
            scope = Scope(frozenset(page.get("adds", ())), frozenset(page.get("omits", ())), bool(nodes))
            for leaf in scope.omits:
                if prefix + leaf not in self.elements:
                    raise SpecError(where, f"x-doc-conflict page omits {leaf!r}, which the spec does not have here")
            for leaf in scope.adds:
                if prefix + leaf in self.elements:
                    raise SpecError(where, f"x-doc-conflict page adds {leaf!r}, which the spec has here")
            out[prefix] = scope
        return out


def _request(venue: VenueIR, op: OperationIR) -> _Walk:
    walk = _Walk(venue, "body")
    walk.scope("", op.conflicts)
    for parameter in op.parameters:
        walk.element(parameter.wire, str(parameter.location), parameter)
    model = venue.model(op.request)
    walk.scope("", model.conflicts)
    walk.fields((f for f in model.fields if f.location == "body"), "", frozenset({model.name}))
    return walk


def _response(venue: VenueIR, op: OperationIR) -> _Walk:
    walk = _Walk(venue, "")
    walk.scope("", op.payload_conflicts)
    walk.object(venue.model(op.result), "")  # a list payload: its items are named without a prefix
    return walk


def _operation(venue: VenueIR, op: OperationIR) -> SpecOperation:
    nodes = (op.conflicts, op.rate_limit_conflicts)
    request, response = _request(venue, op), _response(venue, op)
    rate_limit = op.rate_limit
    return SpecOperation(
        venue=venue.name,
        operation_id=op.operation_id,
        method=op.method,
        path=op.path,
        doc=op.doc_snapshot,
        rate_limit=None if rate_limit is None else (rate_limit.limit, rate_limit.per_seconds, rate_limit.scope),
        page=_page(nodes, _OPERATION_KEYS, op.conflicts.where if op.conflicts else op.operation_id),
        disputed=any(node is not None for node in nodes),
        params=request.elements,
        fields=response.elements,
        param_scopes=request.frozen(),
        field_scopes=response.frozen(),
    )


def operations(spec: Spec) -> Iterator[SpecOperation]:
    """Every operation of ``spec``, read by the generator's builder (the same refusals as ``generate``)."""
    return venue_operations(build(spec))


def venue_operations(venue: VenueIR) -> Iterator[SpecOperation]:
    """Every operation of a venue's IR, as drift compares it."""
    for op in venue.operations:
        yield _operation(venue, op)


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
        ops = list(venue_operations(read(spec_path)[1]))
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
