"""Request schemas of the spec made self-contained, for hypothesis-jsonschema and Prism checks."""

from __future__ import annotations

import importlib
from typing import Any

from tests.conftest import load_spec, resolve

# Keywords hypothesis-jsonschema needs to see; the rest (docs, x- extensions, format) it would refuse or ignore.
_GENERATIVE = {
    "type", "properties", "required", "additionalProperties", "enum", "const", "pattern", "items", "minItems",
    "maxItems", "minLength", "maxLength", "minimum", "maximum", "allOf", "anyOf", "not", "if", "then", "else",
    "dependentRequired",
}  # fmt: skip


def inline(document: dict[str, Any], node: Any) -> Any:
    """``node`` with every ``$ref`` replaced by its target and only generative keywords kept."""
    if isinstance(node, list):
        return [inline(document, item) for item in node]
    if not isinstance(node, dict):
        return node
    merged = {**resolve(document, node), **{k: v for k, v in node.items() if k != "$ref"}}
    result: dict[str, Any] = {}
    for key, value in merged.items():
        if key in ("properties", "dependentRequired"):
            result[key] = {name: inline(document, sub) for name, sub in value.items()}
        elif key in _GENERATIVE:
            result[key] = inline(document, value)
    return result


def request_schema(venue: str, operation: dict[str, Any], *, rules: bool = True) -> dict[str, Any]:
    """The JSON form of the request: its body schema and an object of its (user-supplied) query and path parameters,
    one object with the members of both (as the request model and the sandbox's validator hold them); a parameter
    sent as JSON text is the value that text holds. ``rules=False`` leaves out the rules across parameters
    (``x-parameter-rules``): a schema to draw instances from quickly, which the validator then judges whole."""
    document = load_spec(venue)
    parameters = [resolve(document, p) for p in operation.get("parameters", [])]
    parameters = [p for p in parameters if not p.get("x-signer-supplied")]
    schema: dict[str, Any] = {"type": "object", "additionalProperties": False, "properties": {}, "required": []}
    if rules:
        schema.update(inline(document, operation.get("x-parameter-rules", {})))
    if "requestBody" in operation:  # the body's members, and any parameters beside them (Gate's settle)
        schema = inline(document, operation["requestBody"]["content"]["application/json"]["schema"])
    schema["properties"] = {
        **schema.get("properties", {}),
        **{p["name"]: inline(document, parameter_schema(p)) for p in parameters},
    }
    schema["required"] = [*schema.get("required", []), *(p["name"] for p in parameters if p.get("required"))]
    return schema


def parameter_schema(parameter: dict[str, Any]) -> Any:
    """A parameter's schema; for one sent as JSON text (``content``), the schema of the value the text holds."""
    if "content" in parameter:
        return parameter["content"]["application/json"]["schema"]
    return parameter["schema"]


def request_model(venue: str, operation: dict[str, Any]) -> Any:
    """The generated request model of ``operation``."""
    models = importlib.import_module(f"venuebind.{venue}.models")
    name = "".join(part.capitalize() for part in operation["operationId"].split("_")) + "Request"
    return getattr(models, name)
