"""Gate endpoints of the ``spot_price_orders`` area.

Spot price-triggered orders, which wait until the market price crosses a trigger price and then place a spot or
margin order.

Generated from ``spec/gate.yaml`` by ``python -m codegen generate``; edit the spec, not this file.
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Coroutine, Iterator
from typing import Any, Literal, overload

from .._runtime.gate import AsyncClient, Client
from ._shared_models import PriceOrderListStatus
from ._spot_price_orders_models import (
    Account,
    CancelAllSpotPriceOrdersRequest,
    CancelSpotPriceOrderRequest,
    CreateSpotPriceOrderRequest,
    CreateSpotPriceOrderResponse,
    GetSpotPriceOrderRequest,
    ListSpotPriceOrdersRequest,
    SpotPricePutOrder,
    SpotPriceTrigger,
    SpotPriceTriggeredOrder,
)


@overload
def create_spot_price_order(
    client: Client,
    *,
    trigger: SpotPriceTrigger,
    put: SpotPricePutOrder,
    market: str,
) -> CreateSpotPriceOrderResponse: ...
@overload
def create_spot_price_order(
    client: AsyncClient,
    *,
    trigger: SpotPriceTrigger,
    put: SpotPricePutOrder,
    market: str,
) -> Coroutine[Any, Any, CreateSpotPriceOrderResponse]: ...
def create_spot_price_order(
    client: Client | AsyncClient,
    *,
    trigger: SpotPriceTrigger,
    put: SpotPricePutOrder,
    market: str,
) -> CreateSpotPriceOrderResponse | Coroutine[Any, Any, CreateSpotPriceOrderResponse]:
    """Create a spot price-triggered order.

    Creates an auto order on one market: when the market price meets `trigger.rule` against `trigger.price` within
    `trigger.expiration` seconds, the order described by `put` is placed; otherwise the auto order is cancelled at
    the timeout. Placement counts towards Gate's spot order-placement limit of 10 requests/s per UID and market,
    shared with amending.

    ``POST /spot/price_orders``, at most 10 per 1 s per UID.
    The arguments are the fields of `CreateSpotPriceOrderRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://www.gate.io/docs/developers/apiv4/en/#createspotpricetriggeredorder-parameters

    Args:
        client: The Gate client that signs and sends the request (``gate.Client``).
        trigger: When the order fires.
        put: The order placed when the trigger fires.
        market: Market (currency pair), with an underscore.

    Returns:
        The venue's answer as a `CreateSpotPriceOrderResponse`.

    Raises:
        ValidationError: An argument breaks the spec (its message names the argument and the wire field); nothing
            was sent.
        VenueError: The venue refused the request; the subclass says why (``AuthenticationError``,
            ``RateLimitError``, ``InvalidRequestError``, ``NotFoundError``, ``ServerError``, ...).
        TransportError: No answer arrived; ``may_have_reached`` says whether the venue may have acted. Never
            retried: look the order up before sending it again.
    """
    request = CreateSpotPriceOrderRequest(
        trigger=trigger,
        put=put,
        market=market,
    )
    return client.send(request)


@overload
def list_spot_price_orders(
    client: Client,
    *,
    status: PriceOrderListStatus | Literal["open", "finished"],
    market: str | None = None,
    account: Account | Literal["normal", "margin", "unified"] | None = None,
    limit: int | None = None,
    offset: int | None = None,
) -> list[SpotPriceTriggeredOrder]: ...
@overload
def list_spot_price_orders(
    client: AsyncClient,
    *,
    status: PriceOrderListStatus | Literal["open", "finished"],
    market: str | None = None,
    account: Account | Literal["normal", "margin", "unified"] | None = None,
    limit: int | None = None,
    offset: int | None = None,
) -> Coroutine[Any, Any, list[SpotPriceTriggeredOrder]]: ...
def list_spot_price_orders(
    client: Client | AsyncClient,
    *,
    status: PriceOrderListStatus | Literal["open", "finished"],
    market: str | None = None,
    account: Account | Literal["normal", "margin", "unified"] | None = None,
    limit: int | None = None,
    offset: int | None = None,
) -> list[SpotPriceTriggeredOrder] | Coroutine[Any, Any, list[SpotPriceTriggeredOrder]]:
    """List spot price-triggered orders.

    Lists the account's auto orders that are running (`status` open) or finished (`status` finished), optionally
    of one market and one account type, `limit` at a time from `offset` on.

    ``GET /spot/price_orders``, at most 200 per 10 s per UID.
    The arguments are the fields of `ListSpotPriceOrdersRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://www.gate.io/docs/developers/apiv4/en/#listspotpricetriggeredorders-parameters

    Args:
        client: The Gate client that signs and sends the request (``gate.Client``).
        status: `open` for running auto orders, `finished` for the ones that ended (their own status is then cancelled,
            finish, failed or expired).
        market: Only this market, e.g. GT_USDT. Optional: left out, it is not sent.
        account: Only this account type, `normal` (spot), `margin` or `unified`; a unified account uses `unified`.
            Optional: left out, it is not sent.
        limit: Most records per call, 1 to 1000; 100 when left out. The venue's default: ``100``. Optional: left out, it
            is not sent.
        offset: How many records to skip, from 0; 0 when left out. The venue's default: ``0``. Optional: left out, it is
            not sent.

    Returns:
        The venue's answer as a list of `SpotPriceTriggeredOrder`.

    Raises:
        ValidationError: An argument breaks the spec (its message names the argument and the wire field); nothing
            was sent.
        VenueError: The venue refused the request; the subclass says why (``AuthenticationError``,
            ``RateLimitError``, ``InvalidRequestError``, ``NotFoundError``, ``ServerError``, ...).
        TransportError: No answer arrived (after the client's retries, if any).
    """
    request = ListSpotPriceOrdersRequest(
        status=status,
        market=market,
        account=account,
        limit=limit,
        offset=offset,
    )
    return client.send(request)


@overload
def iter_list_spot_price_orders(
    client: Client,
    *,
    status: PriceOrderListStatus | Literal["open", "finished"],
    market: str | None = None,
    account: Account | Literal["normal", "margin", "unified"] | None = None,
    limit: int | None = None,
    offset: int | None = None,
) -> Iterator[SpotPriceTriggeredOrder]: ...
@overload
def iter_list_spot_price_orders(
    client: AsyncClient,
    *,
    status: PriceOrderListStatus | Literal["open", "finished"],
    market: str | None = None,
    account: Account | Literal["normal", "margin", "unified"] | None = None,
    limit: int | None = None,
    offset: int | None = None,
) -> AsyncIterator[SpotPriceTriggeredOrder]: ...
def iter_list_spot_price_orders(
    client: Client | AsyncClient,
    *,
    status: PriceOrderListStatus | Literal["open", "finished"],
    market: str | None = None,
    account: Account | Literal["normal", "margin", "unified"] | None = None,
    limit: int | None = None,
    offset: int | None = None,
) -> Iterator[SpotPriceTriggeredOrder] | AsyncIterator[SpotPriceTriggeredOrder]:
    """Every item of `list_spot_price_orders`, one page request at a time, as the loop asks for them.

    Starts where the arguments say and asks for each next page by ``offset`` (offset style), until a page comes
    back empty or holds fewer items than ``limit``.
    With an ``AsyncClient``, loop with ``async for``.

    Args:
        client: The Gate client that signs and sends the request (``gate.Client``).
        status: `open` for running auto orders, `finished` for the ones that ended (their own status is then cancelled,
            finish, failed or expired).
        market: Only this market, e.g. GT_USDT. Optional: left out, it is not sent.
        account: Only this account type, `normal` (spot), `margin` or `unified`; a unified account uses `unified`.
            Optional: left out, it is not sent.
        limit: Most records per call, 1 to 1000; 100 when left out. The venue's default: ``100``. Optional: left out, it
            is not sent.
        offset: How many records to skip, from 0; 0 when left out. The venue's default: ``0``. Optional: left out, it is
            not sent.

    Yields:
        Each `SpotPriceTriggeredOrder`, in the venue's order; a page is requested only when the loop needs its
        items.

    Raises:
        ValidationError: An argument breaks the spec; nothing was sent.
        VenueError: The venue refused a page request (reads are retried by the client's policy first).
        TransportError: A page's answer did not arrive.
    """
    request = ListSpotPriceOrdersRequest(
        status=status,
        market=market,
        account=account,
        limit=limit,
        offset=offset,
    )
    return client.walk(request)


@overload
def cancel_all_spot_price_orders(
    client: Client,
    *,
    market: str | None = None,
    account: Account | Literal["normal", "margin", "unified"] | None = None,
) -> list[SpotPriceTriggeredOrder]: ...
@overload
def cancel_all_spot_price_orders(
    client: AsyncClient,
    *,
    market: str | None = None,
    account: Account | Literal["normal", "margin", "unified"] | None = None,
) -> Coroutine[Any, Any, list[SpotPriceTriggeredOrder]]: ...
def cancel_all_spot_price_orders(
    client: Client | AsyncClient,
    *,
    market: str | None = None,
    account: Account | Literal["normal", "margin", "unified"] | None = None,
) -> list[SpotPriceTriggeredOrder] | Coroutine[Any, Any, list[SpotPriceTriggeredOrder]]:
    """Cancel all spot price-triggered orders.

    Cancels every running auto order, or only those of one market and / or account type. The answer only means the
    request was accepted: whether each order was cancelled shows in the returned list. Without `market` and
    `account`, every running auto order of the account is cancelled.

    ``DELETE /spot/price_orders``, at most 200 per 1 s per UID.
    The arguments are the fields of `CancelAllSpotPriceOrdersRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://www.gate.io/docs/developers/apiv4/en/#cancelspotpricetriggeredorderlist-parameters

    Args:
        client: The Gate client that signs and sends the request (``gate.Client``).
        market: Only this market, e.g. GT_USDT. Optional: left out, it is not sent.
        account: Only this account type, `normal` (spot), `margin` or `unified`; a unified account uses `unified`.
            Optional: left out, it is not sent.

    Returns:
        The venue's answer as a list of `SpotPriceTriggeredOrder`.

    Raises:
        ValidationError: An argument breaks the spec (its message names the argument and the wire field); nothing
            was sent.
        VenueError: The venue refused the request; the subclass says why (``AuthenticationError``,
            ``RateLimitError``, ``InvalidRequestError``, ``NotFoundError``, ``ServerError``, ...).
        TransportError: No answer arrived; ``may_have_reached`` says whether the venue may have acted. Never
            retried: look the order up before sending it again.
    """
    request = CancelAllSpotPriceOrdersRequest(
        market=market,
        account=account,
    )
    return client.send(request)


@overload
def get_spot_price_order(
    client: Client,
    *,
    order_id: str,
) -> SpotPriceTriggeredOrder: ...
@overload
def get_spot_price_order(
    client: AsyncClient,
    *,
    order_id: str,
) -> Coroutine[Any, Any, SpotPriceTriggeredOrder]: ...
def get_spot_price_order(
    client: Client | AsyncClient,
    *,
    order_id: str,
) -> SpotPriceTriggeredOrder | Coroutine[Any, Any, SpotPriceTriggeredOrder]:
    """Get one spot price-triggered order.

    Returns one auto order, running or finished, by the ID returned when it was created.

    ``GET /spot/price_orders/{order_id}``, at most 200 per 10 s per UID.
    The arguments are the fields of `GetSpotPriceOrderRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://www.gate.io/docs/developers/apiv4/en/#getspotpricetriggeredorder-parameters

    Args:
        client: The Gate client that signs and sends the request (``gate.Client``).
        order_id: ID of the auto order, as returned when it was created.

    Returns:
        The venue's answer as a `SpotPriceTriggeredOrder`.

    Raises:
        ValidationError: An argument breaks the spec (its message names the argument and the wire field); nothing
            was sent.
        VenueError: The venue refused the request; the subclass says why (``AuthenticationError``,
            ``RateLimitError``, ``InvalidRequestError``, ``NotFoundError``, ``ServerError``, ...).
        TransportError: No answer arrived (after the client's retries, if any).
    """
    request = GetSpotPriceOrderRequest(
        order_id=order_id,
    )
    return client.send(request)


@overload
def cancel_spot_price_order(
    client: Client,
    *,
    order_id: str,
) -> SpotPriceTriggeredOrder: ...
@overload
def cancel_spot_price_order(
    client: AsyncClient,
    *,
    order_id: str,
) -> Coroutine[Any, Any, SpotPriceTriggeredOrder]: ...
def cancel_spot_price_order(
    client: Client | AsyncClient,
    *,
    order_id: str,
) -> SpotPriceTriggeredOrder | Coroutine[Any, Any, SpotPriceTriggeredOrder]:
    """Cancel one spot price-triggered order.

    Cancels one running auto order and returns it.

    ``DELETE /spot/price_orders/{order_id}``, at most 200 per 1 s per UID.
    The arguments are the fields of `CancelSpotPriceOrderRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://www.gate.io/docs/developers/apiv4/en/#cancelspotpricetriggeredorder-parameters

    Args:
        client: The Gate client that signs and sends the request (``gate.Client``).
        order_id: ID of the auto order, as returned when it was created.

    Returns:
        The venue's answer as a `SpotPriceTriggeredOrder`.

    Raises:
        ValidationError: An argument breaks the spec (its message names the argument and the wire field); nothing
            was sent.
        VenueError: The venue refused the request; the subclass says why (``AuthenticationError``,
            ``RateLimitError``, ``InvalidRequestError``, ``NotFoundError``, ``ServerError``, ...).
        TransportError: No answer arrived; ``may_have_reached`` says whether the venue may have acted. Never
            retried: look the order up before sending it again.
    """
    request = CancelSpotPriceOrderRequest(
        order_id=order_id,
    )
    return client.send(request)
