"""Bitget endpoints of the ``spot_plan`` area.

Spot plan orders, which rest until a trigger price is reached and then place a limit or market order.

Generated from ``spec/bitget.yaml`` by ``python -m codegen generate``; edit the spec, not this file.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Coroutine, Iterator, Sequence
from typing import Any, Literal, overload

from .._runtime.bitget import AsyncClient, Client
from .._runtime.check import DecimalInput
from .models import (
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
    OrderType,
    PlacePlanOrderRequest,
    PlacePlanOrderResponse,
    Side,
    SpotCurrentPlanOrder,
    SpotHistoryPlanOrder,
    SpotPlanSubOrder,
    SpotPlanType,
    StpMode,
    TriggerType,
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
    start_time: str | None = None,
    end_time: str | None = None,
) -> GetCurrentPlanOrdersResponse: ...
@overload
def get_current_plan_orders(
    client: AsyncClient,
    *,
    symbol: str | None = None,
    limit: int | None = None,
    id_less_than: str | None = None,
    start_time: str | None = None,
    end_time: str | None = None,
) -> Coroutine[Any, Any, GetCurrentPlanOrdersResponse]: ...
def get_current_plan_orders(
    client: Client | AsyncClient,
    *,
    symbol: str | None = None,
    limit: int | None = None,
    id_less_than: str | None = None,
    start_time: str | None = None,
    end_time: str | None = None,
) -> GetCurrentPlanOrdersResponse | Coroutine[Any, Any, GetCurrentPlanOrdersResponse]:
    """List the current spot plan orders.

    Lists spot plan orders that have not finished (not yet triggered, or being placed), newest first, one page at
    a time. The next (older) page is asked for with the `idLessThan` value of the previous answer, while its
    `nextFlag` is true. startTime and endTime may span at most 90 days.

    ``GET /api/v2/spot/trade/current-plan-order``, at most 20 per 1 s per UID.
    The arguments are the fields of `GetCurrentPlanOrdersRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://www.bitget.com/api-doc/spot/plan/Get-Current-Plan-Order
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
    start_time: str | None = None,
    end_time: str | None = None,
) -> Iterator[SpotCurrentPlanOrder]: ...
@overload
def iter_get_current_plan_orders(
    client: AsyncClient,
    *,
    symbol: str | None = None,
    limit: int | None = None,
    id_less_than: str | None = None,
    start_time: str | None = None,
    end_time: str | None = None,
) -> AsyncIterator[SpotCurrentPlanOrder]: ...
def iter_get_current_plan_orders(
    client: Client | AsyncClient,
    *,
    symbol: str | None = None,
    limit: int | None = None,
    id_less_than: str | None = None,
    start_time: str | None = None,
    end_time: str | None = None,
) -> Iterator[SpotCurrentPlanOrder] | AsyncIterator[SpotCurrentPlanOrder]:
    """Every item of `get_current_plan_orders`, one page request at a time, as the loop asks for them.

    Starts where the arguments say and asks for each next page by ``id_less_than`` (cursor style), until a page
    comes back empty, holds fewer items than ``limit``, says ``next_flag`` is false or gives no next cursor.
    With an ``AsyncClient``, loop with ``async for``.
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
    start_time: str | None = None,
    end_time: str | None = None,
    id_less_than: str | None = None,
    limit: int | None = None,
) -> GetHistoryPlanOrdersResponse: ...
@overload
def get_history_plan_orders(
    client: AsyncClient,
    *,
    symbol: str | None = None,
    start_time: str | None = None,
    end_time: str | None = None,
    id_less_than: str | None = None,
    limit: int | None = None,
) -> Coroutine[Any, Any, GetHistoryPlanOrdersResponse]: ...
def get_history_plan_orders(
    client: Client | AsyncClient,
    *,
    symbol: str | None = None,
    start_time: str | None = None,
    end_time: str | None = None,
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
    start_time: str | None = None,
    end_time: str | None = None,
    id_less_than: str | None = None,
    limit: int | None = None,
) -> Iterator[SpotHistoryPlanOrder]: ...
@overload
def iter_get_history_plan_orders(
    client: AsyncClient,
    *,
    symbol: str | None = None,
    start_time: str | None = None,
    end_time: str | None = None,
    id_less_than: str | None = None,
    limit: int | None = None,
) -> AsyncIterator[SpotHistoryPlanOrder]: ...
def iter_get_history_plan_orders(
    client: Client | AsyncClient,
    *,
    symbol: str | None = None,
    start_time: str | None = None,
    end_time: str | None = None,
    id_less_than: str | None = None,
    limit: int | None = None,
) -> Iterator[SpotHistoryPlanOrder] | AsyncIterator[SpotHistoryPlanOrder]:
    """Every item of `get_history_plan_orders`, one page request at a time, as the loop asks for them.

    Starts where the arguments say and asks for each next page by ``id_less_than`` (cursor style), until a page
    comes back empty, holds fewer items than ``limit``, says ``next_flag`` is false or gives no next cursor.
    With an ``AsyncClient``, loop with ``async for``.
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
    """
    request = GetPlanSubOrdersRequest(
        plan_order_id=plan_order_id,
    )
    return client.send(request)
