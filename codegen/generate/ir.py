"""The typed intermediate representation that templates render: everything decided, nothing left to look up.

What a type kind means (its Python types, checks, wire text, drift words) is not here but in ``kinds/``: the IR only
says which kind a value is.
"""

from __future__ import annotations

import json
import re
from decimal import Decimal
from typing import Literal

import attrs

TypeKind = str
"""The name of a type kind: one module each under ``kinds/``, registered in ``kinds.KINDS``."""
Side = Literal["request", "response"]
Location = Literal["body", "query", "path"]


PageRecord = tuple[tuple[str, object], ...]
"""The ``page`` record of one ``x-doc-conflict`` entry as (key, value) pairs, values checked: what the doc page says
where the spec says otherwise on purpose (``type``, ``required``, ``enum``, ``adds``, ``omits``, ``method``, ``path``,
``rate-limit``)."""


@attrs.frozen
class DocConflicts:
    """The ``x-doc-conflict`` entries on one spec node, for ``codegen drift``: one page record per entry (``()`` for an
    entry that records nothing). A node with entries is disputed even when none records anything."""

    where: str
    pages: tuple[PageRecord, ...]


@attrs.frozen
class EnumIR:
    """A closed set of wire values, one Python ``Enum`` per venue and name: strings, or integers (JSON numbers)."""

    name: str
    description: str
    members: tuple[tuple[str, str | int], ...]
    """(member name, wire value) pairs, in spec order."""
    where: str

    @property
    def values(self) -> tuple[str | int, ...]:
        """The wire values, in spec order."""
        return tuple(value for _, value in self.members)

    @property
    def base(self) -> str:
        """The ``enum`` class the generated one derives from: a member is its wire value either way."""
        return "IntEnum" if all(isinstance(value, int) for value in self.values) else "StrEnum"

    @property
    def plain(self) -> str:
        """The built-in type of the values: what a constructor's fast path takes as is."""
        return "int" if self.base == "IntEnum" else "str"

    @property
    def values_map(self) -> str:
        """The module constant mapping each wire value to its member (``SpotPlanType``: ``_SPOT_PLAN_TYPE_VALUES``)."""
        return "_" + re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", self.name).upper() + "_VALUES"

    @property
    def json_safe(self) -> bool:
        """Whether every value is its own JSON string body (nothing to escape): encoders may then quote it as is."""
        return all(json.dumps(value, ensure_ascii=False) == f'"{value}"' for _, value in self.members)


@attrs.frozen
class TypeIR:
    """The type of one value: its kind and, for the kinds that have one, what it refers to."""

    kind: TypeKind
    of: str | None = None
    """The class an ``enum`` or ``model`` value is."""
    enum: EnumIR | None = None
    """An ``enum``'s values."""
    item: TypeIR | None = None
    """The type of a ``list``'s items."""
    traits: frozenset[str] = frozenset()
    """What else a kind keeps of the schema (a ``timestamp``: ``text`` on the wire, counted in ``seconds``)."""


@attrs.frozen
class DecimalConstant:
    """A decimal bound, built once when the module is imported, under ``name``."""

    name: str
    value: Decimal


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
    minimum: DecimalConstant | int | None = None
    maximum: DecimalConstant | int | None = None
    min_items: int | None = None
    max_items: int | None = None
    blank: bool = False
    """The spec's ``anyOf: [<value>, {const: ""}]``: a required field that may be empty. ``None`` in Python, the
    empty string on the wire."""
    client_id: bool = False
    """The spec's ``x-client-id``: the client's own order id, to find the order again after a lost answer."""
    signer_supplied: bool = False
    """A parameter the signer fills in (``x-signer-supplied``): listed on the operation, not a request field."""
    conflicts: tuple[DocConflicts, ...] = ()
    """The x-doc-conflict entries of the property node (of a parameter: the parameter, then its schema)."""
    items_conflicts: DocConflicts | None = None
    """Those of the ``items`` node of a list of objects."""


@attrs.frozen
class FieldRef:
    """A field as a rule names it: Python attribute, wire name, and whether the model requires it."""

    name: str
    wire: str
    required: bool


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
    minimum: DecimalConstant | None
    maximum: DecimalConstant | None
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
    operation: OperationIR | None = None
    """The operation a top-level request model asks for."""
    conflicts: DocConflicts | None = None
    """The x-doc-conflict entries of the object schema."""

    @property
    def arguments(self) -> tuple[FieldIR, ...]:
        """The fields in the order of a constructor's keyword arguments: the required ones first."""
        return signature_order(self.fields)


def signature_order(fields: tuple[FieldIR, ...]) -> tuple[FieldIR, ...]:
    """``fields`` with the required ones first, each group in spec order."""
    return tuple(field for field in fields if field.required) + tuple(field for field in fields if not field.required)


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
    """The request model's class name."""
    request_fields: tuple[FieldIR, ...]
    """The request model's fields, in spec order: the function's keyword arguments."""
    result: str
    result_shape: Literal["model", "list", "list_or_single"]
    success_status: int
    client_id: str | None
    signed: bool
    """False for public operations (``security: []``): sent without credentials."""
    pagination: PaginationIR | None
    parameters: tuple[FieldIR, ...] = ()
    """Every query and path parameter in spec order, the signer-supplied ones included (for drift)."""
    conflicts: DocConflicts | None = None
    """The x-doc-conflict entries of the operation node ..."""
    rate_limit_conflicts: DocConflicts | None = None
    """... of its ``x-rate-limit`` ..."""
    payload_conflicts: DocConflicts | None = None
    """... and of the success payload's schema node (inside the envelope, when the spec has one)."""

    @property
    def result_type(self) -> str:
        """The Python type ``send`` returns: the result model, or a list of it."""
        return self.result if self.result_shape == "model" else f"list[{self.result}]"

    @property
    def arguments(self) -> tuple[FieldIR, ...]:
        """The function's keyword arguments in signature order: the required ones first."""
        return signature_order(self.request_fields)


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
class ModelModuleIR:
    """One private module of a venue package's models, enums and the constants their checks use.

    A tag's own module (``_spot_plan_models``) holds what only that tag's operations reach, through nested models and
    enums, so that importing the tag's endpoint functions builds no other tag's classes; the shared module
    (``_shared_models``, ``tag`` None) holds the servers and what several tags reach. ``models.py`` re-exports both.
    """

    name: str
    tag: str | None
    enums: tuple[EnumIR, ...]
    patterns: tuple[Pattern, ...]
    decimals: tuple[DecimalConstant, ...]
    models: tuple[ModelIR, ...]
    """In the venue's order: a model comes after every model of this module it refers to."""


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
    decimals: tuple[DecimalConstant, ...]
    """The decimal bounds the checks use, by value."""
    models: tuple[ModelIR, ...]
    """Dependencies first: a model comes after every model it refers to."""
    operations: tuple[OperationIR, ...]
    tags: tuple[TagIR, ...]
    model_modules: tuple[ModelModuleIR, ...]
    """Where the enums, patterns, decimals and models above are written: the shared module first, then each tag's
    own, in tag order (a tag whose operations reach nothing of their own alone has none)."""

    def model(self, name: str | None) -> ModelIR:
        """The model named ``name``."""
        return next(model for model in self.models if model.name == name)

    def enum(self, name: str | None) -> EnumIR:
        """The enum named ``name``."""
        return next(enum for enum in self.enums if enum.name == name)

    @property
    def shared_models(self) -> ModelModuleIR:
        """The module of the servers and of what several tags reach (the first of ``model_modules``)."""
        return self.model_modules[0]

    def own_models(self, tag: str) -> ModelModuleIR | None:
        """The module of what only ``tag``'s operations reach, if there is any."""
        return next((module for module in self.model_modules if module.tag == tag), None)

    @property
    def paper(self) -> str | None:
        """The server the ``paper`` alias names: the first that is not live (the runtime's ``find_server`` agrees)."""
        return next((server.environment for server in self.servers if server.environment != "live"), None)

    @property
    def environments(self) -> tuple[str, ...]:
        """Every name a client's ``environment`` takes: the servers', then ``paper`` if the venue has one."""
        return tuple(server.environment for server in self.servers) + (("paper",) if self.paper else ())
