"""Gate endpoints of the ``futures_price_orders`` area.

Perpetual futures price-triggered (auto) orders, kept per settle currency (`usdt`, `btc`): when the reference
price crosses a trigger price, a futures order is placed; with `order_type`, a position take-profit or stop-loss.

Generated from ``spec/gate.yaml`` by ``python -m codegen generate``; edit the spec, not this file.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Coroutine, Iterator
from typing import Any, Literal, overload

from .._runtime.gate import AsyncClient, Client
from ._futures_price_orders_models import (
    CancelAllFuturesPriceOrdersRequest,
    CancelFuturesPriceOrderRequest,
    CreateFuturesPriceOrderRequest,
    CreateFuturesPriceOrderResponse,
    FuturesInitialOrder,
    FuturesPositionCloseType,
    FuturesPriceTrigger,
    FuturesPriceTriggeredOrder,
    GetFuturesPriceOrderRequest,
    ListFuturesPriceOrdersRequest,
    PosMarginMode,
    Settle,
)
from ._shared_models import PriceOrderListStatus


@overload
def create_futures_price_order(
    client: Client,
    *,
    settle: Settle | Literal["usdt", "btc"],
    initial: FuturesInitialOrder,
    trigger: FuturesPriceTrigger,
    order_type: FuturesPositionCloseType
    | Literal["close-long-position", "close-short-position", "plan-close-long-position", "plan-close-short-position"]
    | None = None,
    pos_margin_mode: PosMarginMode | Literal["isolated", "cross"] | None = None,
) -> CreateFuturesPriceOrderResponse: ...
@overload
def create_futures_price_order(
    client: AsyncClient,
    *,
    settle: Settle | Literal["usdt", "btc"],
    initial: FuturesInitialOrder,
    trigger: FuturesPriceTrigger,
    order_type: FuturesPositionCloseType
    | Literal["close-long-position", "close-short-position", "plan-close-long-position", "plan-close-short-position"]
    | None = None,
    pos_margin_mode: PosMarginMode | Literal["isolated", "cross"] | None = None,
) -> Coroutine[Any, Any, CreateFuturesPriceOrderResponse]: ...
def create_futures_price_order(
    client: Client | AsyncClient,
    *,
    settle: Settle | Literal["usdt", "btc"],
    initial: FuturesInitialOrder,
    trigger: FuturesPriceTrigger,
    order_type: FuturesPositionCloseType
    | Literal["close-long-position", "close-short-position", "plan-close-long-position", "plan-close-short-position"]
    | None = None,
    pos_margin_mode: PosMarginMode | Literal["isolated", "cross"] | None = None,
) -> CreateFuturesPriceOrderResponse | Coroutine[Any, Any, CreateFuturesPriceOrderResponse]:
    """Create a futures price-triggered order.

    Creates an auto order on one perpetual contract of the `settle` currency: when the reference price chosen by
    `trigger.price_type` meets `trigger.rule` against `trigger.price`, the order described by `initial` is placed;
    with `trigger.expiration`, the auto order is cancelled if that many seconds pass first. `order_type` makes it
    a position take-profit or stop-loss. Gate answers HTTP 201 with the new ID.

    ``POST /futures/{settle}/price_orders``, at most 100 per 1 s per UID.
    The arguments are the fields of `CreateFuturesPriceOrderRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://www.gate.io/docs/developers/apiv4/en/#createpricetriggeredorder-parameters

    Args:
        client: The Gate client that signs and sends the request (``gate.Client``).
        settle: Settle currency of the perpetual contracts, `usdt` or `btc`; each settle currency keeps its own auto
            orders.
        initial: The order placed when the trigger fires.
        trigger: When the order fires.
        order_type: Take-profit / stop-loss kind: `close-long-position` or `close-short-position` (position TP/SL,
            closes the whole long or short), `plan-close-long-position` or `plan-close-short-position` (position plan
            TP/SL, all or part of the long or short). Left out, the auto order is a plain trigger order. Optional: left
            out, it is not sent.
        pos_margin_mode: Margin mode of the position, `isolated` or `cross`, for accounts in simple split-position mode.
            Optional: left out, it is not sent.

    Returns:
        The venue's answer as a `CreateFuturesPriceOrderResponse`.

    Raises:
        ValidationError: An argument breaks the spec (its message names the argument and the wire field); nothing
            was sent.
        VenueError: The venue refused the request; the subclass says why (``AuthenticationError``,
            ``RateLimitError``, ``InvalidRequestError``, ``NotFoundError``, ``ServerError``, ...).
        TransportError: No answer arrived; ``may_have_reached`` says whether the venue may have acted. Never
            retried: look the order up before sending it again.
    """
    request = CreateFuturesPriceOrderRequest(
        settle=settle,
        initial=initial,
        trigger=trigger,
        order_type=order_type,
        pos_margin_mode=pos_margin_mode,
    )
    return client.send(request)


@overload
def list_futures_price_orders(
    client: Client,
    *,
    settle: Settle | Literal["usdt", "btc"],
    status: PriceOrderListStatus | Literal["open", "finished"],
    contract: str | None = None,
    limit: int | None = None,
    offset: int | None = None,
) -> list[FuturesPriceTriggeredOrder]: ...
@overload
def list_futures_price_orders(
    client: AsyncClient,
    *,
    settle: Settle | Literal["usdt", "btc"],
    status: PriceOrderListStatus | Literal["open", "finished"],
    contract: str | None = None,
    limit: int | None = None,
    offset: int | None = None,
) -> Coroutine[Any, Any, list[FuturesPriceTriggeredOrder]]: ...
def list_futures_price_orders(
    client: Client | AsyncClient,
    *,
    settle: Settle | Literal["usdt", "btc"],
    status: PriceOrderListStatus | Literal["open", "finished"],
    contract: str | None = None,
    limit: int | None = None,
    offset: int | None = None,
) -> list[FuturesPriceTriggeredOrder] | Coroutine[Any, Any, list[FuturesPriceTriggeredOrder]]:
    """List futures price-triggered orders.

    Lists the auto orders of one settle currency that are running (`status` open) or have ended (`status`
    finished), optionally of one contract, `limit` at a time from `offset` on.

    ``GET /futures/{settle}/price_orders``, at most 200 per 10 s per UID.
    The arguments are the fields of `ListFuturesPriceOrdersRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://www.gate.io/docs/developers/apiv4/en/#listpricetriggeredorders-parameters

    Args:
        client: The Gate client that signs and sends the request (``gate.Client``).
        settle: Settle currency of the perpetual contracts, `usdt` or `btc`.
        status: `open` for running auto orders, `finished` for the ones that ended (`finish_as` then says how).
        contract: Only this contract, e.g. BTC_USDT; every contract of the settle currency when left out. Optional: left
            out, it is not sent.
        limit: Most records per call, 1 to 1000; 100 when left out. The venue's default: ``100``. Optional: left out, it
            is not sent.
        offset: How many records to skip, from 0; 0 when left out. The venue's default: ``0``. Optional: left out, it is
            not sent.

    Returns:
        The venue's answer as a list of `FuturesPriceTriggeredOrder`.

    Raises:
        ValidationError: An argument breaks the spec (its message names the argument and the wire field); nothing
            was sent.
        VenueError: The venue refused the request; the subclass says why (``AuthenticationError``,
            ``RateLimitError``, ``InvalidRequestError``, ``NotFoundError``, ``ServerError``, ...).
        TransportError: No answer arrived (after the client's retries, if any).
    """
    request = ListFuturesPriceOrdersRequest(
        settle=settle,
        status=status,
        contract=contract,
        limit=limit,
        offset=offset,
    )
    return client.send(request)


@overload
def iter_list_futures_price_orders(
    client: Client,
    *,
    settle: Settle | Literal["usdt", "btc"],
    status: PriceOrderListStatus | Literal["open", "finished"],
    contract: str | None = None,
    limit: int | None = None,
    offset: int | None = None,
) -> Iterator[FuturesPriceTriggeredOrder]: ...
@overload
def iter_list_futures_price_orders(
    client: AsyncClient,
    *,
    settle: Settle | Literal["usdt", "btc"],
    status: PriceOrderListStatus | Literal["open", "finished"],
    contract: str | None = None,
    limit: int | None = None,
    offset: int | None = None,
) -> AsyncIterator[FuturesPriceTriggeredOrder]: ...
def iter_list_futures_price_orders(
    client: Client | AsyncClient,
    *,
    settle: Settle | Literal["usdt", "btc"],
    status: PriceOrderListStatus | Literal["open", "finished"],
    contract: str | None = None,
    limit: int | None = None,
    offset: int | None = None,
) -> Iterator[FuturesPriceTriggeredOrder] | AsyncIterator[FuturesPriceTriggeredOrder]:
    """Every item of `list_futures_price_orders`, one page request at a time, as the loop asks for them.

    Starts where the arguments say and asks for each next page by ``offset`` (offset style), until a page comes
    back empty or holds fewer items than ``limit``.
    With an ``AsyncClient``, loop with ``async for``.

    Args:
        client: The Gate client that signs and sends the request (``gate.Client``).
        settle: Settle currency of the perpetual contracts, `usdt` or `btc`.
        status: `open` for running auto orders, `finished` for the ones that ended (`finish_as` then says how).
        contract: Only this contract, e.g. BTC_USDT; every contract of the settle currency when left out. Optional: left
            out, it is not sent.
        limit: Most records per call, 1 to 1000; 100 when left out. The venue's default: ``100``. Optional: left out, it
            is not sent.
        offset: How many records to skip, from 0; 0 when left out. The venue's default: ``0``. Optional: left out, it is
            not sent.

    Yields:
        Each `FuturesPriceTriggeredOrder`, in the venue's order; a page is requested only when the loop needs its
        items.

    Raises:
        ValidationError: An argument breaks the spec; nothing was sent.
        VenueError: The venue refused a page request (reads are retried by the client's policy first).
        TransportError: A page's answer did not arrive.
    """
    request = ListFuturesPriceOrdersRequest(
        settle=settle,
        status=status,
        contract=contract,
        limit=limit,
        offset=offset,
    )
    return client.walk(request)


@overload
def cancel_all_futures_price_orders(
    client: Client,
    *,
    settle: Settle | Literal["usdt", "btc"],
    contract: str | None = None,
) -> list[FuturesPriceTriggeredOrder]: ...
@overload
def cancel_all_futures_price_orders(
    client: AsyncClient,
    *,
    settle: Settle | Literal["usdt", "btc"],
    contract: str | None = None,
) -> Coroutine[Any, Any, list[FuturesPriceTriggeredOrder]]: ...
def cancel_all_futures_price_orders(
    client: Client | AsyncClient,
    *,
    settle: Settle | Literal["usdt", "btc"],
    contract: str | None = None,
) -> list[FuturesPriceTriggeredOrder] | Coroutine[Any, Any, list[FuturesPriceTriggeredOrder]]:
    """Cancel all futures price-triggered orders.

    Cancels every running auto order of one settle currency, or only those of one contract; the other settle
    currency's orders are not touched. The answer only means the request was accepted: whether each order was
    cancelled shows in the returned list.

    ``DELETE /futures/{settle}/price_orders``, at most 200 per 1 s per UID.
    The arguments are the fields of `CancelAllFuturesPriceOrdersRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://www.gate.io/docs/developers/apiv4/en/#cancelpricetriggeredorderlist-parameters

    Args:
        client: The Gate client that signs and sends the request (``gate.Client``).
        settle: Settle currency of the perpetual contracts, `usdt` or `btc`.
        contract: Only this contract, e.g. BTC_USDT; every contract of the settle currency when left out. Optional: left
            out, it is not sent.

    Returns:
        The venue's answer as a list of `FuturesPriceTriggeredOrder`.

    Raises:
        ValidationError: An argument breaks the spec (its message names the argument and the wire field); nothing
            was sent.
        VenueError: The venue refused the request; the subclass says why (``AuthenticationError``,
            ``RateLimitError``, ``InvalidRequestError``, ``NotFoundError``, ``ServerError``, ...).
        TransportError: No answer arrived; ``may_have_reached`` says whether the venue may have acted. Never
            retried: look the order up before sending it again.
    """
    request = CancelAllFuturesPriceOrdersRequest(
        settle=settle,
        contract=contract,
    )
    return client.send(request)


@overload
def get_futures_price_order(
    client: Client,
    *,
    settle: Settle | Literal["usdt", "btc"],
    order_id: str,
) -> FuturesPriceTriggeredOrder: ...
@overload
def get_futures_price_order(
    client: AsyncClient,
    *,
    settle: Settle | Literal["usdt", "btc"],
    order_id: str,
) -> Coroutine[Any, Any, FuturesPriceTriggeredOrder]: ...
def get_futures_price_order(
    client: Client | AsyncClient,
    *,
    settle: Settle | Literal["usdt", "btc"],
    order_id: str,
) -> FuturesPriceTriggeredOrder | Coroutine[Any, Any, FuturesPriceTriggeredOrder]:
    """Get one futures price-triggered order.

    Returns one auto order of the settle currency, running or ended, by the ID returned when it was created.

    ``GET /futures/{settle}/price_orders/{order_id}``, at most 200 per 10 s per UID.
    The arguments are the fields of `GetFuturesPriceOrderRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://www.gate.io/docs/developers/apiv4/en/#getpricetriggeredorder-parameters

    Args:
        client: The Gate client that signs and sends the request (``gate.Client``).
        settle: Settle currency of the perpetual contracts, `usdt` or `btc`.
        order_id: ID of the auto order, as returned when it was created.

    Returns:
        The venue's answer as a `FuturesPriceTriggeredOrder`.

    Raises:
        ValidationError: An argument breaks the spec (its message names the argument and the wire field); nothing
            was sent.
        VenueError: The venue refused the request; the subclass says why (``AuthenticationError``,
            ``RateLimitError``, ``InvalidRequestError``, ``NotFoundError``, ``ServerError``, ...).
        TransportError: No answer arrived (after the client's retries, if any).
    """
    request = GetFuturesPriceOrderRequest(
        settle=settle,
        order_id=order_id,
    )
    return client.send(request)


@overload
def cancel_futures_price_order(
    client: Client,
    *,
    settle: Settle | Literal["usdt", "btc"],
    order_id: str,
) -> FuturesPriceTriggeredOrder: ...
@overload
def cancel_futures_price_order(
    client: AsyncClient,
    *,
    settle: Settle | Literal["usdt", "btc"],
    order_id: str,
) -> Coroutine[Any, Any, FuturesPriceTriggeredOrder]: ...
def cancel_futures_price_order(
    client: Client | AsyncClient,
    *,
    settle: Settle | Literal["usdt", "btc"],
    order_id: str,
) -> FuturesPriceTriggeredOrder | Coroutine[Any, Any, FuturesPriceTriggeredOrder]:
    """Cancel one futures price-triggered order.

    Cancels one running auto order of the settle currency and returns it.

    ``DELETE /futures/{settle}/price_orders/{order_id}``, at most 200 per 1 s per UID.
    The arguments are the fields of `CancelFuturesPriceOrderRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://www.gate.io/docs/developers/apiv4/en/#cancelpricetriggeredorder-parameters

    Args:
        client: The Gate client that signs and sends the request (``gate.Client``).
        settle: Settle currency of the perpetual contracts, `usdt` or `btc`.
        order_id: ID of the auto order, as returned when it was created.

    Returns:
        The venue's answer as a `FuturesPriceTriggeredOrder`.

    Raises:
        ValidationError: An argument breaks the spec (its message names the argument and the wire field); nothing
            was sent.
        VenueError: The venue refused the request; the subclass says why (``AuthenticationError``,
            ``RateLimitError``, ``InvalidRequestError``, ``NotFoundError``, ``ServerError``, ...).
        TransportError: No answer arrived; ``may_have_reached`` says whether the venue may have acted. Never
            retried: look the order up before sending it again.
    """
    request = CancelFuturesPriceOrderRequest(
        settle=settle,
        order_id=order_id,
    )
    return client.send(request)
