"""Bitget endpoints of the ``mix_plan`` area.

Futures (mix) trigger orders and trailing-stop orders, with optional take-profit and stop-loss.

Generated from ``spec/bitget.yaml`` by ``python -m codegen generate``; edit the spec, not this file.
"""

from __future__ import annotations

from venuebind._runtime.check import DecimalInput
from venuebind._runtime.client import Client
from venuebind.bitget.models import (
    MarginMode,
    MixPlanType,
    OrderType,
    PlaceMixPlanOrderRequest,
    PlaceMixPlanOrderResponse,
    ProductType,
    ReduceOnly,
    Side,
    StpMode,
    TradeSide,
    TriggerType,
)


def place_mix_plan_order(
    client: Client,
    *,
    plan_type: MixPlanType | str,
    symbol: str,
    product_type: ProductType | str,
    margin_mode: MarginMode | str,
    margin_coin: str,
    size: DecimalInput,
    trigger_price: DecimalInput,
    trigger_type: TriggerType | str,
    side: Side | str,
    order_type: OrderType | str,
    price: DecimalInput | None = None,
    callback_ratio: DecimalInput | None = None,
    trade_side: TradeSide | str | None = None,
    client_oid: str | None = None,
    reduce_only: ReduceOnly | str | None = None,
    stop_surplus_trigger_price: DecimalInput | None = None,
    stop_surplus_execute_price: DecimalInput | None = None,
    stop_surplus_trigger_type: TriggerType | str | None = None,
    stop_loss_trigger_price: DecimalInput | None = None,
    stop_loss_execute_price: DecimalInput | None = None,
    stop_loss_trigger_type: TriggerType | str | None = None,
    stp_mode: StpMode | str | None = None,
) -> PlaceMixPlanOrderResponse:
    """Place a futures trigger or trailing-stop order.

    Places a futures trigger order (`planType` normal_plan) or trailing-stop order (`planType` track_plan), with
    optional take-profit and stop-loss settings.

    ``POST /api/v2/mix/order/place-plan-order``, at most 10 per 1 s per UID.
    The arguments are the fields of `PlaceMixPlanOrderRequest`, checked before anything is sent.
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
