"""jsonschema validators for request shapes, built from each venue's shipped ``openapi.json``.

This is the sandbox's own reading of the spec, independent of the client's generated checks:

- an operation with a ``requestBody`` is checked against that JSON schema; its path and query parameters, if it has
  any, are members of the same object beside the body's;
- an operation with ``parameters`` is checked as an object whose properties are the parameters' schemas (``required``
  from ``required: true``; ``x-signer-supplied`` parameters are left out, and so is anything else not listed); a
  parameter with ``content: {application/json: ...}`` is its JSON text read back, checked against that schema; the
  operation's ``x-parameter-rules`` (``allOf``, ``dependentRequired``) apply to that object;
- ``x-decimal: {minimum, maximum}`` (inclusive decimal strings) bounds strings that parse as decimals;
- ``pattern`` is read as ECMA-262 reads it: ``$`` matches at the very end only (Python's ``re`` also matches it
  before a final newline, so ``"123\\n"`` would pass ``^[0-9]+$``);
- ``$ref: '#/components/...'`` resolves against the spec document through a registry.

Two readers share the work: jsonschema-rs (compiled, about a hundred times faster) vouches for a valid request, and
only a request it refuses is read again by jsonschema, whose ``best_match`` names the most relevant problem.  Both
run Draft 2020-12 with the same ``x-decimal`` bounds; the tests hold them to the same verdicts.
"""

from __future__ import annotations

import functools
import importlib.util
import json
import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from importlib import resources
from typing import Any
from urllib.parse import quote

try:
    from jsonschema import validators
    from jsonschema.exceptions import ValidationError, best_match
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT202012

    if importlib.util.find_spec("jsonschema_rs") is None:  # imported on first use, but part of the same extra
        raise ModuleNotFoundError("No module named 'jsonschema_rs'", name="jsonschema_rs")
except ImportError as missing:
    raise ImportError(
        f"venuebind.sandbox needs the sandbox extra ({missing.name} is missing): pip install 'venuebind[sandbox]'"
    ) from missing

__all__ = [
    "Problem",
    "RequestValidator",
    "compiled_validator",
    "decimal_json",
    "first_problem",
    "load_spec",
    "query_object",
    "request_validator",
    "response_validator",
    "spec_uri",
]

VENUES = ("bitget", "gate", "bingx")


def _x_decimal(validator: Any, bounds: Mapping[str, str], instance: Any, schema: Mapping[str, Any]) -> Iterator[Any]:
    """``x-decimal``: inclusive ``minimum`` / ``maximum`` (decimal strings) for strings that parse as decimals."""
    for message in _out_of_bounds(bounds, instance):
        yield ValidationError(message)


def _out_of_bounds(bounds: Mapping[str, str], instance: Any) -> list[str]:
    """What is wrong with ``instance`` under the ``x-decimal`` ``bounds``; anything but a finite decimal string
    passes (``type`` and ``pattern`` judge those)."""
    if not isinstance(instance, str):
        return []
    try:
        value = Decimal(instance)
    except InvalidOperation:
        return []
    if not value.is_finite():
        return []
    problems = []
    if "minimum" in bounds and value < Decimal(bounds["minimum"]):
        problems.append(f"{instance!r} is less than the minimum of {bounds['minimum']}")
    if "maximum" in bounds and value > Decimal(bounds["maximum"]):
        problems.append(f"{instance!r} is greater than the maximum of {bounds['maximum']}")
    return problems


def _pattern(validator: Any, pattern: str, instance: Any, schema: Mapping[str, Any]) -> Iterator[Any]:
    """``pattern`` with ECMA-262's ``$``, which jsonschema-rs has too."""
    if validator.is_type(instance, "string") and _ecma_regex(pattern).search(instance) is None:
        yield ValidationError(f"{instance!r} does not match {pattern!r}")


@functools.cache
def _ecma_regex(pattern: str) -> re.Pattern[str]:
    """``pattern`` compiled with each ``$`` outside a character class written ``\\Z``: the end of the text only."""
    out: list[str] = []
    in_class = False
    index = 0
    while index < len(pattern):
        char = pattern[index]
        if char == "\\":
            out.append(pattern[index : index + 2])
            index += 2
            continue
        if in_class:
            in_class = char != "]"
        elif char == "[":
            in_class = True
            if pattern.startswith("^]", index + 1) or pattern.startswith("]", index + 1):  # a leading ] is literal
                skip = 3 if pattern[index + 1] == "^" else 2
                out.append(pattern[index : index + skip])
                index += skip
                continue
        elif char == "$":
            char = "\\Z"
        out.append(char)
        index += 1
    return re.compile("".join(out))


class _CompiledXDecimal:
    """``x-decimal`` for jsonschema-rs, which calls ``validate`` and takes any exception as the instance's error."""

    def __init__(self, parent_schema: Mapping[str, Any], bounds: Mapping[str, str], schema_path: list[str]) -> None:
        self._bounds = bounds

    def validate(self, instance: Any) -> None:
        problems = _out_of_bounds(self._bounds, instance)
        if problems:
            raise ValueError(problems[0])


RequestValidator = validators.extend(validators.Draft202012Validator, {"x-decimal": _x_decimal, "pattern": _pattern})
"""Draft 2020-12 plus the spec's ``x-decimal`` keyword, with ECMA-262's ``$`` in patterns."""


def spec_uri(venue: str) -> str:
    """The URI the venue's spec document is registered under."""
    return f"urn:venuebind:spec:{venue}"


_DECIMAL_JSON = json.JSONDecoder(parse_float=Decimal)


def decimal_json(data: bytes | str) -> Any:
    """``json.loads(data, parse_float=Decimal)``, with a decoder made once (``loads`` builds one for every call that
    passes ``parse_float``)."""
    text = data.decode(json.detect_encoding(data), "surrogatepass") if isinstance(data, bytes) else data
    return _DECIMAL_JSON.decode(text)


@functools.cache
def load_spec(venue: str) -> Mapping[str, Any]:
    """The venue's OpenAPI document, read from ``<venue>/openapi.json`` beside this package."""
    if venue not in VENUES:
        raise ValueError(f"unknown venue {venue!r}; expected one of {', '.join(VENUES)}")
    text = resources.files(__package__.rpartition(".")[0]).joinpath(venue, "openapi.json").read_text(encoding="utf-8")
    document: Mapping[str, Any] = json.loads(text)
    return document


@functools.cache
def _registry(venue: str) -> Registry[Any]:
    resource: Resource[Any] = Resource.from_contents(load_spec(venue), default_specification=DRAFT202012)
    registry: Registry[Any] = Registry().with_resource(spec_uri(venue), resource)
    return registry


def _pointer(*parts: str) -> str:
    """A JSON pointer as a URI fragment: ``~`` and ``/`` escaped, then what a URI may not hold (``{order_id}``)
    percent-encoded."""
    return "".join("/" + quote(part.replace("~", "~0").replace("/", "~1"), safe="~") for part in parts)


def _find_operation(venue: str, operation_id: str) -> tuple[str, str, Mapping[str, Any]]:
    """``(path, method, operation)`` of ``operation_id`` in the venue's spec."""
    for path, item in load_spec(venue)["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                return path, method, operation
    raise KeyError(f"{venue}: no operation {operation_id!r} in the spec")


def _request_schema(venue: str, operation_id: str) -> dict[str, Any]:
    """The schema a request of ``operation_id`` must satisfy, as ``$ref`` pointers into the spec document."""
    path, method, operation = _find_operation(venue, operation_id)
    where = spec_uri(venue) + "#" + _pointer("paths", path, method)
    properties: dict[str, Any] = {}
    required: list[str] = []
    for index, parameter in enumerate(operation.get("parameters", [])):
        if parameter.get("x-signer-supplied"):
            continue
        properties[parameter["name"]] = {"$ref": where + _pointer("parameters", str(index), *_schema_at(parameter))}
        if parameter.get("required"):
            required.append(parameter["name"])
    if "requestBody" not in operation:
        rules = operation.get("x-parameter-rules", {})  # allOf / dependentRequired across the parameters
        return {
            "type": "object",
            "properties": properties,
            "required": required,
            "additionalProperties": False,
            **rules,
        }
    body = operation["requestBody"]["content"]["application/json"]["schema"]
    if not properties:
        return {"$ref": where + _pointer("requestBody", "content", "application/json", "schema")}
    # A body beside path or query parameters (Gate's POST /futures/{settle}/...): the request is the body's object
    # with the parameters as members of their own, as the request model holds them; the body schema is copied with
    # its references made absolute, since it is closed (additionalProperties: false) to anything it does not list.
    resolver = _registry(venue).resolver()
    target = body
    while "$ref" in target:
        target = resolver.lookup(spec_uri(venue) + target["$ref"]).contents
    merged: dict[str, Any] = _absolute(venue, target)
    merged["properties"] = {**merged.get("properties", {}), **properties}
    merged["required"] = [*merged.get("required", []), *required]
    return merged


def _absolute(venue: str, node: Any) -> Any:
    """A copy of ``node`` whose local references (``#/components/...``) name the spec document."""
    if isinstance(node, Mapping):
        return {
            key: spec_uri(venue) + value if key == "$ref" and str(value).startswith("#") else _absolute(venue, value)
            for key, value in node.items()
        }
    if isinstance(node, list):
        return [_absolute(venue, item) for item in node]
    return node


@functools.cache
def request_validator(venue: str, operation_id: str) -> Any:
    """A ``RequestValidator`` for the JSON body (or the query parameters, as an object) of ``operation_id``.

    Raises ``KeyError`` when the venue's spec has no such operation.
    """
    return RequestValidator(_request_schema(venue, operation_id), registry=_registry(venue))


@functools.cache
def compiled_validator(venue: str, operation_id: str) -> Any:
    """The jsonschema-rs validator of the same schema as ``request_validator``: a quick verdict, no error report."""
    import jsonschema_rs

    return jsonschema_rs.Draft202012Validator(
        _request_schema(venue, operation_id),
        registry=_compiled_registry(venue),
        keywords={"x-decimal": _CompiledXDecimal},
    )


@functools.cache
def _compiled_registry(venue: str) -> Any:
    import jsonschema_rs

    return jsonschema_rs.Registry([(spec_uri(venue), dict(load_spec(venue)))])


@functools.cache
def response_validator(venue: str, operation_id: str) -> Any:
    """A validator for the whole body of ``operation_id``'s success answer (its ``200`` or ``201`` schema).

    The sandbox's tests use it to check that every answer has the shape the spec promises.
    """
    path, method, operation = _find_operation(venue, operation_id)
    status = next(code for code in ("200", "201") if code in operation["responses"])
    where = spec_uri(venue) + "#" + _pointer("paths", path, method, "responses", status, "content")
    return RequestValidator({"$ref": where + _pointer("application/json", "schema")}, registry=_registry(venue))


def _schema_at(parameter: Mapping[str, Any]) -> tuple[str, ...]:
    """Where a parameter's schema is: ``schema``, or the schema of its ``content`` (a value sent as JSON text)."""
    if "content" in parameter:
        return ("content", "application/json", "schema")
    return ("schema",)


def query_object(venue: str, operation_id: str, pairs: list[tuple[str, str]]) -> dict[str, Any]:
    """Query pairs as the object ``request_validator`` checks: integer, number and boolean parameters are converted
    from their text when it is a valid literal, and a parameter whose ``content`` is JSON from its JSON text
    (otherwise left as text, which the validator then reports)."""
    types = _parameter_types(venue, operation_id)
    return {name: _convert(value, types.get(name, "string")) for name, value in pairs}


@functools.cache
def _parameter_types(venue: str, operation_id: str) -> dict[str, str]:
    """Parameter name → JSON type of its schema (``string`` when it has none)."""
    _, _, operation = _find_operation(venue, operation_id)
    resolver = _registry(venue).resolver(base_uri=spec_uri(venue))
    types: dict[str, str] = {}
    for parameter in operation.get("parameters", []):
        if "content" in parameter:
            types[parameter["name"]] = "json"
            continue
        schema = parameter.get("schema", {})
        if "$ref" in schema:
            schema = resolver.lookup(schema["$ref"]).contents
        types[parameter["name"]] = str(schema.get("type", "string"))
    return types


def _convert(text: str, kind: str) -> Any:
    try:
        if kind == "integer":
            return int(text) if text.lstrip("-").isdigit() else text
        if kind == "number":
            return decimal_json(text) if text else text
        if kind == "boolean" and text in ("true", "false"):
            return text == "true"
        if kind == "json":
            return json.loads(text)  # numbers stay JSON numbers: the schema then refuses them where it wants text
    except (ValueError, RecursionError):  # not a literal of its type, or JSON nested past reading
        pass
    return text


@dataclass(frozen=True)
class Problem:
    """What is wrong with a request: ``field`` is a dotted path (``orderList[1].price``; ``""`` for the whole)."""

    field: str
    message: str


def first_problem(venue: str, operation_id: str, instance: Any) -> Problem | None:
    """The most relevant schema violation of ``instance``, or None when it is valid.

    The compiled validator passes a valid request at once; jsonschema reads any other and has the last word.
    """
    if compiled_validator(venue, operation_id).is_valid(instance):
        return None
    error = best_match(request_validator(venue, operation_id).iter_errors(instance))
    return None if error is None else _describe(error)


def _describe(error: ValidationError) -> Problem:
    """A field path and a short message (never the whole instance) for one jsonschema error."""
    path = [str(part) for part in error.absolute_path]
    instance = error.instance
    names: list[str] = []
    if error.validator in ("required", "dependentRequired") and isinstance(instance, dict):
        wanted = error.validator_value
        if error.validator == "dependentRequired":
            wanted = [name for key, more in wanted.items() if key in instance for name in more]
        names = [name for name in wanted if name not in instance][:1]
        message = "is required"
    elif error.validator == "additionalProperties" and isinstance(instance, dict):
        allowed = error.schema.get("properties", {})
        names = sorted(name for name in instance if name not in allowed)[:1]
        message = "is not a known field"
    elif error.validator == "not" and isinstance(instance, dict):
        names = sorted(name for name in instance if _forbids(error.validator_value, name))[:1]
        message = "must be absent here"
    else:
        message = error.message
    return Problem(_dotted(path + names), message)


def _forbids(schema: Any, name: str) -> bool:
    """Whether the ``not`` schema ``schema`` matches because property ``name`` is present."""
    if not isinstance(schema, dict):
        return False
    if name in schema.get("required", []):
        return True
    return any(_forbids(branch, name) for branch in schema.get("anyOf", []))


def _dotted(parts: list[str]) -> str:
    text = ""
    for part in parts:
        text += f"[{part}]" if part.isdigit() else (f".{part}" if text else part)
    return text
