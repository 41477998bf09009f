"""Shared fixtures: the specs as documents, and every operation in them."""

from __future__ import annotations

import importlib
import os
import sys
import types
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
import yaml
from hypothesis import settings

ROOT = Path(__file__).resolve().parent.parent
SPEC_DIR = ROOT / "spec"
DOCS = SPEC_DIR / "docs"
"""The doc snapshots, the project's own copy of the venue pages (nothing reads venue docs from outside the clone)."""
SNAPSHOTS = sorted(str(path.relative_to(DOCS)) for path in DOCS.glob("*/*.md"))
"""Every snapshot, as ``<venue>/<page>.md``."""

# The package is installed in editable mode by README's set-up; this keeps a plain checkout runnable too.
sys.path.insert(0, str(ROOT / "generated"))

# Hypothesis profiles.  "dev" (plain pytest): new random examples on every run.  "ci" (`nox -s ci`, or CI set in the
# environment): derandomized, a fixed seed per test and no example database, so that one commit gives one result.
# "fuzz" (`nox -s fuzz`): random seeds and FUZZ_FACTOR times the examples, failures kept in .hypothesis/ to replay.
# An example that ever failed stays in its test as an explicit @example, whatever the profile.
settings.register_profile("dev")
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
settings.register_profile("fuzz", print_blob=True)
settings.load_profile("ci" if os.environ.get("CI", "").lower() not in {"", "0", "false"} else "dev")
FUZZ_FACTOR = 25


def examples(count: int) -> int:
    """How many examples a property test that asks for ``count`` draws under the current profile."""
    return count * FUZZ_FACTOR if settings.get_current_profile_name() == "fuzz" else count


def exported_models(venue: str) -> dict[str, type]:
    """Every model class ``venuebind.<venue>.models`` exports, by name: the attrs classes of the venue's private
    modules of models, which it re-exports (it defines none itself)."""
    models = importlib.import_module(f"venuebind.{venue}.models")
    return {
        name: cls
        for name, cls in vars(models).items()
        if isinstance(cls, type) and attrs.has(cls) and cls.__module__.startswith(f"venuebind.{venue}._")
    }


def import_models(folder: Path, package: str) -> types.ModuleType:
    """The ``models`` of the generated venue package in ``folder`` (written somewhere else than ``generated/``),
    imported as ``venuebind.<package>``: beside the installed runtime, which its modules import relatively. The
    package's ``__init__`` is not run; its modules stay in ``sys.modules``, as imported modules do."""
    name = f"venuebind.{package}"
    if name not in sys.modules:
        module = types.ModuleType(name)
        module.__path__ = [str(folder)]
        sys.modules[name] = module
    return importlib.import_module(f"{name}.models")


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
