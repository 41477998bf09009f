"""Bitget: the models and enums only the ``margin_isolated`` area uses.

Import them from ``models``, which re-exports every module of models; this one loads with ``margin_isolated``
alone.

Generated from ``spec/bitget.yaml`` by ``python -m codegen generate``; edit the spec, not this file.
"""

from __future__ import annotations

import enum
from collections.abc import Sequence
from decimal import Decimal
from typing import Any, ClassVar, Literal

import attrs

from .._runtime import check
from .._runtime.check import MAX_DIGITS, DecimalInput
from .._runtime.errors import ValidationError
from .._runtime.model import Operation, Pagination, RateLimit, Request, Response, field_info, named
from .._runtime.wire import json_string
from ._shared_models import (
    _DECIMAL_PATTERN,
    _ENTER_POINT_SOURCE_VALUES,
    _FORCE_VALUES,
    _LOAN_TYPE_VALUES,
    _ORDER_TYPE_VALUES,
    _SIDE_VALUES,
    _STP_MODE_VALUES,
    SERVERS,
    BatchPlaceIsolatedOrdersResponse,
    CancelSuccessItem,
    EnterPointSource,
    Force,
    IsolatedBatchOrderItem,
    IsolatedOrderRef,
    LoanType,
    MarginHistoryOrderStatus,
    OrderType,
    Side,
    StpMode,
)


class IsolatedOrderStatus(enum.StrEnum):
    """Order status, `live` (new), `partial_fill`, `filled` or `cancelled`; the page's list is cut off."""

    LIVE = "live"
    PARTIAL_FILL = "partial_fill"
    FILLED = "filled"
    CANCELLED = "cancelled"


@attrs.frozen(kw_only=True, init=False, repr=False)
class BatchPlaceIsolatedOrdersRequest(Request[BatchPlaceIsolatedOrdersResponse]):
    """Body of an isolated-margin batch order."""

    operation: ClassVar[Operation] = Operation(
        venue="bitget",
        operation_id="batch_place_isolated_orders",
        method="POST",
        path="/api/v2/margin/isolated/batch-place-order",
        result=BatchPlaceIsolatedOrdersResponse,
        result_shape="model",
        success_status=200,
        rate_limit=RateLimit(limit=10, per_seconds=1, scope="uid"),
        docs_url="https://www.bitget.com/api-doc/margin/isolated/trade/Isolated-Batch-Order",
        servers=SERVERS,
    )

    symbol: str = attrs.field(metadata=field_info("symbol", "body"))
    """Trading pair that every entry is placed on."""
    order_list: tuple[IsolatedBatchOrderItem, ...] = attrs.field(
        metadata=field_info("orderList", "body", nested=IsolatedBatchOrderItem)
    )
    """The orders to place, one entry per order. The page states no maximum count."""

    def __init__(
        self,
        *,
        symbol: str,
        order_list: Sequence[IsolatedBatchOrderItem],
    ) -> None:
        try:
            if not (type(symbol) is str and symbol.isascii()):
                symbol = check.string(symbol, "symbol")
            if type(order_list) is list and all(type(item) is IsolatedBatchOrderItem for item in order_list):
                order_list = tuple(order_list)
            else:
                order_list = check.model_items(IsolatedBatchOrderItem, order_list, "orderList")
            (  # the model is frozen: each field is stored through its slot's setter
                store_symbol,
                store_order_list,
                store_wire_text,
            ) = self._stores
            store_symbol(self, symbol)
            store_order_list(self, order_list)
            store_wire_text(
                self,
                "".join(
                    (
                        '{"symbol":',
                        json_string(symbol),
                        ',"orderList":[',
                        ",".join([item._wire for item in order_list]),
                        "]}",
                    )
                ),
            )
        except ValidationError as error:
            raise named(self.__class__, error) from None

    def wire_body(self) -> str:
        """The JSON body the constructor wrote: wire names in spec order, absent fields left out."""
        return self._wire


@attrs.frozen(kw_only=True, repr=False)
class PlaceIsolatedOrderResponse(Response):
    """The IDs of the new isolated-margin order."""

    order_id: str = attrs.field(metadata=field_info("orderId"))
    """Order ID."""
    client_oid: str = attrs.field(metadata=field_info("clientOid"))
    """Client-chosen order ID."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, init=False, repr=False)
class PlaceIsolatedOrderRequest(Request[PlaceIsolatedOrderResponse]):
    """Body of an isolated-margin order.

    Rules across fields:

    - A limit order needs baseSize.
    - A market sell needs baseSize.
    - A market buy needs quoteSize.
    """

    operation: ClassVar[Operation] = Operation(
        venue="bitget",
        operation_id="place_isolated_order",
        method="POST",
        path="/api/v2/margin/isolated/place-order",
        result=PlaceIsolatedOrderResponse,
        result_shape="model",
        success_status=200,
        rate_limit=RateLimit(limit=10, per_seconds=1, scope="uid"),
        docs_url="https://www.bitget.com/api-doc/margin/isolated/trade/Isolated-Place-Order",
        servers=SERVERS,
        client_id="client_oid",
    )

    symbol: str = attrs.field(metadata=field_info("symbol", "body"))
    """Trading pair, e.g. BTCUSDT."""
    order_type: OrderType = attrs.field(metadata=field_info("orderType", "body"))
    """`limit` or `market`."""
    price: Decimal | None = attrs.field(default=None, metadata=field_info("price", "body"))
    """Limit price."""
    loan_type: LoanType = attrs.field(metadata=field_info("loanType", "body"))
    """Margin order mode: `normal` (plain order), `autoLoan` (borrow automatically), `autoRepay` (repay
    automatically) or `autoLoanAndRepay` (both)."""
    force: Force = attrs.field(metadata=field_info("force", "body"))
    """Time in force: `gtc` (good till cancelled), `post_only`, `fok` (fill or kill) or `ioc` (immediate or cancel).
    Required, but ignored for market orders."""
    base_size: Decimal | None = attrs.field(default=None, metadata=field_info("baseSize", "body"))
    """Quantity in the base coin; required for limit orders and market sells."""
    quote_size: Decimal | None = attrs.field(default=None, metadata=field_info("quoteSize", "body"))
    """Amount in the quote coin; required for market buys."""
    client_oid: str | None = attrs.field(default=None, metadata=field_info("clientOid", "body"))
    """Client-chosen order ID. Repeating it within 6 hours does not place a second order, as long as the first one is
    unfilled."""
    side: Side = attrs.field(metadata=field_info("side", "body"))
    """Order direction, `buy` or `sell`."""
    stp_mode: StpMode | None = attrs.field(default=None, metadata=field_info("stpMode", "body"))
    """Self-trade prevention: `none` (no STP, the default), `cancel_taker` (cancel the taker order), `cancel_maker`
    (cancel the maker order) or `cancel_both` (cancel both). The venue's default: ``none``."""

    def __init__(
        self,
        *,
        symbol: str,
        order_type: OrderType | Literal["limit", "market"],
        loan_type: LoanType | Literal["normal", "autoLoan", "autoRepay", "autoLoanAndRepay"],
        force: Force | Literal["gtc", "post_only", "fok", "ioc"],
        side: Side | Literal["buy", "sell"],
        price: DecimalInput | None = None,
        base_size: DecimalInput | None = None,
        quote_size: DecimalInput | None = None,
        client_oid: str | None = None,
        stp_mode: StpMode | Literal["none", "cancel_taker", "cancel_maker", "cancel_both"] | None = None,
    ) -> None:
        try:
            if not (type(symbol) is str and symbol.isascii()):
                symbol = check.string(symbol, "symbol")
            if type(order_type) is str and order_type in _ORDER_TYPE_VALUES:
                order_type = _ORDER_TYPE_VALUES[order_type]
            else:
                order_type = check.enum_member(OrderType, order_type, "orderType")
            if price is not None:
                if not (
                    type(price) is Decimal
                    and price.is_finite()
                    and not price.is_signed()
                    and "E" not in (price_text := str(price))
                    and "e" not in price_text
                    and len(price_text) <= MAX_DIGITS
                ):
                    price = check.decimal(price, "price", pattern=_DECIMAL_PATTERN)
                    price_text = format(price, "f")
            if type(loan_type) is str and loan_type in _LOAN_TYPE_VALUES:
                loan_type = _LOAN_TYPE_VALUES[loan_type]
            else:
                loan_type = check.enum_member(LoanType, loan_type, "loanType")
            if type(force) is str and force in _FORCE_VALUES:
                force = _FORCE_VALUES[force]
            else:
                force = check.enum_member(Force, force, "force")
            if base_size is not None:
                if not (
                    type(base_size) is Decimal
                    and base_size.is_finite()
                    and not base_size.is_signed()
                    and "E" not in (base_size_text := str(base_size))
                    and "e" not in base_size_text
                    and len(base_size_text) <= MAX_DIGITS
                ):
                    base_size = check.decimal(base_size, "baseSize", pattern=_DECIMAL_PATTERN)
                    base_size_text = format(base_size, "f")
            if quote_size is not None:
                if not (
                    type(quote_size) is Decimal
                    and quote_size.is_finite()
                    and not quote_size.is_signed()
                    and "E" not in (quote_size_text := str(quote_size))
                    and "e" not in quote_size_text
                    and len(quote_size_text) <= MAX_DIGITS
                ):
                    quote_size = check.decimal(quote_size, "quoteSize", pattern=_DECIMAL_PATTERN)
                    quote_size_text = format(quote_size, "f")
            if client_oid is not None:
                if not (type(client_oid) is str and client_oid.isascii()):
                    client_oid = check.string(client_oid, "clientOid")
            if type(side) is str and side in _SIDE_VALUES:
                side = _SIDE_VALUES[side]
            else:
                side = check.enum_member(Side, side, "side")
            if stp_mode is not None:
                if type(stp_mode) is str and stp_mode in _STP_MODE_VALUES:
                    stp_mode = _STP_MODE_VALUES[stp_mode]
                else:
                    stp_mode = check.enum_member(StpMode, stp_mode, "stpMode")
            if order_type == "limit":
                if base_size is None:
                    raise ValidationError("baseSize", "required when order_type is 'limit'")
            if order_type == "market" and side == "sell":
                if base_size is None:
                    raise ValidationError("baseSize", "required when order_type is 'market' and side is 'sell'")
            if order_type == "market" and side == "buy":
                if quote_size is None:
                    raise ValidationError("quoteSize", "required when order_type is 'market' and side is 'buy'")
            (  # the model is frozen: each field is stored through its slot's setter
                store_symbol,
                store_order_type,
                store_price,
                store_loan_type,
                store_force,
                store_base_size,
                store_quote_size,
                store_client_oid,
                store_side,
                store_stp_mode,
                store_wire_text,
            ) = self._stores
            store_symbol(self, symbol)
            store_order_type(self, order_type)
            store_price(self, price)
            store_loan_type(self, loan_type)
            store_force(self, force)
            store_base_size(self, base_size)
            store_quote_size(self, quote_size)
            store_client_oid(self, client_oid)
            store_side(self, side)
            store_stp_mode(self, stp_mode)
            store_wire_text(
                self,
                "".join(
                    (
                        '{"symbol":',
                        json_string(symbol),
                        ',"orderType":"',
                        order_type,
                        '"',
                        ',"price":"' + price_text + '"' if price is not None else "",
                        ',"loanType":"',
                        loan_type,
                        '","force":"',
                        force,
                        '"',
                        ',"baseSize":"' + base_size_text + '"' if base_size is not None else "",
                        ',"quoteSize":"' + quote_size_text + '"' if quote_size is not None else "",
                        ',"clientOid":' + json_string(client_oid) if client_oid is not None else "",
                        ',"side":"',
                        side,
                        '"',
                        ',"stpMode":"' + stp_mode + '"' if stp_mode is not None else "",
                        "}",
                    )
                ),
            )
        except ValidationError as error:
            raise named(self.__class__, error) from None

    def wire_body(self) -> str:
        """The JSON body the constructor wrote: wire names in spec order, absent fields left out."""
        return self._wire


@attrs.frozen(kw_only=True, repr=False)
class IsolatedCancelFailureItem(Response):
    """An isolated-margin order that was not cancelled; the page lists no order ID for it."""

    client_oid: str | None = attrs.field(default=None, metadata=field_info("clientOid"))
    """Client-chosen order ID."""
    error_msg: str | None = attrs.field(default=None, metadata=field_info("errorMsg"))
    """Why the order was not cancelled."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, repr=False)
class BatchCancelIsolatedOrdersResponse(Response):
    """Per-entry results of an isolated-margin batch cancellation."""

    success_list: list[CancelSuccessItem] = attrs.field(metadata=field_info("successList"))
    """The orders that were cancelled."""
    failure_list: list[IsolatedCancelFailureItem] = attrs.field(metadata=field_info("failureList"))
    """The orders that were not cancelled."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, init=False, repr=False)
class BatchCancelIsolatedOrdersRequest(Request[BatchCancelIsolatedOrdersResponse]):
    """Body of an isolated-margin batch cancellation."""

    operation: ClassVar[Operation] = Operation(
        venue="bitget",
        operation_id="batch_cancel_isolated_orders",
        method="POST",
        path="/api/v2/margin/isolated/batch-cancel-order",
        result=BatchCancelIsolatedOrdersResponse,
        result_shape="model",
        success_status=200,
        rate_limit=RateLimit(limit=10, per_seconds=1, scope="uid"),
        docs_url="https://www.bitget.com/api-doc/margin/isolated/trade/Isolated-Batch-Cancel-Orders",
        servers=SERVERS,
    )

    symbol: str = attrs.field(metadata=field_info("symbol", "body"))
    """Trading pair of the orders, e.g. BTCUSDT."""
    order_id_list: tuple[IsolatedOrderRef, ...] | None = attrs.field(
        default=None, metadata=field_info("orderIdList", "body", nested=IsolatedOrderRef)
    )
    """The orders to cancel, each named by `orderId` or `clientOid`."""

    def __init__(
        self,
        *,
        symbol: str,
        order_id_list: Sequence[IsolatedOrderRef] | None = None,
    ) -> None:
        try:
            if not (type(symbol) is str and symbol.isascii()):
                symbol = check.string(symbol, "symbol")
            if order_id_list is not None:
                if type(order_id_list) is list and all(type(item) is IsolatedOrderRef for item in order_id_list):
                    order_id_list = tuple(order_id_list)
                else:
                    order_id_list = check.model_items(IsolatedOrderRef, order_id_list, "orderIdList")
            (  # the model is frozen: each field is stored through its slot's setter
                store_symbol,
                store_order_id_list,
                store_wire_text,
            ) = self._stores
            store_symbol(self, symbol)
            store_order_id_list(self, order_id_list)
            store_wire_text(
                self,
                "".join(
                    (
                        '{"symbol":',
                        json_string(symbol),
                        ',"orderIdList":[' + ",".join([item._wire for item in order_id_list]) + "]"
                        if order_id_list is not None
                        else "",
                        "}",
                    )
                ),
            )
        except ValidationError as error:
            raise named(self.__class__, error) from None

    def wire_body(self) -> str:
        """The JSON body the constructor wrote: wire names in spec order, absent fields left out."""
        return self._wire


@attrs.frozen(kw_only=True, repr=False)
class IsolatedOpenOrder(Response):
    """An unfinished isolated-margin order."""

    symbol: str | None = attrs.field(default=None, metadata=field_info("symbol"))
    """Trading pair."""
    order_id: str = attrs.field(metadata=field_info("orderId"))
    """Order ID."""
    client_oid: str | None = attrs.field(default=None, metadata=field_info("clientOid"))
    """Client-chosen order ID."""
    size: Decimal | None = attrs.field(default=None, metadata=field_info("size"))
    """Filled quantity."""
    price_avg: Decimal | None = attrs.field(default=None, metadata=field_info("priceAvg"))
    """Average fill price."""
    amount: Decimal | None = attrs.field(default=None, metadata=field_info("amount"))
    """Filled amount."""
    force: Force | str | None = attrs.field(default=None, metadata=field_info("force"))
    """Time in force, `gtc`, `post_only`, `fok` or `ioc`."""
    price: Decimal | None = attrs.field(default=None, metadata=field_info("price"))
    """Order price."""
    enter_point_source: EnterPointSource | str | None = attrs.field(
        default=None, metadata=field_info("enterPointSource")
    )
    """Where the order came from, `WEB`, `IOS`, `ANDROID`, `API` or `SYS` (system)."""
    status: IsolatedOrderStatus | str | None = attrs.field(default=None, metadata=field_info("status"))
    """Order status, `live` (new), `partial_fill`, `filled` or `cancelled`; the page's list is cut off."""
    order_type: OrderType | str | None = attrs.field(default=None, metadata=field_info("orderType"))
    """`limit` or `market`."""
    loan_type: LoanType | str | None = attrs.field(default=None, metadata=field_info("loanType"))
    """Margin order mode, e.g. `normal`."""
    side: Side | str | None = attrs.field(default=None, metadata=field_info("side"))
    """Order direction, `buy` or `sell`."""
    base_size: Decimal | None = attrs.field(default=None, metadata=field_info("baseSize"))
    """Quantity in the base coin."""
    quote_size: Decimal | None = attrs.field(default=None, metadata=field_info("quoteSize"))
    """Amount in the quote coin."""
    c_time: int | None = attrs.field(default=None, metadata=field_info("cTime"))
    """Creation time, Unix milliseconds."""
    u_time: int | None = attrs.field(default=None, metadata=field_info("uTime"))
    """Last update time, Unix milliseconds."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, repr=False)
class GetIsolatedOpenOrdersResponse(Response):
    """The open isolated-margin orders."""

    order_list: list[IsolatedOpenOrder] = attrs.field(factory=list, metadata=field_info("orderList"))
    """The orders."""
    max_id: str | None = attrs.field(default=None, metadata=field_info("maxId"))
    """Largest order ID in the answer."""
    min_id: str | None = attrs.field(default=None, metadata=field_info("minId"))
    """Smallest order ID in the answer."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, init=False, repr=False)
class GetIsolatedOpenOrdersRequest(Request[GetIsolatedOpenOrdersResponse]):
    """List open isolated-margin orders"""

    operation: ClassVar[Operation] = Operation(
        venue="bitget",
        operation_id="get_isolated_open_orders",
        method="GET",
        path="/api/v2/margin/isolated/open-orders",
        result=GetIsolatedOpenOrdersResponse,
        result_shape="model",
        success_status=200,
        rate_limit=RateLimit(limit=10, per_seconds=1, scope="uid"),
        docs_url="https://www.bitget.com/api-doc/margin/isolated/trade/Isolated-Open-Orders",
        servers=SERVERS,
        client_id="client_oid",
    )

    symbol: str = attrs.field(metadata=field_info("symbol", "query"))
    """Trading pair, e.g. BTCUSDT."""
    order_id: str | None = attrs.field(default=None, metadata=field_info("orderId", "query"))
    """Only this order."""
    client_oid: str | None = attrs.field(default=None, metadata=field_info("clientOid", "query"))
    """Only the order with this client-chosen ID."""
    start_time: int = attrs.field(metadata=field_info("startTime", "query", text=True))
    """Earliest creation time, Unix milliseconds."""
    end_time: int | None = attrs.field(default=None, metadata=field_info("endTime", "query", text=True))
    """Latest creation time, Unix milliseconds."""
    limit: int | None = attrs.field(default=None, metadata=field_info("limit", "query"))
    """Most orders to return, 1 to 500; 100 when left out. The venue's default: ``100``."""

    def __init__(
        self,
        *,
        symbol: str,
        start_time: int,
        order_id: str | None = None,
        client_oid: str | None = None,
        end_time: int | None = None,
        limit: int | None = None,
    ) -> None:
        try:
            if not (type(symbol) is str and symbol.isascii() and len(symbol) >= 1):
                symbol = check.string(symbol, "symbol", min_length=1)
            if order_id is not None:
                if not (type(order_id) is str and order_id.isascii()):
                    order_id = check.string(order_id, "orderId")
            if client_oid is not None:
                if not (type(client_oid) is str and client_oid.isascii()):
                    client_oid = check.string(client_oid, "clientOid")
            if not (
                type(start_time) is int and -check.INTEGER_LIMIT < start_time < check.INTEGER_LIMIT and start_time >= 0
            ):
                start_time = check.integer(start_time, "startTime", minimum=0)
            if end_time is not None:
                if not (
                    type(end_time) is int and -check.INTEGER_LIMIT < end_time < check.INTEGER_LIMIT and end_time >= 0
                ):
                    end_time = check.integer(end_time, "endTime", minimum=0)
            if limit is not None:
                if not (
                    type(limit) is int
                    and -check.INTEGER_LIMIT < limit < check.INTEGER_LIMIT
                    and limit >= 1
                    and limit <= 500
                ):
                    limit = check.integer(limit, "limit", minimum=1, maximum=500)
            (  # the model is frozen: each field is stored through its slot's setter
                store_symbol,
                store_order_id,
                store_client_oid,
                store_start_time,
                store_end_time,
                store_limit,
                _,
            ) = self._stores
            store_symbol(self, symbol)
            store_order_id(self, order_id)
            store_client_oid(self, client_oid)
            store_start_time(self, start_time)
            store_end_time(self, end_time)
            store_limit(self, limit)
        except ValidationError as error:
            raise named(self.__class__, error) from None

    def wire_query(self) -> list[tuple[str, str]]:
        """The query fields as (wire name, text) pairs in spec order, absent ones left out, not yet percent-encoded."""
        pairs: list[tuple[str, str]] = [
            ("symbol", self.symbol),
        ]
        if self.order_id is not None:
            pairs.append(("orderId", self.order_id))
        if self.client_oid is not None:
            pairs.append(("clientOid", self.client_oid))
        pairs.append(("startTime", str(self.start_time)))
        if self.end_time is not None:
            pairs.append(("endTime", str(self.end_time)))
        if self.limit is not None:
            pairs.append(("limit", str(self.limit)))
        return pairs


@attrs.frozen(kw_only=True, repr=False)
class IsolatedHistoryOrder(Response):
    """An isolated-margin order as the order history lists it."""

    symbol: str | None = attrs.field(default=None, metadata=field_info("symbol"))
    """Trading pair."""
    order_id: str = attrs.field(metadata=field_info("orderId"))
    """Order ID."""
    client_oid: str | None = attrs.field(default=None, metadata=field_info("clientOid"))
    """Client-chosen order ID."""
    size: Decimal | None = attrs.field(default=None, metadata=field_info("size"))
    """Filled quantity."""
    price_avg: Decimal | None = attrs.field(default=None, metadata=field_info("priceAvg"))
    """Average fill price."""
    amount: Decimal | None = attrs.field(default=None, metadata=field_info("amount"))
    """Filled amount, in the quote coin."""
    force: Force | str | None = attrs.field(default=None, metadata=field_info("force"))
    """Time in force, `gtc`, `post_only`, `fok` or `ioc`."""
    price: Decimal | None = attrs.field(default=None, metadata=field_info("price"))
    """Order price."""
    enter_point_source: EnterPointSource | str | None = attrs.field(
        default=None, metadata=field_info("enterPointSource")
    )
    """Where the order came from, `WEB`, `IOS`, `ANDROID`, `API` or `SYS` (the system, e.g. a forced liquidation)."""
    status: MarginHistoryOrderStatus | str | None = attrs.field(default=None, metadata=field_info("status"))
    """Order status: `live` (new), `partially_fill` (partly filled), `filled`, `cancelled` or `reject` (rejected)."""
    side: Side | str | None = attrs.field(default=None, metadata=field_info("side"))
    """Order direction, `buy` or `sell`."""
    base_size: Decimal | None = attrs.field(default=None, metadata=field_info("baseSize"))
    """Quantity in the base coin."""
    quote_size: Decimal | None = attrs.field(default=None, metadata=field_info("quoteSize"))
    """Amount in the quote coin."""
    order_type: OrderType | str | None = attrs.field(default=None, metadata=field_info("orderType"))
    """`limit` or `market`."""
    c_time: int | None = attrs.field(default=None, metadata=field_info("cTime"))
    """Creation time, Unix milliseconds."""
    u_time: int | None = attrs.field(default=None, metadata=field_info("uTime"))
    """Last update time, Unix milliseconds."""
    loan_type: LoanType | str | None = attrs.field(default=None, metadata=field_info("loanType"))
    """Margin order mode: `normal`, `autoLoan` (borrowed automatically), `autoRepay` (repaid automatically) or
    `autoLoanAndRepay` (both)."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, repr=False)
class GetIsolatedHistoryOrdersResponse(Response):
    """One page of isolated-margin orders, newest first."""

    order_list: list[IsolatedHistoryOrder] = attrs.field(factory=list, metadata=field_info("orderList"))
    """The orders of this page."""
    max_id: str | None = attrs.field(default=None, metadata=field_info("maxId"))
    """Largest order ID of the page."""
    min_id: str | None = attrs.field(default=None, metadata=field_info("minId"))
    """Smallest order ID of the page; pass it as `idLessThan` for the next (older) page."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, init=False, repr=False)
class GetIsolatedHistoryOrdersRequest(Request[GetIsolatedHistoryOrdersResponse]):
    """List finished isolated-margin orders"""

    operation: ClassVar[Operation] = Operation(
        venue="bitget",
        operation_id="get_isolated_history_orders",
        method="GET",
        path="/api/v2/margin/isolated/history-orders",
        result=GetIsolatedHistoryOrdersResponse,
        result_shape="model",
        success_status=200,
        rate_limit=RateLimit(limit=10, per_seconds=1, scope="uid"),
        docs_url="https://www.bitget.com/api-doc/margin/isolated/trade/Get-Isolated-Order-History",
        servers=SERVERS,
        client_id="client_oid",
        pagination=Pagination(
            style="cursor",
            request="id_less_than",
            limit="limit",
            items="order_list",
            next="min_id",
        ),
    )

    symbol: str = attrs.field(metadata=field_info("symbol", "query"))
    """Trading pair, e.g. BTCUSDT."""
    order_id: str | None = attrs.field(default=None, metadata=field_info("orderId", "query"))
    """Only this order."""
    enter_point_source: EnterPointSource | None = attrs.field(
        default=None, metadata=field_info("enterPointSource", "query")
    )
    """Only orders from this source: `WEB` (website), `API`, `SYS` (placed by the system, e.g. a forced liquidation),
    `ANDROID` or `IOS`."""
    client_oid: str | None = attrs.field(default=None, metadata=field_info("clientOid", "query"))
    """Only the order with this client-chosen ID."""
    start_time: int = attrs.field(metadata=field_info("startTime", "query", text=True))
    """Earliest creation time, Unix milliseconds."""
    end_time: int | None = attrs.field(default=None, metadata=field_info("endTime", "query", text=True))
    """Latest creation time, Unix milliseconds; at most 90 days after startTime."""
    limit: int | None = attrs.field(default=None, metadata=field_info("limit", "query"))
    """Page size, 1 to 500; 100 when left out. The venue's default: ``100``."""
    id_less_than: str | None = attrs.field(default=None, metadata=field_info("idLessThan", "query"))
    """Cursor: only orders older than this one are returned. Pass the `minId` of the previous answer; leave it out
    for the first page."""

    def __init__(
        self,
        *,
        symbol: str,
        start_time: int,
        order_id: str | None = None,
        enter_point_source: EnterPointSource | Literal["WEB", "IOS", "ANDROID", "API", "SYS"] | None = None,
        client_oid: str | None = None,
        end_time: int | None = None,
        limit: int | None = None,
        id_less_than: str | None = None,
    ) -> None:
        try:
            if not (type(symbol) is str and symbol.isascii() and len(symbol) >= 1):
                symbol = check.string(symbol, "symbol", min_length=1)
            if order_id is not None:
                if not (type(order_id) is str and order_id.isascii()):
                    order_id = check.string(order_id, "orderId")
            if enter_point_source is not None:
                if type(enter_point_source) is str and enter_point_source in _ENTER_POINT_SOURCE_VALUES:
                    enter_point_source = _ENTER_POINT_SOURCE_VALUES[enter_point_source]
                else:
                    enter_point_source = check.enum_member(EnterPointSource, enter_point_source, "enterPointSource")
            if client_oid is not None:
                if not (type(client_oid) is str and client_oid.isascii()):
                    client_oid = check.string(client_oid, "clientOid")
            if not (
                type(start_time) is int and -check.INTEGER_LIMIT < start_time < check.INTEGER_LIMIT and start_time >= 0
            ):
                start_time = check.integer(start_time, "startTime", minimum=0)
            if end_time is not None:
                if not (
                    type(end_time) is int and -check.INTEGER_LIMIT < end_time < check.INTEGER_LIMIT and end_time >= 0
                ):
                    end_time = check.integer(end_time, "endTime", minimum=0)
            if limit is not None:
                if not (
                    type(limit) is int
                    and -check.INTEGER_LIMIT < limit < check.INTEGER_LIMIT
                    and limit >= 1
                    and limit <= 500
                ):
                    limit = check.integer(limit, "limit", minimum=1, maximum=500)
            if id_less_than is not None:
                if not (type(id_less_than) is str and id_less_than.isascii()):
                    id_less_than = check.string(id_less_than, "idLessThan")
            (  # the model is frozen: each field is stored through its slot's setter
                store_symbol,
                store_order_id,
                store_enter_point_source,
                store_client_oid,
                store_start_time,
                store_end_time,
                store_limit,
                store_id_less_than,
                _,
            ) = self._stores
            store_symbol(self, symbol)
            store_order_id(self, order_id)
            store_enter_point_source(self, enter_point_source)
            store_client_oid(self, client_oid)
            store_start_time(self, start_time)
            store_end_time(self, end_time)
            store_limit(self, limit)
            store_id_less_than(self, id_less_than)
        except ValidationError as error:
            raise named(self.__class__, error) from None

    def wire_query(self) -> list[tuple[str, str]]:
        """The query fields as (wire name, text) pairs in spec order, absent ones left out, not yet percent-encoded."""
        pairs: list[tuple[str, str]] = [
            ("symbol", self.symbol),
        ]
        if self.order_id is not None:
            pairs.append(("orderId", self.order_id))
        if self.enter_point_source is not None:
            pairs.append(("enterPointSource", self.enter_point_source))
        if self.client_oid is not None:
            pairs.append(("clientOid", self.client_oid))
        pairs.append(("startTime", str(self.start_time)))
        if self.end_time is not None:
            pairs.append(("endTime", str(self.end_time)))
        if self.limit is not None:
            pairs.append(("limit", str(self.limit)))
        if self.id_less_than is not None:
            pairs.append(("idLessThan", self.id_less_than))
        return pairs
