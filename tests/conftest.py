"""Shared fixtures: the specs as documents, and every operation in them."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = ROOT / "spec"
DOCS = SPEC_DIR / "docs"
"""The doc snapshots, the project's own copy of the venue pages (nothing reads venue docs from outside the clone)."""
SNAPSHOTS = sorted(str(path.relative_to(DOCS)) for path in DOCS.glob("*/*.md"))
"""Every snapshot, as ``<venue>/<page>.md``."""

# The package is installed in editable mode by README's set-up; this keeps a plain checkout runnable too.
sys.path.insert(0, str(ROOT / "generated"))

VENUES = sorted(path.stem for path in SPEC_DIR.glob("*.yaml"))
METHODS = ("get", "post", "put", "patch", "delete")


def load_spec(venue: str) -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load((SPEC_DIR / f"{venue}.yaml").read_text(encoding="utf-8"))
    return document


def spec_operations() -> Iterator[tuple[str, str, str, dict[str, Any]]]:
    """(venue, method, path, operation) for every operation of every spec."""
    for venue in VENUES:
        for path, item in load_spec(venue)["paths"].items():
            for method, operation in item.items():
                if method in METHODS:
                    yield venue, method, path, operation


OPERATIONS = list(spec_operations())
OPERATION_IDS = [f"{venue}.{operation['operationId']}" for venue, _, _, operation in OPERATIONS]


def resolve(document: dict[str, Any], node: dict[str, Any]) -> dict[str, Any]:
    """``node`` with its local ``$ref`` followed (once)."""
    ref = node.get("$ref")
    if ref is None:
        return node
    target: Any = document
    for part in ref[2:].split("/"):
        target = target[part]
    result: dict[str, Any] = target
    return result


@pytest.fixture(scope="session")
def specs() -> dict[str, dict[str, Any]]:
    return {venue: load_spec(venue) for venue in VENUES}
