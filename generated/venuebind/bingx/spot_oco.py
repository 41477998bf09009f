"""BingX endpoints of the ``spot_oco`` area.

Spot OCO (one-cancels-the-other) order lists: a limit order and a stop-limit order on the same quantity, where the
fill of one cancels the other.

Generated from ``spec/bingx.yaml`` by ``python -m codegen generate``; edit the spec, not this file.
"""

from __future__ import annotations

from venuebind._runtime.check import DecimalInput
from venuebind._runtime.client import Client
from venuebind.bingx.models import (
    CreateOcoOrderRequest,
    OcoOrderLeg,
    Side,
)


def create_oco_order(
    client: Client,
    *,
    symbol: str,
    side: Side | str,
    quantity: DecimalInput,
    limit_price: DecimalInput,
    order_price: DecimalInput,
    trigger_price: DecimalInput,
    list_client_order_id: str | None = None,
    above_client_order_id: str | None = None,
    below_client_order_id: str | None = None,
    recv_window: int | None = None,
) -> list[OcoOrderLeg]:
    """Create a spot OCO order list.

    Places an OCO pair on one symbol: a limit order at `limitPrice` and a stop-limit order that, once
    `triggerPrice` is reached, places a limit order at `orderPrice`; both are for `quantity`. Needs the Spot
    Trading key permission. Besides 2 requests/s per UID, the endpoint is in IP rate-limit group 2 (2000
    requests/10 s for the group, 300 requests/10 s per endpoint, per IP).

    ``POST /openApi/spot/v1/oco/order``, at most 2 per 1 s per UID.
    The arguments are the fields of `CreateOcoOrderRequest`, checked before anything is sent.
    Venue docs: https://bingx-api.github.io/docs/#/en-us/spot/trade-api.html
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
