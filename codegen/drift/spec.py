"""What drift compares of each operation, taken from the IR the generator builds (not from the YAML).

Elements are named like the doc pages name them: ``trigger.price`` for a nested object's field, ``orderList[].side``
for a field of a list's items; the items of a list payload have no prefix. Each element and each object carries the
``page`` records of its x-doc-conflict entries (checked by the builder), merged here.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from typing import Any

from codegen.errors import SpecError
from codegen.generate import conflicts
from codegen.generate.build import build
from codegen.generate.ir import DocConflicts, FieldIR, ModelIR, OperationIR, VenueIR
from codegen.generate.kinds import kind_of
from codegen.generate.load import Spec

__all__ = ["Scope", "SpecElement", "SpecOperation", "operations", "venue_operations"]

_ELEMENT_KEYS = conflicts.ELEMENT_KEYS
_SCOPE_KEYS = conflicts.SCOPE_KEYS
_OPERATION_KEYS = conflicts.OPERATION_KEYS

Rate = conflicts.Rate


@dataclass(frozen=True)
class SpecElement:
    """A request parameter or response field of a spec operation, named like the page names it."""

    name: str
    location: str  # body, query or path; "" for response fields
    kind: str  # a key of ACCEPTS: what the type's kind calls itself for drift
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
        kind = kind_of(spec_field.type)
        drift_kind, item_kind = kind.drift(spec_field.type)
        enum = kind.values(spec_field.type)
        where = spec_field.conflicts[-1].where if spec_field.conflicts else name
        page = _page(spec_field.conflicts, _ELEMENT_KEYS, where)
        element = SpecElement(
            name, location, drift_kind, item_kind, spec_field.required, enum, page, bool(spec_field.conflicts)
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
            below = kind_of(spec_field.type).children(spec_field.type, element.name)
            if below is None:
                continue
            inner, model = below
            nested = self.venue.model(model)
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
