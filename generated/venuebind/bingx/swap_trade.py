"""BingX endpoints of the ``swap_trade`` area.

Perpetual swap (USDT-margined) orders: limit and market orders, stop-loss, take-profit, trigger and trailing
orders, with a take-profit and stop-loss attached as JSON text.

Generated from ``spec/bingx.yaml`` by ``python -m codegen generate``; edit the spec, not this file.
"""

from __future__ import annotations

from collections.abc import Coroutine
from typing import Any, Literal, overload

from .._runtime.bingx import AsyncClient, Client
from .._runtime.check import DecimalInput
from ._shared_models import Side
from ._swap_trade_models import (
    CancelSwapOrderRequest,
    CancelSwapOrderResponse,
    GetSwapOpenOrdersRequest,
    GetSwapOpenOrdersResponse,
    GetSwapOrderRequest,
    GetSwapOrderResponse,
    PlaceSwapOrderRequest,
    PlaceSwapOrderResponse,
    PositionSide,
    StopGuaranteed,
    SwapOrderType,
    SwapStopLoss,
    SwapTakeProfit,
    SwapTimeInForce,
    WorkingType,
)


@overload
def place_swap_order(
    client: Client,
    *,
    symbol: str,
    type: SwapOrderType
    | Literal[
        "LIMIT",
        "MARKET",
        "STOP_MARKET",
        "TAKE_PROFIT_MARKET",
        "STOP",
        "TAKE_PROFIT",
        "TRIGGER_LIMIT",
        "TRIGGER_MARKET",
        "TRAILING_STOP_MARKET",
        "TRAILING_TP_SL",
    ],
    side: Side | Literal["BUY", "SELL"],
    position_side: PositionSide | Literal["BOTH", "LONG", "SHORT"] | None = None,
    reduce_only: bool | None = None,
    price: DecimalInput | None = None,
    quantity: DecimalInput | None = None,
    stop_price: DecimalInput | None = None,
    price_rate: DecimalInput | None = None,
    stop_loss: SwapStopLoss | None = None,
    take_profit: SwapTakeProfit | None = None,
    working_type: WorkingType | Literal["MARK_PRICE", "CONTRACT_PRICE"] | None = None,
    client_order_id: str | None = None,
    time_in_force: SwapTimeInForce | Literal["PostOnly", "GTC", "IOC", "FOK"] | None = None,
    close_position: bool | None = None,
    activation_price: DecimalInput | None = None,
    stop_guaranteed: StopGuaranteed | Literal["true", "false", "cutfee"] | None = None,
    position_id: str | None = None,
    recv_window: int | None = None,
) -> PlaceSwapOrderResponse: ...
@overload
def place_swap_order(
    client: AsyncClient,
    *,
    symbol: str,
    type: SwapOrderType
    | Literal[
        "LIMIT",
        "MARKET",
        "STOP_MARKET",
        "TAKE_PROFIT_MARKET",
        "STOP",
        "TAKE_PROFIT",
        "TRIGGER_LIMIT",
        "TRIGGER_MARKET",
        "TRAILING_STOP_MARKET",
        "TRAILING_TP_SL",
    ],
    side: Side | Literal["BUY", "SELL"],
    position_side: PositionSide | Literal["BOTH", "LONG", "SHORT"] | None = None,
    reduce_only: bool | None = None,
    price: DecimalInput | None = None,
    quantity: DecimalInput | None = None,
    stop_price: DecimalInput | None = None,
    price_rate: DecimalInput | None = None,
    stop_loss: SwapStopLoss | None = None,
    take_profit: SwapTakeProfit | None = None,
    working_type: WorkingType | Literal["MARK_PRICE", "CONTRACT_PRICE"] | None = None,
    client_order_id: str | None = None,
    time_in_force: SwapTimeInForce | Literal["PostOnly", "GTC", "IOC", "FOK"] | None = None,
    close_position: bool | None = None,
    activation_price: DecimalInput | None = None,
    stop_guaranteed: StopGuaranteed | Literal["true", "false", "cutfee"] | None = None,
    position_id: str | None = None,
    recv_window: int | None = None,
) -> Coroutine[Any, Any, PlaceSwapOrderResponse]: ...
def place_swap_order(
    client: Client | AsyncClient,
    *,
    symbol: str,
    type: SwapOrderType
    | Literal[
        "LIMIT",
        "MARKET",
        "STOP_MARKET",
        "TAKE_PROFIT_MARKET",
        "STOP",
        "TAKE_PROFIT",
        "TRIGGER_LIMIT",
        "TRIGGER_MARKET",
        "TRAILING_STOP_MARKET",
        "TRAILING_TP_SL",
    ],
    side: Side | Literal["BUY", "SELL"],
    position_side: PositionSide | Literal["BOTH", "LONG", "SHORT"] | None = None,
    reduce_only: bool | None = None,
    price: DecimalInput | None = None,
    quantity: DecimalInput | None = None,
    stop_price: DecimalInput | None = None,
    price_rate: DecimalInput | None = None,
    stop_loss: SwapStopLoss | None = None,
    take_profit: SwapTakeProfit | None = None,
    working_type: WorkingType | Literal["MARK_PRICE", "CONTRACT_PRICE"] | None = None,
    client_order_id: str | None = None,
    time_in_force: SwapTimeInForce | Literal["PostOnly", "GTC", "IOC", "FOK"] | None = None,
    close_position: bool | None = None,
    activation_price: DecimalInput | None = None,
    stop_guaranteed: StopGuaranteed | Literal["true", "false", "cutfee"] | None = None,
    position_id: str | None = None,
    recv_window: int | None = None,
) -> PlaceSwapOrderResponse | Coroutine[Any, Any, PlaceSwapOrderResponse]:
    """Place a perpetual swap order.

    Places a USDT-margined perpetual swap order: limit or market, or one of the conditional kinds (stop-loss and
    take-profit, limit or market, at `stopPrice`; trigger orders; trailing stops that follow the price at a
    distance `price` or a rate `priceRate`). A LIMIT or MARKET order may carry an attached `takeProfit` and
    `stopLoss`, each an object sent as JSON text in its query parameter. What each type needs: LIMIT quantity and
    price; MARKET quantity; STOP, TAKE_PROFIT and TRIGGER_LIMIT quantity, stopPrice and price; STOP_MARKET,
    TAKE_PROFIT_MARKET and TRIGGER_MARKET quantity (or closePosition) and stopPrice; TRAILING_STOP_MARKET and
    TRAILING_TP_SL price or priceRate (which the model leaves to the venue). Hedge mode opens a long with BUY +
    LONG and closes it with SELL + LONG; one-way mode uses positionSide BOTH. Needs the Perpetual Futures Trading
    key permission; 10 requests/s per UID, IP rate-limit group 3.

    ``POST /openApi/swap/v2/trade/order``, at most 10 per 1 s per UID.
    The arguments are the fields of `PlaceSwapOrderRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://bingx-api.github.io/docs/#/en-us/swapV2/trade-api.html

    Args:
        client: The BingX client that signs and sends the request (``bingx.Client``).
        symbol: Trading pair in upper case with a hyphen, e.g. BTC-USDT.
        type: Order type: `LIMIT`, `MARKET`, `STOP_MARKET` (stop-loss, market), `TAKE_PROFIT_MARKET` (take-profit,
            market), `STOP` (stop-loss, limit), `TAKE_PROFIT` (take-profit, limit), `TRIGGER_LIMIT`, `TRIGGER_MARKET`,
            `TRAILING_STOP_MARKET` (trailing stop, market) or `TRAILING_TP_SL` (trailing take-profit or stop-loss).
        side: Order side, `BUY` or `SELL`.
        position_side: Position side: `BOTH` in one-way mode, `LONG` or `SHORT` in hedge mode (LONG when not sent).
            Optional: left out, it is not sent.
        reduce_only: Whether the order may only reduce the position; one-way mode only (false when not sent). Optional:
            left out, it is not sent.
        price: Limit price; for TRAILING_STOP_MARKET and TRAILING_TP_SL the trailing distance. Typed float64 on the
            page; sent as plain decimal text. A decimal. Optional: left out, it is not sent.
        quantity: Quantity in the coin (a USDT amount is not accepted). Typed float64 on the page. A decimal. Optional:
            left out, it is not sent.
        stop_price: Trigger price of STOP_MARKET, TAKE_PROFIT_MARKET, STOP, TAKE_PROFIT, TRIGGER_LIMIT and
            TRIGGER_MARKET orders. Typed float64 on the page. A decimal. Optional: left out, it is not sent.
        price_rate: Callback rate of TRAILING_STOP_MARKET and TRAILING_TP_SL orders, as a fraction (0.01 is 1%), at most
            1. Typed float64 on the page. A decimal. Optional: left out, it is not sent.
        stop_loss: A stop-loss attached to the order, sent as JSON text (its type STOP_MARKET or STOP). Optional: left
            out, it is not sent.
        take_profit: A take-profit attached to the order, sent as JSON text (its type TAKE_PROFIT_MARKET or
            TAKE_PROFIT). Optional: left out, it is not sent.
        working_type: Which price triggers the order, `MARK_PRICE` (when not sent) or `CONTRACT_PRICE`; must be
            CONTRACT_PRICE for STOP or STOP_MARKET with stopGuaranteed true. Optional: left out, it is not sent.
        client_order_id: Client-chosen order ID, 1 to 40 characters, unique per order; the venue keeps it in lower case.
            The page says only LIMIT and MARKET orders accept it. Optional: left out, it is not sent.
        time_in_force: Time in force, `PostOnly`, `GTC`, `IOC` or `FOK`. Optional: left out, it is not sent.
        close_position: Whether the order closes the whole position when it triggers; STOP_MARKET and TAKE_PROFIT_MARKET
            only, without quantity or reduceOnly. Optional: left out, it is not sent.
        activation_price: Price at which a TRAILING_STOP_MARKET or TRAILING_TP_SL order starts trailing (the latest
            price, per workingType, when not sent). Typed float64 on the page. A decimal. Optional: left out, it is not
            sent.
        stop_guaranteed: Guaranteed stop: `true` (on), `false` (off, when not sent) or `cutfee` (on, with the VIP fee
            reduction); with true or cutfee the quantity is ignored. For the stop, take-profit and trigger types.
            Optional: left out, it is not sent.
        position_id: Position ID (digits); required when closing a position in separate isolated mode. Optional: left
            out, it is not sent.
        recv_window: How long the request stays valid after `timestamp`, in milliseconds; requests older than this are
            rejected (5000 ms when not sent). Optional: left out, it is not sent.

    Returns:
        The venue's answer as a `PlaceSwapOrderResponse`.

    Raises:
        ValidationError: An argument breaks the spec (its message names the argument and the wire field); nothing
            was sent.
        VenueError: The venue refused the request; the subclass says why (``AuthenticationError``,
            ``RateLimitError``, ``InvalidRequestError``, ``NotFoundError``, ``ServerError``, ...).
        TransportError: No answer arrived; ``may_have_reached`` says whether the venue may have acted. Never
            retried: look the order up before sending it again.
    """
    request = PlaceSwapOrderRequest(
        symbol=symbol,
        type=type,
        side=side,
        position_side=position_side,
        reduce_only=reduce_only,
        price=price,
        quantity=quantity,
        stop_price=stop_price,
        price_rate=price_rate,
        stop_loss=stop_loss,
        take_profit=take_profit,
        working_type=working_type,
        client_order_id=client_order_id,
        time_in_force=time_in_force,
        close_position=close_position,
        activation_price=activation_price,
        stop_guaranteed=stop_guaranteed,
        position_id=position_id,
        recv_window=recv_window,
    )
    return client.send(request)


@overload
def cancel_swap_order(
    client: Client,
    *,
    symbol: str,
    order_id: str | None = None,
    client_order_id: str | None = None,
    recv_window: int | None = None,
) -> CancelSwapOrderResponse: ...
@overload
def cancel_swap_order(
    client: AsyncClient,
    *,
    symbol: str,
    order_id: str | None = None,
    client_order_id: str | None = None,
    recv_window: int | None = None,
) -> Coroutine[Any, Any, CancelSwapOrderResponse]: ...
def cancel_swap_order(
    client: Client | AsyncClient,
    *,
    symbol: str,
    order_id: str | None = None,
    client_order_id: str | None = None,
    recv_window: int | None = None,
) -> CancelSwapOrderResponse | Coroutine[Any, Any, CancelSwapOrderResponse]:
    """Cancel a perpetual swap order.

    Cancels an open swap order on `symbol`, named by `orderId` or `clientOrderId`; one of the two must be sent,
    which the request model cannot check on its own because both are query parameters. Needs the Perpetual Futures
    Trading key permission; 5 requests/s per UID, IP rate-limit group 3.

    ``DELETE /openApi/swap/v2/trade/order``, at most 5 per 1 s per UID.
    The arguments are the fields of `CancelSwapOrderRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://bingx-api.github.io/docs/#/en-us/swapV2/trade-api.html

    Args:
        client: The BingX client that signs and sends the request (``bingx.Client``).
        symbol: Trading pair in upper case with a hyphen, e.g. BTC-USDT.
        order_id: Order ID (digits); send this or `client_order_id`. Optional: left out, it is not sent.
        client_order_id: Client-chosen order ID (1 to 40 characters; the venue keeps it in lower case); send this or
            `order_id`. Optional: left out, it is not sent.
        recv_window: How long the request stays valid after `timestamp`, in milliseconds; requests older than this are
            rejected (5000 ms when not sent). Optional: left out, it is not sent.

    Returns:
        The venue's answer as a `CancelSwapOrderResponse`.

    Raises:
        ValidationError: An argument breaks the spec (its message names the argument and the wire field); nothing
            was sent.
        VenueError: The venue refused the request; the subclass says why (``AuthenticationError``,
            ``RateLimitError``, ``InvalidRequestError``, ``NotFoundError``, ``ServerError``, ...).
        TransportError: No answer arrived; ``may_have_reached`` says whether the venue may have acted. Never
            retried: look the order up before sending it again.
    """
    request = CancelSwapOrderRequest(
        order_id=order_id,
        symbol=symbol,
        client_order_id=client_order_id,
        recv_window=recv_window,
    )
    return client.send(request)


@overload
def get_swap_order(
    client: Client,
    *,
    symbol: str,
    order_id: str | None = None,
    client_order_id: str | None = None,
    recv_window: int | None = None,
) -> GetSwapOrderResponse: ...
@overload
def get_swap_order(
    client: AsyncClient,
    *,
    symbol: str,
    order_id: str | None = None,
    client_order_id: str | None = None,
    recv_window: int | None = None,
) -> Coroutine[Any, Any, GetSwapOrderResponse]: ...
def get_swap_order(
    client: Client | AsyncClient,
    *,
    symbol: str,
    order_id: str | None = None,
    client_order_id: str | None = None,
    recv_window: int | None = None,
) -> GetSwapOrderResponse | Coroutine[Any, Any, GetSwapOrderResponse]:
    """Get one perpetual swap order.

    Returns one swap order on `symbol`, open or finished, named by `orderId` or `clientOrderId`; one of the two
    must be sent, which the request model cannot check on its own because both are query parameters. Needs the
    Read key permission; 5 requests/s per UID, IP rate-limit group 2.

    ``GET /openApi/swap/v2/trade/order``, at most 5 per 1 s per UID.
    The arguments are the fields of `GetSwapOrderRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://bingx-api.github.io/docs/#/en-us/swapV2/trade-api.html

    Args:
        client: The BingX client that signs and sends the request (``bingx.Client``).
        symbol: Trading pair in upper case with a hyphen, e.g. BTC-USDT.
        order_id: Order ID (digits); send this or `client_order_id`. Optional: left out, it is not sent.
        client_order_id: Client-chosen order ID (1 to 40 characters; the venue keeps it in lower case); send this or
            `order_id`. Optional: left out, it is not sent.
        recv_window: How long the request stays valid after `timestamp`, in milliseconds; requests older than this are
            rejected (5000 ms when not sent). Optional: left out, it is not sent.

    Returns:
        The venue's answer as a `GetSwapOrderResponse`.

    Raises:
        ValidationError: An argument breaks the spec (its message names the argument and the wire field); nothing
            was sent.
        VenueError: The venue refused the request; the subclass says why (``AuthenticationError``,
            ``RateLimitError``, ``InvalidRequestError``, ``NotFoundError``, ``ServerError``, ...).
        TransportError: No answer arrived (after the client's retries, if any).
    """
    request = GetSwapOrderRequest(
        symbol=symbol,
        order_id=order_id,
        client_order_id=client_order_id,
        recv_window=recv_window,
    )
    return client.send(request)


@overload
def get_swap_open_orders(
    client: Client,
    *,
    symbol: str | None = None,
    type: SwapOrderType
    | Literal[
        "LIMIT",
        "MARKET",
        "STOP_MARKET",
        "TAKE_PROFIT_MARKET",
        "STOP",
        "TAKE_PROFIT",
        "TRIGGER_LIMIT",
        "TRIGGER_MARKET",
        "TRAILING_STOP_MARKET",
        "TRAILING_TP_SL",
    ]
    | None = None,
    recv_window: int | None = None,
) -> GetSwapOpenOrdersResponse: ...
@overload
def get_swap_open_orders(
    client: AsyncClient,
    *,
    symbol: str | None = None,
    type: SwapOrderType
    | Literal[
        "LIMIT",
        "MARKET",
        "STOP_MARKET",
        "TAKE_PROFIT_MARKET",
        "STOP",
        "TAKE_PROFIT",
        "TRIGGER_LIMIT",
        "TRIGGER_MARKET",
        "TRAILING_STOP_MARKET",
        "TRAILING_TP_SL",
    ]
    | None = None,
    recv_window: int | None = None,
) -> Coroutine[Any, Any, GetSwapOpenOrdersResponse]: ...
def get_swap_open_orders(
    client: Client | AsyncClient,
    *,
    symbol: str | None = None,
    type: SwapOrderType
    | Literal[
        "LIMIT",
        "MARKET",
        "STOP_MARKET",
        "TAKE_PROFIT_MARKET",
        "STOP",
        "TAKE_PROFIT",
        "TRIGGER_LIMIT",
        "TRIGGER_MARKET",
        "TRAILING_STOP_MARKET",
        "TRAILING_TP_SL",
    ]
    | None = None,
    recv_window: int | None = None,
) -> GetSwapOpenOrdersResponse | Coroutine[Any, Any, GetSwapOpenOrdersResponse]:
    """List open perpetual swap orders.

    Lists the account's open swap orders, conditional ones included, on `symbol` or on every pair, optionally of
    one `type`. The answer is one list, not paged. Needs the Perpetual Futures Trading key permission; 5
    requests/s per UID, IP rate-limit group 3.

    ``GET /openApi/swap/v2/trade/openOrders``, at most 5 per 1 s per UID.
    The arguments are the fields of `GetSwapOpenOrdersRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://bingx-api.github.io/docs/#/en-us/swapV2/trade-api.html

    Args:
        client: The BingX client that signs and sends the request (``bingx.Client``).
        symbol: Trading pair in upper case with a hyphen, e.g. BTC-USDT; every pair when not sent. Optional: left out,
            it is not sent.
        type: Only orders of this type (newer revision of the page). One of ``LIMIT``, ``MARKET``, ``STOP_MARKET``,
            ``TAKE_PROFIT_MARKET``, ``STOP``, ``TAKE_PROFIT``, ``TRIGGER_LIMIT``, ``TRIGGER_MARKET``,
            ``TRAILING_STOP_MARKET``, ``TRAILING_TP_SL``. Optional: left out, it is not sent.
        recv_window: How long the request stays valid after `timestamp`, in milliseconds; requests older than this are
            rejected (5000 ms when not sent). Optional: left out, it is not sent.

    Returns:
        The venue's answer as a `GetSwapOpenOrdersResponse`.

    Raises:
        ValidationError: An argument breaks the spec (its message names the argument and the wire field); nothing
            was sent.
        VenueError: The venue refused the request; the subclass says why (``AuthenticationError``,
            ``RateLimitError``, ``InvalidRequestError``, ``NotFoundError``, ``ServerError``, ...).
        TransportError: No answer arrived (after the client's retries, if any).
    """
    request = GetSwapOpenOrdersRequest(
        symbol=symbol,
        type=type,
        recv_window=recv_window,
    )
    return client.send(request)
