"""Bitget: the models and enums only the ``margin_crossed`` area uses.

Import them from ``models``, which re-exports every module of models; this one loads with ``margin_crossed``
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
from .._runtime.errors import ValidationError
from .._runtime.model import Operation, Pagination, RateLimit, Request, Response, field_info, named
from .._runtime.wire import json_string
from ._shared_models import (
    _ENTER_POINT_SOURCE_VALUES,
    SERVERS,
    BatchPlaceIsolatedOrdersResponse,
    CancelFailureItem,
    CancelSuccessItem,
    EnterPointSource,
    Force,
    IsolatedBatchOrderItem,
    IsolatedOrderRef,
    LoanType,
    MarginHistoryOrderStatus,
    OrderType,
)


class CrossedOpenOrderStatus(enum.StrEnum):
    """Order status: `live` (new), `partial_fill` (partly filled), `filled`, `cancelled` or `reject` (rejected)."""

    LIVE = "live"
    PARTIAL_FILL = "partial_fill"
    FILLED = "filled"
    CANCELLED = "cancelled"
    REJECT = "reject"


class CrossedOrderSide(enum.StrEnum):
    """Order direction: `buy`, `sell`, `liquidation-buy` / `liquidation-sell` (forced liquidation) or
    `systemRepay-buy` / `systemRepay-sell` (a repayment by the system)."""

    BUY = "buy"
    SELL = "sell"
    LIQUIDATION_BUY = "liquidation-buy"
    LIQUIDATION_SELL = "liquidation-sell"
    SYSTEM_REPAY_BUY = "systemRepay-buy"
    SYSTEM_REPAY_SELL = "systemRepay-sell"
    SYSTEM_REPAY_SELLL = "systemRepay-selll"


@attrs.frozen(kw_only=True, init=False, repr=False)
class BatchPlaceCrossedOrdersRequest(Request[BatchPlaceIsolatedOrdersResponse]):
    """Body of a cross-margin batch order."""

    operation: ClassVar[Operation] = Operation(
        venue="bitget",
        operation_id="batch_place_crossed_orders",
        method="POST",
        path="/api/v2/margin/crossed/batch-place-order",
        result=BatchPlaceIsolatedOrdersResponse,
        result_shape="model",
        success_status=200,
        rate_limit=RateLimit(limit=10, per_seconds=1, scope="uid"),
        docs_url="https://www.bitget.com/api-doc/margin/cross/trade/Cross-Batch-Order",
        servers=SERVERS,
    )

    symbol: str = attrs.field(metadata=field_info("symbol", "body"))
    """Trading pair that every entry is placed on."""
    order_list: tuple[IsolatedBatchOrderItem, ...] = attrs.field(
        metadata=field_info("orderList", "body", nested=IsolatedBatchOrderItem)
    )
    """The orders to place, one entry per order, with the same fields as an isolated-margin batch entry. The page
    states no maximum count."""

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
class BatchCancelCrossedOrdersResponse(Response):
    """Per-entry results of a cross-margin batch cancellation."""

    success_list: list[CancelSuccessItem] = attrs.field(metadata=field_info("successList"))
    """The orders that were cancelled."""
    failure_list: list[CancelFailureItem] = attrs.field(metadata=field_info("failureList"))
    """The orders that were not cancelled; unlike the batch-place answer, each carries its orderId."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, init=False, repr=False)
class BatchCancelCrossedOrdersRequest(Request[BatchCancelCrossedOrdersResponse]):
    """Body of a cross-margin batch cancellation."""

    operation: ClassVar[Operation] = Operation(
        venue="bitget",
        operation_id="batch_cancel_crossed_orders",
        method="POST",
        path="/api/v2/margin/crossed/batch-cancel-order",
        result=BatchCancelCrossedOrdersResponse,
        result_shape="model",
        success_status=200,
        rate_limit=RateLimit(limit=10, per_seconds=1, scope="uid"),
        docs_url="https://www.bitget.com/api-doc/margin/cross/trade/Cross-Batch-Cancel-Order",
        servers=SERVERS,
    )

    symbol: str = attrs.field(metadata=field_info("symbol", "body"))
    """Trading pair of the orders, e.g. BTCUSDT."""
    order_id_list: tuple[IsolatedOrderRef, ...] = attrs.field(
        metadata=field_info("orderIdList", "body", nested=IsolatedOrderRef)
    )
    """The orders to cancel, at least one, each named by `orderId` or `clientOid`."""

    def __init__(
        self,
        *,
        symbol: str,
        order_id_list: Sequence[IsolatedOrderRef],
    ) -> None:
        try:
            if not (type(symbol) is str and symbol.isascii()):
                symbol = check.string(symbol, "symbol")
            if (
                type(order_id_list) is list
                and len(order_id_list) >= 1
                and all(type(item) is IsolatedOrderRef for item in order_id_list)
            ):
                order_id_list = tuple(order_id_list)
            else:
                order_id_list = check.model_items(IsolatedOrderRef, order_id_list, "orderIdList", min_items=1)
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
                        ',"orderIdList":[',
                        ",".join([item._wire for item in order_id_list]),
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
class CrossedOpenOrder(Response):
    """An unfinished cross-margin order."""

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
    status: CrossedOpenOrderStatus | str | None = attrs.field(default=None, metadata=field_info("status"))
    """Order status: `live` (new), `partial_fill` (partly filled), `filled`, `cancelled` or `reject` (rejected)."""
    side: CrossedOrderSide | str | None = attrs.field(default=None, metadata=field_info("side"))
    """Order direction: `buy`, `sell`, `liquidation-buy` / `liquidation-sell` (forced liquidation) or
    `systemRepay-buy` / `systemRepay-sell` (a repayment by the system)."""
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
class GetCrossedOpenOrdersResponse(Response):
    """One page of open cross-margin orders, newest first."""

    order_list: list[CrossedOpenOrder] = attrs.field(factory=list, metadata=field_info("orderList"))
    """The orders of this page."""
    max_id: str | None = attrs.field(default=None, metadata=field_info("maxId"))
    """Largest order ID of the page."""
    min_id: str | None = attrs.field(default=None, metadata=field_info("minId"))
    """Smallest order ID of the page; pass it as `idLessThan` for the next (older) page."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, init=False, repr=False)
class GetCrossedOpenOrdersRequest(Request[GetCrossedOpenOrdersResponse]):
    """List open cross-margin orders"""

    operation: ClassVar[Operation] = Operation(
        venue="bitget",
        operation_id="get_crossed_open_orders",
        method="GET",
        path="/api/v2/margin/crossed/open-orders",
        result=GetCrossedOpenOrdersResponse,
        result_shape="model",
        success_status=200,
        rate_limit=RateLimit(limit=10, per_seconds=1, scope="uid"),
        docs_url="https://www.bitget.com/api-doc/margin/cross/trade/Get-Cross-Open-Orders",
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
    client_oid: str | None = attrs.field(default=None, metadata=field_info("clientOid", "query"))
    """Only the order with this client-chosen ID."""
    start_time: int = attrs.field(metadata=field_info("startTime", "query", text=True))
    """Earliest creation time, Unix milliseconds."""
    end_time: int | None = attrs.field(default=None, metadata=field_info("endTime", "query", text=True))
    """Latest creation time, Unix milliseconds."""
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
                store_client_oid,
                store_start_time,
                store_end_time,
                store_limit,
                store_id_less_than,
                _,
            ) = self._stores
            store_symbol(self, symbol)
            store_order_id(self, order_id)
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


@attrs.frozen(kw_only=True, repr=False)
class CrossedHistoryOrder(Response):
    """A cross-margin order as the order history lists it."""

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
    side: CrossedOrderSide | str | None = attrs.field(default=None, metadata=field_info("side"))
    """Order direction: `buy`, `sell`, `liquidation-buy` / `liquidation-sell` (forced liquidation) or
    `systemRepay-buy` / `systemRepay-sell` (a repayment by the system)."""
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
class GetCrossedHistoryOrdersResponse(Response):
    """One page of cross-margin orders, newest first."""

    order_list: list[CrossedHistoryOrder] = attrs.field(factory=list, metadata=field_info("orderList"))
    """The orders of this page."""
    max_id: str | None = attrs.field(default=None, metadata=field_info("maxId"))
    """Largest order ID of the page."""
    min_id: str | None = attrs.field(default=None, metadata=field_info("minId"))
    """Smallest order ID of the page; pass it as `idLessThan` for the next (older) page."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, init=False, repr=False)
class GetCrossedHistoryOrdersRequest(Request[GetCrossedHistoryOrdersResponse]):
    """List finished cross-margin orders"""

    operation: ClassVar[Operation] = Operation(
        venue="bitget",
        operation_id="get_crossed_history_orders",
        method="GET",
        path="/api/v2/margin/crossed/history-orders",
        result=GetCrossedHistoryOrdersResponse,
        result_shape="model",
        success_status=200,
        rate_limit=RateLimit(limit=10, per_seconds=1, scope="uid"),
        docs_url="https://www.bitget.com/api-doc/margin/cross/trade/Get-Cross-Order-History",
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
