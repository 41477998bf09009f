"""Bitget endpoints of the ``margin_isolated`` area.

Trading on isolated-margin accounts.

Generated from ``spec/bitget.yaml`` by ``python -m codegen generate``; edit the spec, not this file.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Coroutine, Iterator, Sequence
from typing import Any, Literal, overload

from .._runtime.bitget import AsyncClient, Client
from .._runtime.check import DecimalInput
from ._margin_isolated_models import (
    BatchCancelIsolatedOrdersRequest,
    BatchCancelIsolatedOrdersResponse,
    BatchPlaceIsolatedOrdersRequest,
    GetIsolatedHistoryOrdersRequest,
    GetIsolatedHistoryOrdersResponse,
    GetIsolatedOpenOrdersRequest,
    GetIsolatedOpenOrdersResponse,
    IsolatedHistoryOrder,
    PlaceIsolatedOrderRequest,
    PlaceIsolatedOrderResponse,
)
from ._shared_models import (
    BatchPlaceIsolatedOrdersResponse,
    EnterPointSource,
    Force,
    IsolatedBatchOrderItem,
    IsolatedOrderRef,
    LoanType,
    OrderType,
    Side,
    StpMode,
)


@overload
def batch_place_isolated_orders(
    client: Client,
    *,
    symbol: str,
    order_list: Sequence[IsolatedBatchOrderItem],
) -> BatchPlaceIsolatedOrdersResponse: ...
@overload
def batch_place_isolated_orders(
    client: AsyncClient,
    *,
    symbol: str,
    order_list: Sequence[IsolatedBatchOrderItem],
) -> Coroutine[Any, Any, BatchPlaceIsolatedOrdersResponse]: ...
def batch_place_isolated_orders(
    client: Client | AsyncClient,
    *,
    symbol: str,
    order_list: Sequence[IsolatedBatchOrderItem],
) -> BatchPlaceIsolatedOrdersResponse | Coroutine[Any, Any, BatchPlaceIsolatedOrdersResponse]:
    """Place several isolated-margin orders in one request.

    Places a batch of orders on one isolated-margin symbol. Each entry of `orderList` is a separate order; the
    answer lists the entries that were placed and the ones that failed. The envelope code is "00000" even when
    some entries fail, so check `failureList`. The page states no maximum number of entries.

    ``POST /api/v2/margin/isolated/batch-place-order``, at most 10 per 1 s per UID.
    The arguments are the fields of `BatchPlaceIsolatedOrdersRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://www.bitget.com/api-doc/margin/isolated/trade/Isolated-Batch-Order

    Args:
        client: The Bitget client that signs and sends the request (``bitget.Client``).
        symbol: Trading pair that every entry is placed on.
        order_list: The orders to place, one entry per order. The page states no maximum count.

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
    request = BatchPlaceIsolatedOrdersRequest(
        symbol=symbol,
        order_list=order_list,
    )
    return client.send(request)


@overload
def place_isolated_order(
    client: Client,
    *,
    symbol: str,
    order_type: OrderType | Literal["limit", "market"],
    loan_type: LoanType | Literal["normal", "autoLoan", "autoRepay", "autoLoanAndRepay"],
    force: Force | Literal["gtc", "post_only", "fok", "ioc"],
    side: Side | Literal["buy", "sell"],
    price: DecimalInput | None = None,
    base_size: DecimalInput | None = None,
    quote_size: DecimalInput | None = None,
    client_oid: str | None = None,
    stp_mode: StpMode | Literal["none", "cancel_taker", "cancel_maker", "cancel_both"] | None = None,
) -> PlaceIsolatedOrderResponse: ...
@overload
def place_isolated_order(
    client: AsyncClient,
    *,
    symbol: str,
    order_type: OrderType | Literal["limit", "market"],
    loan_type: LoanType | Literal["normal", "autoLoan", "autoRepay", "autoLoanAndRepay"],
    force: Force | Literal["gtc", "post_only", "fok", "ioc"],
    side: Side | Literal["buy", "sell"],
    price: DecimalInput | None = None,
    base_size: DecimalInput | None = None,
    quote_size: DecimalInput | None = None,
    client_oid: str | None = None,
    stp_mode: StpMode | Literal["none", "cancel_taker", "cancel_maker", "cancel_both"] | None = None,
) -> Coroutine[Any, Any, PlaceIsolatedOrderResponse]: ...
def place_isolated_order(
    client: Client | AsyncClient,
    *,
    symbol: str,
    order_type: OrderType | Literal["limit", "market"],
    loan_type: LoanType | Literal["normal", "autoLoan", "autoRepay", "autoLoanAndRepay"],
    force: Force | Literal["gtc", "post_only", "fok", "ioc"],
    side: Side | Literal["buy", "sell"],
    price: DecimalInput | None = None,
    base_size: DecimalInput | None = None,
    quote_size: DecimalInput | None = None,
    client_oid: str | None = None,
    stp_mode: StpMode | Literal["none", "cancel_taker", "cancel_maker", "cancel_both"] | None = None,
) -> PlaceIsolatedOrderResponse | Coroutine[Any, Any, PlaceIsolatedOrderResponse]:
    """Place an isolated-margin order.

    Places one limit or market order on an isolated-margin symbol, optionally borrowing and/or repaying
    automatically (`loanType`). A limit order and a market sell give the quantity in `baseSize`, a market buy
    gives the amount to spend in `quoteSize`.

    ``POST /api/v2/margin/isolated/place-order``, at most 10 per 1 s per UID.
    The arguments are the fields of `PlaceIsolatedOrderRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://www.bitget.com/api-doc/margin/isolated/trade/Isolated-Place-Order

    Args:
        client: The Bitget client that signs and sends the request (``bitget.Client``).
        symbol: Trading pair, e.g. BTCUSDT.
        order_type: `limit` or `market`.
        loan_type: Margin order mode: `normal` (plain order), `autoLoan` (borrow automatically), `autoRepay` (repay
            automatically) or `autoLoanAndRepay` (both).
        force: Time in force: `gtc` (good till cancelled), `post_only`, `fok` (fill or kill) or `ioc` (immediate or
            cancel). Required, but ignored for market orders.
        side: Order direction, `buy` or `sell`.
        price: Limit price. A decimal. Optional: left out, it is not sent.
        base_size: Quantity in the base coin; required for limit orders and market sells. A decimal. Optional: left out,
            it is not sent.
        quote_size: Amount in the quote coin; required for market buys. A decimal. Optional: left out, it is not sent.
        client_oid: Client-chosen order ID. Repeating it within 6 hours does not place a second order, as long as the
            first one is unfilled. Optional: left out, it is not sent.
        stp_mode: Self-trade prevention: `none` (no STP, the default), `cancel_taker` (cancel the taker order),
            `cancel_maker` (cancel the maker order) or `cancel_both` (cancel both). Optional: left out, it is not sent.

    Returns:
        The venue's answer as a `PlaceIsolatedOrderResponse`.

    Raises:
        ValidationError: An argument breaks the spec (its message names the argument and the wire field); nothing
            was sent.
        VenueError: The venue refused the request; the subclass says why (``AuthenticationError``,
            ``RateLimitError``, ``InvalidRequestError``, ``NotFoundError``, ``ServerError``, ...).
        TransportError: No answer arrived; ``may_have_reached`` says whether the venue may have acted. Never
            retried: look the order up before sending it again.
    """
    request = PlaceIsolatedOrderRequest(
        symbol=symbol,
        order_type=order_type,
        price=price,
        loan_type=loan_type,
        force=force,
        base_size=base_size,
        quote_size=quote_size,
        client_oid=client_oid,
        side=side,
        stp_mode=stp_mode,
    )
    return client.send(request)


@overload
def batch_cancel_isolated_orders(
    client: Client,
    *,
    symbol: str,
    order_id_list: Sequence[IsolatedOrderRef] | None = None,
) -> BatchCancelIsolatedOrdersResponse: ...
@overload
def batch_cancel_isolated_orders(
    client: AsyncClient,
    *,
    symbol: str,
    order_id_list: Sequence[IsolatedOrderRef] | None = None,
) -> Coroutine[Any, Any, BatchCancelIsolatedOrdersResponse]: ...
def batch_cancel_isolated_orders(
    client: Client | AsyncClient,
    *,
    symbol: str,
    order_id_list: Sequence[IsolatedOrderRef] | None = None,
) -> BatchCancelIsolatedOrdersResponse | Coroutine[Any, Any, BatchCancelIsolatedOrdersResponse]:
    """Cancel several isolated-margin orders in one request.

    Cancels the listed orders of one isolated-margin symbol; each entry of `orderIdList` names an order by
    `orderId` or `clientOid`. The page does not say what happens when `orderIdList` is left out. The envelope code
    is "00000" even when some entries fail, so check `failureList`.

    ``POST /api/v2/margin/isolated/batch-cancel-order``, at most 10 per 1 s per UID.
    The arguments are the fields of `BatchCancelIsolatedOrdersRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://www.bitget.com/api-doc/margin/isolated/trade/Isolated-Batch-Cancel-Orders

    Args:
        client: The Bitget client that signs and sends the request (``bitget.Client``).
        symbol: Trading pair of the orders, e.g. BTCUSDT.
        order_id_list: The orders to cancel, each named by `orderId` or `clientOid`. Optional: left out, it is not sent.

    Returns:
        The venue's answer as a `BatchCancelIsolatedOrdersResponse`.

    Raises:
        ValidationError: An argument breaks the spec (its message names the argument and the wire field); nothing
            was sent.
        VenueError: The venue refused the request; the subclass says why (``AuthenticationError``,
            ``RateLimitError``, ``InvalidRequestError``, ``NotFoundError``, ``ServerError``, ...).
        TransportError: No answer arrived; ``may_have_reached`` says whether the venue may have acted. Never
            retried: look the order up before sending it again.
    """
    request = BatchCancelIsolatedOrdersRequest(
        symbol=symbol,
        order_id_list=order_id_list,
    )
    return client.send(request)


@overload
def get_isolated_open_orders(
    client: Client,
    *,
    symbol: str,
    start_time: int,
    order_id: str | None = None,
    client_oid: str | None = None,
    end_time: int | None = None,
    limit: int | None = None,
) -> GetIsolatedOpenOrdersResponse: ...
@overload
def get_isolated_open_orders(
    client: AsyncClient,
    *,
    symbol: str,
    start_time: int,
    order_id: str | None = None,
    client_oid: str | None = None,
    end_time: int | None = None,
    limit: int | None = None,
) -> Coroutine[Any, Any, GetIsolatedOpenOrdersResponse]: ...
def get_isolated_open_orders(
    client: Client | AsyncClient,
    *,
    symbol: str,
    start_time: int,
    order_id: str | None = None,
    client_oid: str | None = None,
    end_time: int | None = None,
    limit: int | None = None,
) -> GetIsolatedOpenOrdersResponse | Coroutine[Any, Any, GetIsolatedOpenOrdersResponse]:
    """List open isolated-margin orders.

    Lists the unfinished orders of one isolated-margin symbol created from `startTime` on (up to `limit`, at most
    500). The request has no cursor parameter, so this is a single page: to see more, narrow or move the startTime
    / endTime window.

    ``GET /api/v2/margin/isolated/open-orders``, at most 10 per 1 s per UID.
    The arguments are the fields of `GetIsolatedOpenOrdersRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://www.bitget.com/api-doc/margin/isolated/trade/Isolated-Open-Orders

    Args:
        client: The Bitget client that signs and sends the request (``bitget.Client``).
        symbol: Trading pair, e.g. BTCUSDT.
        start_time: Earliest creation time, Unix milliseconds.
        order_id: Only this order. Optional: left out, it is not sent.
        client_oid: Only the order with this client-chosen ID. Optional: left out, it is not sent.
        end_time: Latest creation time, Unix milliseconds. Optional: left out, it is not sent.
        limit: Most orders to return, 1 to 500; 100 when left out. The venue's default: ``100``. Optional: left out, it
            is not sent.

    Returns:
        The venue's answer as a `GetIsolatedOpenOrdersResponse`.

    Raises:
        ValidationError: An argument breaks the spec (its message names the argument and the wire field); nothing
            was sent.
        VenueError: The venue refused the request; the subclass says why (``AuthenticationError``,
            ``RateLimitError``, ``InvalidRequestError``, ``NotFoundError``, ``ServerError``, ...).
        TransportError: No answer arrived (after the client's retries, if any).
    """
    request = GetIsolatedOpenOrdersRequest(
        symbol=symbol,
        order_id=order_id,
        client_oid=client_oid,
        start_time=start_time,
        end_time=end_time,
        limit=limit,
    )
    return client.send(request)


@overload
def get_isolated_history_orders(
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
) -> GetIsolatedHistoryOrdersResponse: ...
@overload
def get_isolated_history_orders(
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
) -> Coroutine[Any, Any, GetIsolatedHistoryOrdersResponse]: ...
def get_isolated_history_orders(
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
) -> GetIsolatedHistoryOrdersResponse | Coroutine[Any, Any, GetIsolatedHistoryOrdersResponse]:
    """List finished isolated-margin orders.

    Lists the orders of one isolated-margin symbol created from `startTime` on (filled, cancelled, rejected and
    the other states), newest first, one page at a time. The next (older) page is asked for by passing the `minId`
    of the previous answer as `idLessThan`; `endTime` is at most 90 days after `startTime`.

    ``GET /api/v2/margin/isolated/history-orders``, at most 10 per 1 s per UID.
    The arguments are the fields of `GetIsolatedHistoryOrdersRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://www.bitget.com/api-doc/margin/isolated/trade/Get-Isolated-Order-History

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
        The venue's answer as a `GetIsolatedHistoryOrdersResponse`.

    Raises:
        ValidationError: An argument breaks the spec (its message names the argument and the wire field); nothing
            was sent.
        VenueError: The venue refused the request; the subclass says why (``AuthenticationError``,
            ``RateLimitError``, ``InvalidRequestError``, ``NotFoundError``, ``ServerError``, ...).
        TransportError: No answer arrived (after the client's retries, if any).
    """
    request = GetIsolatedHistoryOrdersRequest(
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
def iter_get_isolated_history_orders(
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
) -> Iterator[IsolatedHistoryOrder]: ...
@overload
def iter_get_isolated_history_orders(
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
) -> AsyncIterator[IsolatedHistoryOrder]: ...
def iter_get_isolated_history_orders(
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
) -> Iterator[IsolatedHistoryOrder] | AsyncIterator[IsolatedHistoryOrder]:
    """Every item of `get_isolated_history_orders`, one page request at a time, as the loop asks for them.

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
        Each `IsolatedHistoryOrder`, in the venue's order; a page is requested only when the loop needs its items.

    Raises:
        ValidationError: An argument breaks the spec; nothing was sent.
        VenueError: The venue refused a page request (reads are retried by the client's policy first).
        TransportError: A page's answer did not arrive.
    """
    request = GetIsolatedHistoryOrdersRequest(
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
