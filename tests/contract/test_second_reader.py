"""datamodel-code-generator reads the same specs on its own; its models must agree with ours field by field.

It knows nothing of our conventions, so the comparison is on what both must get from the spec alone: every model,
its fields by wire name, which are required, and what kind of value each holds.
"""

from __future__ import annotations

import enum
import importlib.util
import re
import subprocess
import sys
import types
import typing
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pydantic
import pytest

from tests.conftest import SPEC_DIR, VENUES, exported_models, load_spec

SCOPES = ["schemas", "paths", "parameters"]


def second_reading(venue: str, out: Path) -> types.ModuleType:
    """The spec read by datamodel-code-generator into pydantic models, imported as a module."""
    target = out / f"second_{venue}.py"
    command = [
        sys.executable,
        "-m",
        "datamodel_code_generator",
        "--input",
        str(SPEC_DIR / f"{venue}.yaml"),
        "--input-file-type=openapi",
        "--output-model-type=pydantic_v2.BaseModel",
        f"--output={target}",
        "--use-annotated",
        "--use-standard-collections",
        "--use-union-operator",
        "--target-python-version=3.11",
        "--formatters=builtin",
        "--openapi-scopes",
        *SCOPES,
    ]
    subprocess.run(command, check=True, capture_output=True, text=True)
    spec = importlib.util.spec_from_file_location(target.stem, target)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[target.stem] = module
    spec.loader.exec_module(module)
    return module


def kind(annotation: Any) -> str:
    """What a value is, in terms both readers must agree on."""
    arms = [arm for arm in typing.get_args(annotation) if arm is not type(None)]
    if typing.get_origin(annotation) in (typing.Union, types.UnionType):
        enums = [arm for arm in arms if isinstance(arm, type) and issubclass(arm, enum.Enum)]
        if enums:  # our response enums are open (Enum | str); theirs a plain Enum
            return kind(enums[0])
        if len(arms) == 1:
            return kind(arms[0])
        return " | ".join(sorted(kind(arm) for arm in arms))
    if typing.get_origin(annotation) in (list, tuple):
        return f"list of {kind(typing.get_args(annotation)[0])}"
    if isinstance(annotation, type) and issubclass(annotation, pydantic.RootModel):
        return kind(annotation.model_fields["root"].annotation)
    if isinstance(annotation, type) and issubclass(annotation, enum.Enum):
        return "enum of " + ",".join(sorted(str(member.value) for member in annotation))
    if isinstance(annotation, type) and (attrs.has(annotation) or issubclass(annotation, pydantic.BaseModel)):
        return f"model {annotation.__name__}"
    if annotation in (Decimal, float):
        return "decimal"  # type: number is float to them, Decimal to us; never a float on our side
    return getattr(annotation, "__name__", str(annotation))


def their_fields(model: type[pydantic.BaseModel]) -> dict[str, tuple[bool, str]]:
    return {
        (field.alias or name): (field.is_required(), kind(field.annotation))
        for name, field in model.model_fields.items()
    }


def our_fields(model: type) -> dict[str, tuple[bool, str]]:
    """Ours, in the same terms. A required field that may be None is the spec's empty-string arm
    (``anyOf: [<value>, {const: ""}]``): None is how we hold the ``Literal[""]`` theirs has."""
    hints = typing.get_type_hints(model)
    found = {}
    for field in attrs.fields(model):
        if field.name == "extra":
            continue
        required = field.default is attrs.NOTHING
        what = kind(hints[field.name])
        if required and type(None) in typing.get_args(hints[field.name]):
            what = " | ".join(sorted(["Literal", what]))
        found[field.metadata["wire"]] = (required, what)
    return found


def timestamps_as_text(document: dict[str, Any], wire_type: str = "string") -> set[str]:
    """Wire names of timestamps the wire writes as strings, or as ``wire_type`` (``number``: seconds with a fraction)
    (``x-timestamp``): ours are ints, by design."""
    found = set()
    for schema in document["components"]["schemas"].values():
        for name, prop in schema.get("properties", {}).items():
            if prop.get("x-timestamp") and prop.get("type") == wire_type:
                found.add(name)
    for item in document["paths"].values():
        for operation in item.values():
            for parameter in operation.get("parameters", []):
                schema = parameter.get("schema", {})
                if schema.get("x-timestamp") and schema.get("type") == wire_type:
                    found.add(parameter["name"])
    return found


def id_as_string(document: dict[str, Any]) -> dict[str, set[str]]:
    """Per model, the wire names of integer IDs that we keep as exact strings (``x-id``): theirs are ints, by
    design.  Per model, since one wire name may be an integer ID in one schema and text in another (``orderId``)."""
    return {
        model: {name for name, prop in schema.get("properties", {}).items() if prop.get("x-id")}
        for model, schema in document["components"]["schemas"].items()
    }


def parameter_fields(theirs: types.ModuleType, document: dict[str, Any], operation: Any) -> dict[str, tuple[bool, str]]:
    """The fields of datamodel-code-generator's model of an operation's query parameters.

    It names them after the path and method (``...PostParametersQuery``) and makes none for an operation without
    query parameters.
    """
    words = re.split(r"[^0-9A-Za-z]+", operation.path)
    stem = "".join(word[:1].upper() + word[1:] for word in words if word) + operation.method.capitalize()
    parameters = document["paths"][operation.path][operation.method.lower()].get("parameters", [])
    signer_supplied = {p["name"] for p in parameters if p.get("x-signer-supplied")}
    fields: dict[str, tuple[bool, str]] = {}
    model = getattr(theirs, f"{stem}ParametersQuery", None)
    if model is not None:
        fields.update(their_fields(model))
    return {name: field for name, field in fields.items() if name not in signer_supplied}


def json_text_parameters(document: dict[str, Any], model: type) -> set[str]:
    """Wire names of the request's parameters that hold an object as JSON text (``content``)."""
    operation = getattr(model, "operation", None)
    if operation is None:
        return set()
    parameters = document["paths"][operation.path][operation.method.lower()].get("parameters", [])
    return {parameter["name"] for parameter in parameters if "content" in parameter}


@pytest.mark.parametrize("venue", VENUES)
def test_datamodel_code_generator_agrees_with_our_models(venue: str, tmp_path: Path) -> None:
    theirs = second_reading(venue, tmp_path)
    ours = importlib.import_module(f"venuebind.{venue}.models")
    document = load_spec(venue)
    exact_ids = id_as_string(document)
    compared = 0
    for name, model in exported_models(venue).items():
        counterpart = getattr(theirs, name, None)
        mine = our_fields(model)
        # It makes no models of path parameters (Gate's order_id, settle): test_spec_vs_code covers those alone.
        path_fields = {f.metadata["wire"] for f in attrs.fields(model) if f.metadata.get("in") == "path"}
        mine = {wire: field for wire, field in mine.items() if wire not in path_fields}
        if counterpart is None:  # a request made of parameters: the spec gives it no schema of its own
            other = parameter_fields(theirs, document, model.operation)
        else:  # a body model, or a response: the body's fields, and any query parameters beside the body
            other = their_fields(counterpart)
            if getattr(model, "operation", None) is not None:
                other |= parameter_fields(theirs, document, model.operation)
        for wire in json_text_parameters(document, model) & set(mine):
            # They copy the object a JSON-text parameter holds into a model named after the parameter: same fields.
            their_model = getattr(theirs, other[wire][1].removeprefix("model "))
            our_model = getattr(ours, mine[wire][1].removeprefix("model "))
            assert their_fields(their_model) == our_fields(our_model), f"{venue}.{name}.{wire}"
            other[wire] = mine[wire]
        for wire in exact_ids.get(name, set()) & set(mine):
            assert mine[wire][1] == "str" and other[wire][1] == "int"
            other[wire] = (other[wire][0], "str")
        for wire in timestamps_as_text(document) & set(mine):
            assert mine[wire][1] == "int" and other[wire][1] == "str"
            other[wire] = (other[wire][0], "int")
        for wire in timestamps_as_text(document, "number") & set(mine):
            assert mine[wire][1] == "int" and other[wire][1] == "decimal"
            other[wire] = (other[wire][0], "int")
        assert mine == other, f"{venue}.{name}"
        compared += 1
    assert compared >= 2  # every venue has at least a request and a result model
