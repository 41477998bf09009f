"""Item 1: spec text reaches generated code only as escaped literals, or codegen refuses it with the spec path.

Every string-valued node of every spec, keys included (path keys, property names, status codes), is walked.  The
nodes are grouped by their place in the document (``paths/*/post/externalDocs/url``, ``components/schemas/*/
properties/*/default``, ...), and the first node of each group gets each payload appended in turn.  Codegen either
refuses that spec with a ``SpecError`` naming the spec file, or its output, parsed with ``ast``, holds none of the
names the payload would introduce (``__import__``, ``system``): the payload stayed inside a string or docstring.
The accepted injections of a spec are then rendered together, once per payload (the full rendering is what costs),
so a few hundred places are proved in about as many builds as there are places, and a handful of renders.
"""

from __future__ import annotations

import ast
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen.errors import SpecError
from codegen.generate.build import build
from codegen.generate.load import Spec, from_document, openapi_problem
from codegen.generate.render import render
from tests.conftest import SPEC_DIR, VENUES

PAYLOADS = {
    "docstring": '"""; __import__("os").system("pwned"); """',
    "quotes-and-newlines": '\'\u2028\x85\r\n__import__("os").system("pwned") #"',
    "backslash-nul": '\\\x00\n__import__("os").system("pwned") #\'"',
}
INTRODUCED = {"__import__", "system", "pwned"}
"""Identifiers only a payload can bring: none of them may appear as code."""

FREE_KEYS = {"paths", "properties", "schemas", "responses", "dependentRequired", "x-headers", "content", "examples"}
"""Maps whose keys are names the spec chooses: their members share one place in the document."""

Node = tuple[Any, Any, str]
"""(container, key or index, "key" | "value"): a string key of a mapping, or a string value in a mapping or list."""


def string_nodes(node: Any, place: tuple[str, ...], found: dict[tuple[str, ...], list[Node]]) -> None:
    """Every string key and value under ``node``, grouped by its place (list indices and free keys as wildcards)."""
    items = node.items() if isinstance(node, dict) else enumerate(node) if isinstance(node, list) else ()
    parent = place[-1] if place else None
    for key, value in list(items):
        step = "[]" if isinstance(node, list) else ("*" if parent in FREE_KEYS else str(key))
        if isinstance(node, dict):
            found.setdefault((*place, step, "<key>"), []).append((node, key, "key"))
        if isinstance(value, str):
            found.setdefault((*place, step), []).append((node, key, "value"))
        else:
            string_nodes(value, (*place, step), found)


def inject(node: Node, payload: str) -> None:
    container, key, kind = node
    if kind == "value":
        container[key] = container[key] + payload
    else:  # rename the key in place, keeping the order of the mapping
        items = [(k + payload if k == key else k, v) for k, v in container.items()]
        container.clear()
        container.update(items)


def restore(node: Node, payload: str) -> None:
    container, key, kind = node
    if kind == "value":
        container[key] = container[key][: -len(payload)]
    else:
        items = [(key if k == key + payload else k, v) for k, v in container.items()]
        container.clear()
        container.update(items)


def payload_code(files: dict[str, str]) -> Iterator[str]:
    """What is wrong with the rendered ``files``: text that is not Python, or a payload name used as code."""
    for name, text in files.items():
        try:
            text.encode("utf-8")
            tree = ast.parse(text, name)
        except (SyntaxError, ValueError, UnicodeEncodeError) as error:
            yield f"{name}: not valid Python any more: {error!r}"
            continue
        for element in ast.walk(tree):
            identifiers = [
                getattr(element, attribute, None) for attribute in ("id", "attr", "name", "arg", "asname", "module")
            ]
            for identifier in identifiers:
                if isinstance(identifier, str) and identifier in INTRODUCED:
                    yield f"{name}:{getattr(element, 'lineno', '?')}: the payload became code ({identifier})"


def refused(spec: Spec) -> bool | None:
    """True when codegen refuses ``spec`` with a ``SpecError`` naming its file, None when it builds.

    The steps of ``codegen generate`` before rendering, with the OpenAPI validator (the slow one) asked only when
    the builder trips over what it would have refused.
    """
    try:
        build(from_document(spec.path, spec.document))
    except SpecError as error:
        assert error.where.startswith(spec.path.name), f"a refusal must name the spec file: {error}"
        return True
    except (KeyError, TypeError, AttributeError):
        problem = openapi_problem(spec)  # generate reports these as what the OpenAPI validator finds
        assert problem is not None, "codegen crashed on a spec the OpenAPI validator accepts"
        return True
    return None


@pytest.mark.parametrize("venue", VENUES)
@pytest.mark.parametrize("payload", PAYLOADS.values(), ids=PAYLOADS.keys())
def test_no_spec_string_becomes_code(venue: str, payload: str) -> None:
    path = SPEC_DIR / f"{venue}.yaml"
    document = yaml.safe_load(path.read_text(encoding="utf-8"))
    spec = Spec(Path(path), document)
    groups: dict[tuple[str, ...], list[Node]] = {}
    string_nodes(document, (), groups)
    accepted: list[tuple[tuple[str, ...], Node]] = []
    for place, nodes in groups.items():
        inject(nodes[0], payload)
        try:
            if not refused(spec):
                accepted.append((place, nodes[0]))
        finally:
            restore(nodes[0], payload)
    assert len(accepted) > 40, "too few places took the payload for the test to mean much"

    rendered = render_in_groups(spec, accepted, payload)
    assert "pwned" in "".join(text for files in rendered for text in files.values())
    problems = [problem for files in rendered for problem in payload_code(files)]
    if problems:  # find the places to blame, one rendering each (only when something is wrong)
        blamed = []
        for place, node in accepted:
            inject(node, payload)
            try:
                found = list(payload_code(render(build(spec))))
            finally:
                restore(node, payload)
            if found:
                blamed.append(f"{'/'.join(place)}: {found[0]}")
        pytest.fail(f"{len(blamed)} spec places reach the code unescaped:\n" + "\n".join(blamed))


def render_in_groups(spec: Spec, accepted: list[tuple[tuple[str, ...], Node]], payload: str) -> list[dict[str, str]]:
    """The venue rendered with all ``accepted`` injections at once, or, where two of them together make the spec
    refused (a property renamed and the rule naming it), with each half of them, and so on."""
    nodes = sorted((node for _, node in accepted), key=lambda node: node[2] == "key")  # values before their keys
    for node in nodes:
        inject(node, payload)
    try:
        files = None if refused(spec) else render(build(spec))
    finally:
        for node in reversed(nodes):
            restore(node, payload)
    if files is not None:
        return [files]
    assert len(accepted) > 1, "a place accepted alone cannot be refused alone"
    half = len(accepted) // 2
    return render_in_groups(spec, accepted[:half], payload) + render_in_groups(spec, accepted[half:], payload)
