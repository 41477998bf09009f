"""Base classes and metadata that generated models share with the runtime.

A generated model is a frozen attrs class whose fields carry their wire name (and, for requests, where they travel) in
``metadata``.  A request model also names its ``Operation``: method, path, result type and rate limit, all from the
spec.  The runtime reads nothing else, so a model is everything ``prepare`` and ``parse`` need.
"""

from __future__ import annotations

import re
import typing
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any, ClassVar, Generic, Literal, TypeVar

import attrs

from .errors import ValidationError

__all__ = [
    "PAPER",
    "Model",
    "Operation",
    "Pagination",
    "RateLimit",
    "Request",
    "Response",
    "Server",
    "argument_path",
    "field_info",
    "find_server",
    "named",
]

Location = Literal["body", "query", "path"]
ResultShape = Literal["model", "list", "list_or_single"]

R = TypeVar("R")


@attrs.frozen
class RateLimit:
    """``limit`` requests every ``per_seconds`` seconds, counted per ``scope`` (``uid`` or ``ip``)."""

    limit: int
    per_seconds: float
    scope: str


@attrs.frozen
class Server:
    """A base URL of the venue, and the headers every request to it carries (Bitget demo: ``PAPTRADING: 1``)."""

    environment: str
    """``live``, ``demo`` or ``testnet``."""
    url: str
    headers: Mapping[str, str] = attrs.field(factory=dict)


@attrs.frozen
class Pagination:
    """How to ask for the next page (the spec's ``x-pagination``), in attribute names of the request and result."""

    style: Literal["cursor", "offset", "page"]
    request: str
    """The request attribute that carries the cursor, offset or page index."""
    limit: str | None = None
    """The request attribute for the page size."""
    items: str | None = None
    """The result attribute holding the items; None when the result is the list itself."""
    next: str | None = None
    """``cursor``: the result attribute with the next cursor, or ``items[].<attribute>`` for the last item's."""
    more: str | None = None
    """A boolean result attribute that is true while more pages exist."""


@attrs.frozen
class Operation:
    """What the spec says about one endpoint, as the runtime needs it."""

    venue: str
    operation_id: str
    method: str
    path: str
    """Path relative to the server URL; ``{name}`` marks a path parameter."""
    result: type[Any]
    """The model the success payload is read into."""
    result_shape: ResultShape
    """``model``: an object; ``list``: an array; ``list_or_single``: an array, or an object read as a one-item list."""
    success_status: int
    rate_limit: RateLimit | None
    docs_url: str
    servers: tuple[Server, ...]
    client_id: str | None = None
    """The request attribute holding the client's own order id, by which an order can be found again."""
    signed: bool = True
    """False for public endpoints (server time), which are sent without credentials."""
    pagination: Pagination | None = None

    def server(self, environment: str) -> Server:
        """The server for ``environment``; a ``ValidationError`` lists the ones the spec has."""
        return find_server(self.servers, environment, self.venue)


PAPER = "paper"
"""Another name, on every venue, for the venue's paper-trading server: the first ``demo`` or ``testnet`` server."""


def find_server(servers: tuple[Server, ...], environment: str, venue: str) -> Server:
    """The server named ``environment`` (or ``paper``); a ``ValidationError`` lists the names there are."""
    for server in servers:
        if server.environment == environment:
            return server
    if environment == PAPER:
        for server in servers:
            if server.environment != "live":
                return server
    names = [server.environment for server in servers]
    names += [PAPER] if len(names) > 1 else []
    raise ValidationError(
        "environment", f"{environment!r} is not a {venue} server; use one of {', '.join(map(repr, names))}"
    )


def field_info(
    name: str,
    location: Location | None = None,
    nested: type[Any] | None = None,
    *,
    text: bool = False,
    seconds: bool = False,
    blank: bool = False,
) -> dict[str, Any]:
    """The ``metadata`` of a generated field: its wire name, where it travels, and its nested model if any.

    ``text``: an ``int`` the wire writes as a string of digits; ``seconds``: a timestamp the wire counts in seconds
    (Python holds milliseconds); ``blank``: a required field whose empty string on the wire is None in Python.
    """
    return {"wire": name, "in": location, "nested": nested, "text": text, "seconds": seconds, "blank": blank}


def _fields_repr(self: Any) -> str:
    """``ClassName(field=value, ...)`` for a generated model: one ``__repr__`` shared by every model, where attrs
    would compile one per class (about a third of what importing a venue's models costs)."""
    shown = ", ".join(f"{field.name}={getattr(self, field.name)!r}" for field in self.__attrs_attrs__)
    return f"{type(self).__qualname__}({shown})"


def _rebuild(cls: type[Model], fields: dict[str, Any]) -> Model:
    return cls(**fields)


class Model:
    """Base of every generated request-side model: strict, checked when built.

    Its constructor also writes the JSON text of its body fields once, kept in ``_wire`` beside the attrs fields
    (so outside ``==``, ``hash`` and ``repr``); a copy or a pickle is built again from the fields, which writes it anew.
    """

    __slots__ = ("_wire",)
    __attrs_attrs__: ClassVar[Any]  # set by attrs on every generated subclass
    __repr__ = _fields_repr
    _wire: str
    """The JSON text of the body fields (``""`` when none is set), written by the generated constructor."""
    _stores: ClassVar[tuple[Callable[[Any, Any], None], ...]]
    """What the generated constructor stores the fields with, in their order, then ``_wire``'s: their slots' setters.
    The model is frozen, so it cannot assign; a slot's own setter does what ``object.__setattr__`` (attrs' way) does,
    without looking the slot up by name on every store."""

    @classmethod
    def __attrs_init_subclass__(cls) -> None:
        # attrs calls this once the final (slotted) class exists, whose __dict__ holds the slots' descriptors
        fields = [cls.__dict__[field.name].__set__ for field in cls.__attrs_attrs__]
        cls._stores = (*fields, Model.__dict__["_wire"].__set__)

    def __reduce__(self) -> tuple[Any, ...]:
        return _rebuild, (type(self), {field.name: getattr(self, field.name) for field in self.__attrs_attrs__})

    @classmethod
    def from_wire(cls, data: object, path: str = "") -> Any:
        """Build the model from its JSON form (wire names), checking it as the keyword constructor does.

        Stricter than the constructor where JSON is: decimals must be strings, and ``null`` is not an absent field.
        Unknown and missing fields are ``ValidationError``s with their wire path, like every other bad value; a field
        is unknown when the venue's page does not list it, even if other clients send it.
        """
        if path:  # a nested object: the top-level model names the error's whole path
            return cls._from_wire(data, path)
        try:
            return cls._from_wire(data, path)
        except ValidationError as error:
            raise named(cls, error) from None

    @classmethod
    def _from_wire(cls, data: object, path: str) -> Any:
        if not isinstance(data, Mapping):
            raise ValidationError(path, f"expected an object, got {type(data).__name__}")
        fields = attrs.fields(attrs.resolve_types(cls))  # real types: decimals are told apart below
        wire_names = {f.metadata["wire"] for f in fields}
        for key in data:
            if key not in wire_names:
                allowed = ", ".join(sorted(wire_names))
                message = f"is not a field of {cls.__name__}: the venue's page does not list it (allowed: {allowed})"
                raise ValidationError(_join(path, str(key)), message)
        arguments: dict[str, Any] = {}
        for f in fields:
            wire = f.metadata["wire"]
            if wire not in data:
                if f.default is attrs.NOTHING:
                    raise ValidationError(_join(path, wire), "is required")
                continue
            value = data[wire]
            if value is None:
                raise ValidationError(_join(path, wire), "is null: leave an absent field out instead")
            if value == "" and f.metadata["blank"]:
                arguments[f.name] = None
                continue
            if Decimal in (f.type, *typing.get_args(f.type)) and not isinstance(value, str):
                raise ValidationError(_join(path, wire), f"expected a decimal string, got {type(value).__name__}")
            if f.metadata["text"]:
                if not isinstance(value, str) or re.fullmatch("0|[1-9][0-9]*", value) is None:
                    raise ValidationError(
                        _join(path, wire), f"expected a whole number written as a string, got {value!r}"
                    )
                value = int(value)
            nested = f.metadata["nested"]
            if nested is not None:
                value = _nested_from_wire(nested, value, _join(path, wire))
            arguments[f.name] = value
        try:
            return cls(**arguments)
        except ValidationError as error:
            raise error.within(path) if path else error from None


def named(cls: type[Model], error: ValidationError) -> ValidationError:
    """``error`` naming the Python argument of its wire path in ``cls`` (``order_list[1].base_size``)."""
    return error.named(argument_path(cls, error.path))


def argument_path(cls: type[Any] | None, path: str) -> str | None:
    """The Python names of the wire ``path`` (``orderList[1].baseSize``) in model ``cls``; None if it names none."""
    names = []
    for segment in path.split("."):
        wire, bracket, index = segment.partition("[")
        field = next((f for f in attrs.fields(cls) if f.metadata.get("wire") == wire), None) if cls else None
        if field is None:
            return None
        names.append(field.name + bracket + index)
        cls = field.metadata["nested"]
    return ".".join(names)


def _nested_from_wire(cls: type[Model], value: object, path: str) -> object:
    if isinstance(value, list):
        return [cls.from_wire(element, f"{path}[{index}]") for index, element in enumerate(value)]
    if isinstance(value, Mapping):
        return cls.from_wire(value, path)
    return value  # the constructor reports the wrong type with its path


def _join(path: str, name: str) -> str:
    return f"{path}.{name}" if path else name


class Request(Model, Generic[R]):
    """Base of a generated request model; ``R`` is what a successful call returns.

    The ``wire_*`` methods give the request's fields as wire text, each where the spec says it travels.  The answers
    here fit an operation with no such fields; codegen overrides them where the operation has some.
    """

    __slots__ = ()
    operation: ClassVar[Operation]

    def wire_path(self) -> str:
        """The path below the server URL, each path field's text percent-encoded."""
        return self.operation.path

    def wire_query(self) -> list[tuple[str, str]]:
        """The query fields as (wire name, text) pairs in spec order, absent ones left out, not yet percent-encoded."""
        return []

    def wire_body(self) -> str | None:
        """The JSON body: wire names in spec order, absent fields left out; None when the request has no body."""
        return None


class Response:
    """Base of a generated response model: lenient, read from what the venue sent (see ``wire.read``).

    Fields the spec does not know are kept in ``extra`` (wire name to raw JSON value), never dropped.
    """

    __slots__ = ()
    __attrs_attrs__: ClassVar[Any]  # set by attrs on every generated subclass
    __repr__ = _fields_repr
