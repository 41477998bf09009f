"""Item 10 (pages): a page walker against a server that ignores the cursor stops with a ResponseError, whether the
server repeats a page, repeats a cursor, or sends new pages without end (``max_pages``)."""

from __future__ import annotations

import itertools
import json
from urllib.parse import parse_qs, urlsplit

import pytest

from tests.hostile.common import bitget_client, gate_client
from tests.hostile.servers import json_answers, serving, target
from venuebind import ResponseError, bitget, gate

ENOUGH = 10_000
"""Items taken from a walker before the test calls it endless (the old walkers never stopped)."""


def gate_order(number: int) -> dict[str, object]:
    return {
        "id": str(number), "market": "BTC_USDT",
        "trigger": {"price": "100", "rule": ">="}, "put": {"side": "buy", "amount": "1"},
    }  # fmt: skip


def test_a_repeated_offset_page_is_an_error() -> None:
    page = json.dumps([gate_order(1), gate_order(2)]).encode()
    with serving(json_answers(lambda _: (200, page))) as server, gate_client(server.url) as client:
        walker = gate.spot_price_orders.iter_list_spot_price_orders(client, status="open", limit=2)
        with pytest.raises(ResponseError, match="same page"):
            list(itertools.islice(walker, ENOUGH))


def test_a_repeated_cursor_is_an_error() -> None:
    def respond(request: bytes) -> tuple[int, bytes]:  # the cursor goes back to the start after two pages
        asked = parse_qs(urlsplit(target(request)).query).get("idLessThan", ["0"])[0]
        cursor = {"0": "30", "30": "20", "20": "30"}[asked]
        orders = [{"orderId": str(int(cursor) + n)} for n in (2, 1)]
        data = {"nextFlag": True, "idLessThan": cursor, "orderList": orders}
        return 200, json.dumps({"code": "00000", "msg": "success", "data": data}).encode()

    with serving(json_answers(respond)) as server, bitget_client(server.url) as client:
        walker = bitget.spot_plan.iter_get_current_plan_orders(client, symbol="TRXUSDT", limit=2, id_less_than="0")
        with pytest.raises(ResponseError, match="cursor"):
            list(itertools.islice(walker, ENOUGH))


def test_an_endless_walk_stops_at_max_pages() -> None:
    def respond(request: bytes) -> tuple[int, bytes]:  # a full, new page for every offset, for ever
        offset = int(parse_qs(urlsplit(target(request)).query).get("offset", ["0"])[0])
        return 200, json.dumps([gate_order(offset), gate_order(offset + 1)]).encode()

    with serving(json_answers(respond)) as server, gate_client(server.url, max_pages=5) as client:
        walker = gate.spot_price_orders.iter_list_spot_price_orders(client, status="open", limit=2)
        taken = []
        with pytest.raises(ResponseError, match="max_pages"):
            for order in itertools.islice(walker, ENOUGH):
                taken.append(order)
    assert len(taken) == 10, "the five pages allowed, then the error"
