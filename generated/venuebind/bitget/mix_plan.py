"""Bitget endpoints of the ``mix_plan`` area.

Futures (mix) trigger orders and trailing-stop orders, with optional take-profit and stop-loss.

Generated from ``spec/bitget.yaml`` by ``python -m codegen generate``; edit the spec, not this file.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Coroutine, Iterator, Sequence
from typing import Any, Literal, overload

from .._runtime.bitget import AsyncClient, Client
from .._runtime.check import DecimalInput
from ._mix_plan_models import (
    CancelMixPlanOrdersRequest,
    CancelMixPlanOrdersResponse,
    GetMixHistoryPlanOrdersRequest,
    GetMixHistoryPlanOrdersResponse,
    GetMixPendingPlanOrdersRequest,
    GetMixPendingPlanOrdersResponse,
    GetMixPlanSubOrdersRequest,
    HoldSide,
    MarginMode,
    MixCancelPlanType,
    MixHistoryPlanOrder,
    MixPendingPlanOrder,
    MixPlanOrderRef,
    MixPlanQueryType,
    MixPlanSubOrder,
    MixPlanType,
    MixPosTpslPlaced,
    MixTpslPlanType,
    ModifyMixPlanOrderRequest,
    ModifyMixPlanOrderResponse,
    ModifyMixTpslOrderRequest,
    ModifyMixTpslOrderResponse,
    PlaceMixPlanOrderRequest,
    PlaceMixPlanOrderResponse,
    PlaceMixPosTpslRequest,
    PlaceMixTpslOrderRequest,
    PlaceMixTpslOrderResponse,
    ProductType,
    ReduceOnly,
    TradeSide,
)
from ._shared_models import OrderType, PlanHistoryStatus, Side, StpMode, TriggerType


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

    Args:
        client: The Bitget client that signs and sends the request (``bitget.Client``).
        plan_type: `normal_plan` for a trigger order, `track_plan` for a trailing-stop order.
        symbol: Trading pair.
        product_type: Product line: `USDT-FUTURES` (USDT professional futures), `COIN-FUTURES` (mixed/coin-margined
            futures), `USDC-FUTURES` (USDC professional futures), and the demo lines `SUSDT-FUTURES`, `SCOIN-FUTURES`,
            `SUSDC-FUTURES`.
        margin_mode: `isolated` margin or `crossed` (cross) margin.
        margin_coin: Margin coin.
        size: Order quantity in the base coin. A decimal.
        trigger_price: Trigger price. A decimal.
        trigger_type: Price compared with `trigger_price`; `fill_price` (latest price) or `mark_price`.
        side: Order direction, `buy` or `sell`.
        order_type: `limit` or `market`; must be `market` for `track_plan`.
        price: Order price. Must be absent for `track_plan`; for `normal_plan` it is required with `order_type` limit
            and must be absent with `order_type` market. A decimal. Optional: left out, it is not sent.
        callback_ratio: Callback rate of a trailing-stop order; required for `track_plan`, at most 10. Trailing stops
            only: must be absent for `normal_plan`. A decimal. Optional: left out, it is not sent.
        trade_side: `open` or `close`; needed only in hedge position mode. Open long: side buy + open; open short: side
            sell + open; close long: side buy + close; close short: side sell + close. Optional: left out, it is not
            sent.
        client_oid: Client-chosen order ID. Optional: left out, it is not sent.
        reduce_only: Reduce the position only (`yes`) or not (`no`, the default); applies in one-way (buy/sell) position
            mode only. Optional: left out, it is not sent.
        stop_surplus_trigger_price: Take-profit: for `normal_plan` the trigger price, for `track_plan` a percentage from
            0.01 to 999.99. Leave it out to set no take-profit; 0, which the page also accepts for that, is refused. A
            decimal. Optional: left out, it is not sent.
        stop_surplus_execute_price: Take-profit execution price, `normal_plan` only (must be absent for `track_plan`).
            With `stop_surplus_trigger_price` set, 0 or absent places a market order and a value above 0 a limit order.
            A decimal. Optional: left out, it is not sent.
        stop_surplus_trigger_type: Price compared with the take-profit trigger, `fill_price` (latest price) or
            `mark_price`; required when `stop_surplus_trigger_price` is set; only `fill_price` for `track_plan`.
            Optional: left out, it is not sent.
        stop_loss_trigger_price: Stop-loss: for `normal_plan` the trigger price, for `track_plan` a percentage from 0.01
            to 999.99. Leave it out to set no stop-loss; 0, which the page also accepts for that, is refused. A decimal.
            Optional: left out, it is not sent.
        stop_loss_execute_price: Stop-loss execution price, `normal_plan` only (must be absent for `track_plan`). With
            `stop_loss_trigger_price` set, 0 or absent places a market order and a value above 0 a limit order. A
            decimal. Optional: left out, it is not sent.
        stop_loss_trigger_type: Price compared with the stop-loss trigger, `fill_price` (latest price) or `mark_price`;
            required when `stop_loss_trigger_price` is set; only `fill_price` for `track_plan`. Optional: left out, it
            is not sent.
        stp_mode: Self-trade prevention: `none` (no STP, the default), `cancel_taker` (cancel the taker order),
            `cancel_maker` (cancel the maker order) or `cancel_both` (cancel both). Optional: left out, it is not sent.

    Returns:
        The venue's answer as a `PlaceMixPlanOrderResponse`.

    Raises:
        ValidationError: An argument breaks the spec (its message names the argument and the wire field); nothing
            was sent.
        VenueError: The venue refused the request; the subclass says why (``AuthenticationError``,
            ``RateLimitError``, ``InvalidRequestError``, ``NotFoundError``, ``ServerError``, ...).
        TransportError: No answer arrived; ``may_have_reached`` says whether the venue may have acted. Never
            retried: look the order up before sending it again.
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

    Args:
        client: The Bitget client that signs and sends the request (``bitget.Client``).
        product_type: Product line of the order, e.g. `USDT-FUTURES`. One of ``USDT-FUTURES``, ``COIN-FUTURES``,
            ``USDC-FUTURES``, ``SUSDT-FUTURES``, ``SCOIN-FUTURES``, ``SUSDC-FUTURES``.
        order_id: ID of the trigger order to modify; send this or `client_oid`. Wins when both are sent. Optional: left
            out, it is not sent.
        client_oid: Client-chosen ID of the trigger order to modify; send this or `order_id`. Optional: left out, it is
            not sent.
        plan_type: Kind of the order, `normal_plan` (trigger order) or `track_plan` (trailing stop). Not in the page's
            table; only its request example sends it. Optional: left out, it is not sent.
        symbol: Trading pair of the order. Not in the page's table; only its request example sends it. Optional: left
            out, it is not sent.
        new_size: New quantity; left out, the quantity stays. A decimal. Optional: left out, it is not sent.
        new_price: New execution price of a limit trigger order; left out, it stays. Must be left out for market trigger
            orders and for trailing stops. A decimal. Optional: left out, it is not sent.
        new_callback_ratio: New callback ratio, at most 10; required for a trailing stop, must be left out for a trigger
            order. A decimal. Optional: left out, it is not sent.
        new_trigger_price: New trigger price; left out, it stays. A decimal. Optional: left out, it is not sent.
        new_trigger_type: New price compared with the trigger, `fill_price` or `mark_price`; needs `new_trigger_price`.
            Optional: left out, it is not sent.
        new_stop_surplus_trigger_price: New take-profit trigger price: left out, the take-profit stays; a value sets or
            replaces it; 0 removes it. A decimal. Optional: left out, it is not sent.
        new_stop_surplus_execute_price: New take-profit execution price; 0 removes it. Must be left out for trailing
            stops. A decimal. Optional: left out, it is not sent.
        new_stop_surplus_trigger_type: Price compared with the new take-profit trigger, `fill_price` or `mark_price`;
            required with `new_stop_surplus_trigger_price`. Must be left out for trailing stops. Optional: left out, it
            is not sent.
        new_stop_loss_trigger_price: New stop-loss trigger price; left out, the stop-loss stays, a value sets or
            replaces it, and 0 removes it. A decimal. Optional: left out, it is not sent.
        new_stop_loss_execute_price: New stop-loss execution price; 0 removes it. Must be left out for trailing stops. A
            decimal. Optional: left out, it is not sent.
        new_stop_loss_trigger_type: Price compared with the new stop-loss trigger, `fill_price` or `mark_price`;
            required with `new_stop_loss_trigger_price`. Optional: left out, it is not sent.

    Returns:
        The venue's answer as a `ModifyMixPlanOrderResponse`.

    Raises:
        ValidationError: An argument breaks the spec (its message names the argument and the wire field); nothing
            was sent.
        VenueError: The venue refused the request; the subclass says why (``AuthenticationError``,
            ``RateLimitError``, ``InvalidRequestError``, ``NotFoundError``, ``ServerError``, ...).
        TransportError: No answer arrived; ``may_have_reached`` says whether the venue may have acted. Never
            retried: look the order up before sending it again.
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
    size: DecimalInput | None,
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
    size: DecimalInput | None,
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
    size: DecimalInput | None,
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

    Args:
        client: The Bitget client that signs and sends the request (``bitget.Client``).
        margin_coin: Margin coin.
        product_type: Product line of the order, e.g. `USDT-FUTURES`. One of ``USDT-FUTURES``, ``COIN-FUTURES``,
            ``USDC-FUTURES``, ``SUSDT-FUTURES``, ``SCOIN-FUTURES``, ``SUSDC-FUTURES``.
        symbol: Trading pair, e.g. ETHUSDT.
        trigger_price: New trigger price. A decimal.
        size: Order quantity; empty (None) for a position take-profit or position stop-loss order, which closes the
            whole position. A decimal. ``None`` sends the empty string ``""``.
        order_id: ID of the take-profit / stop-loss order; send this or `client_oid`. Optional: left out, it is not
            sent.
        client_oid: Client-chosen ID of the take-profit / stop-loss order; send this or `order_id`. Optional: left out,
            it is not sent.
        trigger_type: Price compared with the trigger, `fill_price` (last trade price) or `mark_price`. Optional: left
            out, it is not sent.
        execute_price: Execution price: 0 or left out executes at market, a value above 0 places a limit order. Leave it
            out for a trailing take-profit / stop-loss (moving_plan), which always executes at market. A decimal.
            Optional: left out, it is not sent.
        range_rate: Callback range of a trailing take-profit / stop-loss. A decimal. Optional: left out, it is not sent.

    Returns:
        The venue's answer as a `ModifyMixTpslOrderResponse`.

    Raises:
        ValidationError: An argument breaks the spec (its message names the argument and the wire field); nothing
            was sent.
        VenueError: The venue refused the request; the subclass says why (``AuthenticationError``,
            ``RateLimitError``, ``InvalidRequestError``, ``NotFoundError``, ``ServerError``, ...).
        TransportError: No answer arrived; ``may_have_reached`` says whether the venue may have acted. Never
            retried: look the order up before sending it again.
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

    Args:
        client: The Bitget client that signs and sends the request (``bitget.Client``).
        product_type: Product line of the orders, e.g. `USDT-FUTURES`. One of ``USDT-FUTURES``, ``COIN-FUTURES``,
            ``USDC-FUTURES``, ``SUSDT-FUTURES``, ``SCOIN-FUTURES``, ``SUSDC-FUTURES``.
        order_id_list: The plan orders to cancel. When sent, `symbol` is required, and every order must match `symbol`,
            `product_type` and `plan_type`. Left out, every plan order matching the other fields is cancelled. Optional:
            left out, it is not sent.
        symbol: Trading pair, e.g. ETHUSDT; required with `order_id_list`. Optional: left out, it is not sent.
        margin_coin: Margin coin, in upper case. Optional: left out, it is not sent.
        plan_type: Kind of plan order to cancel: `normal_plan` (trigger order, the default), `profit_plan`
            (take-profit), `loss_plan` (stop-loss), `pos_profit` (position take-profit), `pos_loss` (position
            stop-loss), `moving_plan` (trailing take-profit / stop-loss) or `track_plan` (trailing-stop order placed
            with place-plan-order). Optional: left out, it is not sent.

    Returns:
        The venue's answer as a `CancelMixPlanOrdersResponse`.

    Raises:
        ValidationError: An argument breaks the spec (its message names the argument and the wire field); nothing
            was sent.
        VenueError: The venue refused the request; the subclass says why (``AuthenticationError``,
            ``RateLimitError``, ``InvalidRequestError``, ``NotFoundError``, ``ServerError``, ...).
        TransportError: No answer arrived; ``may_have_reached`` says whether the venue may have acted. Never
            retried: look the order up before sending it again.
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
    start_time: int | None = None,
    end_time: int | None = None,
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
    start_time: int | None = None,
    end_time: int | None = None,
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
    start_time: int | None = None,
    end_time: int | None = None,
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

    Args:
        client: The Bitget client that signs and sends the request (``bitget.Client``).
        plan_type: Which plan orders: `normal_plan` (trigger orders), `track_plan` (trailing stops) or `profit_loss`
            (every take-profit / stop-loss kind: profit_plan, loss_plan, moving_plan, pos_profit, pos_loss).
        product_type: Product line, e.g. USDT-FUTURES. One of ``USDT-FUTURES``, ``COIN-FUTURES``, ``USDC-FUTURES``,
            ``SUSDT-FUTURES``, ``SCOIN-FUTURES``, ``SUSDC-FUTURES``.
        order_id: Only this plan order; wins over `client_oid` when both are sent. Optional: left out, it is not sent.
        client_oid: Only the plan order with this client-chosen ID. Optional: left out, it is not sent.
        symbol: Trading pair, e.g. ETHUSDT; all pairs when left out. (The page's table lists this row twice.). Optional:
            left out, it is not sent.
        id_less_than: Cursor: only orders older than this one are returned. Pass the `endId` of the previous answer;
            leave it out for the first page. Optional: left out, it is not sent.
        start_time: Earliest creation time, Unix milliseconds; startTime to endTime spans at most 3 months. Optional:
            left out, it is not sent.
        end_time: Latest creation time, Unix milliseconds; startTime to endTime spans at most 3 months. Optional: left
            out, it is not sent.
        limit: Page size, 1 to 100; 100 when left out. The venue's default: ``100``. Optional: left out, it is not sent.

    Returns:
        The venue's answer as a `GetMixPendingPlanOrdersResponse`.

    Raises:
        ValidationError: An argument breaks the spec (its message names the argument and the wire field); nothing
            was sent.
        VenueError: The venue refused the request; the subclass says why (``AuthenticationError``,
            ``RateLimitError``, ``InvalidRequestError``, ``NotFoundError``, ``ServerError``, ...).
        TransportError: No answer arrived (after the client's retries, if any).
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
    start_time: int | None = None,
    end_time: int | None = None,
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
    start_time: int | None = None,
    end_time: int | None = None,
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
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
) -> Iterator[MixPendingPlanOrder] | AsyncIterator[MixPendingPlanOrder]:
    """Every item of `get_mix_pending_plan_orders`, one page request at a time, as the loop asks for them.

    Starts where the arguments say and asks for each next page by ``id_less_than`` (cursor style), until a page
    comes back empty, holds fewer items than ``limit`` or gives no next cursor.
    With an ``AsyncClient``, loop with ``async for``.

    Args:
        client: The Bitget client that signs and sends the request (``bitget.Client``).
        plan_type: Which plan orders: `normal_plan` (trigger orders), `track_plan` (trailing stops) or `profit_loss`
            (every take-profit / stop-loss kind: profit_plan, loss_plan, moving_plan, pos_profit, pos_loss).
        product_type: Product line, e.g. USDT-FUTURES. One of ``USDT-FUTURES``, ``COIN-FUTURES``, ``USDC-FUTURES``,
            ``SUSDT-FUTURES``, ``SCOIN-FUTURES``, ``SUSDC-FUTURES``.
        order_id: Only this plan order; wins over `client_oid` when both are sent. Optional: left out, it is not sent.
        client_oid: Only the plan order with this client-chosen ID. Optional: left out, it is not sent.
        symbol: Trading pair, e.g. ETHUSDT; all pairs when left out. (The page's table lists this row twice.). Optional:
            left out, it is not sent.
        id_less_than: Cursor: only orders older than this one are returned. Pass the `endId` of the previous answer;
            leave it out for the first page. Optional: left out, it is not sent.
        start_time: Earliest creation time, Unix milliseconds; startTime to endTime spans at most 3 months. Optional:
            left out, it is not sent.
        end_time: Latest creation time, Unix milliseconds; startTime to endTime spans at most 3 months. Optional: left
            out, it is not sent.
        limit: Page size, 1 to 100; 100 when left out. The venue's default: ``100``. Optional: left out, it is not sent.

    Yields:
        Each `MixPendingPlanOrder`, in the venue's order; a page is requested only when the loop needs its items.

    Raises:
        ValidationError: An argument breaks the spec; nothing was sent.
        VenueError: The venue refused a page request (reads are retried by the client's policy first).
        TransportError: A page's answer did not arrive.
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
    start_time: int | None = None,
    end_time: int | None = None,
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
    start_time: int | None = None,
    end_time: int | None = None,
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
    start_time: int | None = None,
    end_time: int | None = None,
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

    Args:
        client: The Bitget client that signs and sends the request (``bitget.Client``).
        plan_type: Which plan orders: `normal_plan` (trigger orders), `track_plan` (trailing stops) or `profit_loss`
            (every take-profit / stop-loss kind).
        product_type: Product line, e.g. USDT-FUTURES. One of ``USDT-FUTURES``, ``COIN-FUTURES``, ``USDC-FUTURES``,
            ``SUSDT-FUTURES``, ``SCOIN-FUTURES``, ``SUSDC-FUTURES``.
        order_id: Only this plan order; wins over `client_oid` when both are sent. Optional: left out, it is not sent.
        client_oid: Only the plan order with this client-chosen ID. Optional: left out, it is not sent.
        plan_status: Only orders that ended this way: `executed`, `fail_execute` (failed) or `cancelled`; all of them
            when left out. Optional: left out, it is not sent.
        symbol: Trading pair, e.g. ETHUSDT; all pairs when left out. Optional: left out, it is not sent.
        id_less_than: Cursor: only orders older than this one are returned. Pass the `endId` of the previous answer;
            leave it out for the first page. Optional: left out, it is not sent.
        start_time: Earliest creation time, Unix milliseconds; startTime to endTime spans at most 3 months (for a
            managed sub-account, not before its binding time). Optional: left out, it is not sent.
        end_time: Latest creation time, Unix milliseconds; startTime to endTime spans at most 3 months. Optional: left
            out, it is not sent.
        limit: Page size, 1 to 100; 100 when left out. The venue's default: ``100``. Optional: left out, it is not sent.

    Returns:
        The venue's answer as a `GetMixHistoryPlanOrdersResponse`.

    Raises:
        ValidationError: An argument breaks the spec (its message names the argument and the wire field); nothing
            was sent.
        VenueError: The venue refused the request; the subclass says why (``AuthenticationError``,
            ``RateLimitError``, ``InvalidRequestError``, ``NotFoundError``, ``ServerError``, ...).
        TransportError: No answer arrived (after the client's retries, if any).
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
    start_time: int | None = None,
    end_time: int | None = None,
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
    start_time: int | None = None,
    end_time: int | None = None,
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
    start_time: int | None = None,
    end_time: int | None = None,
    limit: int | None = None,
) -> Iterator[MixHistoryPlanOrder] | AsyncIterator[MixHistoryPlanOrder]:
    """Every item of `get_mix_history_plan_orders`, one page request at a time, as the loop asks for them.

    Starts where the arguments say and asks for each next page by ``id_less_than`` (cursor style), until a page
    comes back empty, holds fewer items than ``limit`` or gives no next cursor.
    With an ``AsyncClient``, loop with ``async for``.

    Args:
        client: The Bitget client that signs and sends the request (``bitget.Client``).
        plan_type: Which plan orders: `normal_plan` (trigger orders), `track_plan` (trailing stops) or `profit_loss`
            (every take-profit / stop-loss kind).
        product_type: Product line, e.g. USDT-FUTURES. One of ``USDT-FUTURES``, ``COIN-FUTURES``, ``USDC-FUTURES``,
            ``SUSDT-FUTURES``, ``SCOIN-FUTURES``, ``SUSDC-FUTURES``.
        order_id: Only this plan order; wins over `client_oid` when both are sent. Optional: left out, it is not sent.
        client_oid: Only the plan order with this client-chosen ID. Optional: left out, it is not sent.
        plan_status: Only orders that ended this way: `executed`, `fail_execute` (failed) or `cancelled`; all of them
            when left out. Optional: left out, it is not sent.
        symbol: Trading pair, e.g. ETHUSDT; all pairs when left out. Optional: left out, it is not sent.
        id_less_than: Cursor: only orders older than this one are returned. Pass the `endId` of the previous answer;
            leave it out for the first page. Optional: left out, it is not sent.
        start_time: Earliest creation time, Unix milliseconds; startTime to endTime spans at most 3 months (for a
            managed sub-account, not before its binding time). Optional: left out, it is not sent.
        end_time: Latest creation time, Unix milliseconds; startTime to endTime spans at most 3 months. Optional: left
            out, it is not sent.
        limit: Page size, 1 to 100; 100 when left out. The venue's default: ``100``. Optional: left out, it is not sent.

    Yields:
        Each `MixHistoryPlanOrder`, in the venue's order; a page is requested only when the loop needs its items.

    Raises:
        ValidationError: An argument breaks the spec; nothing was sent.
        VenueError: The venue refused a page request (reads are retried by the client's policy first).
        TransportError: A page's answer did not arrive.
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


@overload
def place_mix_tpsl_order(
    client: Client,
    *,
    margin_coin: str,
    product_type: ProductType
    | Literal["USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"],
    symbol: str,
    plan_type: MixTpslPlanType | Literal["profit_plan", "loss_plan", "moving_plan", "pos_profit", "pos_loss"],
    trigger_price: DecimalInput,
    hold_side: HoldSide | Literal["long", "short", "buy", "sell"],
    trigger_type: TriggerType | Literal["fill_price", "mark_price"] | None = None,
    execute_price: DecimalInput | None = None,
    size: DecimalInput | None = None,
    range_rate: DecimalInput | None = None,
    client_oid: str | None = None,
    stp_mode: StpMode | Literal["none", "cancel_taker", "cancel_maker", "cancel_both"] | None = None,
) -> PlaceMixTpslOrderResponse: ...
@overload
def place_mix_tpsl_order(
    client: AsyncClient,
    *,
    margin_coin: str,
    product_type: ProductType
    | Literal["USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"],
    symbol: str,
    plan_type: MixTpslPlanType | Literal["profit_plan", "loss_plan", "moving_plan", "pos_profit", "pos_loss"],
    trigger_price: DecimalInput,
    hold_side: HoldSide | Literal["long", "short", "buy", "sell"],
    trigger_type: TriggerType | Literal["fill_price", "mark_price"] | None = None,
    execute_price: DecimalInput | None = None,
    size: DecimalInput | None = None,
    range_rate: DecimalInput | None = None,
    client_oid: str | None = None,
    stp_mode: StpMode | Literal["none", "cancel_taker", "cancel_maker", "cancel_both"] | None = None,
) -> Coroutine[Any, Any, PlaceMixTpslOrderResponse]: ...
def place_mix_tpsl_order(
    client: Client | AsyncClient,
    *,
    margin_coin: str,
    product_type: ProductType
    | Literal["USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"],
    symbol: str,
    plan_type: MixTpslPlanType | Literal["profit_plan", "loss_plan", "moving_plan", "pos_profit", "pos_loss"],
    trigger_price: DecimalInput,
    hold_side: HoldSide | Literal["long", "short", "buy", "sell"],
    trigger_type: TriggerType | Literal["fill_price", "mark_price"] | None = None,
    execute_price: DecimalInput | None = None,
    size: DecimalInput | None = None,
    range_rate: DecimalInput | None = None,
    client_oid: str | None = None,
    stp_mode: StpMode | Literal["none", "cancel_taker", "cancel_maker", "cancel_both"] | None = None,
) -> PlaceMixTpslOrderResponse | Coroutine[Any, Any, PlaceMixTpslOrderResponse]:
    """Place a futures take-profit, stop-loss or trailing plan for a position.

    Places one take-profit (`profit_plan`), stop-loss (`loss_plan`), trailing (`moving_plan`), whole-position
    take-profit (`pos_profit`) or whole-position stop-loss (`pos_loss`) plan on the position named by `symbol` and
    `holdSide`. Once the price chosen by `triggerType` reaches `triggerPrice`, the plan closes `size` (the whole
    position for pos_profit / pos_loss) at `executePrice`, or at market when it is 0 or left out. The plan is
    listed by get_mix_pending_plan_orders with `planType` profit_loss.

    ``POST /api/v2/mix/order/place-tpsl-order``, at most 10 per 1 s per UID.
    The arguments are the fields of `PlaceMixTpslOrderRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://www.bitget.com/api-doc/contract/plan/Place-Tpsl-Order

    Args:
        client: The Bitget client that signs and sends the request (``bitget.Client``).
        margin_coin: Margin coin, in upper case, e.g. USDT.
        product_type: Product line of the position, e.g. `USDT-FUTURES`. One of ``USDT-FUTURES``, ``COIN-FUTURES``,
            ``USDC-FUTURES``, ``SUSDT-FUTURES``, ``SCOIN-FUTURES``, ``SUSDC-FUTURES``.
        symbol: Trading pair, e.g. ETHUSDT.
        plan_type: Kind of plan: `profit_plan` (take-profit of `size`), `loss_plan` (stop-loss of `size`), `moving_plan`
            (trailing stop of `size`, at market, with `range_rate`), `pos_profit` (take-profit of the whole position) or
            `pos_loss` (stop-loss of the whole position).
        trigger_price: Trigger price. A decimal.
        hold_side: The position: `long` or `short` in hedge mode, `buy` (the long position) or `sell` (the short
            position) in one-way mode.
        trigger_type: Price compared with the trigger, `fill_price` (last trade price) or `mark_price`. Optional: left
            out, it is not sent.
        execute_price: Execution price: 0 or left out executes at market, a value above 0 places a limit order. Not
            allowed for `moving_plan`, which always executes at market. A decimal. Optional: left out, it is not sent.
        size: Quantity to close, in the base coin, above 0; required for `profit_plan`, `loss_plan` and `moving_plan`,
            not needed for `pos_profit` / `pos_loss` (the whole position). A decimal. Optional: left out, it is not
            sent.
        range_rate: Callback range of a trailing stop; required for `moving_plan`, not allowed otherwise. A decimal.
            Optional: left out, it is not sent.
        client_oid: Client-chosen ID of the plan; find the plan by it after a lost answer. Optional: left out, it is not
            sent.
        stp_mode: Self-trade prevention: `none` (no STP, the default), `cancel_taker` (cancel the taker order),
            `cancel_maker` (cancel the maker order) or `cancel_both` (cancel both). Optional: left out, it is not sent.

    Returns:
        The venue's answer as a `PlaceMixTpslOrderResponse`.

    Raises:
        ValidationError: An argument breaks the spec (its message names the argument and the wire field); nothing
            was sent.
        VenueError: The venue refused the request; the subclass says why (``AuthenticationError``,
            ``RateLimitError``, ``InvalidRequestError``, ``NotFoundError``, ``ServerError``, ...).
        TransportError: No answer arrived; ``may_have_reached`` says whether the venue may have acted. Never
            retried: look the order up before sending it again.
    """
    request = PlaceMixTpslOrderRequest(
        margin_coin=margin_coin,
        product_type=product_type,
        symbol=symbol,
        plan_type=plan_type,
        trigger_price=trigger_price,
        trigger_type=trigger_type,
        execute_price=execute_price,
        hold_side=hold_side,
        size=size,
        range_rate=range_rate,
        client_oid=client_oid,
        stp_mode=stp_mode,
    )
    return client.send(request)


@overload
def place_mix_pos_tpsl(
    client: Client,
    *,
    margin_coin: str,
    product_type: ProductType
    | Literal["USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"],
    symbol: str,
    hold_side: HoldSide | Literal["long", "short", "buy", "sell"],
    stop_surplus_trigger_price: DecimalInput | None = None,
    stop_surplus_size: DecimalInput | None = None,
    stop_surplus_trigger_type: TriggerType | Literal["fill_price", "mark_price"] | None = None,
    stop_surplus_execute_price: DecimalInput | None = None,
    stop_loss_trigger_price: DecimalInput | None = None,
    stop_loss_size: DecimalInput | None = None,
    stop_loss_trigger_type: TriggerType | Literal["fill_price", "mark_price"] | None = None,
    stop_loss_execute_price: DecimalInput | None = None,
    stp_mode: StpMode | Literal["none", "cancel_taker", "cancel_maker", "cancel_both"] | None = None,
    stop_surplus_client_oid: str | None = None,
    stop_loss_client_oid: str | None = None,
) -> list[MixPosTpslPlaced]: ...
@overload
def place_mix_pos_tpsl(
    client: AsyncClient,
    *,
    margin_coin: str,
    product_type: ProductType
    | Literal["USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"],
    symbol: str,
    hold_side: HoldSide | Literal["long", "short", "buy", "sell"],
    stop_surplus_trigger_price: DecimalInput | None = None,
    stop_surplus_size: DecimalInput | None = None,
    stop_surplus_trigger_type: TriggerType | Literal["fill_price", "mark_price"] | None = None,
    stop_surplus_execute_price: DecimalInput | None = None,
    stop_loss_trigger_price: DecimalInput | None = None,
    stop_loss_size: DecimalInput | None = None,
    stop_loss_trigger_type: TriggerType | Literal["fill_price", "mark_price"] | None = None,
    stop_loss_execute_price: DecimalInput | None = None,
    stp_mode: StpMode | Literal["none", "cancel_taker", "cancel_maker", "cancel_both"] | None = None,
    stop_surplus_client_oid: str | None = None,
    stop_loss_client_oid: str | None = None,
) -> Coroutine[Any, Any, list[MixPosTpslPlaced]]: ...
def place_mix_pos_tpsl(
    client: Client | AsyncClient,
    *,
    margin_coin: str,
    product_type: ProductType
    | Literal["USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"],
    symbol: str,
    hold_side: HoldSide | Literal["long", "short", "buy", "sell"],
    stop_surplus_trigger_price: DecimalInput | None = None,
    stop_surplus_size: DecimalInput | None = None,
    stop_surplus_trigger_type: TriggerType | Literal["fill_price", "mark_price"] | None = None,
    stop_surplus_execute_price: DecimalInput | None = None,
    stop_loss_trigger_price: DecimalInput | None = None,
    stop_loss_size: DecimalInput | None = None,
    stop_loss_trigger_type: TriggerType | Literal["fill_price", "mark_price"] | None = None,
    stop_loss_execute_price: DecimalInput | None = None,
    stp_mode: StpMode | Literal["none", "cancel_taker", "cancel_maker", "cancel_both"] | None = None,
    stop_surplus_client_oid: str | None = None,
    stop_loss_client_oid: str | None = None,
) -> list[MixPosTpslPlaced] | Coroutine[Any, Any, list[MixPosTpslPlaced]]:
    """Place a position's take-profit and stop-loss plans in one request.

    Places a take-profit plan, a stop-loss plan, or both, on the position named by `symbol` and `holdSide`. A leg
    sent with its size (`stopSurplusSize`, `stopLossSize`) closes that quantity (a `profit_plan` / `loss_plan`);
    without it, the whole position (`pos_profit` / `pos_loss`). The answer has one entry per plan placed; the page
    does not say which entry is which leg, but each entry carries the client IDs sent for the legs. The plans are
    listed by get_mix_pending_plan_orders with `planType` profit_loss.

    ``POST /api/v2/mix/order/place-pos-tpsl``, at most 10 per 1 s per UID.
    The arguments are the fields of `PlaceMixPosTpslRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://www.bitget.com/api-doc/contract/plan/Place-Pos-Tpsl-Order

    Args:
        client: The Bitget client that signs and sends the request (``bitget.Client``).
        margin_coin: Margin coin, e.g. USDT.
        product_type: Product line of the position, e.g. `USDT-FUTURES`. One of ``USDT-FUTURES``, ``COIN-FUTURES``,
            ``USDC-FUTURES``, ``SUSDT-FUTURES``, ``SCOIN-FUTURES``, ``SUSDC-FUTURES``.
        symbol: Trading pair, e.g. BTCUSDT.
        hold_side: The position: `long` or `short` in hedge mode, `buy` (the long position) or `sell` (the short
            position) in one-way mode.
        stop_surplus_trigger_price: Take-profit trigger price; sent, this leg is placed. A decimal. Optional: left out,
            it is not sent.
        stop_surplus_size: Take-profit quantity in the base coin: sent, the leg closes this much (a `profit_plan`); left
            out, the whole position (a `pos_profit`). A decimal. Optional: left out, it is not sent.
        stop_surplus_trigger_type: Price compared with the take-profit trigger, `fill_price` (last trade price) or
            `mark_price`. Optional: left out, it is not sent.
        stop_surplus_execute_price: Take-profit execution price: 0 or left out executes at market, a value above 0
            places a limit order. A decimal. Optional: left out, it is not sent.
        stop_loss_trigger_price: Stop-loss trigger price; sent, this leg is placed. A decimal. Optional: left out, it is
            not sent.
        stop_loss_size: Stop-loss quantity in the base coin: sent, the leg closes this much (a `loss_plan`); left out,
            the whole position (a `pos_loss`). A decimal. Optional: left out, it is not sent.
        stop_loss_trigger_type: Price compared with the stop-loss trigger, `fill_price` (last trade price) or
            `mark_price`. Optional: left out, it is not sent.
        stop_loss_execute_price: Stop-loss execution price: 0 or left out executes at market, a value above 0 places a
            limit order. A decimal. Optional: left out, it is not sent.
        stp_mode: Self-trade prevention: `none` (no STP, the default), `cancel_taker` (cancel the taker order),
            `cancel_maker` (cancel the maker order) or `cancel_both` (cancel both). Optional: left out, it is not sent.
        stop_surplus_client_oid: Client-chosen ID of the take-profit plan. Optional: left out, it is not sent.
        stop_loss_client_oid: Client-chosen ID of the stop-loss plan. A lost answer names this one (the binding carries
            one client ID per request, and the stop-loss is the leg a position relies on); look the take-profit up by
            its own. Optional: left out, it is not sent.

    Returns:
        The venue's answer as a list of `MixPosTpslPlaced`.

    Raises:
        ValidationError: An argument breaks the spec (its message names the argument and the wire field); nothing
            was sent.
        VenueError: The venue refused the request; the subclass says why (``AuthenticationError``,
            ``RateLimitError``, ``InvalidRequestError``, ``NotFoundError``, ``ServerError``, ...).
        TransportError: No answer arrived; ``may_have_reached`` says whether the venue may have acted. Never
            retried: look the order up before sending it again.
    """
    request = PlaceMixPosTpslRequest(
        margin_coin=margin_coin,
        product_type=product_type,
        symbol=symbol,
        stop_surplus_trigger_price=stop_surplus_trigger_price,
        stop_surplus_size=stop_surplus_size,
        stop_surplus_trigger_type=stop_surplus_trigger_type,
        stop_surplus_execute_price=stop_surplus_execute_price,
        stop_loss_trigger_price=stop_loss_trigger_price,
        stop_loss_size=stop_loss_size,
        stop_loss_trigger_type=stop_loss_trigger_type,
        stop_loss_execute_price=stop_loss_execute_price,
        hold_side=hold_side,
        stp_mode=stp_mode,
        stop_surplus_client_oid=stop_surplus_client_oid,
        stop_loss_client_oid=stop_loss_client_oid,
    )
    return client.send(request)


@overload
def get_mix_plan_sub_orders(
    client: Client,
    *,
    plan_type: MixPlanType | Literal["normal_plan", "track_plan"],
    plan_order_id: str,
    product_type: ProductType
    | Literal["USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"],
) -> list[MixPlanSubOrder]: ...
@overload
def get_mix_plan_sub_orders(
    client: AsyncClient,
    *,
    plan_type: MixPlanType | Literal["normal_plan", "track_plan"],
    plan_order_id: str,
    product_type: ProductType
    | Literal["USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"],
) -> Coroutine[Any, Any, list[MixPlanSubOrder]]: ...
def get_mix_plan_sub_orders(
    client: Client | AsyncClient,
    *,
    plan_type: MixPlanType | Literal["normal_plan", "track_plan"],
    plan_order_id: str,
    product_type: ProductType
    | Literal["USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"],
) -> list[MixPlanSubOrder] | Coroutine[Any, Any, list[MixPlanSubOrder]]:
    """List the futures orders a trigger order placed.

    Lists the futures orders that a trigger order (`normal_plan`) or trailing-stop order (`track_plan`) placed, or
    is placing, when it triggered. A plan that has not triggered has none.

    ``GET /api/v2/mix/order/plan-sub-order``, at most 10 per 1 s per UID.
    The arguments are the fields of `GetMixPlanSubOrdersRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://www.bitget.com/api-doc/contract/plan/Plan-Sub-Orders

    Args:
        client: The Bitget client that signs and sends the request (``bitget.Client``).
        plan_type: Kind of the plan order, `normal_plan` (trigger order) or `track_plan` (trailing stop).
        plan_order_id: ID of the trigger or trailing-stop order.
        product_type: Product line of the plan order, e.g. USDT-FUTURES. One of ``USDT-FUTURES``, ``COIN-FUTURES``,
            ``USDC-FUTURES``, ``SUSDT-FUTURES``, ``SCOIN-FUTURES``, ``SUSDC-FUTURES``.

    Returns:
        The venue's answer as a list of `MixPlanSubOrder`.

    Raises:
        ValidationError: An argument breaks the spec (its message names the argument and the wire field); nothing
            was sent.
        VenueError: The venue refused the request; the subclass says why (``AuthenticationError``,
            ``RateLimitError``, ``InvalidRequestError``, ``NotFoundError``, ``ServerError``, ...).
        TransportError: No answer arrived (after the client's retries, if any).
    """
    request = GetMixPlanSubOrdersRequest(
        plan_type=plan_type,
        plan_order_id=plan_order_id,
        product_type=product_type,
    )
    return client.send(request)
