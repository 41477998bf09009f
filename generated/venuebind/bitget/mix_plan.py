"""Bitget endpoints of the ``mix_plan`` area.

Futures (mix) trigger orders and trailing-stop orders, with optional take-profit and stop-loss.

Generated from ``spec/bitget.yaml`` by ``python -m codegen generate``; edit the spec, not this file.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Coroutine, Iterator, Sequence
from typing import Any, Literal, overload

from .._runtime.bitget import AsyncClient, Client
from .._runtime.check import DecimalInput
from .models import (
    CancelMixPlanOrdersRequest,
    CancelMixPlanOrdersResponse,
    GetMixHistoryPlanOrdersRequest,
    GetMixHistoryPlanOrdersResponse,
    GetMixPendingPlanOrdersRequest,
    GetMixPendingPlanOrdersResponse,
    MarginMode,
    MixCancelPlanType,
    MixHistoryPlanOrder,
    MixPendingPlanOrder,
    MixPlanOrderRef,
    MixPlanQueryType,
    MixPlanType,
    ModifyMixPlanOrderRequest,
    ModifyMixPlanOrderResponse,
    ModifyMixTpslOrderRequest,
    ModifyMixTpslOrderResponse,
    OrderType,
    PlaceMixPlanOrderRequest,
    PlaceMixPlanOrderResponse,
    PlanHistoryStatus,
    ProductType,
    ReduceOnly,
    Side,
    StpMode,
    TradeSide,
    TriggerType,
)


@overload
def place_mix_plan_order(
    client: Client,
    *,
    plan_type: MixPlanType | Literal["normal_plan", "track_plan"],
    symbol: str,
    product_type: ProductType
    | Literal["USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"],
    margin_mode: MarginMode | Literal["isolated", "crossed"],
    margin_coin: str,
    size: DecimalInput,
    trigger_price: DecimalInput,
    trigger_type: TriggerType | Literal["fill_price", "mark_price"],
    side: Side | Literal["buy", "sell"],
    order_type: OrderType | Literal["limit", "market"],
    price: DecimalInput | None = None,
    callback_ratio: DecimalInput | None = None,
    trade_side: TradeSide | Literal["open", "close"] | None = None,
    client_oid: str | None = None,
    reduce_only: ReduceOnly | Literal["yes", "no"] | None = None,
    stop_surplus_trigger_price: DecimalInput | None = None,
    stop_surplus_execute_price: DecimalInput | None = None,
    stop_surplus_trigger_type: TriggerType | Literal["fill_price", "mark_price"] | None = None,
    stop_loss_trigger_price: DecimalInput | None = None,
    stop_loss_execute_price: DecimalInput | None = None,
    stop_loss_trigger_type: TriggerType | Literal["fill_price", "mark_price"] | None = None,
    stp_mode: StpMode | Literal["none", "cancel_taker", "cancel_maker", "cancel_both"] | None = None,
) -> PlaceMixPlanOrderResponse: ...
@overload
def place_mix_plan_order(
    client: AsyncClient,
    *,
    plan_type: MixPlanType | Literal["normal_plan", "track_plan"],
    symbol: str,
    product_type: ProductType
    | Literal["USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"],
    margin_mode: MarginMode | Literal["isolated", "crossed"],
    margin_coin: str,
    size: DecimalInput,
    trigger_price: DecimalInput,
    trigger_type: TriggerType | Literal["fill_price", "mark_price"],
    side: Side | Literal["buy", "sell"],
    order_type: OrderType | Literal["limit", "market"],
    price: DecimalInput | None = None,
    callback_ratio: DecimalInput | None = None,
    trade_side: TradeSide | Literal["open", "close"] | None = None,
    client_oid: str | None = None,
    reduce_only: ReduceOnly | Literal["yes", "no"] | None = None,
    stop_surplus_trigger_price: DecimalInput | None = None,
    stop_surplus_execute_price: DecimalInput | None = None,
    stop_surplus_trigger_type: TriggerType | Literal["fill_price", "mark_price"] | None = None,
    stop_loss_trigger_price: DecimalInput | None = None,
    stop_loss_execute_price: DecimalInput | None = None,
    stop_loss_trigger_type: TriggerType | Literal["fill_price", "mark_price"] | None = None,
    stp_mode: StpMode | Literal["none", "cancel_taker", "cancel_maker", "cancel_both"] | None = None,
) -> Coroutine[Any, Any, PlaceMixPlanOrderResponse]: ...
def place_mix_plan_order(
    client: Client | AsyncClient,
    *,
    plan_type: MixPlanType | Literal["normal_plan", "track_plan"],
    symbol: str,
    product_type: ProductType
    | Literal["USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"],
    margin_mode: MarginMode | Literal["isolated", "crossed"],
    margin_coin: str,
    size: DecimalInput,
    trigger_price: DecimalInput,
    trigger_type: TriggerType | Literal["fill_price", "mark_price"],
    side: Side | Literal["buy", "sell"],
    order_type: OrderType | Literal["limit", "market"],
    price: DecimalInput | None = None,
    callback_ratio: DecimalInput | None = None,
    trade_side: TradeSide | Literal["open", "close"] | None = None,
    client_oid: str | None = None,
    reduce_only: ReduceOnly | Literal["yes", "no"] | None = None,
    stop_surplus_trigger_price: DecimalInput | None = None,
    stop_surplus_execute_price: DecimalInput | None = None,
    stop_surplus_trigger_type: TriggerType | Literal["fill_price", "mark_price"] | None = None,
    stop_loss_trigger_price: DecimalInput | None = None,
    stop_loss_execute_price: DecimalInput | None = None,
    stop_loss_trigger_type: TriggerType | Literal["fill_price", "mark_price"] | None = None,
    stp_mode: StpMode | Literal["none", "cancel_taker", "cancel_maker", "cancel_both"] | None = None,
) -> PlaceMixPlanOrderResponse | Coroutine[Any, Any, PlaceMixPlanOrderResponse]:
    """Place a futures trigger or trailing-stop order.

    Places a futures trigger order (`planType` normal_plan) or trailing-stop order (`planType` track_plan), with
    optional take-profit and stop-loss settings.

    ``POST /api/v2/mix/order/place-plan-order``, at most 10 per 1 s per UID.
    The arguments are the fields of `PlaceMixPlanOrderRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://www.bitget.com/api-doc/contract/plan/Place-Plan-Order
    """
    request = PlaceMixPlanOrderRequest(
        plan_type=plan_type,
        symbol=symbol,
        product_type=product_type,
        margin_mode=margin_mode,
        margin_coin=margin_coin,
        size=size,
        price=price,
        callback_ratio=callback_ratio,
        trigger_price=trigger_price,
        trigger_type=trigger_type,
        side=side,
        trade_side=trade_side,
        order_type=order_type,
        client_oid=client_oid,
        reduce_only=reduce_only,
        stop_surplus_trigger_price=stop_surplus_trigger_price,
        stop_surplus_execute_price=stop_surplus_execute_price,
        stop_surplus_trigger_type=stop_surplus_trigger_type,
        stop_loss_trigger_price=stop_loss_trigger_price,
        stop_loss_execute_price=stop_loss_execute_price,
        stop_loss_trigger_type=stop_loss_trigger_type,
        stp_mode=stp_mode,
    )
    return client.send(request)


@overload
def modify_mix_plan_order(
    client: Client,
    *,
    product_type: ProductType
    | Literal["USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"],
    order_id: str | None = None,
    client_oid: str | None = None,
    plan_type: MixPlanType | Literal["normal_plan", "track_plan"] | None = None,
    symbol: str | None = None,
    new_size: DecimalInput | None = None,
    new_price: DecimalInput | None = None,
    new_callback_ratio: DecimalInput | None = None,
    new_trigger_price: DecimalInput | None = None,
    new_trigger_type: TriggerType | Literal["fill_price", "mark_price"] | None = None,
    new_stop_surplus_trigger_price: DecimalInput | None = None,
    new_stop_surplus_execute_price: DecimalInput | None = None,
    new_stop_surplus_trigger_type: TriggerType | Literal["fill_price", "mark_price"] | None = None,
    new_stop_loss_trigger_price: DecimalInput | None = None,
    new_stop_loss_execute_price: DecimalInput | None = None,
    new_stop_loss_trigger_type: TriggerType | Literal["fill_price", "mark_price"] | None = None,
) -> ModifyMixPlanOrderResponse: ...
@overload
def modify_mix_plan_order(
    client: AsyncClient,
    *,
    product_type: ProductType
    | Literal["USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"],
    order_id: str | None = None,
    client_oid: str | None = None,
    plan_type: MixPlanType | Literal["normal_plan", "track_plan"] | None = None,
    symbol: str | None = None,
    new_size: DecimalInput | None = None,
    new_price: DecimalInput | None = None,
    new_callback_ratio: DecimalInput | None = None,
    new_trigger_price: DecimalInput | None = None,
    new_trigger_type: TriggerType | Literal["fill_price", "mark_price"] | None = None,
    new_stop_surplus_trigger_price: DecimalInput | None = None,
    new_stop_surplus_execute_price: DecimalInput | None = None,
    new_stop_surplus_trigger_type: TriggerType | Literal["fill_price", "mark_price"] | None = None,
    new_stop_loss_trigger_price: DecimalInput | None = None,
    new_stop_loss_execute_price: DecimalInput | None = None,
    new_stop_loss_trigger_type: TriggerType | Literal["fill_price", "mark_price"] | None = None,
) -> Coroutine[Any, Any, ModifyMixPlanOrderResponse]: ...
def modify_mix_plan_order(
    client: Client | AsyncClient,
    *,
    product_type: ProductType
    | Literal["USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"],
    order_id: str | None = None,
    client_oid: str | None = None,
    plan_type: MixPlanType | Literal["normal_plan", "track_plan"] | None = None,
    symbol: str | None = None,
    new_size: DecimalInput | None = None,
    new_price: DecimalInput | None = None,
    new_callback_ratio: DecimalInput | None = None,
    new_trigger_price: DecimalInput | None = None,
    new_trigger_type: TriggerType | Literal["fill_price", "mark_price"] | None = None,
    new_stop_surplus_trigger_price: DecimalInput | None = None,
    new_stop_surplus_execute_price: DecimalInput | None = None,
    new_stop_surplus_trigger_type: TriggerType | Literal["fill_price", "mark_price"] | None = None,
    new_stop_loss_trigger_price: DecimalInput | None = None,
    new_stop_loss_execute_price: DecimalInput | None = None,
    new_stop_loss_trigger_type: TriggerType | Literal["fill_price", "mark_price"] | None = None,
) -> ModifyMixPlanOrderResponse | Coroutine[Any, Any, ModifyMixPlanOrderResponse]:
    """Modify a futures trigger or trailing-stop order.

    Changes a pending futures trigger order (normal_plan) or trailing-stop order (track_plan): its size, execution
    price, callback ratio, trigger and attached take-profit / stop-loss. The order is named by `orderId` or
    `clientOid` (at least one; `orderId` wins when both are sent). A field left out keeps its current value; a
    take-profit or stop-loss trigger price of 0 removes it. For a trailing-stop order `newCallbackRatio` is
    required, and `newPrice`, `newStopSurplusExecutePrice`, `newStopSurplusTriggerType` and
    `newStopLossExecutePrice` must be left out; for a trigger order `newCallbackRatio` must be left out and
    `newPrice` only applies to limit orders. These depend on the kind of the existing order, which the request
    does not carry, so only the server checks them.

    ``POST /api/v2/mix/order/modify-plan-order``, at most 10 per 1 s per UID.
    The arguments are the fields of `ModifyMixPlanOrderRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://www.bitget.com/api-doc/contract/plan/Modify-Plan-Order
    """
    request = ModifyMixPlanOrderRequest(
        order_id=order_id,
        client_oid=client_oid,
        product_type=product_type,
        plan_type=plan_type,
        symbol=symbol,
        new_size=new_size,
        new_price=new_price,
        new_callback_ratio=new_callback_ratio,
        new_trigger_price=new_trigger_price,
        new_trigger_type=new_trigger_type,
        new_stop_surplus_trigger_price=new_stop_surplus_trigger_price,
        new_stop_surplus_execute_price=new_stop_surplus_execute_price,
        new_stop_surplus_trigger_type=new_stop_surplus_trigger_type,
        new_stop_loss_trigger_price=new_stop_loss_trigger_price,
        new_stop_loss_execute_price=new_stop_loss_execute_price,
        new_stop_loss_trigger_type=new_stop_loss_trigger_type,
    )
    return client.send(request)


@overload
def modify_mix_tpsl_order(
    client: Client,
    *,
    margin_coin: str,
    product_type: ProductType
    | Literal["USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"],
    symbol: str,
    trigger_price: DecimalInput,
    size: str,
    order_id: str | None = None,
    client_oid: str | None = None,
    trigger_type: TriggerType | Literal["fill_price", "mark_price"] | None = None,
    execute_price: DecimalInput | None = None,
    range_rate: DecimalInput | None = None,
) -> ModifyMixTpslOrderResponse: ...
@overload
def modify_mix_tpsl_order(
    client: AsyncClient,
    *,
    margin_coin: str,
    product_type: ProductType
    | Literal["USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"],
    symbol: str,
    trigger_price: DecimalInput,
    size: str,
    order_id: str | None = None,
    client_oid: str | None = None,
    trigger_type: TriggerType | Literal["fill_price", "mark_price"] | None = None,
    execute_price: DecimalInput | None = None,
    range_rate: DecimalInput | None = None,
) -> Coroutine[Any, Any, ModifyMixTpslOrderResponse]: ...
def modify_mix_tpsl_order(
    client: Client | AsyncClient,
    *,
    margin_coin: str,
    product_type: ProductType
    | Literal["USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"],
    symbol: str,
    trigger_price: DecimalInput,
    size: str,
    order_id: str | None = None,
    client_oid: str | None = None,
    trigger_type: TriggerType | Literal["fill_price", "mark_price"] | None = None,
    execute_price: DecimalInput | None = None,
    range_rate: DecimalInput | None = None,
) -> ModifyMixTpslOrderResponse | Coroutine[Any, Any, ModifyMixTpslOrderResponse]:
    """Modify a futures take-profit or stop-loss order.

    Changes the trigger price, trigger type, execution price, size or callback range of a futures take-profit /
    stop-loss plan order, named by `orderId` or `clientOid` (at least one of them must be sent).

    ``POST /api/v2/mix/order/modify-tpsl-order``, at most 10 per 1 s per UID.
    The arguments are the fields of `ModifyMixTpslOrderRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://www.bitget.com/api-doc/contract/plan/Modify-Tpsl-Order
    """
    request = ModifyMixTpslOrderRequest(
        order_id=order_id,
        client_oid=client_oid,
        margin_coin=margin_coin,
        product_type=product_type,
        symbol=symbol,
        trigger_price=trigger_price,
        trigger_type=trigger_type,
        execute_price=execute_price,
        size=size,
        range_rate=range_rate,
    )
    return client.send(request)


@overload
def cancel_mix_plan_orders(
    client: Client,
    *,
    product_type: ProductType
    | Literal["USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"],
    order_id_list: Sequence[MixPlanOrderRef] | None = None,
    symbol: str | None = None,
    margin_coin: str | None = None,
    plan_type: MixCancelPlanType
    | Literal["normal_plan", "profit_plan", "loss_plan", "pos_profit", "pos_loss", "moving_plan", "track_plan"]
    | None = None,
) -> CancelMixPlanOrdersResponse: ...
@overload
def cancel_mix_plan_orders(
    client: AsyncClient,
    *,
    product_type: ProductType
    | Literal["USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"],
    order_id_list: Sequence[MixPlanOrderRef] | None = None,
    symbol: str | None = None,
    margin_coin: str | None = None,
    plan_type: MixCancelPlanType
    | Literal["normal_plan", "profit_plan", "loss_plan", "pos_profit", "pos_loss", "moving_plan", "track_plan"]
    | None = None,
) -> Coroutine[Any, Any, CancelMixPlanOrdersResponse]: ...
def cancel_mix_plan_orders(
    client: Client | AsyncClient,
    *,
    product_type: ProductType
    | Literal["USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"],
    order_id_list: Sequence[MixPlanOrderRef] | None = None,
    symbol: str | None = None,
    margin_coin: str | None = None,
    plan_type: MixCancelPlanType
    | Literal["normal_plan", "profit_plan", "loss_plan", "pos_profit", "pos_loss", "moving_plan", "track_plan"]
    | None = None,
) -> CancelMixPlanOrdersResponse | Coroutine[Any, Any, CancelMixPlanOrdersResponse]:
    """Cancel futures trigger orders.

    Cancels futures plan orders of one product type. With `orderIdList`, only the listed orders are cancelled
    (`symbol` is then required and must match them). Without it, every plan order of the `planType` (normal_plan
    when left out) that matches `productType` and, when sent, `symbol` and `marginCoin` is cancelled. The envelope
    code is "00000" even when some orders could not be cancelled, so check `failureList`.

    ``POST /api/v2/mix/order/cancel-plan-order``, at most 10 per 1 s per UID.
    The arguments are the fields of `CancelMixPlanOrdersRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://www.bitget.com/api-doc/contract/plan/Cancel-Plan-Order
    """
    request = CancelMixPlanOrdersRequest(
        order_id_list=order_id_list,
        symbol=symbol,
        product_type=product_type,
        margin_coin=margin_coin,
        plan_type=plan_type,
    )
    return client.send(request)


@overload
def get_mix_pending_plan_orders(
    client: Client,
    *,
    plan_type: MixPlanQueryType | Literal["normal_plan", "track_plan", "profit_loss"],
    product_type: ProductType
    | Literal["USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"],
    order_id: str | None = None,
    client_oid: str | None = None,
    symbol: str | None = None,
    id_less_than: str | None = None,
    start_time: str | None = None,
    end_time: str | None = None,
    limit: int | None = None,
) -> GetMixPendingPlanOrdersResponse: ...
@overload
def get_mix_pending_plan_orders(
    client: AsyncClient,
    *,
    plan_type: MixPlanQueryType | Literal["normal_plan", "track_plan", "profit_loss"],
    product_type: ProductType
    | Literal["USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"],
    order_id: str | None = None,
    client_oid: str | None = None,
    symbol: str | None = None,
    id_less_than: str | None = None,
    start_time: str | None = None,
    end_time: str | None = None,
    limit: int | None = None,
) -> Coroutine[Any, Any, GetMixPendingPlanOrdersResponse]: ...
def get_mix_pending_plan_orders(
    client: Client | AsyncClient,
    *,
    plan_type: MixPlanQueryType | Literal["normal_plan", "track_plan", "profit_loss"],
    product_type: ProductType
    | Literal["USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"],
    order_id: str | None = None,
    client_oid: str | None = None,
    symbol: str | None = None,
    id_less_than: str | None = None,
    start_time: str | None = None,
    end_time: str | None = None,
    limit: int | None = None,
) -> GetMixPendingPlanOrdersResponse | Coroutine[Any, Any, GetMixPendingPlanOrdersResponse]:
    """List pending futures plan orders.

    Lists futures plan orders that have not triggered yet, of one `planType` (trigger orders, trailing stops, or
    all take-profit / stop-loss kinds) and one product type, newest first, one page at a time. The next (older)
    page is asked for by passing the `endId` of the previous answer as `idLessThan`. startTime to endTime spans at
    most 3 months. `orderId` or `clientOid` narrows the list to one order (`orderId` wins when both are sent).

    ``GET /api/v2/mix/order/orders-plan-pending``, at most 10 per 1 s per UID.
    The arguments are the fields of `GetMixPendingPlanOrdersRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://www.bitget.com/api-doc/contract/plan/get-orders-plan-pending
    """
    request = GetMixPendingPlanOrdersRequest(
        order_id=order_id,
        client_oid=client_oid,
        symbol=symbol,
        plan_type=plan_type,
        product_type=product_type,
        id_less_than=id_less_than,
        start_time=start_time,
        end_time=end_time,
        limit=limit,
    )
    return client.send(request)


@overload
def iter_get_mix_pending_plan_orders(
    client: Client,
    *,
    plan_type: MixPlanQueryType | Literal["normal_plan", "track_plan", "profit_loss"],
    product_type: ProductType
    | Literal["USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"],
    order_id: str | None = None,
    client_oid: str | None = None,
    symbol: str | None = None,
    id_less_than: str | None = None,
    start_time: str | None = None,
    end_time: str | None = None,
    limit: int | None = None,
) -> Iterator[MixPendingPlanOrder]: ...
@overload
def iter_get_mix_pending_plan_orders(
    client: AsyncClient,
    *,
    plan_type: MixPlanQueryType | Literal["normal_plan", "track_plan", "profit_loss"],
    product_type: ProductType
    | Literal["USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"],
    order_id: str | None = None,
    client_oid: str | None = None,
    symbol: str | None = None,
    id_less_than: str | None = None,
    start_time: str | None = None,
    end_time: str | None = None,
    limit: int | None = None,
) -> AsyncIterator[MixPendingPlanOrder]: ...
def iter_get_mix_pending_plan_orders(
    client: Client | AsyncClient,
    *,
    plan_type: MixPlanQueryType | Literal["normal_plan", "track_plan", "profit_loss"],
    product_type: ProductType
    | Literal["USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"],
    order_id: str | None = None,
    client_oid: str | None = None,
    symbol: str | None = None,
    id_less_than: str | None = None,
    start_time: str | None = None,
    end_time: str | None = None,
    limit: int | None = None,
) -> Iterator[MixPendingPlanOrder] | AsyncIterator[MixPendingPlanOrder]:
    """Every item of `get_mix_pending_plan_orders`, one page request at a time, as the loop asks for them.

    Starts where the arguments say and asks for each next page by ``id_less_than`` (cursor style), until a page
    comes back empty, holds fewer items than ``limit`` or gives no next cursor.
    With an ``AsyncClient``, loop with ``async for``.
    """
    request = GetMixPendingPlanOrdersRequest(
        order_id=order_id,
        client_oid=client_oid,
        symbol=symbol,
        plan_type=plan_type,
        product_type=product_type,
        id_less_than=id_less_than,
        start_time=start_time,
        end_time=end_time,
        limit=limit,
    )
    return client.walk(request)


@overload
def get_mix_history_plan_orders(
    client: Client,
    *,
    plan_type: MixPlanQueryType | Literal["normal_plan", "track_plan", "profit_loss"],
    product_type: ProductType
    | Literal["USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"],
    order_id: str | None = None,
    client_oid: str | None = None,
    plan_status: PlanHistoryStatus | Literal["executed", "fail_execute", "cancelled"] | None = None,
    symbol: str | None = None,
    id_less_than: str | None = None,
    start_time: str | None = None,
    end_time: str | None = None,
    limit: int | None = None,
) -> GetMixHistoryPlanOrdersResponse: ...
@overload
def get_mix_history_plan_orders(
    client: AsyncClient,
    *,
    plan_type: MixPlanQueryType | Literal["normal_plan", "track_plan", "profit_loss"],
    product_type: ProductType
    | Literal["USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"],
    order_id: str | None = None,
    client_oid: str | None = None,
    plan_status: PlanHistoryStatus | Literal["executed", "fail_execute", "cancelled"] | None = None,
    symbol: str | None = None,
    id_less_than: str | None = None,
    start_time: str | None = None,
    end_time: str | None = None,
    limit: int | None = None,
) -> Coroutine[Any, Any, GetMixHistoryPlanOrdersResponse]: ...
def get_mix_history_plan_orders(
    client: Client | AsyncClient,
    *,
    plan_type: MixPlanQueryType | Literal["normal_plan", "track_plan", "profit_loss"],
    product_type: ProductType
    | Literal["USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"],
    order_id: str | None = None,
    client_oid: str | None = None,
    plan_status: PlanHistoryStatus | Literal["executed", "fail_execute", "cancelled"] | None = None,
    symbol: str | None = None,
    id_less_than: str | None = None,
    start_time: str | None = None,
    end_time: str | None = None,
    limit: int | None = None,
) -> GetMixHistoryPlanOrdersResponse | Coroutine[Any, Any, GetMixHistoryPlanOrdersResponse]:
    """List finished futures plan orders.

    Lists futures plan orders that have finished (executed, failed or cancelled), of one `planType` and one
    product type, newest first, one page at a time. The next (older) page is asked for by passing the `endId` of
    the previous answer as `idLessThan`. startTime to endTime spans at most 3 months; for a managed sub-account,
    startTime cannot be earlier than the binding time.

    ``GET /api/v2/mix/order/orders-plan-history``, at most 10 per 1 s per UID.
    The arguments are the fields of `GetMixHistoryPlanOrdersRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://www.bitget.com/api-doc/contract/plan/orders-plan-history
    """
    request = GetMixHistoryPlanOrdersRequest(
        order_id=order_id,
        client_oid=client_oid,
        plan_type=plan_type,
        plan_status=plan_status,
        symbol=symbol,
        product_type=product_type,
        id_less_than=id_less_than,
        start_time=start_time,
        end_time=end_time,
        limit=limit,
    )
    return client.send(request)


@overload
def iter_get_mix_history_plan_orders(
    client: Client,
    *,
    plan_type: MixPlanQueryType | Literal["normal_plan", "track_plan", "profit_loss"],
    product_type: ProductType
    | Literal["USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"],
    order_id: str | None = None,
    client_oid: str | None = None,
    plan_status: PlanHistoryStatus | Literal["executed", "fail_execute", "cancelled"] | None = None,
    symbol: str | None = None,
    id_less_than: str | None = None,
    start_time: str | None = None,
    end_time: str | None = None,
    limit: int | None = None,
) -> Iterator[MixHistoryPlanOrder]: ...
@overload
def iter_get_mix_history_plan_orders(
    client: AsyncClient,
    *,
    plan_type: MixPlanQueryType | Literal["normal_plan", "track_plan", "profit_loss"],
    product_type: ProductType
    | Literal["USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"],
    order_id: str | None = None,
    client_oid: str | None = None,
    plan_status: PlanHistoryStatus | Literal["executed", "fail_execute", "cancelled"] | None = None,
    symbol: str | None = None,
    id_less_than: str | None = None,
    start_time: str | None = None,
    end_time: str | None = None,
    limit: int | None = None,
) -> AsyncIterator[MixHistoryPlanOrder]: ...
def iter_get_mix_history_plan_orders(
    client: Client | AsyncClient,
    *,
    plan_type: MixPlanQueryType | Literal["normal_plan", "track_plan", "profit_loss"],
    product_type: ProductType
    | Literal["USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"],
    order_id: str | None = None,
    client_oid: str | None = None,
    plan_status: PlanHistoryStatus | Literal["executed", "fail_execute", "cancelled"] | None = None,
    symbol: str | None = None,
    id_less_than: str | None = None,
    start_time: str | None = None,
    end_time: str | None = None,
    limit: int | None = None,
) -> Iterator[MixHistoryPlanOrder] | AsyncIterator[MixHistoryPlanOrder]:
    """Every item of `get_mix_history_plan_orders`, one page request at a time, as the loop asks for them.

    Starts where the arguments say and asks for each next page by ``id_less_than`` (cursor style), until a page
    comes back empty, holds fewer items than ``limit`` or gives no next cursor.
    With an ``AsyncClient``, loop with ``async for``.
    """
    request = GetMixHistoryPlanOrdersRequest(
        order_id=order_id,
        client_oid=client_oid,
        plan_type=plan_type,
        plan_status=plan_status,
        symbol=symbol,
        product_type=product_type,
        id_less_than=id_less_than,
        start_time=start_time,
        end_time=end_time,
        limit=limit,
    )
    return client.walk(request)
