"""Read a spec file, validate it as OpenAPI 3.1, and follow its local ``$ref``s with their paths."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from codegen.errors import SpecError


class Spec:
    """One parsed spec: its document and the file it came from, for error messages."""

    def __init__(self, path: Path, document: Mapping[str, Any]) -> None:
        self.path = path
        self.name = path.stem
        self.document = document

    def where(self, *pointer: str | int) -> str:
        """``bitget.yaml#/paths/~1api~1v2.../post`` for a JSON pointer into this spec."""
        parts = [str(part).replace("~", "~0").replace("/", "~1") for part in pointer]
        return f"{self.path.name}#/" + "/".join(parts)

    def resolve(self, node: Mapping[str, Any], where: str) -> tuple[Mapping[str, Any], str, str | None]:
        """``node`` with a ``$ref`` followed: the target, its path, and its component name (None when no ``$ref``)."""
        ref = node.get("$ref")
        if ref is None:
            return node, where, None
        if not isinstance(ref, str) or not ref.startswith("#/"):
            raise SpecError(where, f"only local references (#/...) are supported, not {ref!r}")
        target: Any = self.document
        for raw in ref[2:].split("/"):
            part = raw.replace("~1", "/").replace("~0", "~")
            if not isinstance(target, Mapping) or part not in target:
                raise SpecError(where, f"$ref {ref!r} points at nothing")
            target = target[part]
        if not isinstance(target, Mapping):
            raise SpecError(where, f"$ref {ref!r} does not point at an object")
        return target, f"{self.path.name}{ref}", ref.rsplit("/", 1)[-1]


def load(path: Path) -> Spec:
    """Parse and validate ``path``; a YAML error or an OpenAPI violation is a ``SpecError`` naming the place."""
    try:
        document = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as error:
        raise SpecError(path.name, f"not valid YAML: {error}") from None
    if not isinstance(document, dict):
        raise SpecError(path.name, "the spec is not a YAML mapping")
    if document.get("openapi") != "3.1.0":
        raise SpecError(f"{path.name}#/openapi", "venuebind specs are OpenAPI 3.1.0")
    try:
        validate(document)
    except OpenAPIValidationError as error:
        pointer = "/".join(str(part) for part in error.absolute_path)
        raise SpecError(f"{path.name}#/{pointer}", f"not valid OpenAPI 3.1: {error.message}") from None
    return Spec(path, document)
