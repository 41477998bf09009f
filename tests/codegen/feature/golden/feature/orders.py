"""Feature endpoints of the ``orders`` area.

Placing, cancelling and listing orders.

Generated from ``spec/feature.yaml`` by ``python -m codegen generate``; edit the spec, not this file.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Coroutine, Iterator, Sequence
from typing import Any, Literal, overload

from .._runtime.check import DecimalInput
from .._runtime.feature import AsyncClient, Client
from ._orders_models import (
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
    PriceBand,
    PriceSource,
    Side,
    TimeInForce,
    Trigger,
)


@overload
def place_order(
    client: Client,
    *,
    symbol: str,
    close_size: DecimalInput | None,
    side: Side | Literal["buy", "sell"],
    order_type: OrderType | Literal["limit", "market"],
    size: DecimalInput,
    price: DecimalInput | None = None,
    time_in_force: TimeInForce | Literal["gtc", "ioc", "fok", "post_only"] | None = None,
    leverage: int | None = None,
    reduce_only: bool | None = None,
    client_oid: str | None = None,
    account_id: str | None = None,
    expire_time: int | None = None,
    trigger: Trigger | None = None,
    legs: Sequence[Leg] | None = None,
    labels: Sequence[str] | None = None,
    price_source: PriceSource | Literal["last", "mark", 'index "spot"'] | None = None,
) -> PlaceOrderResponse: ...
@overload
def place_order(
    client: AsyncClient,
    *,
    symbol: str,
    close_size: DecimalInput | None,
    side: Side | Literal["buy", "sell"],
    order_type: OrderType | Literal["limit", "market"],
    size: DecimalInput,
    price: DecimalInput | None = None,
    time_in_force: TimeInForce | Literal["gtc", "ioc", "fok", "post_only"] | None = None,
    leverage: int | None = None,
    reduce_only: bool | None = None,
    client_oid: str | None = None,
    account_id: str | None = None,
    expire_time: int | None = None,
    trigger: Trigger | None = None,
    legs: Sequence[Leg] | None = None,
    labels: Sequence[str] | None = None,
    price_source: PriceSource | Literal["last", "mark", 'index "spot"'] | None = None,
) -> Coroutine[Any, Any, PlaceOrderResponse]: ...
def place_order(
    client: Client | AsyncClient,
    *,
    symbol: str,
    close_size: DecimalInput | None,
    side: Side | Literal["buy", "sell"],
    order_type: OrderType | Literal["limit", "market"],
    size: DecimalInput,
    price: DecimalInput | None = None,
    time_in_force: TimeInForce | Literal["gtc", "ioc", "fok", "post_only"] | None = None,
    leverage: int | None = None,
    reduce_only: bool | None = None,
    client_oid: str | None = None,
    account_id: str | None = None,
    expire_time: int | None = None,
    trigger: Trigger | None = None,
    legs: Sequence[Leg] | None = None,
    labels: Sequence[str] | None = None,
    price_source: PriceSource | Literal["last", "mark", 'index "spot"'] | None = None,
) -> PlaceOrderResponse | Coroutine[Any, Any, PlaceOrderResponse]:
    """Place an order.

    Places one order, optionally with a trigger and with legs.

    ``POST /v1/orders``, at most 10 per 1 s per UID.
    The arguments are the fields of `PlaceOrderRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://docs.feature.example/place-order

    Args:
        client: The Feature client that signs and sends the request (``feature.Client``).
        symbol: The market.
        close_size: How much of the position the order may close; empty to close all of it. A decimal. ``None`` sends
            the empty string ``""``.
        side: Buy or sell. One of ``buy``, ``sell``.
        order_type: Limit or market. One of ``limit``, ``market``.
        size: Quantity in base currency. A decimal.
        price: Limit price. A decimal. Optional: left out, it is not sent.
        time_in_force: How long the order rests. One of ``gtc``, ``ioc``, ``fok``, ``post_only``. The venue's default:
            ``gtc``. Optional: left out, it is not sent.
        leverage: Leverage for this order. Optional: left out, it is not sent.
        reduce_only: Whether the order may only reduce a position. Optional: left out, it is not sent.
        client_oid: The client's own id for the order. Optional: left out, it is not sent.
        account_id: The sub-account that places the order. Optional: left out, it is not sent.
        expire_time: When the order lapses, in milliseconds since the epoch; the wire writes the digits as text.
            Optional: left out, it is not sent.
        trigger: Place the order only once the price crosses this. Optional: left out, it is not sent.
        legs: Take-profit and stop-loss legs. Optional: left out, it is not sent.
        labels: Free-form labels. Optional: left out, it is not sent.
        price_source: Which price the trigger watches; one value needs escaping in JSON. One of ``last``, ``mark``,
            ``index "spot"``. Optional: left out, it is not sent.

    Returns:
        The venue's answer as a `PlaceOrderResponse`.

    Raises:
        ValidationError: An argument breaks the spec (its message names the argument and the wire field); nothing
            was sent.
        VenueError: The venue refused the request; the subclass says why (``AuthenticationError``,
            ``RateLimitError``, ``InvalidRequestError``, ``NotFoundError``, ``ServerError``, ...).
        TransportError: No answer arrived; ``may_have_reached`` says whether the venue may have acted. Never
            retried: look the order up before sending it again.
    """
    request = PlaceOrderRequest(
        symbol=symbol,
        close_size=close_size,
        side=side,
        order_type=order_type,
        size=size,
        price=price,
        time_in_force=time_in_force,
        leverage=leverage,
        reduce_only=reduce_only,
        client_oid=client_oid,
        account_id=account_id,
        expire_time=expire_time,
        trigger=trigger,
        legs=legs,
        labels=labels,
        price_source=price_source,
    )
    return client.send(request)


@overload
def list_orders(
    client: Client,
    *,
    symbol: str,
    cursor: str | None = None,
    limit: int | None = None,
    side: Side | Literal["buy", "sell"] | None = None,
    min_size: DecimalInput | None = None,
    since: int | None = None,
    with_legs: bool | None = None,
    account_id: str | None = None,
    price_band: PriceBand | None = None,
) -> OrderPage: ...
@overload
def list_orders(
    client: AsyncClient,
    *,
    symbol: str,
    cursor: str | None = None,
    limit: int | None = None,
    side: Side | Literal["buy", "sell"] | None = None,
    min_size: DecimalInput | None = None,
    since: int | None = None,
    with_legs: bool | None = None,
    account_id: str | None = None,
    price_band: PriceBand | None = None,
) -> Coroutine[Any, Any, OrderPage]: ...
def list_orders(
    client: Client | AsyncClient,
    *,
    symbol: str,
    cursor: str | None = None,
    limit: int | None = None,
    side: Side | Literal["buy", "sell"] | None = None,
    min_size: DecimalInput | None = None,
    since: int | None = None,
    with_legs: bool | None = None,
    account_id: str | None = None,
    price_band: PriceBand | None = None,
) -> OrderPage | Coroutine[Any, Any, OrderPage]:
    """List open orders.

    ``GET /v1/orders``, at most 20 per 2 s per UID.
    The arguments are the fields of `ListOrdersRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://docs.feature.example/list-orders

    Args:
        client: The Feature client that signs and sends the request (``feature.Client``).
        symbol: The market.
        cursor: Where the page starts; the previous page's nextCursor. Optional: left out, it is not sent.
        limit: Page size. The venue's default: ``20``. Optional: left out, it is not sent.
        side: Only orders on this side. One of ``buy``, ``sell``. Optional: left out, it is not sent.
        min_size: Only orders at least this large. A decimal. Optional: left out, it is not sent.
        since: Only orders placed since this time, in milliseconds since the epoch. Optional: left out, it is not sent.
        with_legs: Whether to include each order's legs. Optional: left out, it is not sent.
        account_id: The sub-account. Optional: left out, it is not sent.
        price_band: Only orders priced within this band, sent as JSON text. Optional: left out, it is not sent.

    Returns:
        The venue's answer as a `OrderPage`.

    Raises:
        ValidationError: An argument breaks the spec (its message names the argument and the wire field); nothing
            was sent.
        VenueError: The venue refused the request; the subclass says why (``AuthenticationError``,
            ``RateLimitError``, ``InvalidRequestError``, ``NotFoundError``, ``ServerError``, ...).
        TransportError: No answer arrived (after the client's retries, if any).
    """
    request = ListOrdersRequest(
        symbol=symbol,
        cursor=cursor,
        limit=limit,
        side=side,
        min_size=min_size,
        since=since,
        with_legs=with_legs,
        account_id=account_id,
        price_band=price_band,
    )
    return client.send(request)


@overload
def iter_list_orders(
    client: Client,
    *,
    symbol: str,
    cursor: str | None = None,
    limit: int | None = None,
    side: Side | Literal["buy", "sell"] | None = None,
    min_size: DecimalInput | None = None,
    since: int | None = None,
    with_legs: bool | None = None,
    account_id: str | None = None,
    price_band: PriceBand | None = None,
) -> Iterator[Order]: ...
@overload
def iter_list_orders(
    client: AsyncClient,
    *,
    symbol: str,
    cursor: str | None = None,
    limit: int | None = None,
    side: Side | Literal["buy", "sell"] | None = None,
    min_size: DecimalInput | None = None,
    since: int | None = None,
    with_legs: bool | None = None,
    account_id: str | None = None,
    price_band: PriceBand | None = None,
) -> AsyncIterator[Order]: ...
def iter_list_orders(
    client: Client | AsyncClient,
    *,
    symbol: str,
    cursor: str | None = None,
    limit: int | None = None,
    side: Side | Literal["buy", "sell"] | None = None,
    min_size: DecimalInput | None = None,
    since: int | None = None,
    with_legs: bool | None = None,
    account_id: str | None = None,
    price_band: PriceBand | None = None,
) -> Iterator[Order] | AsyncIterator[Order]:
    """Every item of `list_orders`, one page request at a time, as the loop asks for them.

    Starts where the arguments say and asks for each next page by ``cursor`` (cursor style), until a page comes
    back empty, holds fewer items than ``limit``, says ``has_more`` is false or gives no next cursor.
    With an ``AsyncClient``, loop with ``async for``.

    Args:
        client: The Feature client that signs and sends the request (``feature.Client``).
        symbol: The market.
        cursor: Where the page starts; the previous page's nextCursor. Optional: left out, it is not sent.
        limit: Page size. The venue's default: ``20``. Optional: left out, it is not sent.
        side: Only orders on this side. One of ``buy``, ``sell``. Optional: left out, it is not sent.
        min_size: Only orders at least this large. A decimal. Optional: left out, it is not sent.
        since: Only orders placed since this time, in milliseconds since the epoch. Optional: left out, it is not sent.
        with_legs: Whether to include each order's legs. Optional: left out, it is not sent.
        account_id: The sub-account. Optional: left out, it is not sent.
        price_band: Only orders priced within this band, sent as JSON text. Optional: left out, it is not sent.

    Yields:
        Each `Order`, in the venue's order; a page is requested only when the loop needs its items.

    Raises:
        ValidationError: An argument breaks the spec; nothing was sent.
        VenueError: The venue refused a page request (reads are retried by the client's policy first).
        TransportError: A page's answer did not arrive.
    """
    request = ListOrdersRequest(
        symbol=symbol,
        cursor=cursor,
        limit=limit,
        side=side,
        min_size=min_size,
        since=since,
        with_legs=with_legs,
        account_id=account_id,
        price_band=price_band,
    )
    return client.walk(request)


@overload
def cancel_order(
    client: Client,
    *,
    order_id: str,
) -> CancelOrderResponse: ...
@overload
def cancel_order(
    client: AsyncClient,
    *,
    order_id: str,
) -> Coroutine[Any, Any, CancelOrderResponse]: ...
def cancel_order(
    client: Client | AsyncClient,
    *,
    order_id: str,
) -> CancelOrderResponse | Coroutine[Any, Any, CancelOrderResponse]:
    """Cancel an order.

    ``DELETE /v1/orders/{orderId}``.
    The arguments are the fields of `CancelOrderRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://docs.feature.example/cancel-order

    Args:
        client: The Feature client that signs and sends the request (``feature.Client``).
        order_id: The order to cancel, as the venue numbered it.

    Returns:
        The venue's answer as a `CancelOrderResponse`.

    Raises:
        ValidationError: An argument breaks the spec (its message names the argument and the wire field); nothing
            was sent.
        VenueError: The venue refused the request; the subclass says why (``AuthenticationError``,
            ``RateLimitError``, ``InvalidRequestError``, ``NotFoundError``, ``ServerError``, ...).
        TransportError: No answer arrived; ``may_have_reached`` says whether the venue may have acted. Never
            retried: look the order up before sending it again.
    """
    request = CancelOrderRequest(
        order_id=order_id,
    )
    return client.send(request)


@overload
def list_fills(
    client: Client,
    *,
    after: str | None = None,
    limit: int | None = None,
) -> list[Fill]: ...
@overload
def list_fills(
    client: AsyncClient,
    *,
    after: str | None = None,
    limit: int | None = None,
) -> Coroutine[Any, Any, list[Fill]]: ...
def list_fills(
    client: Client | AsyncClient,
    *,
    after: str | None = None,
    limit: int | None = None,
) -> list[Fill] | Coroutine[Any, Any, list[Fill]]:
    """List fills.

    The newest fills first; the next page starts after the last fill of this one.

    ``GET /v1/fills``.
    The arguments are the fields of `ListFillsRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://docs.feature.example/list-fills

    Args:
        client: The Feature client that signs and sends the request (``feature.Client``).
        after: Fills older than this fill id. Optional: left out, it is not sent.
        limit: Page size. Optional: left out, it is not sent.

    Returns:
        The venue's answer as a list of `Fill`.

    Raises:
        ValidationError: An argument breaks the spec (its message names the argument and the wire field); nothing
            was sent.
        VenueError: The venue refused the request; the subclass says why (``AuthenticationError``,
            ``RateLimitError``, ``InvalidRequestError``, ``NotFoundError``, ``ServerError``, ...).
        TransportError: No answer arrived (after the client's retries, if any).
    """
    request = ListFillsRequest(
        after=after,
        limit=limit,
    )
    return client.send(request)


@overload
def iter_list_fills(
    client: Client,
    *,
    after: str | None = None,
    limit: int | None = None,
) -> Iterator[Fill]: ...
@overload
def iter_list_fills(
    client: AsyncClient,
    *,
    after: str | None = None,
    limit: int | None = None,
) -> AsyncIterator[Fill]: ...
def iter_list_fills(
    client: Client | AsyncClient,
    *,
    after: str | None = None,
    limit: int | None = None,
) -> Iterator[Fill] | AsyncIterator[Fill]:
    """Every item of `list_fills`, one page request at a time, as the loop asks for them.

    Starts where the arguments say and asks for each next page by ``after`` (cursor style), until a page comes
    back empty, holds fewer items than ``limit`` or gives no next cursor.
    With an ``AsyncClient``, loop with ``async for``.

    Args:
        client: The Feature client that signs and sends the request (``feature.Client``).
        after: Fills older than this fill id. Optional: left out, it is not sent.
        limit: Page size. Optional: left out, it is not sent.

    Yields:
        Each `Fill`, in the venue's order; a page is requested only when the loop needs its items.

    Raises:
        ValidationError: An argument breaks the spec; nothing was sent.
        VenueError: The venue refused a page request (reads are retried by the client's policy first).
        TransportError: A page's answer did not arrive.
    """
    request = ListFillsRequest(
        after=after,
        limit=limit,
    )
    return client.walk(request)


@overload
def list_history(
    client: Client,
    *,
    offset: int | None = None,
    limit: int | None = None,
) -> list[Order]: ...
@overload
def list_history(
    client: AsyncClient,
    *,
    offset: int | None = None,
    limit: int | None = None,
) -> Coroutine[Any, Any, list[Order]]: ...
def list_history(
    client: Client | AsyncClient,
    *,
    offset: int | None = None,
    limit: int | None = None,
) -> list[Order] | Coroutine[Any, Any, list[Order]]:
    """List finished orders.

    ``GET /v1/history``.
    The arguments are the fields of `ListHistoryRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://docs.feature.example/list-history

    Args:
        client: The Feature client that signs and sends the request (``feature.Client``).
        offset: How many orders to skip. Optional: left out, it is not sent.
        limit: Page size. Optional: left out, it is not sent.

    Returns:
        The venue's answer as a list of `Order` (a single object comes back as a one-item list).

    Raises:
        ValidationError: An argument breaks the spec (its message names the argument and the wire field); nothing
            was sent.
        VenueError: The venue refused the request; the subclass says why (``AuthenticationError``,
            ``RateLimitError``, ``InvalidRequestError``, ``NotFoundError``, ``ServerError``, ...).
        TransportError: No answer arrived (after the client's retries, if any).
    """
    request = ListHistoryRequest(
        offset=offset,
        limit=limit,
    )
    return client.send(request)


@overload
def iter_list_history(
    client: Client,
    *,
    offset: int | None = None,
    limit: int | None = None,
) -> Iterator[Order]: ...
@overload
def iter_list_history(
    client: AsyncClient,
    *,
    offset: int | None = None,
    limit: int | None = None,
) -> AsyncIterator[Order]: ...
def iter_list_history(
    client: Client | AsyncClient,
    *,
    offset: int | None = None,
    limit: int | None = None,
) -> Iterator[Order] | AsyncIterator[Order]:
    """Every item of `list_history`, one page request at a time, as the loop asks for them.

    Starts where the arguments say and asks for each next page by ``offset`` (offset style), until a page comes
    back empty or holds fewer items than ``limit``.
    With an ``AsyncClient``, loop with ``async for``.

    Args:
        client: The Feature client that signs and sends the request (``feature.Client``).
        offset: How many orders to skip. Optional: left out, it is not sent.
        limit: Page size. Optional: left out, it is not sent.

    Yields:
        Each `Order`, in the venue's order; a page is requested only when the loop needs its items.

    Raises:
        ValidationError: An argument breaks the spec; nothing was sent.
        VenueError: The venue refused a page request (reads are retried by the client's policy first).
        TransportError: A page's answer did not arrive.
    """
    request = ListHistoryRequest(
        offset=offset,
        limit=limit,
    )
    return client.walk(request)
