"""BingX perpetual swap orders through the generated functions, against the sandbox venue, with a ``Client`` and an
``AsyncClient`` alike: place -> open orders (finds it) -> query -> cancel -> open orders (gone) -> query (cancelled)
-> cancel again (not found), for a trailing stop and for an order carrying a take-profit and a stop-loss as JSON text.
"""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from decimal import Decimal
from typing import Any, TypeVar

import pytest

from tests.e2e.conftest import CREDENTIALS, FAST, client_for
from venuebind import InvalidRequestError, NotFoundError, ValidationError, bingx, sandbox

T = TypeVar("T")
swap = bingx.swap_trade
models = bingx.models
Life = Callable[[Any, sandbox.Sandbox], Awaitable[None]]


async def done(value: T | Awaitable[T]) -> T:
    """The result of an endpoint function: as returned by a ``Client``, awaited from an ``AsyncClient``."""
    return await value if inspect.isawaitable(value) else value


@asynccontextmanager
async def bingx_client(kind: str, base_url: str) -> AsyncIterator[Any]:
    if kind == "sync":
        with client_for("bingx", base_url, pacer=None) as client:
            yield client
    else:
        credentials = bingx.Credentials(**CREDENTIALS["bingx"])
        async with bingx.AsyncClient(credentials, base_url=base_url, timeout=FAST, pacer=None) as client:
            yield client


def live(kind: str, life: Life) -> None:
    """Run ``life`` with a fresh BingX sandbox and a client of ``kind``."""

    async def main(venue: sandbox.Sandbox) -> None:
        async with bingx_client(kind, venue.base_url) as client:
            await life(client, venue)

    with sandbox.start("bingx", **CREDENTIALS["bingx"]) as venue:
        asyncio.run(main(venue))


BOTH = pytest.mark.parametrize("kind", ["sync", "async"])


@BOTH
def test_trailing_stop_life(kind: str) -> None:
    async def life(client: Any, venue: sandbox.Sandbox) -> None:
        placed = await done(
            swap.place_swap_order(
                client, symbol="BTC-USDT", type="TRAILING_STOP_MARKET", side="SELL", position_side="LONG",
                quantity="0.01", price_rate=Decimal("0.02"), activation_price="31000",
            )
        )  # fmt: skip
        order_id = placed.order.order_id
        assert order_id is not None and int(order_id) > 2**53, "an exact id above what a float holds"

        (listed,) = (await done(swap.get_swap_open_orders(client, symbol="BTC-USDT"))).orders
        assert (listed.order_id, listed.type, listed.price_rate) == (order_id, "TRAILING_STOP_MARKET", Decimal("0.02"))
        assert listed.act_price == Decimal("31000") and listed.status == "NEW"
        only_limits = await done(swap.get_swap_open_orders(client, symbol="BTC-USDT", type="LIMIT"))
        assert only_limits.orders == []

        queried = (await done(swap.get_swap_order(client, symbol="BTC-USDT", order_id=order_id))).order
        assert (queried.order_id, queried.side, queried.orig_qty) == (order_id, "SELL", Decimal("0.01"))

        cancelled = (await done(swap.cancel_swap_order(client, symbol="BTC-USDT", order_id=order_id))).order
        assert (cancelled.order_id, cancelled.status) == (order_id, "CANCELLED")
        assert (await done(swap.get_swap_open_orders(client))).orders == []
        after = (await done(swap.get_swap_order(client, symbol="BTC-USDT", order_id=order_id))).order
        assert after.status == "CANCELLED"

        with pytest.raises(NotFoundError) as again:
            await done(swap.cancel_swap_order(client, symbol="BTC-USDT", order_id=order_id))
        assert again.value.code == "80016"
        with pytest.raises(ValidationError) as refused:  # the page: LIMIT and MARKET orders only, before any I/O
            swap.place_swap_order(
                client, symbol="BTC-USDT", type="TRAILING_TP_SL", side="SELL", price="150", quantity="0.01",
                client_order_id="trail-1",
            )  # fmt: skip
        assert refused.value.path == "clientOrderId"

    live(kind, life)


@BOTH
def test_order_with_take_profit_and_stop_loss_life(kind: str) -> None:
    take_profit = models.SwapTakeProfit(type="TAKE_PROFIT", stop_price="35000", price=Decimal("35010.5"))
    stop_loss = models.SwapStopLoss(type="STOP_MARKET", stop_price=Decimal("2.8E+4"), working_type="MARK_PRICE")

    async def life(client: Any, venue: sandbox.Sandbox) -> None:
        placed = await done(
            swap.place_swap_order(
                client, symbol="BTC-USDT", type="LIMIT", side="BUY", position_side="LONG", quantity="0.01",
                price="30000", take_profit=take_profit, stop_loss=stop_loss, client_order_id="TpSl-1",
            )
        )  # fmt: skip
        assert placed.order.client_order_id == "tpsl-1", "the venue keeps client ids in lower case"
        (order,) = venue.orders
        assert order.params["takeProfit"] == {"type": "TAKE_PROFIT", "stopPrice": "35000", "price": "35010.5"}
        assert order.params["stopLoss"] == {"type": "STOP_MARKET", "stopPrice": "28000", "workingType": "MARK_PRICE"}

        (listed,) = (await done(swap.get_swap_open_orders(client, symbol="BTC-USDT"))).orders
        assert (listed.order_id, listed.type, listed.price) == (placed.order.order_id, "LIMIT", Decimal("30000"))
        queried = (await done(swap.get_swap_order(client, symbol="BTC-USDT", client_order_id="tpsl-1"))).order
        assert queried.order_id == placed.order.order_id

        cancelled = await done(swap.cancel_swap_order(client, symbol="BTC-USDT", client_order_id="tpsl-1"))
        assert cancelled.order.status == "CANCELLED"
        assert (await done(swap.get_swap_open_orders(client))).orders == []

        # A MARKET order fills at once; its take-profit and stop-loss become open orders that close the position.
        await done(
            swap.place_swap_order(
                client, symbol="BTC-USDT", type="MARKET", side="BUY", position_side="LONG", quantity="0.02",
                take_profit=models.SwapTakeProfit(type="TAKE_PROFIT_MARKET", stop_price="35000"), stop_loss=stop_loss,
            )
        )  # fmt: skip
        attached = (await done(swap.get_swap_open_orders(client, symbol="BTC-USDT"))).orders
        assert sorted((o.type, o.side, o.stop_price, o.orig_qty) for o in attached) == [
            ("STOP_MARKET", "SELL", Decimal("28000"), Decimal("0.02")),
            ("TAKE_PROFIT_MARKET", "SELL", Decimal("35000"), Decimal("0.02")),
        ]
        for each in attached:
            await done(swap.cancel_swap_order(client, symbol="BTC-USDT", order_id=each.order_id))
        assert (await done(swap.get_swap_open_orders(client))).orders == []

    live(kind, life)


def test_a_take_profit_is_checked_like_any_model_before_anything_is_sent() -> None:
    with pytest.raises(ValidationError) as missing:
        models.SwapTakeProfit(type="TAKE_PROFIT", stop_price="35000")
    assert missing.value.path == "price" and "required when type is 'TAKE_PROFIT'" in str(missing.value)
    with pytest.raises(ValidationError) as wrong:
        models.SwapStopLoss(type="TAKE_PROFIT_MARKET", stop_price="1")
    assert wrong.value.path == "type"
    with pytest.raises(ValidationError) as nested:
        models.PlaceSwapOrderRequest.from_wire(
            {"symbol": "BTC-USDT", "type": "LIMIT", "side": "BUY", "takeProfit": {"type": "TAKE_PROFIT"}}
        )
    assert nested.value.path.startswith("takeProfit.")
    with pytest.raises(ValidationError) as not_a_model:
        models.PlaceSwapOrderRequest(
            symbol="BTC-USDT", type="LIMIT", side="BUY", take_profit={"type": "TAKE_PROFIT_MARKET"}
        )
    assert not_a_model.value.path == "takeProfit"


@BOTH
def test_the_query_arrives_as_it_was_signed(kind: str) -> None:
    """The client sends the prepared query byte for byte: an HTTP library that normalises percent-escapes (yarl
    writes %3A and %2C back as : and ,) would change the text the signature covers."""

    async def life(client: Any, venue: sandbox.Sandbox) -> None:
        request = models.PlaceSwapOrderRequest(
            symbol="BTC-USDT", type="MARKET", side="BUY", quantity="1",
            stop_loss=models.SwapStopLoss(type="STOP", stop_price="1", price="0.9"),
        )  # fmt: skip
        await done(client.send(request))
        prepared = bingx.prepare(request, bingx.Credentials(**CREDENTIALS["bingx"]), timestamp_ms=0)
        sent = prepared.url.partition("?")[2].partition("&timestamp=")[0]
        assert "%3A" in sent and "%2C" in sent
        (received,) = [record.query for record in venue.requests if record.path.endswith("/trade/order")]
        assert received.startswith(sent + "&timestamp=")

    live(kind, life)


def test_the_sandbox_refuses_what_the_model_refuses() -> None:
    """Sent around the model's checks, a client id on a trailing stop is the venue's own refusal (100400)."""
    request = models.PlaceSwapOrderRequest(symbol="BTC-USDT", type="LIMIT", side="SELL", price="150", quantity="1")
    object.__setattr__(request, "type", models.SwapOrderType.TRAILING_TP_SL)
    object.__setattr__(request, "client_order_id", "trail-1")
    with sandbox.start("bingx", **CREDENTIALS["bingx"]) as venue, client_for("bingx", venue.base_url) as client:
        with pytest.raises(InvalidRequestError) as refused:
            client.send(request)
    assert refused.value.code == "100400" and "clientOrderId" in str(refused.value)


def test_a_placed_order_answer_as_recorded_by_ccxt_parses() -> None:
    """The shape ccxt recorded for a swap MARKET order with TP/SL: a JSON boolean reduceOnly (the page says text),
    clientOrderID spelt with a capital D, a 19-digit orderId as a JSON number; none of it may lose the placed order."""
    request = models.PlaceSwapOrderRequest(symbol="LTC-USDT", type="MARKET", side="BUY", quantity="1")
    body = (
        b'{"code":0,"msg":"","data":{"order":{"orderId":1741440894764281900,"symbol":"LTC-USDT","positionSide":'
        b'"LONG","side":"BUY","type":"MARKET","price":0,"quantity":1,"stopPrice":0,"workingType":"MARK_PRICE",'
        b'"clientOrderID":"","timeInForce":"GTC","priceRate":0,"stopLoss":"{\\"stopPrice\\":50}","reduceOnly":false}}}'
    )
    order = bingx.parse(request, status=200, headers={}, body=body).order
    assert order.order_id == "1741440894764281900" and order.type == "MARKET"
    assert order.extra["reduceOnly"] is False and order.extra["clientOrderID"] == ""
