"""Feature endpoints of the ``orders`` area.

Placing, cancelling and listing orders.

Generated from ``spec/feature.yaml`` by ``python -m codegen generate``; edit the spec, not this file.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence

from .._runtime.check import DecimalInput
from .._runtime.client import Client
from .._runtime.pages import walk
from .models import (
    CancelOrderRequest,
    CancelOrderResponse,
    Fill,
    Leg,
    ListFillsRequest,
    ListHistoryRequest,
    ListOrdersRequest,
    Order,
    OrderPage,
    OrderType,
    PlaceOrderRequest,
    PlaceOrderResponse,
    PriceSource,
    Side,
    TimeInForce,
    Trigger,
)


def place_order(
    client: Client,
    *,
    symbol: str,
    side: Side | str,
    order_type: OrderType | str,
    size: DecimalInput,
    price: DecimalInput | None = None,
    time_in_force: TimeInForce | str | None = None,
    leverage: int | None = None,
    reduce_only: bool | None = None,
    client_oid: str | None = None,
    account_id: str | None = None,
    trigger: Trigger | None = None,
    legs: Sequence[Leg] | None = None,
    labels: Sequence[str] | None = None,
    price_source: PriceSource | str | None = None,
) -> PlaceOrderResponse:
    """Place an order.

    Places one order, optionally with a trigger and with legs.

    ``POST /v1/orders``, at most 10 per 1 s per UID.
    The arguments are the fields of `PlaceOrderRequest`, checked before anything is sent.
    Venue docs: https://docs.feature.example/place-order
    """
    request = PlaceOrderRequest(
        symbol=symbol,
        side=side,
        order_type=order_type,
        size=size,
        price=price,
        time_in_force=time_in_force,
        leverage=leverage,
        reduce_only=reduce_only,
        client_oid=client_oid,
        account_id=account_id,
        trigger=trigger,
        legs=legs,
        labels=labels,
        price_source=price_source,
    )
    return client.send(request)


def list_orders(
    client: Client,
    *,
    symbol: str,
    cursor: str | None = None,
    limit: int | None = None,
    side: Side | str | None = None,
    min_size: DecimalInput | None = None,
    with_legs: bool | None = None,
    account_id: str | None = None,
) -> OrderPage:
    """List open orders.

    ``GET /v1/orders``, at most 20 per 2 s per UID.
    The arguments are the fields of `ListOrdersRequest`, checked before anything is sent.
    Venue docs: https://docs.feature.example/list-orders
    """
    request = ListOrdersRequest(
        symbol=symbol,
        cursor=cursor,
        limit=limit,
        side=side,
        min_size=min_size,
        with_legs=with_legs,
        account_id=account_id,
    )
    return client.send(request)


def iter_list_orders(
    client: Client,
    *,
    symbol: str,
    cursor: str | None = None,
    limit: int | None = None,
    side: Side | str | None = None,
    min_size: DecimalInput | None = None,
    with_legs: bool | None = None,
    account_id: str | None = None,
) -> Iterator[Order]:
    """Every item of `list_orders`, one page request at a time, as the loop asks for them.

    Starts where the arguments say and asks for each next page by ``cursor`` (cursor style), until a page comes
    back empty, holds fewer items than ``limit``, says ``has_more`` is false or gives no next cursor.
    """
    request = ListOrdersRequest(
        symbol=symbol,
        cursor=cursor,
        limit=limit,
        side=side,
        min_size=min_size,
        with_legs=with_legs,
        account_id=account_id,
    )
    return walk(client, request)


def cancel_order(
    client: Client,
    *,
    order_id: str,
) -> CancelOrderResponse:
    """Cancel an order.

    ``DELETE /v1/orders/{orderId}``.
    The arguments are the fields of `CancelOrderRequest`, checked before anything is sent.
    Venue docs: https://docs.feature.example/cancel-order
    """
    request = CancelOrderRequest(
        order_id=order_id,
    )
    return client.send(request)


def list_fills(
    client: Client,
    *,
    after: str | None = None,
    limit: int | None = None,
) -> list[Fill]:
    """List fills.

    The newest fills first; the next page starts after the last fill of this one.

    ``GET /v1/fills``.
    The arguments are the fields of `ListFillsRequest`, checked before anything is sent.
    Venue docs: https://docs.feature.example/list-fills
    """
    request = ListFillsRequest(
        after=after,
        limit=limit,
    )
    return client.send(request)


def iter_list_fills(
    client: Client,
    *,
    after: str | None = None,
    limit: int | None = None,
) -> Iterator[Fill]:
    """Every item of `list_fills`, one page request at a time, as the loop asks for them.

    Starts where the arguments say and asks for each next page by ``after`` (cursor style), until a page comes
    back empty, holds fewer items than ``limit`` or gives no next cursor.
    """
    request = ListFillsRequest(
        after=after,
        limit=limit,
    )
    return walk(client, request)


def list_history(
    client: Client,
    *,
    offset: int | None = None,
    limit: int | None = None,
) -> list[Order]:
    """List finished orders.

    ``GET /v1/history``.
    The arguments are the fields of `ListHistoryRequest`, checked before anything is sent.
    Venue docs: https://docs.feature.example/list-history
    """
    request = ListHistoryRequest(
        offset=offset,
        limit=limit,
    )
    return client.send(request)


def iter_list_history(
    client: Client,
    *,
    offset: int | None = None,
    limit: int | None = None,
) -> Iterator[Order]:
    """Every item of `list_history`, one page request at a time, as the loop asks for them.

    Starts where the arguments say and asks for each next page by ``offset`` (offset style), until a page comes
    back empty or holds fewer items than ``limit``.
    """
    request = ListHistoryRequest(
        offset=offset,
        limit=limit,
    )
    return walk(client, request)
