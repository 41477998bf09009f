"""Bitget endpoints of the ``spot_plan`` area.

Spot plan orders, which rest until a trigger price is reached and then place a limit or market order.

Generated from ``spec/bitget.yaml`` by ``python -m codegen generate``; edit the spec, not this file.
"""

from __future__ import annotations

from venuebind._runtime.check import DecimalInput
from venuebind._runtime.client import Client
from venuebind.bitget.models import (
    OrderType,
    PlacePlanOrderRequest,
    PlacePlanOrderResponse,
    Side,
    SpotPlanType,
    StpMode,
    TriggerType,
)


def place_plan_order(
    client: Client,
    *,
    symbol: str,
    side: Side | str,
    trigger_price: DecimalInput,
    order_type: OrderType | str,
    size: DecimalInput,
    trigger_type: TriggerType | str,
    execute_price: DecimalInput | None = None,
    plan_type: SpotPlanType | str | None = None,
    client_oid: str | None = None,
    stp_mode: StpMode | str | None = None,
) -> PlacePlanOrderResponse:
    """Place a spot plan order.

    Places a spot plan (trigger) order: once the price chosen by `triggerType` reaches `triggerPrice`, a limit
    order at `executePrice` or a market order is placed for `size`.

    ``POST /api/v2/spot/trade/place-plan-order``, at most 20 per 1 s per UID.
    The arguments are the fields of `PlacePlanOrderRequest`, checked before anything is sent.
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
