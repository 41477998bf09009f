"""Bitget endpoints of the ``margin_crossed`` area.

Trading on the cross-margin account.

Generated from ``spec/bitget.yaml`` by ``python -m codegen generate``; edit the spec, not this file.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Coroutine, Iterator, Sequence
from typing import Any, Literal, overload

from .._runtime.bitget import AsyncClient, Client
from ._margin_crossed_models import (
    BatchCancelCrossedOrdersRequest,
    BatchCancelCrossedOrdersResponse,
    BatchPlaceCrossedOrdersRequest,
    CrossedHistoryOrder,
    CrossedOpenOrder,
    GetCrossedHistoryOrdersRequest,
    GetCrossedHistoryOrdersResponse,
    GetCrossedOpenOrdersRequest,
    GetCrossedOpenOrdersResponse,
)
from ._shared_models import BatchPlaceIsolatedOrdersResponse, EnterPointSource, IsolatedBatchOrderItem, IsolatedOrderRef


@overload
def batch_place_crossed_orders(
    client: Client,
    *,
    symbol: str,
    order_list: Sequence[IsolatedBatchOrderItem],
) -> BatchPlaceIsolatedOrdersResponse: ...
@overload
def batch_place_crossed_orders(
    client: AsyncClient,
    *,
    symbol: str,
    order_list: Sequence[IsolatedBatchOrderItem],
) -> Coroutine[Any, Any, BatchPlaceIsolatedOrdersResponse]: ...
def batch_place_crossed_orders(
    client: Client | AsyncClient,
    *,
    symbol: str,
    order_list: Sequence[IsolatedBatchOrderItem],
) -> BatchPlaceIsolatedOrdersResponse | Coroutine[Any, Any, BatchPlaceIsolatedOrdersResponse]:
    """Place several cross-margin orders in one request.

    Places a batch of orders on one cross-margin symbol. Each entry of `orderList` is a separate order, with the
    same fields as an isolated-margin batch entry; the answer lists the entries that were placed and the ones that
    failed. The envelope code is "00000" even when some entries fail, so check `failureList`. The page states no
    maximum number of entries.

    ``POST /api/v2/margin/crossed/batch-place-order``, at most 10 per 1 s per UID.
    The arguments are the fields of `BatchPlaceCrossedOrdersRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://www.bitget.com/api-doc/margin/cross/trade/Cross-Batch-Order

    Args:
        client: The Bitget client that signs and sends the request (``bitget.Client``).
        symbol: Trading pair that every entry is placed on.
        order_list: The orders to place, one entry per order, with the same fields as an isolated-margin batch entry.
            The page states no maximum count.

    Returns:
        The venue's answer as a `BatchPlaceIsolatedOrdersResponse`.

    Raises:
        ValidationError: An argument breaks the spec (its message names the argument and the wire field); nothing
            was sent.
        VenueError: The venue refused the request; the subclass says why (``AuthenticationError``,
            ``RateLimitError``, ``InvalidRequestError``, ``NotFoundError``, ``ServerError``, ...).
        TransportError: No answer arrived; ``may_have_reached`` says whether the venue may have acted. Never
            retried: look the order up before sending it again.
    """
    request = BatchPlaceCrossedOrdersRequest(
        symbol=symbol,
        order_list=order_list,
    )
    return client.send(request)


@overload
def batch_cancel_crossed_orders(
    client: Client,
    *,
    symbol: str,
    order_id_list: Sequence[IsolatedOrderRef],
) -> BatchCancelCrossedOrdersResponse: ...
@overload
def batch_cancel_crossed_orders(
    client: AsyncClient,
    *,
    symbol: str,
    order_id_list: Sequence[IsolatedOrderRef],
) -> Coroutine[Any, Any, BatchCancelCrossedOrdersResponse]: ...
def batch_cancel_crossed_orders(
    client: Client | AsyncClient,
    *,
    symbol: str,
    order_id_list: Sequence[IsolatedOrderRef],
) -> BatchCancelCrossedOrdersResponse | Coroutine[Any, Any, BatchCancelCrossedOrdersResponse]:
    """Cancel several cross-margin orders in one request.

    Cancels the listed orders of one cross-margin symbol; each entry of `orderIdList` names an order by `orderId`
    or `clientOid`. The envelope code is "00000" even when some entries fail, so check `failureList`.

    ``POST /api/v2/margin/crossed/batch-cancel-order``, at most 10 per 1 s per UID.
    The arguments are the fields of `BatchCancelCrossedOrdersRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://www.bitget.com/api-doc/margin/cross/trade/Cross-Batch-Cancel-Order

    Args:
        client: The Bitget client that signs and sends the request (``bitget.Client``).
        symbol: Trading pair of the orders, e.g. BTCUSDT.
        order_id_list: The orders to cancel, at least one, each named by `orderId` or `clientOid`.

    Returns:
        The venue's answer as a `BatchCancelCrossedOrdersResponse`.

    Raises:
        ValidationError: An argument breaks the spec (its message names the argument and the wire field); nothing
            was sent.
        VenueError: The venue refused the request; the subclass says why (``AuthenticationError``,
            ``RateLimitError``, ``InvalidRequestError``, ``NotFoundError``, ``ServerError``, ...).
        TransportError: No answer arrived; ``may_have_reached`` says whether the venue may have acted. Never
            retried: look the order up before sending it again.
    """
    request = BatchCancelCrossedOrdersRequest(
        symbol=symbol,
        order_id_list=order_id_list,
    )
    return client.send(request)


@overload
def get_crossed_open_orders(
    client: Client,
    *,
    symbol: str,
    start_time: int,
    order_id: str | None = None,
    client_oid: str | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    id_less_than: str | None = None,
) -> GetCrossedOpenOrdersResponse: ...
@overload
def get_crossed_open_orders(
    client: AsyncClient,
    *,
    symbol: str,
    start_time: int,
    order_id: str | None = None,
    client_oid: str | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    id_less_than: str | None = None,
) -> Coroutine[Any, Any, GetCrossedOpenOrdersResponse]: ...
def get_crossed_open_orders(
    client: Client | AsyncClient,
    *,
    symbol: str,
    start_time: int,
    order_id: str | None = None,
    client_oid: str | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    id_less_than: str | None = None,
) -> GetCrossedOpenOrdersResponse | Coroutine[Any, Any, GetCrossedOpenOrdersResponse]:
    """List open cross-margin orders.

    Lists the unfinished orders of one cross-margin symbol created from `startTime` on, newest first, one page at
    a time. The next (older) page is asked for by passing the `minId` of the previous answer as `idLessThan`.

    ``GET /api/v2/margin/crossed/open-orders``, at most 10 per 1 s per UID.
    The arguments are the fields of `GetCrossedOpenOrdersRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://www.bitget.com/api-doc/margin/cross/trade/Get-Cross-Open-Orders

    Args:
        client: The Bitget client that signs and sends the request (``bitget.Client``).
        symbol: Trading pair, e.g. BTCUSDT.
        start_time: Earliest creation time, Unix milliseconds.
        order_id: Only this order. Optional: left out, it is not sent.
        client_oid: Only the order with this client-chosen ID. Optional: left out, it is not sent.
        end_time: Latest creation time, Unix milliseconds. Optional: left out, it is not sent.
        limit: Page size, 1 to 500; 100 when left out. The venue's default: ``100``. Optional: left out, it is not sent.
        id_less_than: Cursor: only orders older than this one are returned. Pass the `minId` of the previous answer;
            leave it out for the first page. Optional: left out, it is not sent.

    Returns:
        The venue's answer as a `GetCrossedOpenOrdersResponse`.

    Raises:
        ValidationError: An argument breaks the spec (its message names the argument and the wire field); nothing
            was sent.
        VenueError: The venue refused the request; the subclass says why (``AuthenticationError``,
            ``RateLimitError``, ``InvalidRequestError``, ``NotFoundError``, ``ServerError``, ...).
        TransportError: No answer arrived (after the client's retries, if any).
    """
    request = GetCrossedOpenOrdersRequest(
        symbol=symbol,
        order_id=order_id,
        client_oid=client_oid,
        start_time=start_time,
        end_time=end_time,
        limit=limit,
        id_less_than=id_less_than,
    )
    return client.send(request)


@overload
def iter_get_crossed_open_orders(
    client: Client,
    *,
    symbol: str,
    start_time: int,
    order_id: str | None = None,
    client_oid: str | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    id_less_than: str | None = None,
) -> Iterator[CrossedOpenOrder]: ...
@overload
def iter_get_crossed_open_orders(
    client: AsyncClient,
    *,
    symbol: str,
    start_time: int,
    order_id: str | None = None,
    client_oid: str | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    id_less_than: str | None = None,
) -> AsyncIterator[CrossedOpenOrder]: ...
def iter_get_crossed_open_orders(
    client: Client | AsyncClient,
    *,
    symbol: str,
    start_time: int,
    order_id: str | None = None,
    client_oid: str | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    id_less_than: str | None = None,
) -> Iterator[CrossedOpenOrder] | AsyncIterator[CrossedOpenOrder]:
    """Every item of `get_crossed_open_orders`, one page request at a time, as the loop asks for them.

    Starts where the arguments say and asks for each next page by ``id_less_than`` (cursor style), until a page
    comes back empty, holds fewer items than ``limit`` or gives no next cursor.
    With an ``AsyncClient``, loop with ``async for``.

    Args:
        client: The Bitget client that signs and sends the request (``bitget.Client``).
        symbol: Trading pair, e.g. BTCUSDT.
        start_time: Earliest creation time, Unix milliseconds.
        order_id: Only this order. Optional: left out, it is not sent.
        client_oid: Only the order with this client-chosen ID. Optional: left out, it is not sent.
        end_time: Latest creation time, Unix milliseconds. Optional: left out, it is not sent.
        limit: Page size, 1 to 500; 100 when left out. The venue's default: ``100``. Optional: left out, it is not sent.
        id_less_than: Cursor: only orders older than this one are returned. Pass the `minId` of the previous answer;
            leave it out for the first page. Optional: left out, it is not sent.

    Yields:
        Each `CrossedOpenOrder`, in the venue's order; a page is requested only when the loop needs its items.

    Raises:
        ValidationError: An argument breaks the spec; nothing was sent.
        VenueError: The venue refused a page request (reads are retried by the client's policy first).
        TransportError: A page's answer did not arrive.
    """
    request = GetCrossedOpenOrdersRequest(
        symbol=symbol,
        order_id=order_id,
        client_oid=client_oid,
        start_time=start_time,
        end_time=end_time,
        limit=limit,
        id_less_than=id_less_than,
    )
    return client.walk(request)


@overload
def get_crossed_history_orders(
    client: Client,
    *,
    symbol: str,
    start_time: int,
    order_id: str | None = None,
    enter_point_source: EnterPointSource | Literal["WEB", "IOS", "ANDROID", "API", "SYS"] | None = None,
    client_oid: str | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    id_less_than: str | None = None,
) -> GetCrossedHistoryOrdersResponse: ...
@overload
def get_crossed_history_orders(
    client: AsyncClient,
    *,
    symbol: str,
    start_time: int,
    order_id: str | None = None,
    enter_point_source: EnterPointSource | Literal["WEB", "IOS", "ANDROID", "API", "SYS"] | None = None,
    client_oid: str | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    id_less_than: str | None = None,
) -> Coroutine[Any, Any, GetCrossedHistoryOrdersResponse]: ...
def get_crossed_history_orders(
    client: Client | AsyncClient,
    *,
    symbol: str,
    start_time: int,
    order_id: str | None = None,
    enter_point_source: EnterPointSource | Literal["WEB", "IOS", "ANDROID", "API", "SYS"] | None = None,
    client_oid: str | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    id_less_than: str | None = None,
) -> GetCrossedHistoryOrdersResponse | Coroutine[Any, Any, GetCrossedHistoryOrdersResponse]:
    """List finished cross-margin orders.

    Lists the orders of one cross-margin symbol created from `startTime` on (filled, cancelled, rejected and the
    other states), newest first, one page at a time. The next (older) page is asked for by passing the `minId` of
    the previous answer as `idLessThan`; `endTime` is at most 90 days after `startTime`.

    ``GET /api/v2/margin/crossed/history-orders``, at most 10 per 1 s per UID.
    The arguments are the fields of `GetCrossedHistoryOrdersRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://www.bitget.com/api-doc/margin/cross/trade/Get-Cross-Order-History

    Args:
        client: The Bitget client that signs and sends the request (``bitget.Client``).
        symbol: Trading pair, e.g. BTCUSDT.
        start_time: Earliest creation time, Unix milliseconds.
        order_id: Only this order. Optional: left out, it is not sent.
        enter_point_source: Only orders from this source: `WEB` (website), `API`, `SYS` (placed by the system, e.g. a
            forced liquidation), `ANDROID` or `IOS`. Optional: left out, it is not sent.
        client_oid: Only the order with this client-chosen ID. Optional: left out, it is not sent.
        end_time: Latest creation time, Unix milliseconds; at most 90 days after startTime. Optional: left out, it is
            not sent.
        limit: Page size, 1 to 500; 100 when left out. The venue's default: ``100``. Optional: left out, it is not sent.
        id_less_than: Cursor: only orders older than this one are returned. Pass the `minId` of the previous answer;
            leave it out for the first page. Optional: left out, it is not sent.

    Returns:
        The venue's answer as a `GetCrossedHistoryOrdersResponse`.

    Raises:
        ValidationError: An argument breaks the spec (its message names the argument and the wire field); nothing
            was sent.
        VenueError: The venue refused the request; the subclass says why (``AuthenticationError``,
            ``RateLimitError``, ``InvalidRequestError``, ``NotFoundError``, ``ServerError``, ...).
        TransportError: No answer arrived (after the client's retries, if any).
    """
    request = GetCrossedHistoryOrdersRequest(
        symbol=symbol,
        order_id=order_id,
        enter_point_source=enter_point_source,
        client_oid=client_oid,
        start_time=start_time,
        end_time=end_time,
        limit=limit,
        id_less_than=id_less_than,
    )
    return client.send(request)


@overload
def iter_get_crossed_history_orders(
    client: Client,
    *,
    symbol: str,
    start_time: int,
    order_id: str | None = None,
    enter_point_source: EnterPointSource | Literal["WEB", "IOS", "ANDROID", "API", "SYS"] | None = None,
    client_oid: str | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    id_less_than: str | None = None,
) -> Iterator[CrossedHistoryOrder]: ...
@overload
def iter_get_crossed_history_orders(
    client: AsyncClient,
    *,
    symbol: str,
    start_time: int,
    order_id: str | None = None,
    enter_point_source: EnterPointSource | Literal["WEB", "IOS", "ANDROID", "API", "SYS"] | None = None,
    client_oid: str | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    id_less_than: str | None = None,
) -> AsyncIterator[CrossedHistoryOrder]: ...
def iter_get_crossed_history_orders(
    client: Client | AsyncClient,
    *,
    symbol: str,
    start_time: int,
    order_id: str | None = None,
    enter_point_source: EnterPointSource | Literal["WEB", "IOS", "ANDROID", "API", "SYS"] | None = None,
    client_oid: str | None = None,
    end_time: int | None = None,
    limit: int | None = None,
    id_less_than: str | None = None,
) -> Iterator[CrossedHistoryOrder] | AsyncIterator[CrossedHistoryOrder]:
    """Every item of `get_crossed_history_orders`, one page request at a time, as the loop asks for them.

    Starts where the arguments say and asks for each next page by ``id_less_than`` (cursor style), until a page
    comes back empty, holds fewer items than ``limit`` or gives no next cursor.
    With an ``AsyncClient``, loop with ``async for``.

    Args:
        client: The Bitget client that signs and sends the request (``bitget.Client``).
        symbol: Trading pair, e.g. BTCUSDT.
        start_time: Earliest creation time, Unix milliseconds.
        order_id: Only this order. Optional: left out, it is not sent.
        enter_point_source: Only orders from this source: `WEB` (website), `API`, `SYS` (placed by the system, e.g. a
            forced liquidation), `ANDROID` or `IOS`. Optional: left out, it is not sent.
        client_oid: Only the order with this client-chosen ID. Optional: left out, it is not sent.
        end_time: Latest creation time, Unix milliseconds; at most 90 days after startTime. Optional: left out, it is
            not sent.
        limit: Page size, 1 to 500; 100 when left out. The venue's default: ``100``. Optional: left out, it is not sent.
        id_less_than: Cursor: only orders older than this one are returned. Pass the `minId` of the previous answer;
            leave it out for the first page. Optional: left out, it is not sent.

    Yields:
        Each `CrossedHistoryOrder`, in the venue's order; a page is requested only when the loop needs its items.

    Raises:
        ValidationError: An argument breaks the spec; nothing was sent.
        VenueError: The venue refused a page request (reads are retried by the client's policy first).
        TransportError: A page's answer did not arrive.
    """
    request = GetCrossedHistoryOrdersRequest(
        symbol=symbol,
        order_id=order_id,
        enter_point_source=enter_point_source,
        client_oid=client_oid,
        start_time=start_time,
        end_time=end_time,
        limit=limit,
        id_less_than=id_less_than,
    )
    return client.walk(request)
