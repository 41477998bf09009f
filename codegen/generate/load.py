"""Read a spec file, check its references, validate it as OpenAPI 3.1, and follow its local ``$ref``s."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path
from typing import Any

import yaml
from openapi_spec_validator import validate
from openapi_spec_validator.validation.exceptions import OpenAPIValidationError

from codegen.errors import SpecError

_SAFE_LOADER: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's safe loader where PyYAML was built with it: the same documents, about ten times faster than the pure
Python one, which took a third of ``generate``."""


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
        document = yaml.load(path.read_text(encoding="utf-8"), Loader=_SAFE_LOADER)
    except yaml.YAMLError as error:
        raise SpecError(path.name, f"not valid YAML: {error}") from None
    return from_document(path, document)


def from_document(path: Path, document: object) -> Spec:
    """The spec ``path`` holds once parsed, checked as ``load`` checks it: a mapping, OpenAPI 3.1.0, references that
    resolve."""
    if not isinstance(document, dict):
        raise SpecError(path.name, "the spec is not a YAML mapping")
    if document.get("openapi") != "3.1.0":
        raise SpecError(f"{path.name}#/openapi", "venuebind specs are OpenAPI 3.1.0")
    spec = Spec(path, document)
    _check_references(spec, document, ())
    return spec


def openapi_problem(spec: Spec) -> SpecError | None:
    """What openapi-spec-validator finds wrong with the spec as OpenAPI 3.1, if anything.

    Its paths are relative to the schema it was checking, so codegen reports its own, exact error first when it
    has one (see ``generate``).
    """
    try:
        validate(spec.document)
    except OpenAPIValidationError as error:
        pointer = "/".join(str(part) for part in error.absolute_path)
        return SpecError(f"{spec.path.name}#/{pointer}", f"not valid OpenAPI 3.1: {error.message}")
    return None


def _check_references(spec: Spec, node: object, pointer: tuple[str | int, ...]) -> None:
    """Every ``$ref`` in the document resolves (before the validator, whose own error would not say where), and
    every string is text UTF-8 can carry (YAML's ``"\\ud800"`` is a lone surrogate, which no file can hold)."""
    if isinstance(node, Mapping):
        if isinstance(node.get("$ref"), str):
            spec.resolve(node, spec.where(*pointer))
        for key, value in node.items():
            _check_text(spec, key, pointer)
            _check_references(spec, value, (*pointer, key))
    elif isinstance(node, list):
        for index, value in enumerate(node):
            _check_references(spec, value, (*pointer, index))
    else:
        _check_text(spec, node, pointer)


def _check_text(spec: Spec, value: object, pointer: tuple[str | int, ...]) -> None:
    if isinstance(value, str) and not value.isascii():
        try:
            value.encode("utf-8")
        except UnicodeEncodeError:
            raise SpecError(spec.where(*pointer), "holds a lone surrogate, which UTF-8 cannot carry") from None
