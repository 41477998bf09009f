"""Bitget endpoints of the ``spot_plan`` area.

Spot plan orders, which rest until a trigger price is reached and then place a limit or market order.

Generated from ``spec/bitget.yaml`` by ``python -m codegen generate``; edit the spec, not this file.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Coroutine, Iterator, Sequence
from typing import Any, Literal, overload

from .._runtime.bitget import AsyncClient, Client
from .._runtime.check import DecimalInput
from ._shared_models import OrderType, Side, StpMode, TriggerType
from ._spot_plan_models import (
    BatchCancelPlanOrdersRequest,
    BatchCancelPlanOrdersResponse,
    CancelPlanOrderRequest,
    CancelPlanOrderResponse,
    GetCurrentPlanOrdersRequest,
    GetCurrentPlanOrdersResponse,
    GetHistoryPlanOrdersRequest,
    GetHistoryPlanOrdersResponse,
    GetPlanSubOrdersRequest,
    ModifyPlanOrderRequest,
    ModifyPlanOrderResponse,
    PlacePlanOrderRequest,
    PlacePlanOrderResponse,
    SpotCurrentPlanOrder,
    SpotHistoryPlanOrder,
    SpotPlanSubOrder,
    SpotPlanType,
)


@overload
def place_plan_order(
    client: Client,
    *,
    symbol: str,
    side: Side | Literal["buy", "sell"],
    trigger_price: DecimalInput,
    order_type: OrderType | Literal["limit", "market"],
    size: DecimalInput,
    trigger_type: TriggerType | Literal["fill_price", "mark_price"],
    execute_price: DecimalInput | None = None,
    plan_type: SpotPlanType | Literal["amount", "total"] | None = None,
    client_oid: str | None = None,
    stp_mode: StpMode | Literal["none", "cancel_taker", "cancel_maker", "cancel_both"] | None = None,
) -> PlacePlanOrderResponse: ...
@overload
def place_plan_order(
    client: AsyncClient,
    *,
    symbol: str,
    side: Side | Literal["buy", "sell"],
    trigger_price: DecimalInput,
    order_type: OrderType | Literal["limit", "market"],
    size: DecimalInput,
    trigger_type: TriggerType | Literal["fill_price", "mark_price"],
    execute_price: DecimalInput | None = None,
    plan_type: SpotPlanType | Literal["amount", "total"] | None = None,
    client_oid: str | None = None,
    stp_mode: StpMode | Literal["none", "cancel_taker", "cancel_maker", "cancel_both"] | None = None,
) -> Coroutine[Any, Any, PlacePlanOrderResponse]: ...
def place_plan_order(
    client: Client | AsyncClient,
    *,
    symbol: str,
    side: Side | Literal["buy", "sell"],
    trigger_price: DecimalInput,
    order_type: OrderType | Literal["limit", "market"],
    size: DecimalInput,
    trigger_type: TriggerType | Literal["fill_price", "mark_price"],
    execute_price: DecimalInput | None = None,
    plan_type: SpotPlanType | Literal["amount", "total"] | None = None,
    client_oid: str | None = None,
    stp_mode: StpMode | Literal["none", "cancel_taker", "cancel_maker", "cancel_both"] | None = None,
) -> PlacePlanOrderResponse | Coroutine[Any, Any, PlacePlanOrderResponse]:
    """Place a spot plan order.

    Places a spot plan (trigger) order: once the price chosen by `triggerType` reaches `triggerPrice`, a limit
    order at `executePrice` or a market order is placed for `size`.

    ``POST /api/v2/spot/trade/place-plan-order``, at most 20 per 1 s per UID.
    The arguments are the fields of `PlacePlanOrderRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://www.bitget.com/api-doc/spot/plan/Place-Plan-Order

    Args:
        client: The Bitget client that signs and sends the request (``bitget.Client``).
        symbol: Trading pair name.
        side: Order direction, `buy` or `sell`.
        trigger_price: Price at which the plan order triggers. A decimal.
        order_type: Type of the order placed on trigger, `limit` or `market`.
        size: Order quantity; base coin when `plan_type` is `amount`, quote coin when `plan_type` is `total`. A decimal.
        trigger_type: Price that is compared with `trigger_price`; `fill_price` (last filled price) or `mark_price`.
        execute_price: Limit price of the order placed on trigger; required when `order_type` is `limit`. A decimal.
            Optional: left out, it is not sent.
        plan_type: What `size` counts: `amount` means a quantity of the base coin, `total` an amount of the quote coin.
            Defaults to `amount`. Optional: left out, it is not sent.
        client_oid: Client-chosen order ID. Optional: left out, it is not sent.
        stp_mode: Self-trade prevention: `none` (no STP, the default), `cancel_taker` (cancel the taker order),
            `cancel_maker` (cancel the maker order) or `cancel_both` (cancel both). Optional: left out, it is not sent.

    Returns:
        The venue's answer as a `PlacePlanOrderResponse`.

    Raises:
        ValidationError: An argument breaks the spec (its message names the argument and the wire field); nothing
            was sent.
        VenueError: The venue refused the request; the subclass says why (``AuthenticationError``,
            ``RateLimitError``, ``InvalidRequestError``, ``NotFoundError``, ``ServerError``, ...).
        TransportError: No answer arrived; ``may_have_reached`` says whether the venue may have acted. Never
            retried: look the order up before sending it again.
    """
    request = PlacePlanOrderRequest(
        symbol=symbol,
        side=side,
        trigger_price=trigger_price,
        order_type=order_type,
        execute_price=execute_price,
        plan_type=plan_type,
        size=size,
        trigger_type=trigger_type,
        client_oid=client_oid,
        stp_mode=stp_mode,
    )
    return client.send(request)


@overload
def modify_plan_order(
    client: Client,
    *,
    trigger_price: DecimalInput,
    order_type: OrderType | Literal["limit", "market"],
    size: DecimalInput,
    order_id: str | None = None,
    client_oid: str | None = None,
    execute_price: DecimalInput | None = None,
) -> ModifyPlanOrderResponse: ...
@overload
def modify_plan_order(
    client: AsyncClient,
    *,
    trigger_price: DecimalInput,
    order_type: OrderType | Literal["limit", "market"],
    size: DecimalInput,
    order_id: str | None = None,
    client_oid: str | None = None,
    execute_price: DecimalInput | None = None,
) -> Coroutine[Any, Any, ModifyPlanOrderResponse]: ...
def modify_plan_order(
    client: Client | AsyncClient,
    *,
    trigger_price: DecimalInput,
    order_type: OrderType | Literal["limit", "market"],
    size: DecimalInput,
    order_id: str | None = None,
    client_oid: str | None = None,
    execute_price: DecimalInput | None = None,
) -> ModifyPlanOrderResponse | Coroutine[Any, Any, ModifyPlanOrderResponse]:
    """Modify a spot plan order.

    Changes the trigger price, order type, execution price and size of a spot plan order that has not triggered
    yet. The order is named by `orderId` or `clientOid`; at least one of them must be sent. `size` keeps the unit
    the order was placed with (base coin for planType amount, quote coin for planType total).

    ``POST /api/v2/spot/trade/modify-plan-order``, at most 20 per 1 s per UID.
    The arguments are the fields of `ModifyPlanOrderRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://www.bitget.com/api-doc/spot/plan/Modify-Plan-Order

    Args:
        client: The Bitget client that signs and sends the request (``bitget.Client``).
        trigger_price: New trigger price. A decimal.
        order_type: Type of the order placed on trigger, `limit` or `market`.
        size: New quantity; base coin when the order was placed with planType `amount`, quote coin with planType
            `total`. A decimal.
        order_id: ID of the plan order to modify; send this or `client_oid`. Optional: left out, it is not sent.
        client_oid: Client-chosen ID of the plan order to modify; send this or `order_id`. Optional: left out, it is not
            sent.
        execute_price: New limit price of the order placed on trigger; required when `order_type` is `limit`. A decimal.
            Optional: left out, it is not sent.

    Returns:
        The venue's answer as a `ModifyPlanOrderResponse`.

    Raises:
        ValidationError: An argument breaks the spec (its message names the argument and the wire field); nothing
            was sent.
        VenueError: The venue refused the request; the subclass says why (``AuthenticationError``,
            ``RateLimitError``, ``InvalidRequestError``, ``NotFoundError``, ``ServerError``, ...).
        TransportError: No answer arrived; ``may_have_reached`` says whether the venue may have acted. Never
            retried: look the order up before sending it again.
    """
    request = ModifyPlanOrderRequest(
        order_id=order_id,
        client_oid=client_oid,
        trigger_price=trigger_price,
        order_type=order_type,
        execute_price=execute_price,
        size=size,
    )
    return client.send(request)


@overload
def cancel_plan_order(
    client: Client,
    *,
    order_id: str | None = None,
    client_oid: str | None = None,
) -> CancelPlanOrderResponse: ...
@overload
def cancel_plan_order(
    client: AsyncClient,
    *,
    order_id: str | None = None,
    client_oid: str | None = None,
) -> Coroutine[Any, Any, CancelPlanOrderResponse]: ...
def cancel_plan_order(
    client: Client | AsyncClient,
    *,
    order_id: str | None = None,
    client_oid: str | None = None,
) -> CancelPlanOrderResponse | Coroutine[Any, Any, CancelPlanOrderResponse]:
    """Cancel a spot plan order.

    Cancels one spot plan order, named by `orderId` or `clientOid` (at least one of them must be sent). The answer
    only says whether the cancellation succeeded.

    ``POST /api/v2/spot/trade/cancel-plan-order``, at most 20 per 1 s per UID.
    The arguments are the fields of `CancelPlanOrderRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://www.bitget.com/api-doc/spot/plan/Cancel-Plan-Order

    Args:
        client: The Bitget client that signs and sends the request (``bitget.Client``).
        order_id: ID of the plan order to cancel; send this or `client_oid`. Optional: left out, it is not sent.
        client_oid: Client-chosen ID of the plan order to cancel; send this or `order_id`. Optional: left out, it is not
            sent.

    Returns:
        The venue's answer as a `CancelPlanOrderResponse`.

    Raises:
        ValidationError: An argument breaks the spec (its message names the argument and the wire field); nothing
            was sent.
        VenueError: The venue refused the request; the subclass says why (``AuthenticationError``,
            ``RateLimitError``, ``InvalidRequestError``, ``NotFoundError``, ``ServerError``, ...).
        TransportError: No answer arrived; ``may_have_reached`` says whether the venue may have acted. Never
            retried: look the order up before sending it again.
    """
    request = CancelPlanOrderRequest(
        order_id=order_id,
        client_oid=client_oid,
    )
    return client.send(request)


@overload
def batch_cancel_plan_orders(
    client: Client,
    *,
    symbol_list: Sequence[str] | None = None,
) -> BatchCancelPlanOrdersResponse: ...
@overload
def batch_cancel_plan_orders(
    client: AsyncClient,
    *,
    symbol_list: Sequence[str] | None = None,
) -> Coroutine[Any, Any, BatchCancelPlanOrdersResponse]: ...
def batch_cancel_plan_orders(
    client: Client | AsyncClient,
    *,
    symbol_list: Sequence[str] | None = None,
) -> BatchCancelPlanOrdersResponse | Coroutine[Any, Any, BatchCancelPlanOrdersResponse]:
    """Cancel spot plan orders in batch.

    Cancels the spot plan orders of the trading pairs in `symbolList`. Leaving `symbolList` out, or sending it
    empty, cancels every spot plan order of the account. The envelope code is "00000" even when some orders could
    not be cancelled, so check `failureList`.

    ``POST /api/v2/spot/trade/batch-cancel-plan-order``, at most 5 per 1 s per UID.
    The arguments are the fields of `BatchCancelPlanOrdersRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://www.bitget.com/api-doc/spot/plan/Batch-Cancel-Plan-Order

    Args:
        client: The Bitget client that signs and sends the request (``bitget.Client``).
        symbol_list: Trading pairs whose plan orders are cancelled, e.g. ["BTCUSDT", "ETHUSDT"]. Left out or empty,
            every spot plan order of the account is cancelled. Optional: left out, it is not sent.

    Returns:
        The venue's answer as a `BatchCancelPlanOrdersResponse`.

    Raises:
        ValidationError: An argument breaks the spec (its message names the argument and the wire field); nothing
            was sent.
        VenueError: The venue refused the request; the subclass says why (``AuthenticationError``,
            ``RateLimitError``, ``InvalidRequestError``, ``NotFoundError``, ``ServerError``, ...).
        TransportError: No answer arrived; ``may_have_reached`` says whether the venue may have acted. Never
            retried: look the order up before sending it again.
    """
    request = BatchCancelPlanOrdersRequest(
        symbol_list=symbol_list,
    )
    return client.send(request)


@overload
def get_current_plan_orders(
    client: Client,
    *,
    symbol: str | None = None,
    limit: int | None = None,
    id_less_than: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
) -> GetCurrentPlanOrdersResponse: ...
@overload
def get_current_plan_orders(
    client: AsyncClient,
    *,
    symbol: str | None = None,
    limit: int | None = None,
    id_less_than: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
) -> Coroutine[Any, Any, GetCurrentPlanOrdersResponse]: ...
def get_current_plan_orders(
    client: Client | AsyncClient,
    *,
    symbol: str | None = None,
    limit: int | None = None,
    id_less_than: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
) -> GetCurrentPlanOrdersResponse | Coroutine[Any, Any, GetCurrentPlanOrdersResponse]:
    """List the current spot plan orders.

    Lists spot plan orders that have not finished (not yet triggered, or being placed), newest first, one page at
    a time. The next (older) page is asked for with the `idLessThan` value of the previous answer, while its
    `nextFlag` is true. startTime and endTime may span at most 90 days.

    ``GET /api/v2/spot/trade/current-plan-order``, at most 20 per 1 s per UID.
    The arguments are the fields of `GetCurrentPlanOrdersRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://www.bitget.com/api-doc/spot/plan/Get-Current-Plan-Order

    Args:
        client: The Bitget client that signs and sends the request (``bitget.Client``).
        symbol: Trading pair, e.g. BTCUSDT; all pairs when left out. Optional: left out, it is not sent.
        limit: Page size, 1 to 100; 20 when left out. The venue's default: ``20``. Optional: left out, it is not sent.
        id_less_than: Cursor: only orders older than this one are returned. Pass the `id_less_than` of the previous
            answer; leave it out for the first page. Optional: left out, it is not sent.
        start_time: Earliest creation time, Unix milliseconds; startTime to endTime spans at most 90 days. Optional:
            left out, it is not sent.
        end_time: Latest creation time, Unix milliseconds; startTime to endTime spans at most 90 days. Optional: left
            out, it is not sent.

    Returns:
        The venue's answer as a `GetCurrentPlanOrdersResponse`.

    Raises:
        ValidationError: An argument breaks the spec (its message names the argument and the wire field); nothing
            was sent.
        VenueError: The venue refused the request; the subclass says why (``AuthenticationError``,
            ``RateLimitError``, ``InvalidRequestError``, ``NotFoundError``, ``ServerError``, ...).
        TransportError: No answer arrived (after the client's retries, if any).
    """
    request = GetCurrentPlanOrdersRequest(
        symbol=symbol,
        limit=limit,
        id_less_than=id_less_than,
        start_time=start_time,
        end_time=end_time,
    )
    return client.send(request)


@overload
def iter_get_current_plan_orders(
    client: Client,
    *,
    symbol: str | None = None,
    limit: int | None = None,
    id_less_than: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
) -> Iterator[SpotCurrentPlanOrder]: ...
@overload
def iter_get_current_plan_orders(
    client: AsyncClient,
    *,
    symbol: str | None = None,
    limit: int | None = None,
    id_less_than: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
) -> AsyncIterator[SpotCurrentPlanOrder]: ...
def iter_get_current_plan_orders(
    client: Client | AsyncClient,
    *,
    symbol: str | None = None,
    limit: int | None = None,
    id_less_than: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
) -> Iterator[SpotCurrentPlanOrder] | AsyncIterator[SpotCurrentPlanOrder]:
    """Every item of `get_current_plan_orders`, one page request at a time, as the loop asks for them.

    Starts where the arguments say and asks for each next page by ``id_less_than`` (cursor style), until a page
    comes back empty, holds fewer items than ``limit``, says ``next_flag`` is false or gives no next cursor.
    With an ``AsyncClient``, loop with ``async for``.

    Args:
        client: The Bitget client that signs and sends the request (``bitget.Client``).
        symbol: Trading pair, e.g. BTCUSDT; all pairs when left out. Optional: left out, it is not sent.
        limit: Page size, 1 to 100; 20 when left out. The venue's default: ``20``. Optional: left out, it is not sent.
        id_less_than: Cursor: only orders older than this one are returned. Pass the `id_less_than` of the previous
            answer; leave it out for the first page. Optional: left out, it is not sent.
        start_time: Earliest creation time, Unix milliseconds; startTime to endTime spans at most 90 days. Optional:
            left out, it is not sent.
        end_time: Latest creation time, Unix milliseconds; startTime to endTime spans at most 90 days. Optional: left
            out, it is not sent.

    Yields:
        Each `SpotCurrentPlanOrder`, in the venue's order; a page is requested only when the loop needs its items.

    Raises:
        ValidationError: An argument breaks the spec; nothing was sent.
        VenueError: The venue refused a page request (reads are retried by the client's policy first).
        TransportError: A page's answer did not arrive.
    """
    request = GetCurrentPlanOrdersRequest(
        symbol=symbol,
        limit=limit,
        id_less_than=id_less_than,
        start_time=start_time,
        end_time=end_time,
    )
    return client.walk(request)


@overload
def get_history_plan_orders(
    client: Client,
    *,
    symbol: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    id_less_than: str | None = None,
    limit: int | None = None,
) -> GetHistoryPlanOrdersResponse: ...
@overload
def get_history_plan_orders(
    client: AsyncClient,
    *,
    symbol: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    id_less_than: str | None = None,
    limit: int | None = None,
) -> Coroutine[Any, Any, GetHistoryPlanOrdersResponse]: ...
def get_history_plan_orders(
    client: Client | AsyncClient,
    *,
    symbol: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    id_less_than: str | None = None,
    limit: int | None = None,
) -> GetHistoryPlanOrdersResponse | Coroutine[Any, Any, GetHistoryPlanOrdersResponse]:
    """List finished spot plan orders.

    Lists spot plan orders that have finished (executed, failed or cancelled), newest first, one page at a time.
    The next (older) page is asked for with the `idLessThan` value of the previous answer, while its `nextFlag` is
    true. startTime and endTime may span at most 90 days.

    ``GET /api/v2/spot/trade/history-plan-order``, at most 20 per 1 s per UID.
    The arguments are the fields of `GetHistoryPlanOrdersRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://www.bitget.com/api-doc/spot/plan/Get-History-Plan-Order

    Args:
        client: The Bitget client that signs and sends the request (``bitget.Client``).
        symbol: Trading pair, e.g. BTCUSDT; all pairs when left out. Optional: left out, it is not sent.
        start_time: Only orders after this time, Unix milliseconds; startTime to endTime spans at most 90 days.
            Optional: left out, it is not sent.
        end_time: Only orders before this time, Unix milliseconds; startTime to endTime spans at most 90 days. Optional:
            left out, it is not sent.
        id_less_than: Cursor: only orders older than this one are returned. Pass the `id_less_than` (endId) of the
            previous answer; leave it out for the first page. Optional: left out, it is not sent.
        limit: Page size, 1 to 100; 100 when left out. The venue's default: ``100``. Optional: left out, it is not sent.

    Returns:
        The venue's answer as a `GetHistoryPlanOrdersResponse`.

    Raises:
        ValidationError: An argument breaks the spec (its message names the argument and the wire field); nothing
            was sent.
        VenueError: The venue refused the request; the subclass says why (``AuthenticationError``,
            ``RateLimitError``, ``InvalidRequestError``, ``NotFoundError``, ``ServerError``, ...).
        TransportError: No answer arrived (after the client's retries, if any).
    """
    request = GetHistoryPlanOrdersRequest(
        symbol=symbol,
        start_time=start_time,
        end_time=end_time,
        id_less_than=id_less_than,
        limit=limit,
    )
    return client.send(request)


@overload
def iter_get_history_plan_orders(
    client: Client,
    *,
    symbol: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    id_less_than: str | None = None,
    limit: int | None = None,
) -> Iterator[SpotHistoryPlanOrder]: ...
@overload
def iter_get_history_plan_orders(
    client: AsyncClient,
    *,
    symbol: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    id_less_than: str | None = None,
    limit: int | None = None,
) -> AsyncIterator[SpotHistoryPlanOrder]: ...
def iter_get_history_plan_orders(
    client: Client | AsyncClient,
    *,
    symbol: str | None = None,
    start_time: int | None = None,
    end_time: int | None = None,
    id_less_than: str | None = None,
    limit: int | None = None,
) -> Iterator[SpotHistoryPlanOrder] | AsyncIterator[SpotHistoryPlanOrder]:
    """Every item of `get_history_plan_orders`, one page request at a time, as the loop asks for them.

    Starts where the arguments say and asks for each next page by ``id_less_than`` (cursor style), until a page
    comes back empty, holds fewer items than ``limit``, says ``next_flag`` is false or gives no next cursor.
    With an ``AsyncClient``, loop with ``async for``.

    Args:
        client: The Bitget client that signs and sends the request (``bitget.Client``).
        symbol: Trading pair, e.g. BTCUSDT; all pairs when left out. Optional: left out, it is not sent.
        start_time: Only orders after this time, Unix milliseconds; startTime to endTime spans at most 90 days.
            Optional: left out, it is not sent.
        end_time: Only orders before this time, Unix milliseconds; startTime to endTime spans at most 90 days. Optional:
            left out, it is not sent.
        id_less_than: Cursor: only orders older than this one are returned. Pass the `id_less_than` (endId) of the
            previous answer; leave it out for the first page. Optional: left out, it is not sent.
        limit: Page size, 1 to 100; 100 when left out. The venue's default: ``100``. Optional: left out, it is not sent.

    Yields:
        Each `SpotHistoryPlanOrder`, in the venue's order; a page is requested only when the loop needs its items.

    Raises:
        ValidationError: An argument breaks the spec; nothing was sent.
        VenueError: The venue refused a page request (reads are retried by the client's policy first).
        TransportError: A page's answer did not arrive.
    """
    request = GetHistoryPlanOrdersRequest(
        symbol=symbol,
        start_time=start_time,
        end_time=end_time,
        id_less_than=id_less_than,
        limit=limit,
    )
    return client.walk(request)


@overload
def get_plan_sub_orders(
    client: Client,
    *,
    plan_order_id: str,
) -> list[SpotPlanSubOrder]: ...
@overload
def get_plan_sub_orders(
    client: AsyncClient,
    *,
    plan_order_id: str,
) -> Coroutine[Any, Any, list[SpotPlanSubOrder]]: ...
def get_plan_sub_orders(
    client: Client | AsyncClient,
    *,
    plan_order_id: str,
) -> list[SpotPlanSubOrder] | Coroutine[Any, Any, list[SpotPlanSubOrder]]:
    """List the spot orders a plan order placed.

    Lists the spot orders that a plan order placed (or is placing) when it triggered.

    ``GET /api/v2/spot/trade/plan-sub-order``, at most 20 per 1 s per UID.
    The arguments are the fields of `GetPlanSubOrdersRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://www.bitget.com/api-doc/spot/plan/Get-Plan-Sub-Order

    Args:
        client: The Bitget client that signs and sends the request (``bitget.Client``).
        plan_order_id: ID of the plan order.

    Returns:
        The venue's answer as a list of `SpotPlanSubOrder`.

    Raises:
        ValidationError: An argument breaks the spec (its message names the argument and the wire field); nothing
            was sent.
        VenueError: The venue refused the request; the subclass says why (``AuthenticationError``,
            ``RateLimitError``, ``InvalidRequestError``, ``NotFoundError``, ``ServerError``, ...).
        TransportError: No answer arrived (after the client's retries, if any).
    """
    request = GetPlanSubOrdersRequest(
        plan_order_id=plan_order_id,
    )
    return client.send(request)
