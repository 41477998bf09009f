"""BingX endpoints of the ``spot_oco`` area.

Spot OCO (one-cancels-the-other) order lists: a limit order and a stop-limit order on the same quantity, where the
fill of one cancels the other.

Generated from ``spec/bingx.yaml`` by ``python -m codegen generate``; edit the spec, not this file.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Coroutine, Iterator
from typing import Any, Literal, overload

from .._runtime.bingx import AsyncClient, Client
from .._runtime.check import DecimalInput
from ._shared_models import Side
from ._spot_oco_models import (
    CancelOcoOrderRequest,
    CreateOcoOrderRequest,
    GetOcoOrderHistoryRequest,
    GetOcoOrderListRequest,
    GetOpenOcoOrderListsRequest,
    OcoCancelledOrder,
    OcoOrderLeg,
    OcoOrderListLeg,
)


@overload
def create_oco_order(
    client: Client,
    *,
    symbol: str,
    side: Side | Literal["BUY", "SELL"],
    quantity: DecimalInput,
    limit_price: DecimalInput,
    order_price: DecimalInput,
    trigger_price: DecimalInput,
    list_client_order_id: str | None = None,
    above_client_order_id: str | None = None,
    below_client_order_id: str | None = None,
    recv_window: int | None = None,
) -> list[OcoOrderLeg]: ...
@overload
def create_oco_order(
    client: AsyncClient,
    *,
    symbol: str,
    side: Side | Literal["BUY", "SELL"],
    quantity: DecimalInput,
    limit_price: DecimalInput,
    order_price: DecimalInput,
    trigger_price: DecimalInput,
    list_client_order_id: str | None = None,
    above_client_order_id: str | None = None,
    below_client_order_id: str | None = None,
    recv_window: int | None = None,
) -> Coroutine[Any, Any, list[OcoOrderLeg]]: ...
def create_oco_order(
    client: Client | AsyncClient,
    *,
    symbol: str,
    side: Side | Literal["BUY", "SELL"],
    quantity: DecimalInput,
    limit_price: DecimalInput,
    order_price: DecimalInput,
    trigger_price: DecimalInput,
    list_client_order_id: str | None = None,
    above_client_order_id: str | None = None,
    below_client_order_id: str | None = None,
    recv_window: int | None = None,
) -> list[OcoOrderLeg] | Coroutine[Any, Any, list[OcoOrderLeg]]:
    """Create a spot OCO order list.

    Places an OCO pair on one symbol: a limit order at `limitPrice` and a stop-limit order that, once
    `triggerPrice` is reached, places a limit order at `orderPrice`; both are for `quantity`. Needs the Spot
    Trading key permission. Besides 2 requests/s per UID, the endpoint is in IP rate-limit group 2 (2000
    requests/10 s for the group, 300 requests/10 s per endpoint, per IP).

    ``POST /openApi/spot/v1/oco/order``, at most 2 per 1 s per UID.
    The arguments are the fields of `CreateOcoOrderRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://bingx-api.github.io/docs/#/en-us/spot/trade-api.html

    Args:
        client: The BingX client that signs and sends the request (``bingx.Client``).
        symbol: Trading pair in upper case with a hyphen, e.g. BTC-USDT.
        side: Order side, `BUY` or `SELL`.
        quantity: Quantity of both legs, in the base coin (e.g. 0.1 BTC). Typed float64 on the page; sent as plain
            decimal text. A decimal.
        limit_price: Price of the limit leg, in the quote coin (e.g. 10000 USDT). Typed float64 on the page. A decimal.
        order_price: Limit price of the order the stop-limit leg places once triggered, in the quote coin (e.g. 10000
            USDT). Typed float64 on the page. A decimal.
        trigger_price: Trigger price of the stop-limit leg, in the quote coin (e.g. 10000 USDT). Typed float64 on the
            page. A decimal.
        list_client_order_id: Client-chosen unique ID of the whole order list; digits only. Optional: left out, it is
            not sent.
        above_client_order_id: Client-chosen unique ID of the limit leg; digits only. Optional: left out, it is not
            sent.
        below_client_order_id: Client-chosen unique ID of the stop-limit leg; digits only. Optional: left out, it is not
            sent.
        recv_window: How long the request stays valid after `timestamp`, in milliseconds; requests older than this are
            rejected (5000 ms when not sent). Optional: left out, it is not sent.

    Returns:
        The venue's answer as a list of `OcoOrderLeg` (a single object comes back as a one-item list).

    Raises:
        ValidationError: An argument breaks the spec (its message names the argument and the wire field); nothing
            was sent.
        VenueError: The venue refused the request; the subclass says why (``AuthenticationError``,
            ``RateLimitError``, ``InvalidRequestError``, ``NotFoundError``, ``ServerError``, ...).
        TransportError: No answer arrived; ``may_have_reached`` says whether the venue may have acted. Never
            retried: look the order up before sending it again.
    """
    request = CreateOcoOrderRequest(
        symbol=symbol,
        side=side,
        quantity=quantity,
        limit_price=limit_price,
        order_price=order_price,
        trigger_price=trigger_price,
        list_client_order_id=list_client_order_id,
        above_client_order_id=above_client_order_id,
        below_client_order_id=below_client_order_id,
        recv_window=recv_window,
    )
    return client.send(request)


@overload
def cancel_oco_order(
    client: Client,
    *,
    order_id: str | None = None,
    client_order_id: str | None = None,
    recv_window: int | None = None,
) -> list[OcoCancelledOrder]: ...
@overload
def cancel_oco_order(
    client: AsyncClient,
    *,
    order_id: str | None = None,
    client_order_id: str | None = None,
    recv_window: int | None = None,
) -> Coroutine[Any, Any, list[OcoCancelledOrder]]: ...
def cancel_oco_order(
    client: Client | AsyncClient,
    *,
    order_id: str | None = None,
    client_order_id: str | None = None,
    recv_window: int | None = None,
) -> list[OcoCancelledOrder] | Coroutine[Any, Any, list[OcoCancelledOrder]]:
    """Cancel a spot OCO order list.

    Cancels an OCO order list, named by the `orderId` or `clientOrderId` of either of its legs (the limit leg or
    the stop-limit leg); one of the two must be sent, which the request model cannot check on its own because both
    are query parameters. Needs the Spot Trading key permission. Besides 2 requests/s per UID, the endpoint is in
    IP rate-limit group 2.

    ``POST /openApi/spot/v1/oco/cancel``, at most 2 per 1 s per UID.
    The arguments are the fields of `CancelOcoOrderRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://bingx-api.github.io/docs/#/en-us/spot/trade-api.html

    Args:
        client: The BingX client that signs and sends the request (``bingx.Client``).
        order_id: Order ID of either leg; send this or `client_order_id`. Optional: left out, it is not sent.
        client_order_id: Client-chosen order ID of either leg; send this or `order_id`. Optional: left out, it is not
            sent.
        recv_window: How long the request stays valid after `timestamp`, in milliseconds; requests older than this are
            rejected (5000 ms when not sent). Optional: left out, it is not sent.

    Returns:
        The venue's answer as a list of `OcoCancelledOrder` (a single object comes back as a one-item list).

    Raises:
        ValidationError: An argument breaks the spec (its message names the argument and the wire field); nothing
            was sent.
        VenueError: The venue refused the request; the subclass says why (``AuthenticationError``,
            ``RateLimitError``, ``InvalidRequestError``, ``NotFoundError``, ``ServerError``, ...).
        TransportError: No answer arrived; ``may_have_reached`` says whether the venue may have acted. Never
            retried: look the order up before sending it again.
    """
    request = CancelOcoOrderRequest(
        order_id=order_id,
        client_order_id=client_order_id,
        recv_window=recv_window,
    )
    return client.send(request)


@overload
def get_oco_order_list(
    client: Client,
    *,
    order_list_id: str | None = None,
    client_order_id: str | None = None,
    recv_window: int | None = None,
) -> list[OcoOrderListLeg]: ...
@overload
def get_oco_order_list(
    client: AsyncClient,
    *,
    order_list_id: str | None = None,
    client_order_id: str | None = None,
    recv_window: int | None = None,
) -> Coroutine[Any, Any, list[OcoOrderListLeg]]: ...
def get_oco_order_list(
    client: Client | AsyncClient,
    *,
    order_list_id: str | None = None,
    client_order_id: str | None = None,
    recv_window: int | None = None,
) -> list[OcoOrderListLeg] | Coroutine[Any, Any, list[OcoOrderListLeg]]:
    """Get one spot OCO order list.

    Returns the legs of one OCO order list, named by `orderListId` or by the client-chosen list ID
    `clientOrderId`; one of the two must be sent, which the request model cannot check on its own because both are
    query parameters. Needs the Read key permission; 5 requests/s per UID, IP rate-limit group 2.

    ``GET /openApi/spot/v1/oco/orderList``, at most 5 per 1 s per UID.
    The arguments are the fields of `GetOcoOrderListRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://bingx-api.github.io/docs/#/en-us/spot/trade-api.html

    Args:
        client: The BingX client that signs and sends the request (``bingx.Client``).
        order_list_id: ID of the OCO order list; send this or `client_order_id`. Optional: left out, it is not sent.
        client_order_id: Client-chosen ID of the OCO order list (its listClientOrderId); send this or `order_list_id`.
            Optional: left out, it is not sent.
        recv_window: How long the request stays valid after `timestamp`, in milliseconds; requests older than this are
            rejected (5000 ms when not sent). Optional: left out, it is not sent.

    Returns:
        The venue's answer as a list of `OcoOrderListLeg` (a single object comes back as a one-item list).

    Raises:
        ValidationError: An argument breaks the spec (its message names the argument and the wire field); nothing
            was sent.
        VenueError: The venue refused the request; the subclass says why (``AuthenticationError``,
            ``RateLimitError``, ``InvalidRequestError``, ``NotFoundError``, ``ServerError``, ...).
        TransportError: No answer arrived (after the client's retries, if any).
    """
    request = GetOcoOrderListRequest(
        order_list_id=order_list_id,
        client_order_id=client_order_id,
        recv_window=recv_window,
    )
    return client.send(request)


@overload
def get_open_oco_order_lists(
    client: Client,
    *,
    page_index: int,
    page_size: int,
    recv_window: int | None = None,
) -> list[OcoOrderListLeg]: ...
@overload
def get_open_oco_order_lists(
    client: AsyncClient,
    *,
    page_index: int,
    page_size: int,
    recv_window: int | None = None,
) -> Coroutine[Any, Any, list[OcoOrderListLeg]]: ...
def get_open_oco_order_lists(
    client: Client | AsyncClient,
    *,
    page_index: int,
    page_size: int,
    recv_window: int | None = None,
) -> list[OcoOrderListLeg] | Coroutine[Any, Any, list[OcoOrderListLeg]]:
    """List open spot OCO order lists.

    Lists the legs of the account's open OCO order lists, one page at a time (`pageIndex` from 1, `pageSize` per
    page). Needs the Read key permission; 5 requests/s per UID, IP rate-limit group 2.

    ``GET /openApi/spot/v1/oco/openOrderList``, at most 5 per 1 s per UID.
    The arguments are the fields of `GetOpenOcoOrderListsRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://bingx-api.github.io/docs/#/en-us/spot/trade-api.html

    Args:
        client: The BingX client that signs and sends the request (``bingx.Client``).
        page_index: Page number, from 1.
        page_size: Items per page.
        recv_window: How long the request stays valid after `timestamp`, in milliseconds; requests older than this are
            rejected (5000 ms when not sent). Optional: left out, it is not sent.

    Returns:
        The venue's answer as a list of `OcoOrderListLeg` (a single object comes back as a one-item list).

    Raises:
        ValidationError: An argument breaks the spec (its message names the argument and the wire field); nothing
            was sent.
        VenueError: The venue refused the request; the subclass says why (``AuthenticationError``,
            ``RateLimitError``, ``InvalidRequestError``, ``NotFoundError``, ``ServerError``, ...).
        TransportError: No answer arrived (after the client's retries, if any).
    """
    request = GetOpenOcoOrderListsRequest(
        page_index=page_index,
        page_size=page_size,
        recv_window=recv_window,
    )
    return client.send(request)


@overload
def iter_get_open_oco_order_lists(
    client: Client,
    *,
    page_index: int,
    page_size: int,
    recv_window: int | None = None,
) -> Iterator[OcoOrderListLeg]: ...
@overload
def iter_get_open_oco_order_lists(
    client: AsyncClient,
    *,
    page_index: int,
    page_size: int,
    recv_window: int | None = None,
) -> AsyncIterator[OcoOrderListLeg]: ...
def iter_get_open_oco_order_lists(
    client: Client | AsyncClient,
    *,
    page_index: int,
    page_size: int,
    recv_window: int | None = None,
) -> Iterator[OcoOrderListLeg] | AsyncIterator[OcoOrderListLeg]:
    """Every item of `get_open_oco_order_lists`, one page request at a time, as the loop asks for them.

    Starts where the arguments say and asks for each next page by ``page_index`` (page style), until a page comes
    back empty or holds fewer items than ``page_size``.
    With an ``AsyncClient``, loop with ``async for``.

    Args:
        client: The BingX client that signs and sends the request (``bingx.Client``).
        page_index: Page number, from 1.
        page_size: Items per page.
        recv_window: How long the request stays valid after `timestamp`, in milliseconds; requests older than this are
            rejected (5000 ms when not sent). Optional: left out, it is not sent.

    Yields:
        Each `OcoOrderListLeg`, in the venue's order; a page is requested only when the loop needs its items.

    Raises:
        ValidationError: An argument breaks the spec; nothing was sent.
        VenueError: The venue refused a page request (reads are retried by the client's policy first).
        TransportError: A page's answer did not arrive.
    """
    request = GetOpenOcoOrderListsRequest(
        page_index=page_index,
        page_size=page_size,
        recv_window=recv_window,
    )
    return client.walk(request)


@overload
def get_oco_order_history(
    client: Client,
    *,
    page_index: int,
    page_size: int,
    start_time: int | None = None,
    end_time: int | None = None,
    recv_window: int | None = None,
) -> list[OcoOrderListLeg]: ...
@overload
def get_oco_order_history(
    client: AsyncClient,
    *,
    page_index: int,
    page_size: int,
    start_time: int | None = None,
    end_time: int | None = None,
    recv_window: int | None = None,
) -> Coroutine[Any, Any, list[OcoOrderListLeg]]: ...
def get_oco_order_history(
    client: Client | AsyncClient,
    *,
    page_index: int,
    page_size: int,
    start_time: int | None = None,
    end_time: int | None = None,
    recv_window: int | None = None,
) -> list[OcoOrderListLeg] | Coroutine[Any, Any, list[OcoOrderListLeg]]:
    """List past spot OCO order lists.

    Lists the legs of the account's past OCO order lists, optionally between `startTime` and `endTime`, one page
    at a time (`pageIndex` from 1, `pageSize` per page). Needs the Read key permission; 5 requests/s per UID, IP
    rate-limit group 2.

    ``GET /openApi/spot/v1/oco/historyOrderList``, at most 5 per 1 s per UID.
    The arguments are the fields of `GetOcoOrderHistoryRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://bingx-api.github.io/docs/#/en-us/spot/trade-api.html

    Args:
        client: The BingX client that signs and sends the request (``bingx.Client``).
        page_index: Page number, from 1.
        page_size: Items per page.
        start_time: Earliest order time, Unix milliseconds. Optional: left out, it is not sent.
        end_time: Latest order time, Unix milliseconds. Optional: left out, it is not sent.
        recv_window: How long the request stays valid after `timestamp`, in milliseconds; requests older than this are
            rejected (5000 ms when not sent). Optional: left out, it is not sent.

    Returns:
        The venue's answer as a list of `OcoOrderListLeg` (a single object comes back as a one-item list).

    Raises:
        ValidationError: An argument breaks the spec (its message names the argument and the wire field); nothing
            was sent.
        VenueError: The venue refused the request; the subclass says why (``AuthenticationError``,
            ``RateLimitError``, ``InvalidRequestError``, ``NotFoundError``, ``ServerError``, ...).
        TransportError: No answer arrived (after the client's retries, if any).
    """
    request = GetOcoOrderHistoryRequest(
        page_index=page_index,
        page_size=page_size,
        start_time=start_time,
        end_time=end_time,
        recv_window=recv_window,
    )
    return client.send(request)


@overload
def iter_get_oco_order_history(
    client: Client,
    *,
    page_index: int,
    page_size: int,
    start_time: int | None = None,
    end_time: int | None = None,
    recv_window: int | None = None,
) -> Iterator[OcoOrderListLeg]: ...
@overload
def iter_get_oco_order_history(
    client: AsyncClient,
    *,
    page_index: int,
    page_size: int,
    start_time: int | None = None,
    end_time: int | None = None,
    recv_window: int | None = None,
) -> AsyncIterator[OcoOrderListLeg]: ...
def iter_get_oco_order_history(
    client: Client | AsyncClient,
    *,
    page_index: int,
    page_size: int,
    start_time: int | None = None,
    end_time: int | None = None,
    recv_window: int | None = None,
) -> Iterator[OcoOrderListLeg] | AsyncIterator[OcoOrderListLeg]:
    """Every item of `get_oco_order_history`, one page request at a time, as the loop asks for them.

    Starts where the arguments say and asks for each next page by ``page_index`` (page style), until a page comes
    back empty or holds fewer items than ``page_size``.
    With an ``AsyncClient``, loop with ``async for``.

    Args:
        client: The BingX client that signs and sends the request (``bingx.Client``).
        page_index: Page number, from 1.
        page_size: Items per page.
        start_time: Earliest order time, Unix milliseconds. Optional: left out, it is not sent.
        end_time: Latest order time, Unix milliseconds. Optional: left out, it is not sent.
        recv_window: How long the request stays valid after `timestamp`, in milliseconds; requests older than this are
            rejected (5000 ms when not sent). Optional: left out, it is not sent.

    Yields:
        Each `OcoOrderListLeg`, in the venue's order; a page is requested only when the loop needs its items.

    Raises:
        ValidationError: An argument breaks the spec; nothing was sent.
        VenueError: The venue refused a page request (reads are retried by the client's policy first).
        TransportError: A page's answer did not arrive.
    """
    request = GetOcoOrderHistoryRequest(
        page_index=page_index,
        page_size=page_size,
        start_time=start_time,
        end_time=end_time,
        recv_window=recv_window,
    )
    return client.walk(request)
