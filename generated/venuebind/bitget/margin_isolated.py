"""Bitget endpoints of the ``margin_isolated`` area.

Trading on isolated-margin accounts.

Generated from ``spec/bitget.yaml`` by ``python -m codegen generate``; edit the spec, not this file.
"""

from __future__ import annotations

from collections.abc import Sequence

from venuebind._runtime.client import Client
from venuebind.bitget.models import (
    BatchPlaceIsolatedOrdersRequest,
    BatchPlaceIsolatedOrdersResponse,
    IsolatedBatchOrderItem,
)


def batch_place_isolated_orders(
    client: Client,
    *,
    symbol: str,
    order_list: Sequence[IsolatedBatchOrderItem],
) -> BatchPlaceIsolatedOrdersResponse:
    """Place several isolated-margin orders in one request.

    Places a batch of orders on one isolated-margin symbol. Each entry of `orderList` is a separate order; the
    answer lists the entries that were placed and the ones that failed. The envelope code is "00000" even when
    some entries fail, so check `failureList`. The page states no maximum number of entries.

    ``POST /api/v2/margin/isolated/batch-place-order``, at most 10 per 1 s per UID.
    The arguments are the fields of `BatchPlaceIsolatedOrdersRequest`, checked before anything is sent.
    Venue docs: https://www.bitget.com/api-doc/margin/isolated/trade/Isolated-Batch-Order
    """
    request = BatchPlaceIsolatedOrdersRequest(
        symbol=symbol,
        order_list=order_list,
    )
    return client.send(request)
