"""Specs in, files out: the whole generate step, and the comparison ``--check`` makes."""

from __future__ import annotations

import contextlib
import gc
import json
from collections.abc import Iterator
from pathlib import Path

from codegen.errors import SpecError
from codegen.generate.build import build
from codegen.generate.ir import VenueIR
from codegen.generate.load import Spec, load, openapi_problem
from codegen.generate.render import format_sources, render

ROOT = Path(__file__).resolve().parents[2]


def generate(spec_dir: Path) -> dict[str, str]:
    """Every generated file, by path relative to the ``venuebind`` package, for every spec in ``spec_dir``."""
    with _cyclic_gc_paused():
        return _generate(spec_dir)


@contextlib.contextmanager
def _cyclic_gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector for a generate run.

    A parsed spec and the validator's walk over it are hundreds of thousands of acyclic objects; the collector's
    full passes over them made generation grow faster than the spec (3.7x slower YAML loading at 1,800 operations).
    Nothing here builds cycles worth collecting: peak memory is the same with it paused.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _generate(spec_dir: Path) -> dict[str, str]:
    specs = sorted(spec_dir.glob("*.yaml"))
    if not specs:
        raise SpecError(str(spec_dir), "no <venue>.yaml specs here")
    files: dict[str, str] = {}
    documents: dict[str, str] = {}
    for path in specs:
        spec, venue = read(path)
        for name, text in render(venue).items():
            files[f"{venue.name}/{name}"] = text
        # The spec ships beside the code, as JSON, for the sandbox venues' jsonschema checks.
        documents[f"{venue.name}/openapi.json"] = json.dumps(spec.document, indent=1, ensure_ascii=False) + "\n"
    formatted = format_sources(files)
    formatted.update(documents)
    return formatted


def read(path: Path) -> tuple[Spec, VenueIR]:
    """One spec, loaded, validated as OpenAPI 3.1 and built into its IR: the one way codegen reads a spec.

    codegen's own refusal names the exact place; where the builder trips over something only the OpenAPI validator
    explains, the validator's error is raised instead.
    """
    spec = load(path)
    problem = openapi_problem(spec)
    try:
        venue = build(spec)
    except (KeyError, TypeError, AttributeError):
        if problem is None:
            raise
        raise problem from None
    if problem is not None:
        raise problem
    return spec, venue


def stale_and_changed(files: dict[str, str], out: Path) -> tuple[list[str], list[str]]:
    """Files under the generated venue folders that no spec makes, and generated files that differ on disk."""
    venues = {name.split("/", 1)[0] for name in files}
    present = {
        path.relative_to(out).as_posix()
        for venue in venues
        if (out / venue).is_dir()
        for path in (out / venue).rglob("*")
        if path.is_file() and "__pycache__" not in path.parts
    }
    stale = sorted(present - set(files))
    changed = sorted(
        name for name, text in files.items() if not (out / name).exists() or (out / name).read_text("utf-8") != text
    )
    return stale, changed


def write(files: dict[str, str], stale: list[str], out: Path) -> None:
    """Bring ``out`` in line: write what changed, delete what no spec makes."""
    for name, text in files.items():
        path = out / name
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    for name in stale:
        (out / name).unlink()
