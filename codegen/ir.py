"""The typed intermediate representation that templates render: everything decided, nothing left to look up."""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Literal

import attrs

TypeKind = Literal["str", "decimal", "int", "id", "bool", "enum", "model"]
Side = Literal["request", "response"]
Location = Literal["body", "query", "path"]


@attrs.frozen
class EnumIR:
    """A closed set of wire values, one Python ``Enum`` per venue and name."""

    name: str
    description: str
    members: tuple[tuple[str, str], ...]
    """(member name, wire value) pairs, in spec order."""
    where: str

    @property
    def json_safe(self) -> bool:
        """Whether every value is its own JSON string body (nothing to escape): encoders may then quote it as is."""
        return all(json.dumps(value, ensure_ascii=False) == f'"{value}"' for _, value in self.members)


@attrs.frozen
class TypeIR:
    """The Python type of one field; ``of`` names the enum or model for those kinds."""

    kind: TypeKind
    of: str | None = None
    array: bool = False
    wire_text: bool = False
    """An ``int`` the wire writes as a string of digits (a timestamp Bitget sends as text)."""
    wire_seconds: bool = False
    """A timestamp the wire counts in seconds: Python holds milliseconds, like every other timestamp."""


@attrs.frozen
class Pattern:
    """A regular expression the spec puts on strings, compiled once per module under ``constant``."""

    constant: str
    regex: str


@attrs.frozen
class FieldIR:
    """One model field: Python name, wire name, type and the checks a request value must pass."""

    name: str
    wire: str
    type: TypeIR
    required: bool
    description: str
    location: Location | None
    """Where a request field travels; None for nested and response fields."""
    default_doc: str | None = None
    """The venue's default, for the docstring only: an absent field stays absent on the wire."""
    pattern: Pattern | None = None
    min_length: int | None = None
    max_length: int | None = None
    minimum: Decimal | int | None = None
    maximum: Decimal | int | None = None
    min_items: int | None = None
    max_items: int | None = None
    client_id: bool = False
    """The spec's ``x-client-id``: the client's own order id, to find the order again after a lost answer."""


@attrs.frozen
class FieldRef:
    """A field as a rule names it: Python attribute and wire name."""

    name: str
    wire: str


@attrs.frozen
class Condition:
    """``field`` is present and, when ``values`` is set, holds one of them.

    ``literals`` are the same values as Python string literals, in the same order: generated enums are ``StrEnum``,
    so a member compares equal to its wire value.
    """

    field: FieldRef
    values: tuple[str, ...] | None = None
    literals: tuple[str, ...] | None = None


@attrs.frozen
class Bound:
    field: FieldRef
    minimum: Decimal | None
    maximum: Decimal | None
    unit: str | None = None
    """What the number means under the rule's condition (``a percentage``), for the message."""


@attrs.frozen
class RuleIR:
    """A cross-field rule: when every condition holds (or, with ``negated``, when they do not all hold) ..."""

    description: str
    when: tuple[Condition, ...]
    negated: bool
    require: tuple[FieldRef, ...] = ()
    """... these fields must be present,"""
    forbid: tuple[FieldRef, ...] = ()
    """... these must be absent,"""
    restrict: tuple[Condition, ...] = ()
    """... these, when present, must hold one of their values,"""
    bounds: tuple[Bound, ...] = ()
    """... and these decimals must lie within their bounds."""

    @property
    def when_text(self) -> str:
        """The condition in words, in Python names, for error messages: ``when plan_type is 'track_plan'``."""
        parts = []
        for condition in self.when:
            if condition.values is None:
                parts.append(f"{condition.field.name} is set")
            elif len(condition.values) == 1:
                parts.append(f"{condition.field.name} is {condition.values[0]!r}")
            else:
                parts.append(f"{condition.field.name} is one of {', '.join(map(repr, condition.values))}")
        return ("unless " if self.negated else "when ") + " and ".join(parts)


@attrs.frozen
class ModelIR:
    """An attrs class: a request, a nested request object, or a (lenient) response object."""

    name: str
    side: Side
    description: str
    fields: tuple[FieldIR, ...]
    rules: tuple[RuleIR, ...]
    where: str
    operation: str | None = None
    """The operationId of a top-level request model."""


@attrs.frozen
class RateLimitIR:
    limit: int
    per_seconds: int
    scope: str


@attrs.frozen
class ServerIR:
    environment: str
    url: str
    description: str
    headers: tuple[tuple[str, str], ...]


@attrs.frozen
class OperationIR:
    """One endpoint: a function in its tag's module, taking the request model's fields as keyword arguments."""

    operation_id: str
    tag: str
    method: str
    path: str
    summary: str
    description: str
    docs_url: str
    doc_snapshot: str
    rate_limit: RateLimitIR | None
    request: str
    result: str
    result_shape: Literal["model", "list", "list_or_single"]
    success_status: int
    client_id: str | None
    signed: bool
    """False for public operations (``security: []``): sent without credentials."""
    pagination: PaginationIR | None


@attrs.frozen
class PaginationIR:
    """How to ask for the next page (the spec's ``x-pagination``), in Python attribute names."""

    style: Literal["cursor", "offset", "page"]
    request: str
    """The request attribute that carries the cursor, offset or page index."""
    limit: str | None
    """The request attribute for the page size."""
    items: str | None
    """The result attribute holding the items; None when the result is the list itself."""
    next: str | None
    """``cursor``: the result attribute with the next cursor, or ``items[].<attribute>`` to read the last item's."""
    more: str | None
    """A boolean result attribute, true while more pages exist."""
    item: str
    """The model of one item."""


@attrs.frozen
class TagIR:
    name: str
    description: str


@attrs.frozen
class VenueIR:
    """One venue: what codegen writes into ``generated/venuebind/<name>/``."""

    name: str
    title: str
    description: str
    spec_file: str
    servers: tuple[ServerIR, ...]
    enums: tuple[EnumIR, ...]
    patterns: tuple[Pattern, ...]
    models: tuple[ModelIR, ...]
    """Dependencies first: a model comes after every model it refers to."""
    operations: tuple[OperationIR, ...]
    tags: tuple[TagIR, ...]

    @property
    def paper(self) -> str | None:
        """The server the ``paper`` alias names: the first that is not live (the runtime's ``find_server`` agrees)."""
        return next((server.environment for server in self.servers if server.environment != "live"), None)

    @property
    def environments(self) -> tuple[str, ...]:
        """Every name a client's ``environment`` takes: the servers', then ``paper`` if the venue has one."""
        return tuple(server.environment for server in self.servers) + (("paper",) if self.paper else ())
