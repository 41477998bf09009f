"""Gate endpoints of the ``spot_price_orders`` area.

Spot price-triggered orders, which wait until the market price crosses a trigger price and then place a spot or
margin order.

Generated from ``spec/gate.yaml`` by ``python -m codegen generate``; edit the spec, not this file.
"""

from __future__ import annotations

from venuebind._runtime.client import Client
from venuebind.gate.models import (
    CreateSpotPriceOrderRequest,
    CreateSpotPriceOrderResponse,
    SpotPricePutOrder,
    SpotPriceTrigger,
)


def create_spot_price_order(
    client: Client,
    *,
    trigger: SpotPriceTrigger,
    put: SpotPricePutOrder,
    market: str,
) -> CreateSpotPriceOrderResponse:
    """Create a spot price-triggered order.

    Creates an auto order on one market: when the market price meets `trigger.rule` against `trigger.price` within
    `trigger.expiration` seconds, the order described by `put` is placed; otherwise the auto order is cancelled at
    the timeout. Placement counts towards Gate's spot order-placement limit of 10 requests/s per UID and market,
    shared with amending.

    ``POST /spot/price_orders``, at most 10 per 1 s per UID.
    The arguments are the fields of `CreateSpotPriceOrderRequest`, checked before anything is sent.
    Venue docs: https://www.gate.io/docs/developers/apiv4/en/#createspotpricetriggeredorder-parameters
    """
    request = CreateSpotPriceOrderRequest(
        trigger=trigger,
        put=put,
        market=market,
    )
    return client.send(request)
