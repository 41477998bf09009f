"""Every mutation of every snapshot parses to the original page with exactly the one expected difference."""

from __future__ import annotations

import difflib
from collections import Counter

import pytest

from codegen.drift.doctables import DocField, DocPage, DocParam, parse_snapshot
from tests.conftest import DOCS, SNAPSHOTS
from tests.drift.mutate import (
    PROBE_NAME,
    Difference,
    Mutation,
    add_enum_value,
    add_param,
    all_mutations,
    change_rate_limit,
    change_type,
    diff_pages,
    flip_required,
    remove_enum_value,
    remove_param,
)

FILES = SNAPSHOTS
KINDS = (
    "param_added", "param_removed", "required_changed", "enum_added", "enum_removed", "type_changed",
    "rate_limit_changed",
)  # fmt: skip


def text(name: str) -> str:
    return (DOCS / name).read_text(encoding="utf-8")


def line_map(old: str, new: str) -> dict[int, int]:
    """1-based line numbers of ``old`` that survive in ``new``, mapped to their new numbers."""
    out: dict[int, int] = {}
    matcher = difflib.SequenceMatcher(a=old.splitlines(), b=new.splitlines(), autojunk=False)
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            out[block.a + k + 1] = block.b + k + 1
    return out


def check(original: str, name: str, mutation: Mutation) -> None:
    before = parse_snapshot(original, name)
    after = parse_snapshot(mutation.text, name)
    assert diff_pages(before, after) == (mutation.expected,)
    # everything that did not change stays on its (possibly shifted) line
    moved = line_map(original, mutation.text)
    changed = mutation.expected.name
    items: list[DocParam | DocField] = [*before.params, *before.response_fields]
    for old in items:
        if old.name == changed or old.line not in moved:
            continue
        new = after.param(old.name) if isinstance(old, DocParam) else after.field(old.name)
        assert new.line == moved[old.line], (old.name, old.line, new.line)
    if mutation.expected.kind == "param_added":
        inserted = set(range(1, len(mutation.text.splitlines()) + 1)) - set(moved.values())
        assert after.param(mutation.expected.name).line in inserted


def mutations(name: str) -> list[Mutation]:
    return list(all_mutations(text(name), name))


@pytest.mark.parametrize("name", FILES)
def test_every_mutation_gives_exactly_its_difference(name: str) -> None:
    original = text(name)
    found = mutations(name)
    page = parse_snapshot(original, name)
    if page.params:
        assert any(m.expected.kind == "param_added" for m in found)
    for mutation in found:
        check(original, name, mutation)


def test_mutation_count(capsys: pytest.CaptureFixture[str]) -> None:
    counts: Counter[str] = Counter()
    for name in FILES:
        counts.update(m.expected.kind for m in mutations(name))
    total = sum(counts.values())
    with capsys.disabled():
        print(f"\n{total} mutations tried over {len(FILES)} snapshots: {dict(sorted(counts.items()))}")
    assert set(counts) == set(KINDS)
    assert total >= 600


def test_identical_pages_have_no_difference() -> None:
    for name in FILES:
        assert diff_pages(parse_snapshot(text(name), name), parse_snapshot(text(name), name)) == ()


def test_single_mutations_by_hand() -> None:
    name = "bitget/margin-isolated-batch-place-order.md"
    source = text(name)

    added = add_param(source, name)
    assert added is not None
    assert added.expected == Difference("param_added", name, PROBE_NAME, "body, String, required No")
    check(source, name, added)

    for fn, param, kind, detail in [
        (remove_param, "orderList[].baseSize", "param_removed", "body, String, required No"),
        (flip_required, "orderList[].side", "required_changed", "Yes -> No"),
        (change_type, "orderList[].price", "type_changed", "String -> Integer"),
        (add_enum_value, "orderList[].side", "enum_added", "drift_probe"),
        (remove_enum_value, "orderList[].force", "enum_removed", "post_only"),
    ]:
        mutation = fn(source, name, param)
        assert mutation is not None
        assert mutation.expected == Difference(kind, name, param, detail)
        check(source, name, mutation)

    rate = change_rate_limit(source, name)
    assert rate is not None
    assert rate.expected == Difference("rate_limit_changed", name, "", "10/1s uid -> 11/1s uid")
    check(source, name, rate)


def test_mutations_that_do_not_fit_return_none() -> None:
    gate = "gate/spot-create-price-triggered-order.md"
    assert change_rate_limit(text(gate), gate) is None  # no rate limit on the page
    assert remove_param(text(gate), gate, "trigger") is None  # has children
    assert remove_param(text(gate), gate, "trigger.rule") is None  # enumerated values refer to it
    assert change_type(text(gate), gate, "put") is None  # container
    assert add_param(text("gate/spot-time.md"), "gate/spot-time.md") is None  # no parameter table
    current = "bitget/spot-current-plan-order.md"
    assert flip_required(text(current), current, "symbol") is None  # revision cell
    place = "bitget/spot-place-plan-order.md"
    assert remove_enum_value(text(place), place, "side") is None  # two values: removing one would drop both
    assert add_enum_value(text(place), place, "size") is None  # no enum


def test_diff_pages_reports_each_kind() -> None:
    name = "bitget/spot-place-plan-order.md"
    page = parse_snapshot(text(name), name)
    other = DocPage(page.path, "PUT", page.path_template + "/x", None, page.params[::-1], (), "x.md")
    kinds = {d.kind for d in diff_pages(page, other)}
    assert kinds >= {
        "method_changed", "path_changed", "rate_limit_changed", "response_ref_changed", "param_order_changed",
        "field_removed",
    }  # fmt: skip
