"""Bitget: the models and enums only the ``spot_plan`` area uses.

Import them from ``models``, which re-exports every module of models; this one loads with ``spot_plan`` alone.

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
    _ORDER_TYPE_VALUES,
    _SIDE_VALUES,
    _STP_MODE_VALUES,
    _TRIGGER_TYPE_VALUES,
    SERVERS,
    CancelFailureItem,
    CancelSuccessItem,
    EnterPointSource,
    OrderType,
    PlanHistoryStatus,
    Side,
    SpotPlanSubOrderStatus,
    StpMode,
    TriggerType,
)


class SpotPlanType(enum.StrEnum):
    """What `size` counts: `amount` means a quantity of the base coin, `total` an amount of the quote coin. Defaults
    to `amount`."""

    AMOUNT = "amount"
    TOTAL = "total"


_SPOT_PLAN_TYPE_VALUES: dict[str, SpotPlanType] = {member.value: member for member in SpotPlanType}
"""Each wire value's member: what a constructor's check of a plain ``str`` looks up."""


class CancelResult(enum.StrEnum):
    """`success` when the order was cancelled, `failure` when it was not."""

    SUCCESS = "success"
    FAILURE = "failure"


class SpotPlanOpenStatus(enum.StrEnum):
    """`live` (not triggered yet) or `executing` (triggered, its order being placed); the response example shows
    `not_trigger`."""

    LIVE = "live"
    EXECUTING = "executing"
    NOT_TRIGGER = "not_trigger"


@attrs.frozen(kw_only=True, repr=False)
class PlacePlanOrderResponse(Response):
    """The IDs of the new spot plan order."""

    order_id: str = attrs.field(metadata=field_info("orderId"))
    """Order ID."""
    client_oid: str = attrs.field(metadata=field_info("clientOid"))
    """Client-chosen order ID."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, init=False, repr=False)
class PlacePlanOrderRequest(Request[PlacePlanOrderResponse]):
    """Body of a spot plan order.

    Rules across fields:

    - When orderType is limit, executePrice is required.
    """

    operation: ClassVar[Operation] = Operation(
        venue="bitget",
        operation_id="place_plan_order",
        method="POST",
        path="/api/v2/spot/trade/place-plan-order",
        result=PlacePlanOrderResponse,
        result_shape="model",
        success_status=200,
        rate_limit=RateLimit(limit=20, per_seconds=1, scope="uid"),
        docs_url="https://www.bitget.com/api-doc/spot/plan/Place-Plan-Order",
        servers=SERVERS,
        client_id="client_oid",
    )

    symbol: str = attrs.field(metadata=field_info("symbol", "body"))
    """Trading pair name."""
    side: Side = attrs.field(metadata=field_info("side", "body"))
    """Order direction, `buy` or `sell`."""
    trigger_price: Decimal = attrs.field(metadata=field_info("triggerPrice", "body"))
    """Price at which the plan order triggers."""
    order_type: OrderType = attrs.field(metadata=field_info("orderType", "body"))
    """Type of the order placed on trigger, `limit` or `market`."""
    execute_price: Decimal | None = attrs.field(default=None, metadata=field_info("executePrice", "body"))
    """Limit price of the order placed on trigger; required when `orderType` is `limit`."""
    plan_type: SpotPlanType | None = attrs.field(default=None, metadata=field_info("planType", "body"))
    """What `size` counts: `amount` means a quantity of the base coin, `total` an amount of the quote coin. Defaults
    to `amount`. The venue's default: ``amount``."""
    size: Decimal = attrs.field(metadata=field_info("size", "body"))
    """Order quantity; base coin when `planType` is `amount`, quote coin when `planType` is `total`."""
    trigger_type: TriggerType = attrs.field(metadata=field_info("triggerType", "body"))
    """Price that is compared with `triggerPrice`; `fill_price` (last filled price) or `mark_price`."""
    client_oid: str | None = attrs.field(default=None, metadata=field_info("clientOid", "body"))
    """Client-chosen order ID."""
    stp_mode: StpMode | None = attrs.field(default=None, metadata=field_info("stpMode", "body"))
    """Self-trade prevention: `none` (no STP, the default), `cancel_taker` (cancel the taker order), `cancel_maker`
    (cancel the maker order) or `cancel_both` (cancel both). The venue's default: ``none``."""

    def __init__(
        self,
        *,
        symbol: str,
        side: Side | Literal["buy", "sell"],
        trigger_price: DecimalInput,
        order_type: OrderType | Literal["limit", "market"],
        size: DecimalInput,
        trigger_type: TriggerType | Literal["fill_price", "mark_price"],
        execute_price: DecimalInput | None = None,
        plan_type: SpotPlanType | Literal["amount", "total"] | None = None,
        client_oid: str | None = None,
        stp_mode: StpMode | Literal["none", "cancel_taker", "cancel_maker", "cancel_both"] | None = None,
    ) -> None:
        try:
            if not (type(symbol) is str and symbol.isascii()):
                symbol = check.string(symbol, "symbol")
            if type(side) is str and side in _SIDE_VALUES:
                side = _SIDE_VALUES[side]
            else:
                side = check.enum_member(Side, side, "side")
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
            if type(order_type) is str and order_type in _ORDER_TYPE_VALUES:
                order_type = _ORDER_TYPE_VALUES[order_type]
            else:
                order_type = check.enum_member(OrderType, order_type, "orderType")
            if execute_price is not None:
                if not (
                    type(execute_price) is Decimal
                    and execute_price.is_finite()
                    and not execute_price.is_signed()
                    and "E" not in (execute_price_text := str(execute_price))
                    and "e" not in execute_price_text
                    and len(execute_price_text) <= MAX_DIGITS
                ):
                    execute_price = check.decimal(execute_price, "executePrice", pattern=_DECIMAL_PATTERN)
                    execute_price_text = format(execute_price, "f")
            if plan_type is not None:
                if type(plan_type) is str and plan_type in _SPOT_PLAN_TYPE_VALUES:
                    plan_type = _SPOT_PLAN_TYPE_VALUES[plan_type]
                else:
                    plan_type = check.enum_member(SpotPlanType, plan_type, "planType")
            if not (
                type(size) is Decimal
                and size.is_finite()
                and not size.is_signed()
                and "E" not in (size_text := str(size))
                and "e" not in size_text
                and len(size_text) <= MAX_DIGITS
            ):
                size = check.decimal(size, "size", pattern=_DECIMAL_PATTERN)
                size_text = format(size, "f")
            if type(trigger_type) is str and trigger_type in _TRIGGER_TYPE_VALUES:
                trigger_type = _TRIGGER_TYPE_VALUES[trigger_type]
            else:
                trigger_type = check.enum_member(TriggerType, trigger_type, "triggerType")
            if client_oid is not None:
                if not (type(client_oid) is str and client_oid.isascii()):
                    client_oid = check.string(client_oid, "clientOid")
            if stp_mode is not None:
                if type(stp_mode) is str and stp_mode in _STP_MODE_VALUES:
                    stp_mode = _STP_MODE_VALUES[stp_mode]
                else:
                    stp_mode = check.enum_member(StpMode, stp_mode, "stpMode")
            if order_type == "limit":
                if execute_price is None:
                    raise ValidationError("executePrice", "required when order_type is 'limit'")
            (  # the model is frozen: each field is stored through its slot's setter
                store_symbol,
                store_side,
                store_trigger_price,
                store_order_type,
                store_execute_price,
                store_plan_type,
                store_size,
                store_trigger_type,
                store_client_oid,
                store_stp_mode,
                store_wire_text,
            ) = self._stores
            store_symbol(self, symbol)
            store_side(self, side)
            store_trigger_price(self, trigger_price)
            store_order_type(self, order_type)
            store_execute_price(self, execute_price)
            store_plan_type(self, plan_type)
            store_size(self, size)
            store_trigger_type(self, trigger_type)
            store_client_oid(self, client_oid)
            store_stp_mode(self, stp_mode)
            store_wire_text(
                self,
                "".join(
                    (
                        '{"symbol":',
                        json_string(symbol),
                        ',"side":"',
                        side,
                        '","triggerPrice":"',
                        trigger_price_text,
                        '","orderType":"',
                        order_type,
                        '"',
                        ',"executePrice":"' + execute_price_text + '"' if execute_price is not None else "",
                        ',"planType":"' + plan_type + '"' if plan_type is not None else "",
                        ',"size":"',
                        size_text,
                        '","triggerType":"',
                        trigger_type,
                        '"',
                        ',"clientOid":' + json_string(client_oid) if client_oid is not None else "",
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
class ModifyPlanOrderResponse(Response):
    """The IDs of the modified spot plan order."""

    order_id: str = attrs.field(metadata=field_info("orderId"))
    """Order ID."""
    client_oid: str = attrs.field(metadata=field_info("clientOid"))
    """Client-chosen order ID."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, init=False, repr=False)
class ModifyPlanOrderRequest(Request[ModifyPlanOrderResponse]):
    """Body of a spot plan order modification.

    Rules across fields:

    - Either orderId or clientOid is required.
    - When orderType is limit, executePrice is required.
    """

    operation: ClassVar[Operation] = Operation(
        venue="bitget",
        operation_id="modify_plan_order",
        method="POST",
        path="/api/v2/spot/trade/modify-plan-order",
        result=ModifyPlanOrderResponse,
        result_shape="model",
        success_status=200,
        rate_limit=RateLimit(limit=20, per_seconds=1, scope="uid"),
        docs_url="https://www.bitget.com/api-doc/spot/plan/Modify-Plan-Order",
        servers=SERVERS,
        client_id="client_oid",
    )

    order_id: str | None = attrs.field(default=None, metadata=field_info("orderId", "body"))
    """ID of the plan order to modify; send this or `clientOid`."""
    client_oid: str | None = attrs.field(default=None, metadata=field_info("clientOid", "body"))
    """Client-chosen ID of the plan order to modify; send this or `orderId`."""
    trigger_price: Decimal = attrs.field(metadata=field_info("triggerPrice", "body"))
    """New trigger price."""
    order_type: OrderType = attrs.field(metadata=field_info("orderType", "body"))
    """Type of the order placed on trigger, `limit` or `market`."""
    execute_price: Decimal | None = attrs.field(default=None, metadata=field_info("executePrice", "body"))
    """New limit price of the order placed on trigger; required when `orderType` is `limit`."""
    size: Decimal = attrs.field(metadata=field_info("size", "body"))
    """New quantity; base coin when the order was placed with planType `amount`, quote coin with planType `total`."""

    def __init__(
        self,
        *,
        trigger_price: DecimalInput,
        order_type: OrderType | Literal["limit", "market"],
        size: DecimalInput,
        order_id: str | None = None,
        client_oid: str | None = None,
        execute_price: DecimalInput | None = None,
    ) -> None:
        try:
            if order_id is not None:
                if not (type(order_id) is str and order_id.isascii() and len(order_id) >= 1):
                    order_id = check.string(order_id, "orderId", min_length=1)
            if client_oid is not None:
                if not (type(client_oid) is str and client_oid.isascii() and len(client_oid) >= 1):
                    client_oid = check.string(client_oid, "clientOid", min_length=1)
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
            if type(order_type) is str and order_type in _ORDER_TYPE_VALUES:
                order_type = _ORDER_TYPE_VALUES[order_type]
            else:
                order_type = check.enum_member(OrderType, order_type, "orderType")
            if execute_price is not None:
                if not (
                    type(execute_price) is Decimal
                    and execute_price.is_finite()
                    and not execute_price.is_signed()
                    and "E" not in (execute_price_text := str(execute_price))
                    and "e" not in execute_price_text
                    and len(execute_price_text) <= MAX_DIGITS
                ):
                    execute_price = check.decimal(execute_price, "executePrice", pattern=_DECIMAL_PATTERN)
                    execute_price_text = format(execute_price, "f")
            if not (
                type(size) is Decimal
                and size.is_finite()
                and not size.is_signed()
                and "E" not in (size_text := str(size))
                and "e" not in size_text
                and len(size_text) <= MAX_DIGITS
            ):
                size = check.decimal(size, "size", pattern=_DECIMAL_PATTERN)
                size_text = format(size, "f")
            if not (order_id is not None):
                if client_oid is None:
                    raise ValidationError("clientOid", "required unless order_id is set")
            if order_type == "limit":
                if execute_price is None:
                    raise ValidationError("executePrice", "required when order_type is 'limit'")
            (  # the model is frozen: each field is stored through its slot's setter
                store_order_id,
                store_client_oid,
                store_trigger_price,
                store_order_type,
                store_execute_price,
                store_size,
                store_wire_text,
            ) = self._stores
            store_order_id(self, order_id)
            store_client_oid(self, client_oid)
            store_trigger_price(self, trigger_price)
            store_order_type(self, order_type)
            store_execute_price(self, execute_price)
            store_size(self, size)
            members: list[str] = []
            if order_id is not None:
                members.append('"orderId":' + json_string(order_id))
            if client_oid is not None:
                members.append('"clientOid":' + json_string(client_oid))
            members.append('"triggerPrice":"' + trigger_price_text + '"')
            members.append('"orderType":"' + order_type + '"')
            if execute_price is not None:
                members.append('"executePrice":"' + execute_price_text + '"')
            members.append('"size":"' + size_text + '"')
            store_wire_text(self, "{" + ",".join(members) + "}")
        except ValidationError as error:
            raise named(self.__class__, error) from None

    def wire_body(self) -> str:
        """The JSON body the constructor wrote: wire names in spec order, absent fields left out."""
        return self._wire


@attrs.frozen(kw_only=True, repr=False)
class CancelPlanOrderResponse(Response):
    """Outcome of a spot plan order cancellation."""

    result: CancelResult | str = attrs.field(metadata=field_info("result"))
    """`success` when the order was cancelled, `failure` when it was not."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, init=False, repr=False)
class CancelPlanOrderRequest(Request[CancelPlanOrderResponse]):
    """Body of a spot plan order cancellation.

    Rules across fields:

    - Either orderId or clientOid is required.
    """

    operation: ClassVar[Operation] = Operation(
        venue="bitget",
        operation_id="cancel_plan_order",
        method="POST",
        path="/api/v2/spot/trade/cancel-plan-order",
        result=CancelPlanOrderResponse,
        result_shape="model",
        success_status=200,
        rate_limit=RateLimit(limit=20, per_seconds=1, scope="uid"),
        docs_url="https://www.bitget.com/api-doc/spot/plan/Cancel-Plan-Order",
        servers=SERVERS,
        client_id="client_oid",
    )

    order_id: str | None = attrs.field(default=None, metadata=field_info("orderId", "body"))
    """ID of the plan order to cancel; send this or `clientOid`."""
    client_oid: str | None = attrs.field(default=None, metadata=field_info("clientOid", "body"))
    """Client-chosen ID of the plan order to cancel; send this or `orderId`."""

    def __init__(
        self,
        *,
        order_id: str | None = None,
        client_oid: str | None = None,
    ) -> None:
        try:
            if order_id is not None:
                if not (type(order_id) is str and order_id.isascii() and len(order_id) >= 1):
                    order_id = check.string(order_id, "orderId", min_length=1)
            if client_oid is not None:
                if not (type(client_oid) is str and client_oid.isascii() and len(client_oid) >= 1):
                    client_oid = check.string(client_oid, "clientOid", min_length=1)
            if not (order_id is not None):
                if client_oid is None:
                    raise ValidationError("clientOid", "required unless order_id is set")
            (  # the model is frozen: each field is stored through its slot's setter
                store_order_id,
                store_client_oid,
                store_wire_text,
            ) = self._stores
            store_order_id(self, order_id)
            store_client_oid(self, client_oid)
            members: list[str] = []
            if order_id is not None:
                members.append('"orderId":' + json_string(order_id))
            if client_oid is not None:
                members.append('"clientOid":' + json_string(client_oid))
            store_wire_text(self, "{" + ",".join(members) + "}" if members else "")
        except ValidationError as error:
            raise named(self.__class__, error) from None

    def wire_body(self) -> str | None:
        """The JSON body the constructor wrote: wire names in spec order, absent fields left out; None if empty."""
        return self._wire or None


@attrs.frozen(kw_only=True, repr=False)
class BatchCancelPlanOrdersResponse(Response):
    """Per-order results of a batch cancellation of spot plan orders."""

    success_list: list[CancelSuccessItem] = attrs.field(metadata=field_info("successList"))
    """The orders that were cancelled."""
    failure_list: list[CancelFailureItem] = attrs.field(metadata=field_info("failureList"))
    """The orders that were not cancelled."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, init=False, repr=False)
class BatchCancelPlanOrdersRequest(Request[BatchCancelPlanOrdersResponse]):
    """Body of a batch cancellation of spot plan orders."""

    operation: ClassVar[Operation] = Operation(
        venue="bitget",
        operation_id="batch_cancel_plan_orders",
        method="POST",
        path="/api/v2/spot/trade/batch-cancel-plan-order",
        result=BatchCancelPlanOrdersResponse,
        result_shape="model",
        success_status=200,
        rate_limit=RateLimit(limit=5, per_seconds=1, scope="uid"),
        docs_url="https://www.bitget.com/api-doc/spot/plan/Batch-Cancel-Plan-Order",
        servers=SERVERS,
    )

    symbol_list: tuple[str, ...] | None = attrs.field(default=None, metadata=field_info("symbolList", "body"))
    """Trading pairs whose plan orders are cancelled, e.g. ["BTCUSDT", "ETHUSDT"]. Left out or empty, every spot plan
    order of the account is cancelled."""

    def __init__(
        self,
        *,
        symbol_list: Sequence[str] | None = None,
    ) -> None:
        try:
            if symbol_list is not None:
                if type(symbol_list) is list and all(type(item) is str and item.isascii() for item in symbol_list):
                    symbol_list = tuple(symbol_list)
                else:
                    symbol_list = check.items(symbol_list, "symbolList", lambda item, at: check.string(item, at))
            (  # the model is frozen: each field is stored through its slot's setter
                store_symbol_list,
                store_wire_text,
            ) = self._stores
            store_symbol_list(self, symbol_list)
            members: list[str] = []
            if symbol_list is not None:
                members.append('"symbolList":[' + ",".join([json_string(item) for item in symbol_list]) + "]")
            store_wire_text(self, "{" + ",".join(members) + "}" if members else "")
        except ValidationError as error:
            raise named(self.__class__, error) from None

    def wire_body(self) -> str | None:
        """The JSON body the constructor wrote: wire names in spec order, absent fields left out; None if empty."""
        return self._wire or None


@attrs.frozen(kw_only=True, repr=False)
class SpotCurrentPlanOrder(Response):
    """A spot plan order that has not finished."""

    order_id: str = attrs.field(metadata=field_info("orderId"))
    """Order ID."""
    client_oid: str | None = attrs.field(default=None, metadata=field_info("clientOid"))
    """Client-chosen order ID."""
    symbol: str | None = attrs.field(default=None, metadata=field_info("symbol"))
    """Trading pair."""
    trigger_price: Decimal | None = attrs.field(default=None, metadata=field_info("triggerPrice"))
    """Trigger price."""
    order_type: OrderType | str | None = attrs.field(default=None, metadata=field_info("orderType"))
    """Type of the order placed on trigger, `limit` or `market`."""
    execute_price: Decimal | None = attrs.field(default=None, metadata=field_info("executePrice"))
    """Limit price of the order placed on trigger."""
    plan_type: SpotPlanType | str | None = attrs.field(default=None, metadata=field_info("planType"))
    """What `size` counts, `amount` (base coin) or `total` (quote coin)."""
    size: Decimal | None = attrs.field(default=None, metadata=field_info("size"))
    """Quantity; base coin when planType is `amount`, quote coin when it is `total`."""
    status: SpotPlanOpenStatus | str | None = attrs.field(default=None, metadata=field_info("status"))
    """`live` (not triggered yet) or `executing` (triggered, its order being placed); the response example shows
    `not_trigger`."""
    side: Side | str | None = attrs.field(default=None, metadata=field_info("side"))
    """Order direction, `buy` or `sell`."""
    trigger_type: TriggerType | str | None = attrs.field(default=None, metadata=field_info("triggerType"))
    """Price compared with the trigger price, `fill_price` or `mark_price`."""
    enter_point_source: EnterPointSource | str | None = attrs.field(
        default=None, metadata=field_info("enterPointSource")
    )
    """Where the order came from, `WEB`, `IOS`, `ANDROID`, `API` or `SYS` (system)."""
    c_time: int | None = attrs.field(default=None, metadata=field_info("cTime"))
    """Creation time, Unix milliseconds."""
    u_time: int | None = attrs.field(default=None, metadata=field_info("uTime"))
    """Last update time, Unix milliseconds."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, repr=False)
class GetCurrentPlanOrdersResponse(Response):
    """One page of current spot plan orders."""

    next_flag: bool | None = attrs.field(default=None, metadata=field_info("nextFlag"))
    """True when older orders remain, to be asked for with `idLessThan`."""
    id_less_than: str | None = attrs.field(default=None, metadata=field_info("idLessThan"))
    """Cursor for the next (older) page; pass it as the `idLessThan` request parameter."""
    order_list: list[SpotCurrentPlanOrder] = attrs.field(factory=list, metadata=field_info("orderList"))
    """The orders of this page."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, init=False, repr=False)
class GetCurrentPlanOrdersRequest(Request[GetCurrentPlanOrdersResponse]):
    """List the current spot plan orders"""

    operation: ClassVar[Operation] = Operation(
        venue="bitget",
        operation_id="get_current_plan_orders",
        method="GET",
        path="/api/v2/spot/trade/current-plan-order",
        result=GetCurrentPlanOrdersResponse,
        result_shape="model",
        success_status=200,
        rate_limit=RateLimit(limit=20, per_seconds=1, scope="uid"),
        docs_url="https://www.bitget.com/api-doc/spot/plan/Get-Current-Plan-Order",
        servers=SERVERS,
        pagination=Pagination(
            style="cursor",
            request="id_less_than",
            limit="limit",
            items="order_list",
            next="id_less_than",
            more="next_flag",
        ),
    )

    symbol: str | None = attrs.field(default=None, metadata=field_info("symbol", "query"))
    """Trading pair, e.g. BTCUSDT; all pairs when left out."""
    limit: int | None = attrs.field(default=None, metadata=field_info("limit", "query"))
    """Page size, 1 to 100; 20 when left out. The venue's default: ``20``."""
    id_less_than: str | None = attrs.field(default=None, metadata=field_info("idLessThan", "query"))
    """Cursor: only orders older than this one are returned. Pass the `idLessThan` of the previous answer; leave it
    out for the first page."""
    start_time: int | None = attrs.field(default=None, metadata=field_info("startTime", "query", text=True))
    """Earliest creation time, Unix milliseconds; startTime to endTime spans at most 90 days."""
    end_time: int | None = attrs.field(default=None, metadata=field_info("endTime", "query", text=True))
    """Latest creation time, Unix milliseconds; startTime to endTime spans at most 90 days."""

    def __init__(
        self,
        *,
        symbol: str | None = None,
        limit: int | None = None,
        id_less_than: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
    ) -> None:
        try:
            if symbol is not None:
                if not (type(symbol) is str and symbol.isascii()):
                    symbol = check.string(symbol, "symbol")
            if limit is not None:
                if not (
                    type(limit) is int
                    and -check.INTEGER_LIMIT < limit < check.INTEGER_LIMIT
                    and limit >= 1
                    and limit <= 100
                ):
                    limit = check.integer(limit, "limit", minimum=1, maximum=100)
            if id_less_than is not None:
                if not (type(id_less_than) is str and id_less_than.isascii()):
                    id_less_than = check.string(id_less_than, "idLessThan")
            if start_time is not None:
                if not (
                    type(start_time) is int
                    and -check.INTEGER_LIMIT < start_time < check.INTEGER_LIMIT
                    and start_time >= 0
                ):
                    start_time = check.integer(start_time, "startTime", minimum=0)
            if end_time is not None:
                if not (
                    type(end_time) is int and -check.INTEGER_LIMIT < end_time < check.INTEGER_LIMIT and end_time >= 0
                ):
                    end_time = check.integer(end_time, "endTime", minimum=0)
            (  # the model is frozen: each field is stored through its slot's setter
                store_symbol,
                store_limit,
                store_id_less_than,
                store_start_time,
                store_end_time,
                _,
            ) = self._stores
            store_symbol(self, symbol)
            store_limit(self, limit)
            store_id_less_than(self, id_less_than)
            store_start_time(self, start_time)
            store_end_time(self, end_time)
        except ValidationError as error:
            raise named(self.__class__, error) from None

    def wire_query(self) -> list[tuple[str, str]]:
        """The query fields as (wire name, text) pairs in spec order, absent ones left out, not yet percent-encoded."""
        pairs: list[tuple[str, str]] = []
        if self.symbol is not None:
            pairs.append(("symbol", self.symbol))
        if self.limit is not None:
            pairs.append(("limit", str(self.limit)))
        if self.id_less_than is not None:
            pairs.append(("idLessThan", self.id_less_than))
        if self.start_time is not None:
            pairs.append(("startTime", str(self.start_time)))
        if self.end_time is not None:
            pairs.append(("endTime", str(self.end_time)))
        return pairs


@attrs.frozen(kw_only=True, repr=False)
class SpotHistoryPlanOrder(Response):
    """A spot plan order that has finished."""

    order_id: str = attrs.field(metadata=field_info("orderId"))
    """Order ID."""
    client_oid: str | None = attrs.field(default=None, metadata=field_info("clientOid"))
    """Client-chosen order ID."""
    symbol: str | None = attrs.field(default=None, metadata=field_info("symbol"))
    """Trading pair."""
    trigger_price: Decimal | None = attrs.field(default=None, metadata=field_info("triggerPrice"))
    """Trigger price."""
    execute_price: Decimal | None = attrs.field(default=None, metadata=field_info("executePrice"))
    """Limit price of the order placed on trigger."""
    order_type: OrderType | str | None = attrs.field(default=None, metadata=field_info("orderType"))
    """Type of the order placed on trigger, `limit` or `market`."""
    plan_type: SpotPlanType | str | None = attrs.field(default=None, metadata=field_info("planType"))
    """What `size` counts, `amount` (base coin) or `total` (quote coin)."""
    size: Decimal | None = attrs.field(default=None, metadata=field_info("size"))
    """Quantity; base coin when planType is `amount`, quote coin when it is `total`."""
    status: PlanHistoryStatus | str | None = attrs.field(default=None, metadata=field_info("status"))
    """How the order ended, `executed` (succeeded), `fail_execute` (failed) or `cancelled`."""
    side: Side | str | None = attrs.field(default=None, metadata=field_info("side"))
    """Order direction, `buy` or `sell`."""
    trigger_type: TriggerType | str | None = attrs.field(default=None, metadata=field_info("triggerType"))
    """Price compared with the trigger price, `fill_price` or `mark_price`."""
    enter_point_source: EnterPointSource | str | None = attrs.field(
        default=None, metadata=field_info("enterPointSource")
    )
    """Where the order came from, `WEB`, `IOS`, `ANDROID`, `API` or `SYS` (system)."""
    c_time: int | None = attrs.field(default=None, metadata=field_info("cTime"))
    """Creation time, Unix milliseconds."""
    u_time: int | None = attrs.field(default=None, metadata=field_info("uTime"))
    """Last update time, Unix milliseconds."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, repr=False)
class GetHistoryPlanOrdersResponse(Response):
    """One page of finished spot plan orders."""

    next_flag: bool | None = attrs.field(default=None, metadata=field_info("nextFlag"))
    """True when older orders remain, to be asked for with `idLessThan`."""
    id_less_than: str | None = attrs.field(default=None, metadata=field_info("idLessThan"))
    """Cursor for the next (older) page; pass it as the `idLessThan` request parameter."""
    order_list: list[SpotHistoryPlanOrder] = attrs.field(factory=list, metadata=field_info("orderList"))
    """The orders of this page."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, init=False, repr=False)
class GetHistoryPlanOrdersRequest(Request[GetHistoryPlanOrdersResponse]):
    """List finished spot plan orders"""

    operation: ClassVar[Operation] = Operation(
        venue="bitget",
        operation_id="get_history_plan_orders",
        method="GET",
        path="/api/v2/spot/trade/history-plan-order",
        result=GetHistoryPlanOrdersResponse,
        result_shape="model",
        success_status=200,
        rate_limit=RateLimit(limit=20, per_seconds=1, scope="uid"),
        docs_url="https://www.bitget.com/api-doc/spot/plan/Get-History-Plan-Order",
        servers=SERVERS,
        pagination=Pagination(
            style="cursor",
            request="id_less_than",
            limit="limit",
            items="order_list",
            next="id_less_than",
            more="next_flag",
        ),
    )

    symbol: str | None = attrs.field(default=None, metadata=field_info("symbol", "query"))
    """Trading pair, e.g. BTCUSDT; all pairs when left out."""
    start_time: int | None = attrs.field(default=None, metadata=field_info("startTime", "query", text=True))
    """Only orders after this time, Unix milliseconds; startTime to endTime spans at most 90 days."""
    end_time: int | None = attrs.field(default=None, metadata=field_info("endTime", "query", text=True))
    """Only orders before this time, Unix milliseconds; startTime to endTime spans at most 90 days."""
    id_less_than: str | None = attrs.field(default=None, metadata=field_info("idLessThan", "query"))
    """Cursor: only orders older than this one are returned. Pass the `idLessThan` (endId) of the previous answer;
    leave it out for the first page."""
    limit: int | None = attrs.field(default=None, metadata=field_info("limit", "query"))
    """Page size, 1 to 100; 100 when left out. The venue's default: ``100``."""

    def __init__(
        self,
        *,
        symbol: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        id_less_than: str | None = None,
        limit: int | None = None,
    ) -> None:
        try:
            if symbol is not None:
                if not (type(symbol) is str and symbol.isascii()):
                    symbol = check.string(symbol, "symbol")
            if start_time is not None:
                if not (
                    type(start_time) is int
                    and -check.INTEGER_LIMIT < start_time < check.INTEGER_LIMIT
                    and start_time >= 0
                ):
                    start_time = check.integer(start_time, "startTime", minimum=0)
            if end_time is not None:
                if not (
                    type(end_time) is int and -check.INTEGER_LIMIT < end_time < check.INTEGER_LIMIT and end_time >= 0
                ):
                    end_time = check.integer(end_time, "endTime", minimum=0)
            if id_less_than is not None:
                if not (type(id_less_than) is str and id_less_than.isascii()):
                    id_less_than = check.string(id_less_than, "idLessThan")
            if limit is not None:
                if not (
                    type(limit) is int
                    and -check.INTEGER_LIMIT < limit < check.INTEGER_LIMIT
                    and limit >= 1
                    and limit <= 100
                ):
                    limit = check.integer(limit, "limit", minimum=1, maximum=100)
            (  # the model is frozen: each field is stored through its slot's setter
                store_symbol,
                store_start_time,
                store_end_time,
                store_id_less_than,
                store_limit,
                _,
            ) = self._stores
            store_symbol(self, symbol)
            store_start_time(self, start_time)
            store_end_time(self, end_time)
            store_id_less_than(self, id_less_than)
            store_limit(self, limit)
        except ValidationError as error:
            raise named(self.__class__, error) from None

    def wire_query(self) -> list[tuple[str, str]]:
        """The query fields as (wire name, text) pairs in spec order, absent ones left out, not yet percent-encoded."""
        pairs: list[tuple[str, str]] = []
        if self.symbol is not None:
            pairs.append(("symbol", self.symbol))
        if self.start_time is not None:
            pairs.append(("startTime", str(self.start_time)))
        if self.end_time is not None:
            pairs.append(("endTime", str(self.end_time)))
        if self.id_less_than is not None:
            pairs.append(("idLessThan", self.id_less_than))
        if self.limit is not None:
            pairs.append(("limit", str(self.limit)))
        return pairs


@attrs.frozen(kw_only=True, repr=False)
class SpotPlanSubOrder(Response):
    """A spot order that a plan order placed."""

    order_id: str = attrs.field(metadata=field_info("orderId"))
    """ID of the spot order."""
    price: Decimal | None = attrs.field(default=None, metadata=field_info("price"))
    """Order price."""
    type: OrderType | str | None = attrs.field(default=None, metadata=field_info("type"))
    """Order type, `limit` or `market`."""
    status: SpotPlanSubOrderStatus | str | None = attrs.field(default=None, metadata=field_info("status"))
    """`success` (triggered), `fail` (the trigger failed), `cancelled`, `in_progress` (the spot order is being
    placed) or `in_progress_tracking` (tracking the trigger)."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, init=False, repr=False)
class GetPlanSubOrdersRequest(Request[list[SpotPlanSubOrder]]):
    """List the spot orders a plan order placed"""

    operation: ClassVar[Operation] = Operation(
        venue="bitget",
        operation_id="get_plan_sub_orders",
        method="GET",
        path="/api/v2/spot/trade/plan-sub-order",
        result=SpotPlanSubOrder,
        result_shape="list",
        success_status=200,
        rate_limit=RateLimit(limit=20, per_seconds=1, scope="uid"),
        docs_url="https://www.bitget.com/api-doc/spot/plan/Get-Plan-Sub-Order",
        servers=SERVERS,
    )

    plan_order_id: str = attrs.field(metadata=field_info("planOrderId", "query"))
    """ID of the plan order."""

    def __init__(
        self,
        *,
        plan_order_id: str,
    ) -> None:
        try:
            if not (type(plan_order_id) is str and plan_order_id.isascii() and len(plan_order_id) >= 1):
                plan_order_id = check.string(plan_order_id, "planOrderId", min_length=1)
            (  # the model is frozen: each field is stored through its slot's setter
                store_plan_order_id,
                _,
            ) = self._stores
            store_plan_order_id(self, plan_order_id)
        except ValidationError as error:
            raise named(self.__class__, error) from None

    def wire_query(self) -> list[tuple[str, str]]:
        """The query fields as (wire name, text) pairs in spec order, absent ones left out, not yet percent-encoded."""
        pairs: list[tuple[str, str]] = [
            ("planOrderId", self.plan_order_id),
        ]
        return pairs
