"""Page walkers follow each venue's cursor, offset or page index lazily across pages, and stop at its end marker;
query values that need percent-encoding still verify."""

from __future__ import annotations

from decimal import Decimal

import pytest

from tests.e2e.conftest import CREDENTIALS, client_for, gate_price_order, oco_order, spot_plan_order
from venuebind import bingx, bitget, gate, sandbox

ORDERS = 7
PAGE = 3


def requests_for(venue: sandbox.Sandbox, path_part: str) -> int:
    return sum(1 for record in venue.requests if path_part in record.path)


def test_bitget_cursor_walks_three_pages_lazily() -> None:
    with sandbox.start("bitget", **CREDENTIALS["bitget"]) as venue:
        with client_for("bitget", venue.base_url, pacer=None) as client:
            placed = [client.send(spot_plan_order(client_oid=f"page-{n}")).order_id for n in range(ORDERS)]
            walker = bitget.spot_plan.iter_get_current_plan_orders(client, symbol="TRXUSDT", limit=PAGE)
            assert requests_for(venue, "current-plan-order") == 0, "nothing is asked before the first item"
            first = next(walker)
            assert requests_for(venue, "current-plan-order") == 1
            walked = [first.order_id, *(order.order_id for order in walker)]
    assert walked == sorted(placed, key=int, reverse=True), "every order once, newest first"
    assert requests_for(venue, "current-plan-order") == 3


def test_bitget_mix_cursor_uses_end_id() -> None:
    with sandbox.start("bitget", **CREDENTIALS["bitget"]) as venue:
        with client_for("bitget", venue.base_url, pacer=None) as client:
            for n in range(ORDERS):
                bitget.mix_plan.place_mix_plan_order(
                    client, plan_type="normal_plan", symbol="BTCUSDT", product_type="USDT-FUTURES",
                    margin_mode="isolated", margin_coin="USDT", size="0.01", trigger_price=str(24000 + n),
                    trigger_type="mark_price", side="buy", order_type="market", client_oid=f"mix-page-{n}",
                )  # fmt: skip
            walked = list(
                bitget.mix_plan.iter_get_mix_pending_plan_orders(
                    client, plan_type="normal_plan", product_type="USDT-FUTURES", limit=PAGE
                )
            )
    assert sorted(order.trigger_price for order in walked) == [Decimal(24000 + n) for n in range(ORDERS)]
    assert requests_for(venue, "orders-plan-pending") == 3


def test_gate_offset_walks_three_pages() -> None:
    with sandbox.start("gate", **CREDENTIALS["gate"]) as venue, client_for("gate", venue.base_url) as client:
        created = {client.send(gate_price_order(amount=str(n + 1))).id for n in range(ORDERS)}
        walked = list(gate.spot_price_orders.iter_list_spot_price_orders(client, status="open", limit=PAGE))
    assert {order.id for order in walked} == created and len(walked) == ORDERS
    assert requests_for(venue, "price_orders") - ORDERS == 3


def test_bingx_page_index_walks_three_pages() -> None:
    with sandbox.start("bingx", **CREDENTIALS["bingx"]) as venue, client_for("bingx", venue.base_url) as client:
        placed = {leg.order_id for n in range(3) for leg in client.send(oco_order(list_client_order_id=f"90{n}"))}
        walked = list(bingx.spot_oco.iter_get_open_oco_order_lists(client, page_index=1, page_size=2))
    assert {leg.order_id for leg in walked} == placed and len(walked) == 6
    assert requests_for(venue, "openOrderList") == 4, "three full pages of two legs, then an empty one"


@pytest.mark.parametrize("client_id", ["with space", "slash/and#hash", "plus+amp&eq=", "percent%20 literal"])
def test_a_query_value_that_needs_encoding_still_verifies(client_id: str) -> None:
    """Signed unencoded, sent percent-encoded: the venue decodes the query and the signature holds."""
    with sandbox.start("bitget", **CREDENTIALS["bitget"]) as venue:
        with client_for("bitget", venue.base_url, pacer=None) as client:
            bitget.margin_isolated.place_isolated_order(
                client, symbol="BTCUSDT", order_type="limit", loan_type="normal", force="gtc", side="buy",
                price="30000", base_size="0.001", client_oid=client_id,
            )  # fmt: skip
            found = bitget.margin_isolated.get_isolated_open_orders(
                client, symbol="BTCUSDT", start_time=0, client_oid=client_id
            )
    assert [order.client_oid for order in found.order_list or []] == [client_id]
    assert "%" in next(r.query for r in venue.requests if r.method == "GET"), "the query went out encoded"
    with sandbox.start("gate", **CREDENTIALS["gate"]) as venue, client_for("gate", venue.base_url) as client:
        assert list(gate.spot_price_orders.iter_list_spot_price_orders(client, status="open", market=client_id)) == []
