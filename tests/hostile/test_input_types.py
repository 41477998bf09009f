"""Item 10 (input side): the checks hand the encoders plain ``int``, ``str`` and ``Decimal``, never the caller's object.

An ``int`` subclass whose ``__str__`` returns ``'60,"account":"margin"'`` used to write that text into the request;
a ``Decimal`` subclass its own ``__format__``; a ``str`` subclass its own ``encode`` into the path.  A lone surrogate
in a string was a raw ``UnicodeEncodeError`` at send time; it is a ``ValidationError`` when the model is built.
"""

from __future__ import annotations

import json
from decimal import Decimal
from typing import Any

import pytest

from venuebind import ValidationError, bingx, bitget, gate

INJECTED = '60,"account":"margin"'


class EvilInt(int):
    def __str__(self) -> str:
        return INJECTED

    __repr__ = __str__

    def __format__(self, spec: str) -> str:
        return INJECTED


class EvilStr(str):
    def __str__(self) -> str:
        return INJECTED

    def __format__(self, spec: str) -> str:
        return INJECTED

    def encode(self, encoding: str = "utf-8", errors: str = "strict") -> bytes:
        return INJECTED.encode()


class EvilDecimal(Decimal):
    def __str__(self) -> str:
        return INJECTED

    __repr__ = __str__

    def __format__(self, spec: Any, *args: Any) -> str:
        return INJECTED


class EvilFloat(float):
    def __repr__(self) -> str:
        return "1E+999999"


PLAN: dict[str, Any] = {
    "symbol": "TRXUSDT",
    "side": "buy",
    "trigger_price": Decimal("0.041572"),
    "order_type": "limit",
    "execute_price": "0.041572",
    "size": "151",
    "trigger_type": "fill_price",
}
GATE = gate.Credentials(api_key="k" * 32, secret_key="s" * 32)


def test_subclassed_values_are_stored_and_sent_as_plain_values() -> None:
    order: Any = bitget.models.PlacePlanOrderRequest(
        **{
            **PLAN,
            "symbol": EvilStr("TRXUSDT"),
            "trigger_price": EvilDecimal("0.041572"),
            "execute_price": EvilStr("0.041572"),
            "size": EvilInt(151),
            "client_oid": EvilStr("oid-1"),
        }
    )
    for name in ("symbol", "client_oid"):
        assert type(getattr(order, name)) is str
    for name in ("trigger_price", "execute_price", "size"):
        assert type(getattr(order, name)) is Decimal
    body = json.loads(order.wire_body())
    assert body["symbol"] == "TRXUSDT" and body["clientOid"] == "oid-1"
    assert body["triggerPrice"] == "0.041572" and body["size"] == "151"
    assert "account" not in body


def test_a_float_subclass_is_read_by_its_value_not_its_repr() -> None:
    order: Any = bitget.models.PlacePlanOrderRequest(**{**PLAN, "size": EvilFloat(0.5)})
    assert type(order.size) is Decimal and order.size == Decimal("0.5")


def test_an_int_subclass_cannot_write_into_the_query() -> None:
    request: Any = bingx.models.GetOpenOcoOrderListsRequest(page_index=EvilInt(1), page_size=EvilInt(20))
    assert type(request.page_index) is int and type(request.page_size) is int
    assert dict(request.wire_query()) == {"pageIndex": "1", "pageSize": "20"}
    listed: Any = gate.models.ListSpotPriceOrdersRequest(status="open", offset=EvilInt(60), limit=EvilInt(5))
    assert dict(listed.wire_query())["offset"] == "60"
    assert "offset=60&" in gate.prepare(listed, GATE, timestamp_ms=1_700_000_000_000).url + "&"


def test_a_str_subclass_cannot_write_into_the_path() -> None:
    request: Any = gate.models.CancelSpotPriceOrderRequest(order_id=EvilStr("1432329"))
    assert type(request.order_id) is str
    assert request.wire_path() == "/spot/price_orders/1432329"
    assert gate.prepare(request, GATE, timestamp_ms=1_700_000_000_000).url.endswith("/spot/price_orders/1432329")


@pytest.mark.parametrize(
    ("build", "field"),
    [
        (lambda: bitget.models.PlacePlanOrderRequest(**{**PLAN, "client_oid": "oid-\ud800"}), "clientOid"),
        (lambda: gate.models.CancelSpotPriceOrderRequest(order_id="14\udfff"), "order_id"),
        (lambda: gate.models.ListSpotPriceOrdersRequest(status="open", market="BTC_\ud83d"), "market"),
    ],
)
def test_a_lone_surrogate_is_a_validation_error_at_build(build: Any, field: str) -> None:
    with pytest.raises(ValidationError, match=field):
        build()
