"""Mutation suite for ``codegen drift``: every mutation of every snapshot a spec operation names is reported as exactly
the one difference the mutation made, and the unmutated snapshot reports nothing.

Each snapshot is parsed once; mutated pages are parsed from text in memory and compared with the spec operation. A
mutation is caught when the report gains exactly one unknown difference, of the mutation's kind and on its name, and
loses nothing but known differences on that same name (a page that no longer says what a record says).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path

import pytest

from codegen.drift import Difference, SpecOperation, compare, operations
from codegen.drift.doctables import DocField, DocPage, parse_snapshot, read_snapshot
from codegen.generate.load import load
from tests.drift.mutate import Mutation, all_mutations

SPEC_DIR = Path(__file__).resolve().parents[2] / "spec"
DOCS = SPEC_DIR / "docs"
KINDS = frozenset(
    {
        "param_added",
        "param_removed",
        "required_changed",
        "enum_added",
        "enum_removed",
        "type_changed",
        "rate_limit_changed",
    }
)


@cache
def spec_operations() -> tuple[SpecOperation, ...]:
    return tuple(op for path in sorted(SPEC_DIR.glob("*.yaml")) for op in operations(load(path)))


def op_id(op: SpecOperation) -> str:
    return f"{op.venue}.{op.operation_id}"


OPS = {op_id(op): op for op in spec_operations()}


def fields_of(page: DocPage) -> tuple[DocField, ...]:
    if page.response_fields or page.response_ref is None:
        return page.response_fields
    return read_snapshot(DOCS / Path(page.path).parent / page.response_ref).response_fields


def report(op: SpecOperation, page: DocPage, fields: Sequence[DocField]) -> Counter[tuple[str, str, bool, str]]:
    """The report as a multiset, without line numbers (a mutation shifts them)."""
    return Counter((d.kind, d.name, d.known, d.detail) for d in compare(op, page, fields))


@dataclass(frozen=True)
class Outcome:
    mutation: Mutation
    problem: str  # "" when caught


def judge(
    op: SpecOperation, before: Counter[tuple[str, str, bool, str]], mutation: Mutation, fields: Sequence[DocField]
) -> Outcome:
    after = report(op, parse_snapshot(mutation.text, op.doc), fields)
    new, gone = after - before, before - after
    want = mutation.expected
    unknown = [d for d in new.elements() if not d[2]]
    if len(unknown) != 1 or sum(new.values()) != 1 or unknown[0][:2] != (want.kind, want.name):
        return Outcome(mutation, f"expected one unknown {want.kind} {want.name!r}, the report gained {sorted(new)}")
    if any(not known or name != want.name for _, name, known, _ in gone):
        return Outcome(mutation, f"the report also lost {sorted(gone)}")
    return Outcome(mutation, "")


@cache
def outcomes(name: str) -> tuple[Outcome, ...]:
    op = OPS[name]
    text = (DOCS / op.doc).read_text(encoding="utf-8")
    page = parse_snapshot(text, op.doc)
    fields = fields_of(page)
    before = report(op, page, fields)
    return tuple(judge(op, before, m, fields) for m in all_mutations(text, op.doc))


@pytest.mark.parametrize("name", sorted(OPS))
def test_unmutated_snapshot_reports_nothing(name: str) -> None:
    op = OPS[name]
    page = read_snapshot(DOCS / op.doc, op.doc)
    unknown = [d.render() for d in compare(op, page, fields_of(page)) if not d.known]
    assert unknown == []


@pytest.mark.parametrize("name", sorted(OPS))
def test_every_mutation_is_reported_as_exactly_its_difference(name: str) -> None:
    missed = [f"{o.mutation.expected}: {o.problem}" for o in outcomes(name) if o.problem]
    assert missed == []


def test_mutation_count(capsys: pytest.CaptureFixture[str]) -> None:
    tried = [o for name in sorted(OPS) for o in outcomes(name)]
    caught = [o for o in tried if not o.problem]
    kinds = Counter(o.mutation.expected.kind for o in tried)
    with capsys.disabled():
        print(f"\ndrift mutations: tried {len(tried)}, caught {len(caught)} over {len(OPS)} operations {dict(kinds)}")
    assert len(caught) == len(tried)
    assert set(kinds) == KINDS
    assert len(OPS) >= 5


def test_difference_is_one_line() -> None:
    d = Difference("param_added", "bitget", "place_plan_order", "x", "page lists it", file="a.md", line=3)
    assert d.render() == "a.md:3: bitget.place_plan_order: param_added x: page lists it"
    assert "\n" not in Difference("rate_limit_changed", "v", "o", "", "spec 1/1s uid, page 2/1s uid").render()
