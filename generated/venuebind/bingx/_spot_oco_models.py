"""BingX: the models and enums only the ``spot_oco`` area uses.

Import them from ``models``, which re-exports every module of models; this one loads with ``spot_oco`` alone.

Generated from ``spec/bingx.yaml`` by ``python -m codegen generate``; edit the spec, not this file.
"""

from __future__ import annotations

import enum
from decimal import Decimal
from typing import Any, ClassVar, Literal

import attrs

from .._runtime import check
from .._runtime.check import MAX_DIGITS, DecimalInput
from .._runtime.errors import ValidationError
from .._runtime.model import Operation, Pagination, RateLimit, Request, Response, field_info, named
from ._shared_models import (
    _DECIMAL_PATTERN,
    _LIST_CLIENT_ORDER_ID_PATTERN,
    _SIDE_VALUES,
    _SYMBOL_PATTERN,
    SERVERS,
    Side,
)


class OcoOrderType(enum.StrEnum):
    """Which leg this is, `ocoLimit` (the limit order) or `ocoTps` (the stop-limit order)."""

    OCO_LIMIT = "ocoLimit"
    OCO_TPS = "ocoTps"


class OcoOrderStatus(enum.StrEnum):
    """Order status: `NEW`, `PENDING`, `PARTIALLY_FILLED`, `FILLED` (fully filled), `CANCELED` or `FAILED`."""

    NEW = "NEW"
    PENDING = "PENDING"
    PARTIALLY_FILLED = "PARTIALLY_FILLED"
    FILLED = "FILLED"
    CANCELED = "CANCELED"
    FAILED = "FAILED"


@attrs.frozen(kw_only=True, repr=False)
class OcoOrderLeg(Response):
    """One leg of a new OCO order list."""

    order_id: str | None = attrs.field(default=None, metadata=field_info("orderId"))
    """Order ID of the leg."""
    client_order_id: str | None = attrs.field(default=None, metadata=field_info("clientOrderId"))
    """Client-chosen order ID of the leg."""
    order_type: OcoOrderType | str | None = attrs.field(default=None, metadata=field_info("orderType"))
    """Which leg this is, `ocoLimit` (the limit order) or `ocoTps` (the stop-limit order)."""
    symbol: str | None = attrs.field(default=None, metadata=field_info("symbol"))
    """Trading pair."""
    price: Decimal | None = attrs.field(default=None, metadata=field_info("price"))
    """Order price."""
    trigger_price: Decimal | None = attrs.field(default=None, metadata=field_info("triggerPrice"))
    """Trigger price."""
    quantity: Decimal | None = attrs.field(default=None, metadata=field_info("quantity"))
    """Order quantity."""
    status: OcoOrderStatus | str | None = attrs.field(default=None, metadata=field_info("status"))
    """Order status: `NEW`, `PENDING`, `PARTIALLY_FILLED`, `FILLED` (fully filled), `CANCELED` or `FAILED`."""
    side: Side | str | None = attrs.field(default=None, metadata=field_info("side"))
    """Order side, `BUY` or `SELL`."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, init=False, repr=False)
class CreateOcoOrderRequest(Request[list[OcoOrderLeg]]):
    """Create a spot OCO order list"""

    operation: ClassVar[Operation] = Operation(
        venue="bingx",
        operation_id="create_oco_order",
        method="POST",
        path="/openApi/spot/v1/oco/order",
        result=OcoOrderLeg,
        result_shape="list_or_single",
        success_status=200,
        rate_limit=RateLimit(limit=2, per_seconds=1, scope="uid"),
        docs_url="https://bingx-api.github.io/docs/#/en-us/spot/trade-api.html",
        servers=SERVERS,
        client_id="list_client_order_id",
    )

    symbol: str = attrs.field(metadata=field_info("symbol", "query"))
    """Trading pair in upper case with a hyphen, e.g. BTC-USDT."""
    side: Side = attrs.field(metadata=field_info("side", "query"))
    """Order side, `BUY` or `SELL`."""
    quantity: Decimal = attrs.field(metadata=field_info("quantity", "query"))
    """Quantity of both legs, in the base coin (e.g. 0.1 BTC). Typed float64 on the page; sent as plain decimal text."""
    limit_price: Decimal = attrs.field(metadata=field_info("limitPrice", "query"))
    """Price of the limit leg, in the quote coin (e.g. 10000 USDT). Typed float64 on the page."""
    order_price: Decimal = attrs.field(metadata=field_info("orderPrice", "query"))
    """Limit price of the order the stop-limit leg places once triggered, in the quote coin (e.g. 10000 USDT). Typed
    float64 on the page."""
    trigger_price: Decimal = attrs.field(metadata=field_info("triggerPrice", "query"))
    """Trigger price of the stop-limit leg, in the quote coin (e.g. 10000 USDT). Typed float64 on the page."""
    list_client_order_id: str | None = attrs.field(default=None, metadata=field_info("listClientOrderId", "query"))
    """Client-chosen unique ID of the whole order list; digits only."""
    above_client_order_id: str | None = attrs.field(default=None, metadata=field_info("aboveClientOrderId", "query"))
    """Client-chosen unique ID of the limit leg; digits only."""
    below_client_order_id: str | None = attrs.field(default=None, metadata=field_info("belowClientOrderId", "query"))
    """Client-chosen unique ID of the stop-limit leg; digits only."""
    recv_window: int | None = attrs.field(default=None, metadata=field_info("recvWindow", "query"))
    """How long the request stays valid after `timestamp`, in milliseconds; requests older than this are rejected
    (5000 ms when not sent)."""

    def __init__(
        self,
        *,
        symbol: str,
        side: Side | Literal["BUY", "SELL"],
        quantity: DecimalInput,
        limit_price: DecimalInput,
        order_price: DecimalInput,
        trigger_price: DecimalInput,
        list_client_order_id: str | None = None,
        above_client_order_id: str | None = None,
        below_client_order_id: str | None = None,
        recv_window: int | None = None,
    ) -> None:
        try:
            if not (type(symbol) is str and symbol.isascii() and _SYMBOL_PATTERN.fullmatch(symbol) is not None):
                symbol = check.string(symbol, "symbol", pattern=_SYMBOL_PATTERN)
            if type(side) is str and side in _SIDE_VALUES:
                side = _SIDE_VALUES[side]
            else:
                side = check.enum_member(Side, side, "side")
            if not (
                type(quantity) is Decimal
                and quantity.is_finite()
                and not quantity.is_signed()
                and "E" not in (quantity_text := str(quantity))
                and "e" not in quantity_text
                and len(quantity_text) <= MAX_DIGITS
            ):
                quantity = check.decimal(quantity, "quantity", pattern=_DECIMAL_PATTERN)
                quantity_text = format(quantity, "f")
            if not (
                type(limit_price) is Decimal
                and limit_price.is_finite()
                and not limit_price.is_signed()
                and "E" not in (limit_price_text := str(limit_price))
                and "e" not in limit_price_text
                and len(limit_price_text) <= MAX_DIGITS
            ):
                limit_price = check.decimal(limit_price, "limitPrice", pattern=_DECIMAL_PATTERN)
                limit_price_text = format(limit_price, "f")
            if not (
                type(order_price) is Decimal
                and order_price.is_finite()
                and not order_price.is_signed()
                and "E" not in (order_price_text := str(order_price))
                and "e" not in order_price_text
                and len(order_price_text) <= MAX_DIGITS
            ):
                order_price = check.decimal(order_price, "orderPrice", pattern=_DECIMAL_PATTERN)
                order_price_text = format(order_price, "f")
            if not (
                type(trigger_price) is Decimal
                and trigger_price.is_finite()
                and not trigger_price.is_signed()
                and "E" not in (trigger_price_text := str(trigger_price))
                and "e" not in trigger_price_text
                and len(trigger_price_text) <= MAX_DIGITS
            ):
                trigger_price = check.decimal(trigger_price, "triggerPrice", pattern=_DECIMAL_PATTERN)
                trigger_price_text = format(trigger_price, "f")
            if list_client_order_id is not None:
                if not (
                    type(list_client_order_id) is str
                    and list_client_order_id.isascii()
                    and _LIST_CLIENT_ORDER_ID_PATTERN.fullmatch(list_client_order_id) is not None
                ):
                    list_client_order_id = check.string(
                        list_client_order_id, "listClientOrderId", pattern=_LIST_CLIENT_ORDER_ID_PATTERN
                    )
            if above_client_order_id is not None:
                if not (
                    type(above_client_order_id) is str
                    and above_client_order_id.isascii()
                    and _LIST_CLIENT_ORDER_ID_PATTERN.fullmatch(above_client_order_id) is not None
                ):
                    above_client_order_id = check.string(
                        above_client_order_id, "aboveClientOrderId", pattern=_LIST_CLIENT_ORDER_ID_PATTERN
                    )
            if below_client_order_id is not None:
                if not (
                    type(below_client_order_id) is str
                    and below_client_order_id.isascii()
                    and _LIST_CLIENT_ORDER_ID_PATTERN.fullmatch(below_client_order_id) is not None
                ):
                    below_client_order_id = check.string(
                        below_client_order_id, "belowClientOrderId", pattern=_LIST_CLIENT_ORDER_ID_PATTERN
                    )
            if recv_window is not None:
                if not (type(recv_window) is int and -check.INTEGER_LIMIT < recv_window < check.INTEGER_LIMIT):
                    recv_window = check.integer(recv_window, "recvWindow")
            (  # the model is frozen: each field is stored through its slot's setter
                store_symbol,
                store_side,
                store_quantity,
                store_limit_price,
                store_order_price,
                store_trigger_price,
                store_list_client_order_id,
                store_above_client_order_id,
                store_below_client_order_id,
                store_recv_window,
                _,
            ) = self._stores
            store_symbol(self, symbol)
            store_side(self, side)
            store_quantity(self, quantity)
            store_limit_price(self, limit_price)
            store_order_price(self, order_price)
            store_trigger_price(self, trigger_price)
            store_list_client_order_id(self, list_client_order_id)
            store_above_client_order_id(self, above_client_order_id)
            store_below_client_order_id(self, below_client_order_id)
            store_recv_window(self, recv_window)
        except ValidationError as error:
            raise named(self.__class__, error) from None

    def wire_query(self) -> list[tuple[str, str]]:
        """The query fields as (wire name, text) pairs in spec order, absent ones left out, not yet percent-encoded."""
        pairs: list[tuple[str, str]] = [
            ("symbol", self.symbol),
            ("side", self.side),
            ("quantity", format(self.quantity, "f")),
            ("limitPrice", format(self.limit_price, "f")),
            ("orderPrice", format(self.order_price, "f")),
            ("triggerPrice", format(self.trigger_price, "f")),
        ]
        if self.list_client_order_id is not None:
            pairs.append(("listClientOrderId", self.list_client_order_id))
        if self.above_client_order_id is not None:
            pairs.append(("aboveClientOrderId", self.above_client_order_id))
        if self.below_client_order_id is not None:
            pairs.append(("belowClientOrderId", self.below_client_order_id))
        if self.recv_window is not None:
            pairs.append(("recvWindow", str(self.recv_window)))
        return pairs


@attrs.frozen(kw_only=True, repr=False)
class OcoCancelledOrder(Response):
    """An order of a cancelled OCO list."""

    order_id: str = attrs.field(metadata=field_info("orderId"))
    """Order ID."""
    client_order_id: str | None = attrs.field(default=None, metadata=field_info("clientOrderId"))
    """Client-chosen order ID."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, init=False, repr=False)
class CancelOcoOrderRequest(Request[list[OcoCancelledOrder]]):
    """Cancel a spot OCO order list"""

    operation: ClassVar[Operation] = Operation(
        venue="bingx",
        operation_id="cancel_oco_order",
        method="POST",
        path="/openApi/spot/v1/oco/cancel",
        result=OcoCancelledOrder,
        result_shape="list_or_single",
        success_status=200,
        rate_limit=RateLimit(limit=2, per_seconds=1, scope="uid"),
        docs_url="https://bingx-api.github.io/docs/#/en-us/spot/trade-api.html",
        servers=SERVERS,
        client_id="client_order_id",
    )

    order_id: str | None = attrs.field(default=None, metadata=field_info("orderId", "query"))
    """Order ID of either leg; send this or `clientOrderId`."""
    client_order_id: str | None = attrs.field(default=None, metadata=field_info("clientOrderId", "query"))
    """Client-chosen order ID of either leg; send this or `orderId`."""
    recv_window: int | None = attrs.field(default=None, metadata=field_info("recvWindow", "query"))
    """How long the request stays valid after `timestamp`, in milliseconds; requests older than this are rejected
    (5000 ms when not sent)."""

    def __init__(
        self,
        *,
        order_id: str | None = None,
        client_order_id: str | None = None,
        recv_window: int | None = None,
    ) -> None:
        try:
            if order_id is not None:
                if not (type(order_id) is str and order_id.isascii()):
                    order_id = check.string(order_id, "orderId")
            if client_order_id is not None:
                if not (type(client_order_id) is str and client_order_id.isascii()):
                    client_order_id = check.string(client_order_id, "clientOrderId")
            if recv_window is not None:
                if not (type(recv_window) is int and -check.INTEGER_LIMIT < recv_window < check.INTEGER_LIMIT):
                    recv_window = check.integer(recv_window, "recvWindow")
            (  # the model is frozen: each field is stored through its slot's setter
                store_order_id,
                store_client_order_id,
                store_recv_window,
                _,
            ) = self._stores
            store_order_id(self, order_id)
            store_client_order_id(self, client_order_id)
            store_recv_window(self, recv_window)
        except ValidationError as error:
            raise named(self.__class__, error) from None

    def wire_query(self) -> list[tuple[str, str]]:
        """The query fields as (wire name, text) pairs in spec order, absent ones left out, not yet percent-encoded."""
        pairs: list[tuple[str, str]] = []
        if self.order_id is not None:
            pairs.append(("orderId", self.order_id))
        if self.client_order_id is not None:
            pairs.append(("clientOrderId", self.client_order_id))
        if self.recv_window is not None:
            pairs.append(("recvWindow", str(self.recv_window)))
        return pairs


@attrs.frozen(kw_only=True, repr=False)
class OcoOrderListLeg(Response):
    """One leg of an OCO order list, as the query endpoints report it. The page lists no status field for it (unlike
    the create answer); one the venue sends is kept as an unknown field."""

    transaction_time: int | None = attrs.field(default=None, metadata=field_info("transactionTime"))
    """Order time, Unix milliseconds."""
    order_id: str = attrs.field(metadata=field_info("orderId"))
    """Order ID of the leg."""
    client_order_id: str | None = attrs.field(default=None, metadata=field_info("clientOrderId"))
    """Client-chosen order ID of the leg."""
    symbol: str = attrs.field(metadata=field_info("symbol"))
    """Trading pair, e.g. BTC-USDT."""
    order_type: OcoOrderType | str = attrs.field(metadata=field_info("orderType"))
    """Which leg this is, `ocoLimit` (the limit order) or `ocoTps` (the stop-limit order)."""
    side: Side | str = attrs.field(metadata=field_info("side"))
    """Order side, `BUY` or `SELL`."""
    trigger_price: Decimal | None = attrs.field(default=None, metadata=field_info("triggerPrice"))
    """Trigger price."""
    price: Decimal | None = attrs.field(default=None, metadata=field_info("price"))
    """Order price."""
    quantity: Decimal | None = attrs.field(default=None, metadata=field_info("quantity"))
    """Order quantity."""
    order_list_id: str | None = attrs.field(default=None, metadata=field_info("orderListId"))
    """ID of the OCO order list the leg belongs to."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, init=False, repr=False)
class GetOcoOrderListRequest(Request[list[OcoOrderListLeg]]):
    """Get one spot OCO order list"""

    operation: ClassVar[Operation] = Operation(
        venue="bingx",
        operation_id="get_oco_order_list",
        method="GET",
        path="/openApi/spot/v1/oco/orderList",
        result=OcoOrderListLeg,
        result_shape="list_or_single",
        success_status=200,
        rate_limit=RateLimit(limit=5, per_seconds=1, scope="uid"),
        docs_url="https://bingx-api.github.io/docs/#/en-us/spot/trade-api.html",
        servers=SERVERS,
        client_id="client_order_id",
    )

    order_list_id: str | None = attrs.field(default=None, metadata=field_info("orderListId", "query"))
    """ID of the OCO order list; send this or `clientOrderId`."""
    client_order_id: str | None = attrs.field(default=None, metadata=field_info("clientOrderId", "query"))
    """Client-chosen ID of the OCO order list (its listClientOrderId); send this or `orderListId`."""
    recv_window: int | None = attrs.field(default=None, metadata=field_info("recvWindow", "query"))
    """How long the request stays valid after `timestamp`, in milliseconds; requests older than this are rejected
    (5000 ms when not sent)."""

    def __init__(
        self,
        *,
        order_list_id: str | None = None,
        client_order_id: str | None = None,
        recv_window: int | None = None,
    ) -> None:
        try:
            if order_list_id is not None:
                if not (type(order_list_id) is str and order_list_id.isascii()):
                    order_list_id = check.string(order_list_id, "orderListId")
            if client_order_id is not None:
                if not (type(client_order_id) is str and client_order_id.isascii()):
                    client_order_id = check.string(client_order_id, "clientOrderId")
            if recv_window is not None:
                if not (type(recv_window) is int and -check.INTEGER_LIMIT < recv_window < check.INTEGER_LIMIT):
                    recv_window = check.integer(recv_window, "recvWindow")
            (  # the model is frozen: each field is stored through its slot's setter
                store_order_list_id,
                store_client_order_id,
                store_recv_window,
                _,
            ) = self._stores
            store_order_list_id(self, order_list_id)
            store_client_order_id(self, client_order_id)
            store_recv_window(self, recv_window)
        except ValidationError as error:
            raise named(self.__class__, error) from None

    def wire_query(self) -> list[tuple[str, str]]:
        """The query fields as (wire name, text) pairs in spec order, absent ones left out, not yet percent-encoded."""
        pairs: list[tuple[str, str]] = []
        if self.order_list_id is not None:
            pairs.append(("orderListId", self.order_list_id))
        if self.client_order_id is not None:
            pairs.append(("clientOrderId", self.client_order_id))
        if self.recv_window is not None:
            pairs.append(("recvWindow", str(self.recv_window)))
        return pairs


@attrs.frozen(kw_only=True, init=False, repr=False)
class GetOpenOcoOrderListsRequest(Request[list[OcoOrderListLeg]]):
    """List open spot OCO order lists"""

    operation: ClassVar[Operation] = Operation(
        venue="bingx",
        operation_id="get_open_oco_order_lists",
        method="GET",
        path="/openApi/spot/v1/oco/openOrderList",
        result=OcoOrderListLeg,
        result_shape="list_or_single",
        success_status=200,
        rate_limit=RateLimit(limit=5, per_seconds=1, scope="uid"),
        docs_url="https://bingx-api.github.io/docs/#/en-us/spot/trade-api.html",
        servers=SERVERS,
        pagination=Pagination(
            style="page",
            request="page_index",
            limit="page_size",
        ),
    )

    page_index: int = attrs.field(metadata=field_info("pageIndex", "query"))
    """Page number, from 1."""
    page_size: int = attrs.field(metadata=field_info("pageSize", "query"))
    """Items per page."""
    recv_window: int | None = attrs.field(default=None, metadata=field_info("recvWindow", "query"))
    """How long the request stays valid after `timestamp`, in milliseconds; requests older than this are rejected
    (5000 ms when not sent)."""

    def __init__(
        self,
        *,
        page_index: int,
        page_size: int,
        recv_window: int | None = None,
    ) -> None:
        try:
            if not (
                type(page_index) is int and -check.INTEGER_LIMIT < page_index < check.INTEGER_LIMIT and page_index >= 1
            ):
                page_index = check.integer(page_index, "pageIndex", minimum=1)
            if not (
                type(page_size) is int and -check.INTEGER_LIMIT < page_size < check.INTEGER_LIMIT and page_size >= 1
            ):
                page_size = check.integer(page_size, "pageSize", minimum=1)
            if recv_window is not None:
                if not (type(recv_window) is int and -check.INTEGER_LIMIT < recv_window < check.INTEGER_LIMIT):
                    recv_window = check.integer(recv_window, "recvWindow")
            (  # the model is frozen: each field is stored through its slot's setter
                store_page_index,
                store_page_size,
                store_recv_window,
                _,
            ) = self._stores
            store_page_index(self, page_index)
            store_page_size(self, page_size)
            store_recv_window(self, recv_window)
        except ValidationError as error:
            raise named(self.__class__, error) from None

    def wire_query(self) -> list[tuple[str, str]]:
        """The query fields as (wire name, text) pairs in spec order, absent ones left out, not yet percent-encoded."""
        pairs: list[tuple[str, str]] = [
            ("pageIndex", str(self.page_index)),
            ("pageSize", str(self.page_size)),
        ]
        if self.recv_window is not None:
            pairs.append(("recvWindow", str(self.recv_window)))
        return pairs


@attrs.frozen(kw_only=True, init=False, repr=False)
class GetOcoOrderHistoryRequest(Request[list[OcoOrderListLeg]]):
    """List past spot OCO order lists"""

    operation: ClassVar[Operation] = Operation(
        venue="bingx",
        operation_id="get_oco_order_history",
        method="GET",
        path="/openApi/spot/v1/oco/historyOrderList",
        result=OcoOrderListLeg,
        result_shape="list_or_single",
        success_status=200,
        rate_limit=RateLimit(limit=5, per_seconds=1, scope="uid"),
        docs_url="https://bingx-api.github.io/docs/#/en-us/spot/trade-api.html",
        servers=SERVERS,
        pagination=Pagination(
            style="page",
            request="page_index",
            limit="page_size",
        ),
    )

    page_index: int = attrs.field(metadata=field_info("pageIndex", "query"))
    """Page number, from 1."""
    page_size: int = attrs.field(metadata=field_info("pageSize", "query"))
    """Items per page."""
    start_time: int | None = attrs.field(default=None, metadata=field_info("startTime", "query"))
    """Earliest order time, Unix milliseconds."""
    end_time: int | None = attrs.field(default=None, metadata=field_info("endTime", "query"))
    """Latest order time, Unix milliseconds."""
    recv_window: int | None = attrs.field(default=None, metadata=field_info("recvWindow", "query"))
    """How long the request stays valid after `timestamp`, in milliseconds; requests older than this are rejected
    (5000 ms when not sent)."""

    def __init__(
        self,
        *,
        page_index: int,
        page_size: int,
        start_time: int | None = None,
        end_time: int | None = None,
        recv_window: int | None = None,
    ) -> None:
        try:
            if not (
                type(page_index) is int and -check.INTEGER_LIMIT < page_index < check.INTEGER_LIMIT and page_index >= 1
            ):
                page_index = check.integer(page_index, "pageIndex", minimum=1)
            if not (
                type(page_size) is int and -check.INTEGER_LIMIT < page_size < check.INTEGER_LIMIT and page_size >= 1
            ):
                page_size = check.integer(page_size, "pageSize", minimum=1)
            if start_time is not None:
                if not (type(start_time) is int and -check.INTEGER_LIMIT < start_time < check.INTEGER_LIMIT):
                    start_time = check.integer(start_time, "startTime")
            if end_time is not None:
                if not (type(end_time) is int and -check.INTEGER_LIMIT < end_time < check.INTEGER_LIMIT):
                    end_time = check.integer(end_time, "endTime")
            if recv_window is not None:
                if not (type(recv_window) is int and -check.INTEGER_LIMIT < recv_window < check.INTEGER_LIMIT):
                    recv_window = check.integer(recv_window, "recvWindow")
            (  # the model is frozen: each field is stored through its slot's setter
                store_page_index,
                store_page_size,
                store_start_time,
                store_end_time,
                store_recv_window,
                _,
            ) = self._stores
            store_page_index(self, page_index)
            store_page_size(self, page_size)
            store_start_time(self, start_time)
            store_end_time(self, end_time)
            store_recv_window(self, recv_window)
        except ValidationError as error:
            raise named(self.__class__, error) from None

    def wire_query(self) -> list[tuple[str, str]]:
        """The query fields as (wire name, text) pairs in spec order, absent ones left out, not yet percent-encoded."""
        pairs: list[tuple[str, str]] = [
            ("pageIndex", str(self.page_index)),
            ("pageSize", str(self.page_size)),
        ]
        if self.start_time is not None:
            pairs.append(("startTime", str(self.start_time)))
        if self.end_time is not None:
            pairs.append(("endTime", str(self.end_time)))
        if self.recv_window is not None:
            pairs.append(("recvWindow", str(self.recv_window)))
        return pairs
