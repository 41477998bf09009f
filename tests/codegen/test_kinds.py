"""The type kinds (ARCHITECTURE.md, "Type kinds"): one module each, all registered, and the only place that tells
kinds apart."""

from __future__ import annotations

import ast
import importlib
import re
from pathlib import Path

from codegen.drift.compare import ACCEPTS as DRIFT_ACCEPTS
from codegen.generate import kinds
from codegen.generate.kinds import ACCEPTS, KINDS, Kind

CODEGEN = Path(__file__).resolve().parents[2] / "codegen"
KINDS_DIR = CODEGEN / "generate" / "kinds"


def test_every_kind_module_is_registered_once() -> None:
    modules = sorted(path.stem for path in KINDS_DIR.glob("*.py") if path.stem not in ("__init__", "base"))
    registered: dict[str, str] = {}
    for stem in modules:
        module = importlib.import_module(f"codegen.generate.kinds.{stem}")
        own = [
            value
            for value in vars(module).values()
            if isinstance(value, Kind) and type(value).__module__ == module.__name__
        ]
        assert len(own) == 1, f"kinds/{stem}.py defines {len(own)} kinds"
        assert own[0] in KINDS, f"kinds/{stem}.py is not in KINDS"
        registered[own[0].name] = stem
    assert len(registered) == len(KINDS) == len({kind.name for kind in KINDS})


def test_drift_takes_its_type_words_from_the_kinds() -> None:
    assert DRIFT_ACCEPTS is ACCEPTS
    assert ACCEPTS["decimal"] >= {"string", "float64"} and "string" not in ACCEPTS["number"]
    assert ACCEPTS["integer"] >= {"int64", "long"} and ACCEPTS["array"] == {"list", "array"}


def test_build_reads_the_keywords_the_kinds_declare() -> None:
    assert kinds.KEYWORDS >= {"x-decimal", "x-id", "enum", "x-enum-varnames", "items"}
    build = importlib.import_module("codegen.generate.build")
    assert kinds.KEYWORDS <= build._VALUE_KEYS


_TYPE_KIND = re.compile(r"type\w*\.kind\b")
"""A type's kind read outside the kind modules: ``type.kind``, ``field_type.kind``, ``type_.kind``."""


def test_no_switch_on_a_kind_outside_the_kind_modules() -> None:
    """Code that tells kinds apart belongs to the kinds: elsewhere a value's kind is asked, not compared."""
    sources = [*CODEGEN.rglob("*.py"), *CODEGEN.rglob("*.jinja")]
    outside = [path for path in sources if KINDS_DIR not in path.parents]
    found = [
        f"{path.relative_to(CODEGEN)}:{number}: {line.strip()}"
        for path in outside
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if _TYPE_KIND.search(line)
    ]
    assert not found, found


def test_drift_reads_specs_through_the_generator() -> None:
    """One reader: drift imports the generator's ``read`` and ``build`` and never yaml or the loader's ``load``."""
    imported = set()
    for path in (CODEGEN / "drift").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom):
                imported |= {f"{node.module}.{alias.name}" for alias in node.names}
            elif isinstance(node, ast.Import):
                imported |= {alias.name for alias in node.names}
    assert "codegen.generate.read" in imported
    assert "codegen.generate.build.build" in imported
    assert "yaml" not in imported and "codegen.generate.load.load" not in imported


def test_kinds_that_drift_calls_alike_accept_the_same_words() -> None:
    """ACCEPTS has one entry per name drift gives a type: two kinds may share it only with the same words."""
    for kind in KINDS:
        assert ACCEPTS[kind.page] == kind.page_words, kind.name
