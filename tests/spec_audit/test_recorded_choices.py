"""Where the spec chooses between sources (a general rate-limit table for a page that states none, the official SDK
against the page, an older page revision against a newer one), the element records the choice in an
``x-doc-conflict`` with its source and reason, so that a reader of the spec sees it is a choice (issue 17, item 7)."""

from __future__ import annotations

from typing import Any

import pytest

from codegen.drift.doctables import read_snapshot
from tests.conftest import OPERATION_IDS, OPERATIONS, ROOT, load_spec


def records(node: dict[str, Any]) -> list[dict[str, Any]]:
    raw = node.get("x-doc-conflict", [])
    entries = raw if isinstance(raw, list) else [raw]
    for entry in entries:
        assert {"doc", "chosen", "why"} <= set(entry), entry
    return entries


@pytest.mark.parametrize(("venue", "method", "path", "operation"), OPERATIONS, ids=OPERATION_IDS)
def test_a_rate_limit_the_page_does_not_state_is_recorded(
    venue: str, method: str, path: str, operation: dict[str, Any]
) -> None:
    limit = operation.get("x-rate-limit")
    if limit is None:
        return
    page = read_snapshot(ROOT / "spec" / "docs" / operation["x-doc"], operation["x-doc"])
    if page.rate_limit is None:
        assert records(limit), f"{operation['x-doc']} states no rate limit: say where {limit} comes from"


def schema(venue: str, *pointer: str) -> dict[str, Any]:
    node: dict[str, Any] = load_spec(venue)["components"]["schemas"]
    for part in pointer:
        node = node[part]
    return node


@pytest.mark.parametrize(
    ("venue", "pointer", "source"),
    [
        ("gate", ("SpotPricePutOrder", "properties", "time_in_force"), "SDK"),
        ("gate", ("SpotPriceTriggeredOrder", "properties", "id"), "SDK"),
        ("bitget", ("IsolatedBatchOrderItem", "properties", "stpMode"), "revision"),
    ],
    ids=["gate put.time_in_force", "gate SpotPriceTriggeredOrder.id", "bitget batch stpMode"],
)
def test_a_choice_against_another_source_is_recorded_with_it(venue: str, pointer: tuple[str, ...], source: str) -> None:
    assert any(source in entry["doc"] for entry in records(schema(venue, *pointer)))
