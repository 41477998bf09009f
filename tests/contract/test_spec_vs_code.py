"""Every operation, model and field of the specs against the generated code, read independently of codegen."""

from __future__ import annotations

import enum
import importlib
import inspect
import re
import types
import typing
from decimal import Decimal
from typing import Any

import attrs
import pytest

from tests.conftest import OPERATION_IDS, OPERATIONS, load_spec, resolve
from tests.schemas import parameter_schema
from venuebind._runtime.model import Response


def snake(name: str) -> str:
    return re.sub(r"(?<=[a-z0-9])(?=[A-Z])", "_", name).lower()


def pascal(name: str) -> str:
    return "".join(part[:1].upper() + part[1:] for part in name.split("_"))


def request_properties(document: dict[str, Any], operation: dict[str, Any]) -> dict[str, tuple[dict[str, Any], bool]]:
    """Wire name -> (schema, required) of every user-supplied request field: query/path parameters and body."""
    fields: dict[str, tuple[dict[str, Any], bool]] = {}
    for parameter in operation.get("parameters", []):
        parameter = resolve(document, parameter)
        if not parameter.get("x-signer-supplied"):
            fields[parameter["name"]] = (parameter_schema(parameter), parameter.get("required", False))
    if "requestBody" in operation:
        body = resolve(document, operation["requestBody"]["content"]["application/json"]["schema"])
        for name, schema in body["properties"].items():
            fields[name] = (schema, name in body.get("required", []))
    return fields


def strip_optional(annotation: Any) -> tuple[Any, bool]:
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        arms = [arm for arm in typing.get_args(annotation) if arm is not type(None)]
        optional = len(arms) < len(typing.get_args(annotation))
        return (arms[0] if len(arms) == 1 else typing.Union[tuple(arms)]), optional  # noqa: UP007
    return annotation, False


def assert_type_matches(document: dict[str, Any], schema: dict[str, Any], annotation: Any, where: str) -> None:
    """The Python annotation is what the spec's schema means (ARCHITECTURE.md invariant 7: Decimal money, str IDs)."""
    target = resolve(document, schema)
    if target.get("type") == "array":
        assert typing.get_origin(annotation) in (tuple, list), f"{where}: expected a list type, got {annotation}"
        assert_type_matches(document, target["items"], typing.get_args(annotation)[0], f"{where}[]")
        return
    if "enum" in target:
        arms = typing.get_args(annotation) or (annotation,)  # responses keep unknown values: Enum | str
        enums = [arm for arm in arms if isinstance(arm, type) and issubclass(arm, enum.Enum)]
        assert len(enums) == 1, f"{where}: expected an Enum, got {annotation}"
        assert [member.value for member in enums[0]] == target["enum"], f"{where}: enum values differ"
        return
    if target.get("type") == "object":
        assert isinstance(annotation, type) and attrs.has(annotation), f"{where}: expected a model, got {annotation}"
        assert annotation.__name__ == schema["$ref"].rsplit("/", 1)[-1]
        return
    if "x-timestamp" in target:  # every time is an int of milliseconds, whatever the wire writes
        assert annotation is int, f"{where}: expected int (milliseconds), got {annotation}"
        return
    expected: type = {
        "string": Decimal if target.get("format") == "decimal" else str,
        "number": Decimal,
        "integer": str if target.get("x-id") else int,
        "boolean": bool,
    }[target["type"]]
    assert annotation is expected, f"{where}: expected {expected.__name__}, got {annotation}"


def assert_model_matches(
    document: dict[str, Any], cls: type, properties: dict[str, tuple[dict[str, Any], bool]]
) -> None:
    """Field by field: wire name, required flag, type, enum values; nothing more, nothing less."""
    hints = typing.get_type_hints(cls)
    fields = {f.metadata["wire"]: f for f in attrs.fields(cls) if f.name != "extra"}
    assert set(fields) == set(properties), f"{cls.__name__}: fields differ from the spec"
    for wire, (schema, required) in properties.items():
        field = fields[wire]
        assert field.name == snake(wire), f"{cls.__name__}.{wire}: Python name {field.name}"
        annotation, optional = strip_optional(hints[field.name])
        answer_list = issubclass(cls, Response) and resolve(document, schema).get("type") == "array"
        if schema.get("anyOf", [None])[-1] == {"const": ""}:  # required, and None stands for the empty string
            assert required and optional, f"{cls.__name__}.{wire}: a required field that may be empty holds None"
            schema = schema["anyOf"][0]
        elif answer_list and not required:  # never None: an empty list when the venue sends null or leaves it out
            assert not optional and field.default == attrs.Factory(list), f"{cls.__name__}.{wire}: not a plain list"
        else:
            assert optional == (not required), f"{cls.__name__}.{wire}: required should be {required}"
        assert (field.default is attrs.NOTHING) == required
        assert_type_matches(document, schema, annotation, f"{cls.__name__}.{wire}")
        target = resolve(document, schema)
        item = resolve(document, target.get("items", {}))
        nested = resolve(document, item) if item else target
        if nested.get("type") == "object":
            inner = annotation if not item else typing.get_args(annotation)[0]
            inner_properties = {
                name: (prop, name in nested.get("required", [])) for name, prop in nested["properties"].items()
            }
            assert_model_matches(document, inner, inner_properties)


@pytest.mark.parametrize(("venue", "method", "path", "operation"), OPERATIONS, ids=OPERATION_IDS)
def test_function_exists_with_the_spec_parameters(
    venue: str, method: str, path: str, operation: dict[str, Any]
) -> None:
    document = load_spec(venue)
    module = importlib.import_module(f"venuebind.{venue}.{operation['tags'][0]}")
    function = getattr(module, operation["operationId"])
    parameters = inspect.signature(function).parameters
    assert next(iter(parameters)) == "client"
    keyword = {name: p for name, p in parameters.items() if p.kind is inspect.Parameter.KEYWORD_ONLY}
    expected = request_properties(document, operation)
    assert set(keyword) == {snake(wire) for wire in expected}
    for wire, (_, required) in expected.items():
        default = keyword[snake(wire)].default
        assert (default is inspect.Parameter.empty) == required, f"{wire}: required should be {required}"
        assert required or default is None


@pytest.mark.parametrize(("venue", "method", "path", "operation"), OPERATIONS, ids=OPERATION_IDS)
def test_request_model_matches_the_spec(venue: str, method: str, path: str, operation: dict[str, Any]) -> None:
    document = load_spec(venue)
    models = importlib.import_module(f"venuebind.{venue}.models")
    cls = getattr(models, pascal(operation["operationId"]) + "Request")
    assert cls.operation.method == method.upper()
    assert cls.operation.path == path
    assert cls.operation.operation_id == operation["operationId"]
    assert cls.operation.docs_url == operation["externalDocs"]["url"]
    limit = operation.get("x-rate-limit")
    if limit is not None:
        assert (cls.operation.rate_limit.limit, cls.operation.rate_limit.scope) == (limit["limit"], limit["scope"])
    locations = {f.metadata["wire"]: f.metadata["in"] for f in attrs.fields(cls)}
    for parameter in operation.get("parameters", []):
        if not parameter.get("x-signer-supplied"):
            assert locations[parameter["name"]] == parameter["in"]
    assert_model_matches(document, cls, request_properties(document, operation))


@pytest.mark.parametrize(("venue", "method", "path", "operation"), OPERATIONS, ids=OPERATION_IDS)
def test_result_model_matches_the_spec(venue: str, method: str, path: str, operation: dict[str, Any]) -> None:
    document = load_spec(venue)
    models = importlib.import_module(f"venuebind.{venue}.models")
    cls = getattr(models, pascal(operation["operationId"]) + "Request")
    status = min(code for code in operation["responses"] if str(code).startswith("2"))
    assert cls.operation.success_status == int(status)
    schema = operation["responses"][status]["content"]["application/json"]["schema"]
    if "x-envelope" in document:
        payload_name = document["x-envelope"]["payload"]
        schema = next(m for m in schema["allOf"] if "$ref" not in m)["properties"][payload_name]
    if "oneOf" in schema:
        assert cls.operation.result_shape == "list_or_single"
        schema = schema["oneOf"][1]
    elif schema.get("type") == "array":
        assert cls.operation.result_shape == "list"
        schema = schema["items"]
    else:
        assert cls.operation.result_shape == "model"
    target = resolve(document, schema)
    assert cls.operation.result.__name__ == schema["$ref"].rsplit("/", 1)[-1]
    properties = {name: (prop, name in target.get("required", [])) for name, prop in target["properties"].items()}
    assert_model_matches(document, cls.operation.result, properties)
    assert attrs.fields_dict(cls.operation.result)["extra"].default is not attrs.NOTHING
