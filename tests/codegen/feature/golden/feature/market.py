"""Feature endpoints of the ``market`` area.

Public market data, sent without credentials.

Generated from ``spec/feature.yaml`` by ``python -m codegen generate``; edit the spec, not this file.
"""

from __future__ import annotations

from collections.abc import Iterator

from .._runtime.client import Client
from .._runtime.pages import walk
from .models import (
    GetTickerRequest,
    ListTradesRequest,
    Ticker,
    Trade,
    TradePage,
)


def list_trades(
    client: Client,
    *,
    symbol: str,
    page: int | None = None,
    page_size: int | None = None,
) -> TradePage:
    """List public trades.

    ``GET /v1/market/trades``, at most 50 per 1 s per IP.
    The arguments are the fields of `ListTradesRequest`, checked before anything is sent.
    Venue docs: https://docs.feature.example/list-trades
    """
    request = ListTradesRequest(
        symbol=symbol,
        page=page,
        page_size=page_size,
    )
    return client.send(request)


def iter_list_trades(
    client: Client,
    *,
    symbol: str,
    page: int | None = None,
    page_size: int | None = None,
) -> Iterator[Trade]:
    """Every item of `list_trades`, one page request at a time, as the loop asks for them.

    Starts where the arguments say and asks for each next page by ``page`` (page style), until a page comes back
    empty or holds fewer items than ``page_size``.
    """
    request = ListTradesRequest(
        symbol=symbol,
        page=page,
        page_size=page_size,
    )
    return walk(client, request)


def get_ticker(
    client: Client,
    *,
    symbol: str,
) -> Ticker:
    """Get a ticker.

    ``GET /v1/market/ticker``.
    The arguments are the fields of `GetTickerRequest`, checked before anything is sent.
    Venue docs: https://docs.feature.example/ticker
    """
    request = GetTickerRequest(
        symbol=symbol,
    )
    return client.send(request)
