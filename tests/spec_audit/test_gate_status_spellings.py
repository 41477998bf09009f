"""Gate reports a cancelled price order as ``canceled`` (one l), though its page spells it ``cancelled``: both spellings
are members of ``PriceOrderStatus``, so code comparing with the enum sees either (issue 17, item 1)."""

from __future__ import annotations

import json
from typing import Any

import pytest

from venuebind import gate

ORDER: dict[str, Any] = {
    "trigger": {"price": "100", "rule": ">=", "expiration": 3600},
    "put": {"type": "limit", "side": "buy", "price": "2.15", "amount": "2", "account": "normal"},
    "id": 1283293,
    "market": "GT_USDT",
    "reason": "",
}


def answer(status: str) -> gate.models.SpotPriceTriggeredOrder:
    request = gate.models.CancelSpotPriceOrderRequest(order_id="1283293")
    return gate.parse(request, status=200, headers={}, body=json.dumps({**ORDER, "status": status}).encode())


@pytest.mark.parametrize(
    ("wire", "member"),
    [("canceled", "CANCELED"), ("cancelled", "CANCELLED"), ("open", "OPEN"), ("expired", "EXPIRED")],
)
def test_each_spelling_gate_sends_reads_as_an_enum_member(wire: str, member: str) -> None:
    status = answer(wire).status
    assert isinstance(status, gate.models.PriceOrderStatus)
    assert status is getattr(gate.models.PriceOrderStatus, member)
    assert status == wire


def test_a_status_no_record_knows_stays_a_plain_string() -> None:
    status = answer("").status
    assert status == "" and not isinstance(status, gate.models.PriceOrderStatus)
