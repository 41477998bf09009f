"""Feature endpoints of the ``market`` area.

Public market data, sent without credentials.

Generated from ``spec/feature.yaml`` by ``python -m codegen generate``; edit the spec, not this file.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Coroutine, Iterator
from typing import Any, Literal, overload

from .._runtime.feature import AsyncClient, Client
from ._market_models import Category, Depth, GetTickerRequest, ListTradesRequest, Ticker, Trade, TradePage


@overload
def list_trades(
    client: Client,
    *,
    symbol: str,
    page: int | None = None,
    page_size: int | None = None,
) -> TradePage: ...
@overload
def list_trades(
    client: AsyncClient,
    *,
    symbol: str,
    page: int | None = None,
    page_size: int | None = None,
) -> Coroutine[Any, Any, TradePage]: ...
def list_trades(
    client: Client | AsyncClient,
    *,
    symbol: str,
    page: int | None = None,
    page_size: int | None = None,
) -> TradePage | Coroutine[Any, Any, TradePage]:
    """List public trades.

    ``GET /v1/market/trades``, at most 50 per 1 s per IP.
    The arguments are the fields of `ListTradesRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://docs.feature.example/list-trades

    Args:
        client: The Feature client that signs and sends the request (``feature.Client``).
        symbol: The market.
        page: Page number, from 1. Optional: left out, it is not sent.
        page_size: Trades per page. Optional: left out, it is not sent.

    Returns:
        The venue's answer as a `TradePage`.

    Raises:
        ValidationError: An argument breaks the spec (its message names the argument and the wire field); nothing
            was sent.
        VenueError: The venue refused the request; the subclass says why (``AuthenticationError``,
            ``RateLimitError``, ``InvalidRequestError``, ``NotFoundError``, ``ServerError``, ...).
        TransportError: No answer arrived (after the client's retries, if any).
    """
    request = ListTradesRequest(
        symbol=symbol,
        page=page,
        page_size=page_size,
    )
    return client.send(request)


@overload
def iter_list_trades(
    client: Client,
    *,
    symbol: str,
    page: int | None = None,
    page_size: int | None = None,
) -> Iterator[Trade]: ...
@overload
def iter_list_trades(
    client: AsyncClient,
    *,
    symbol: str,
    page: int | None = None,
    page_size: int | None = None,
) -> AsyncIterator[Trade]: ...
def iter_list_trades(
    client: Client | AsyncClient,
    *,
    symbol: str,
    page: int | None = None,
    page_size: int | None = None,
) -> Iterator[Trade] | AsyncIterator[Trade]:
    """Every item of `list_trades`, one page request at a time, as the loop asks for them.

    Starts where the arguments say and asks for each next page by ``page`` (page style), until a page comes back
    empty or holds fewer items than ``page_size``.
    With an ``AsyncClient``, loop with ``async for``.

    Args:
        client: The Feature client that signs and sends the request (``feature.Client``).
        symbol: The market.
        page: Page number, from 1. Optional: left out, it is not sent.
        page_size: Trades per page. Optional: left out, it is not sent.

    Yields:
        Each `Trade`, in the venue's order; a page is requested only when the loop needs its items.

    Raises:
        ValidationError: An argument breaks the spec; nothing was sent.
        VenueError: The venue refused a page request (reads are retried by the client's policy first).
        TransportError: A page's answer did not arrive.
    """
    request = ListTradesRequest(
        symbol=symbol,
        page=page,
        page_size=page_size,
    )
    return client.walk(request)


@overload
def get_ticker(
    client: Client,
    *,
    category: Category | Literal["spot", "futures"],
    symbol: str,
    depth: Depth | Literal[1, 5] | None = None,
) -> Ticker: ...
@overload
def get_ticker(
    client: AsyncClient,
    *,
    category: Category | Literal["spot", "futures"],
    symbol: str,
    depth: Depth | Literal[1, 5] | None = None,
) -> Coroutine[Any, Any, Ticker]: ...
def get_ticker(
    client: Client | AsyncClient,
    *,
    category: Category | Literal["spot", "futures"],
    symbol: str,
    depth: Depth | Literal[1, 5] | None = None,
) -> Ticker | Coroutine[Any, Any, Ticker]:
    """Get a ticker.

    ``GET /v1/market/{category}/ticker``.
    The arguments are the fields of `GetTickerRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://docs.feature.example/ticker

    Args:
        client: The Feature client that signs and sends the request (``feature.Client``).
        category: The market's category. One of ``spot``, ``futures``.
        symbol: The market.
        depth: How many price levels the ticker sums. One of ``1``, ``5``. Optional: left out, it is not sent.

    Returns:
        The venue's answer as a `Ticker`.

    Raises:
        ValidationError: An argument breaks the spec (its message names the argument and the wire field); nothing
            was sent.
        VenueError: The venue refused the request; the subclass says why (``AuthenticationError``,
            ``RateLimitError``, ``InvalidRequestError``, ``NotFoundError``, ``ServerError``, ...).
        TransportError: No answer arrived (after the client's retries, if any).
    """
    request = GetTickerRequest(
        category=category,
        symbol=symbol,
        depth=depth,
    )
    return client.send(request)
