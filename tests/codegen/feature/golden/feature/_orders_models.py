"""Feature: the models and enums only the ``orders`` area uses.

Import them from ``models``, which re-exports every module of models; this one loads with ``orders`` alone.

Generated from ``spec/feature.yaml`` by ``python -m codegen generate``; edit the spec, not this file.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Any, ClassVar, Literal
from urllib.parse import quote

import attrs

from .._runtime import check
from .._runtime.check import MAX_DIGITS, DecimalInput
from .._runtime.errors import ValidationError
from .._runtime.model import Model, Operation, Pagination, RateLimit, Request, Response, field_info, named
from .._runtime.wire import json_string
from ._shared_models import _SYMBOL_PATTERN, SERVERS

_DECIMAL_PATTERN = re.compile(r"^-?[0-9]+(\.[0-9]+)?$")
_DECIMAL_0 = Decimal("0")
_DECIMAL_0_0001 = Decimal("0.0001")
_DECIMAL_1000 = Decimal("1000")
_DECIMAL_1000000 = Decimal("1000000")


class Side(enum.StrEnum):
    """Order direction."""

    BUY = "buy"
    SELL = "sell"


_SIDE_VALUES: dict[str, Side] = {member.value: member for member in Side}
"""Each wire value's member: what a constructor's check of a plain ``str`` looks up."""


class OrderType(enum.StrEnum):
    """Limit or market order."""

    LIMIT = "limit"
    MARKET = "market"


_ORDER_TYPE_VALUES: dict[str, OrderType] = {member.value: member for member in OrderType}
"""Each wire value's member: what a constructor's check of a plain ``str`` looks up."""


class TimeInForce(enum.StrEnum):
    """How long the order rests."""

    GTC = "gtc"
    IOC = "ioc"
    FOK = "fok"
    POST_ONLY = "post_only"


_TIME_IN_FORCE_VALUES: dict[str, TimeInForce] = {member.value: member for member in TimeInForce}
"""Each wire value's member: what a constructor's check of a plain ``str`` looks up."""


class TriggerRule(enum.StrEnum):
    """Trigger when the price is at least or at most the trigger price."""

    GTE = ">="
    LTE = "<="


_TRIGGER_RULE_VALUES: dict[str, TriggerRule] = {member.value: member for member in TriggerRule}
"""Each wire value's member: what a constructor's check of a plain ``str`` looks up."""


class PriceType(enum.IntEnum):
    """The price the trigger watches: `0` last trade, `1` mark, `2` index."""

    LAST = 0
    MARK = 1
    INDEX = 2


_PRICE_TYPE_VALUES: dict[int, PriceType] = {member.value: member for member in PriceType}
"""Each wire value's member: what a constructor's check of a plain ``int`` looks up."""


class LegKind(enum.StrEnum):
    """Which leg."""

    TAKE_PROFIT = "take_profit"
    STOP_LOSS = "stop_loss"


_LEG_KIND_VALUES: dict[str, LegKind] = {member.value: member for member in LegKind}
"""Each wire value's member: what a constructor's check of a plain ``str`` looks up."""


class PriceSource(enum.StrEnum):
    """Which price the trigger watches; one value needs escaping in JSON."""

    LAST = "last"
    MARK = "mark"
    INDEX_SPOT = 'index "spot"'


_PRICE_SOURCE_VALUES: dict[str, PriceSource] = {member.value: member for member in PriceSource}
"""Each wire value's member: what a constructor's check of a plain ``str`` looks up."""


class OrderStatus(enum.StrEnum):
    """Where the order is in its life."""

    LIVE = "live"
    FILLED = "filled"
    CANCELLED = "cancelled"


@attrs.frozen(kw_only=True, repr=False)
class PlaceOrderResponse(Response):
    """The accepted order."""

    order_id: str = attrs.field(metadata=field_info("orderId"))
    """The venue's order id."""
    client_oid: str | None = attrs.field(default=None, metadata=field_info("clientOid"))
    """The client's id, echoed."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, init=False, repr=False)
class Trigger(Model):
    """A price condition, checked by the venue.

    Rules across fields:

    - A trigger that waits for a fall must lapse.
    """

    price: Decimal = attrs.field(metadata=field_info("price"))
    """The trigger price."""
    rule: TriggerRule = attrs.field(metadata=field_info("rule"))
    """Trigger when the price is at least or at most the trigger price."""
    expires_in: int | None = attrs.field(default=None, metadata=field_info("expiresIn"))
    """Seconds until the trigger lapses; 0 for never."""
    price_type: PriceType | None = attrs.field(default=None, metadata=field_info("priceType"))
    """The price the trigger watches: `0` last trade, `1` mark, `2` index."""

    def __init__(
        self,
        *,
        price: DecimalInput,
        rule: TriggerRule | Literal[">=", "<="],
        expires_in: int | None = None,
        price_type: PriceType | Literal[0, 1, 2] | None = None,
    ) -> None:
        try:
            if not (
                type(price) is Decimal
                and price.is_finite()
                and not price.is_signed()
                and "E" not in (price_text := str(price))
                and "e" not in price_text
                and len(price_text) <= MAX_DIGITS
                and _DECIMAL_PATTERN.fullmatch(price_text) is not None
            ):
                price = check.decimal(price, "price", pattern=_DECIMAL_PATTERN)
                price_text = format(price, "f")
            if type(rule) is str and rule in _TRIGGER_RULE_VALUES:
                rule = _TRIGGER_RULE_VALUES[rule]
            else:
                rule = check.enum_member(TriggerRule, rule, "rule")
            if expires_in is not None:
                if not (
                    type(expires_in) is int
                    and -check.INTEGER_LIMIT < expires_in < check.INTEGER_LIMIT
                    and expires_in >= 0
                ):
                    expires_in = check.integer(expires_in, "expiresIn", minimum=0)
            if price_type is not None:
                if type(price_type) is int and price_type in _PRICE_TYPE_VALUES:
                    price_type = _PRICE_TYPE_VALUES[price_type]
                else:
                    price_type = check.enum_member(PriceType, price_type, "priceType")
            if rule == "<=":
                if expires_in is None:
                    raise ValidationError("expiresIn", "required when rule is '<='")
            (  # the model is frozen: each field is stored through its slot's setter
                store_price,
                store_rule,
                store_expires_in,
                store_price_type,
                store_wire_text,
            ) = self._stores
            store_price(self, price)
            store_rule(self, rule)
            store_expires_in(self, expires_in)
            store_price_type(self, price_type)
            store_wire_text(
                self,
                "".join(
                    (
                        '{"price":"',
                        price_text,
                        '","rule":"',
                        rule,
                        '"',
                        ',"expiresIn":' + str(expires_in) if expires_in is not None else "",
                        ',"priceType":' + str(price_type.value) if price_type is not None else "",
                        "}",
                    )
                ),
            )
        except ValidationError as error:
            raise named(self.__class__, error) from None

    def wire_json(self) -> str:
        """This object as JSON text, written by the constructor: wire names in spec order, absent fields left out."""
        return self._wire


@attrs.frozen(kw_only=True, init=False, repr=False)
class Leg(Model):
    """A take-profit or stop-loss leg."""

    kind: LegKind = attrs.field(metadata=field_info("kind"))
    """Which leg."""
    price: Decimal = attrs.field(metadata=field_info("price"))
    """The leg's trigger price."""
    size: Decimal | None = attrs.field(default=None, metadata=field_info("size"))
    """Part of the order the leg closes; all of it when absent."""

    def __init__(
        self,
        *,
        kind: LegKind | Literal["take_profit", "stop_loss"],
        price: DecimalInput,
        size: DecimalInput | None = None,
    ) -> None:
        try:
            if type(kind) is str and kind in _LEG_KIND_VALUES:
                kind = _LEG_KIND_VALUES[kind]
            else:
                kind = check.enum_member(LegKind, kind, "kind")
            if not (
                type(price) is Decimal
                and price.is_finite()
                and not price.is_signed()
                and "E" not in (price_text := str(price))
                and "e" not in price_text
                and len(price_text) <= MAX_DIGITS
                and _DECIMAL_PATTERN.fullmatch(price_text) is not None
            ):
                price = check.decimal(price, "price", pattern=_DECIMAL_PATTERN)
                price_text = format(price, "f")
            if size is not None:
                if not (
                    type(size) is Decimal
                    and size.is_finite()
                    and not size.is_signed()
                    and "E" not in (size_text := str(size))
                    and "e" not in size_text
                    and len(size_text) <= MAX_DIGITS
                    and _DECIMAL_PATTERN.fullmatch(size_text) is not None
                    and size >= _DECIMAL_0
                ):
                    size = check.decimal(size, "size", pattern=_DECIMAL_PATTERN, minimum=_DECIMAL_0)
                    size_text = format(size, "f")
            (  # the model is frozen: each field is stored through its slot's setter
                store_kind,
                store_price,
                store_size,
                store_wire_text,
            ) = self._stores
            store_kind(self, kind)
            store_price(self, price)
            store_size(self, size)
            store_wire_text(
                self,
                "".join(
                    (
                        '{"kind":"',
                        kind,
                        '","price":"',
                        price_text,
                        '"',
                        ',"size":"' + size_text + '"' if size is not None else "",
                        "}",
                    )
                ),
            )
        except ValidationError as error:
            raise named(self.__class__, error) from None

    def wire_json(self) -> str:
        """This object as JSON text, written by the constructor: wire names in spec order, absent fields left out."""
        return self._wire


@attrs.frozen(kw_only=True, init=False, repr=False)
class PlaceOrderRequest(Request[PlaceOrderResponse]):
    """A new order.

    Rules across fields:

    - timeInForce required once price is set
    - A limit order needs a price; any other order may carry neither price nor time in force.
    - A limit order needs a price; any other order may carry neither price nor time in force.
    - Immediate-or-cancel and fill-or-kill orders are limit orders and reduce only.
    - Leveraged orders are at most 1000 in size and not placed for a sub-account.
    """

    operation: ClassVar[Operation] = Operation(
        venue="feature",
        operation_id="place_order",
        method="POST",
        path="/v1/orders",
        result=PlaceOrderResponse,
        result_shape="model",
        success_status=200,
        rate_limit=RateLimit(limit=10, per_seconds=1, scope="uid"),
        docs_url="https://docs.feature.example/place-order",
        servers=SERVERS,
        client_id="client_oid",
    )

    symbol: str = attrs.field(metadata=field_info("symbol", "body"))
    """The market."""
    close_size: Decimal | None = attrs.field(metadata=field_info("closeSize", "body", blank=True))
    """How much of the position the order may close; empty to close all of it."""
    side: Side = attrs.field(metadata=field_info("side", "body"))
    """Buy or sell."""
    order_type: OrderType = attrs.field(metadata=field_info("orderType", "body"))
    """Limit or market."""
    size: Decimal = attrs.field(metadata=field_info("size", "body"))
    """Quantity in base currency."""
    price: Decimal | None = attrs.field(default=None, metadata=field_info("price", "body"))
    """Limit price."""
    time_in_force: TimeInForce | None = attrs.field(default=None, metadata=field_info("timeInForce", "body"))
    """How long the order rests. The venue's default: ``gtc``."""
    leverage: int | None = attrs.field(default=None, metadata=field_info("leverage", "body"))
    """Leverage for this order."""
    reduce_only: bool | None = attrs.field(default=None, metadata=field_info("reduceOnly", "body"))
    """Whether the order may only reduce a position."""
    client_oid: str | None = attrs.field(default=None, metadata=field_info("clientOid", "body"))
    """The client's own id for the order."""
    account_id: str | None = attrs.field(default=None, metadata=field_info("accountId", "body"))
    """The sub-account that places the order."""
    expire_time: int | None = attrs.field(default=None, metadata=field_info("expireTime", "body", text=True))
    """When the order lapses, in milliseconds since the epoch; the wire writes the digits as text."""
    trigger: Trigger | None = attrs.field(default=None, metadata=field_info("trigger", "body", nested=Trigger))
    """Place the order only once the price crosses this."""
    legs: tuple[Leg, ...] | None = attrs.field(default=None, metadata=field_info("legs", "body", nested=Leg))
    """Take-profit and stop-loss legs."""
    labels: tuple[str, ...] | None = attrs.field(default=None, metadata=field_info("labels", "body"))
    """Free-form labels."""
    price_source: PriceSource | None = attrs.field(default=None, metadata=field_info("priceSource", "body"))
    """Which price the trigger watches; one value needs escaping in JSON."""

    def __init__(
        self,
        *,
        symbol: str,
        close_size: DecimalInput | None,
        side: Side | Literal["buy", "sell"],
        order_type: OrderType | Literal["limit", "market"],
        size: DecimalInput,
        price: DecimalInput | None = None,
        time_in_force: TimeInForce | Literal["gtc", "ioc", "fok", "post_only"] | None = None,
        leverage: int | None = None,
        reduce_only: bool | None = None,
        client_oid: str | None = None,
        account_id: str | None = None,
        expire_time: int | None = None,
        trigger: Trigger | None = None,
        legs: Sequence[Leg] | None = None,
        labels: Sequence[str] | None = None,
        price_source: PriceSource | Literal["last", "mark", 'index "spot"'] | None = None,
    ) -> None:
        try:
            if not (type(symbol) is str and symbol.isascii() and _SYMBOL_PATTERN.fullmatch(symbol) is not None):
                symbol = check.string(symbol, "symbol", pattern=_SYMBOL_PATTERN)
            if close_size is not None:
                if not (
                    type(close_size) is Decimal
                    and close_size.is_finite()
                    and not close_size.is_signed()
                    and "E" not in (close_size_text := str(close_size))
                    and "e" not in close_size_text
                    and len(close_size_text) <= MAX_DIGITS
                    and _DECIMAL_PATTERN.fullmatch(close_size_text) is not None
                ):
                    close_size = check.decimal(close_size, "closeSize", pattern=_DECIMAL_PATTERN)
                    close_size_text = format(close_size, "f")
            if type(side) is str and side in _SIDE_VALUES:
                side = _SIDE_VALUES[side]
            else:
                side = check.enum_member(Side, side, "side")
            if type(order_type) is str and order_type in _ORDER_TYPE_VALUES:
                order_type = _ORDER_TYPE_VALUES[order_type]
            else:
                order_type = check.enum_member(OrderType, order_type, "orderType")
            if not (
                type(size) is Decimal
                and size.is_finite()
                and not size.is_signed()
                and "E" not in (size_text := str(size))
                and "e" not in size_text
                and len(size_text) <= MAX_DIGITS
                and _DECIMAL_PATTERN.fullmatch(size_text) is not None
                and size >= _DECIMAL_0_0001
                and size <= _DECIMAL_1000000
            ):
                size = check.decimal(
                    size, "size", pattern=_DECIMAL_PATTERN, minimum=_DECIMAL_0_0001, maximum=_DECIMAL_1000000
                )
                size_text = format(size, "f")
            if price is not None:
                if not (
                    type(price) is Decimal
                    and price.is_finite()
                    and not price.is_signed()
                    and "E" not in (price_text := str(price))
                    and "e" not in price_text
                    and len(price_text) <= MAX_DIGITS
                    and _DECIMAL_PATTERN.fullmatch(price_text) is not None
                ):
                    price = check.decimal(price, "price", pattern=_DECIMAL_PATTERN)
                    price_text = format(price, "f")
            if time_in_force is not None:
                if type(time_in_force) is str and time_in_force in _TIME_IN_FORCE_VALUES:
                    time_in_force = _TIME_IN_FORCE_VALUES[time_in_force]
                else:
                    time_in_force = check.enum_member(TimeInForce, time_in_force, "timeInForce")
            if leverage is not None:
                if not (
                    type(leverage) is int
                    and -check.INTEGER_LIMIT < leverage < check.INTEGER_LIMIT
                    and leverage >= 1
                    and leverage <= 125
                ):
                    leverage = check.integer(leverage, "leverage", minimum=1, maximum=125)
            if reduce_only is not None:
                if type(reduce_only) is not bool:
                    reduce_only = check.boolean(reduce_only, "reduceOnly")
            if client_oid is not None:
                if not (
                    type(client_oid) is str and client_oid.isascii() and len(client_oid) >= 1 and len(client_oid) <= 32
                ):
                    client_oid = check.string(client_oid, "clientOid", min_length=1, max_length=32)
            if account_id is not None:
                if not (type(account_id) is str and account_id.isascii()):
                    account_id = check.string(account_id, "accountId")
            if expire_time is not None:
                if not (
                    type(expire_time) is int
                    and -check.INTEGER_LIMIT < expire_time < check.INTEGER_LIMIT
                    and expire_time >= 0
                ):
                    expire_time = check.integer(expire_time, "expireTime", minimum=0)
            if trigger is not None:
                if type(trigger) is not Trigger:
                    trigger = check.model(Trigger, trigger, "trigger")
            if legs is not None:
                if type(legs) is list and len(legs) >= 1 and len(legs) <= 2 and all(type(item) is Leg for item in legs):
                    legs = tuple(legs)
                else:
                    legs = check.model_items(Leg, legs, "legs", min_items=1, max_items=2)
            if labels is not None:
                if (
                    type(labels) is list
                    and len(labels) <= 3
                    and all(type(item) is str and item.isascii() for item in labels)
                ):
                    labels = tuple(labels)
                else:
                    labels = check.items(labels, "labels", lambda item, at: check.string(item, at), max_items=3)
            if price_source is not None:
                if type(price_source) is str and price_source in _PRICE_SOURCE_VALUES:
                    price_source = _PRICE_SOURCE_VALUES[price_source]
                else:
                    price_source = check.enum_member(PriceSource, price_source, "priceSource")
            if price is not None:
                if time_in_force is None:
                    raise ValidationError("timeInForce", "required when price is set")
            if order_type == "limit":
                if price is None:
                    raise ValidationError("price", "required when order_type is 'limit'")
            if not (order_type == "limit"):
                if price is not None:
                    raise ValidationError("price", "must be absent unless order_type is 'limit'")
                if time_in_force is not None:
                    raise ValidationError("timeInForce", "must be absent unless order_type is 'limit'")
            if time_in_force in ("ioc", "fok"):
                if reduce_only is None:
                    raise ValidationError("reduceOnly", "required when time_in_force is one of 'ioc', 'fok'")
                if order_type != "limit":
                    raise ValidationError("orderType", "must be 'limit' when time_in_force is one of 'ioc', 'fok'")
            if leverage is not None:
                if account_id is not None:
                    raise ValidationError("accountId", "must be absent when leverage is set")
                check.decimal_bounds(size, "size", maximum=_DECIMAL_1000, note="when leverage is set")
            (  # the model is frozen: each field is stored through its slot's setter
                store_symbol,
                store_close_size,
                store_side,
                store_order_type,
                store_size,
                store_price,
                store_time_in_force,
                store_leverage,
                store_reduce_only,
                store_client_oid,
                store_account_id,
                store_expire_time,
                store_trigger,
                store_legs,
                store_labels,
                store_price_source,
                store_wire_text,
            ) = self._stores
            store_symbol(self, symbol)
            store_close_size(self, close_size)
            store_side(self, side)
            store_order_type(self, order_type)
            store_size(self, size)
            store_price(self, price)
            store_time_in_force(self, time_in_force)
            store_leverage(self, leverage)
            store_reduce_only(self, reduce_only)
            store_client_oid(self, client_oid)
            store_account_id(self, account_id)
            store_expire_time(self, expire_time)
            store_trigger(self, trigger)
            store_legs(self, legs)
            store_labels(self, labels)
            store_price_source(self, price_source)
            store_wire_text(
                self,
                "".join(
                    (
                        '{"symbol":',
                        json_string(symbol),
                        ',"closeSize":' + ('""' if close_size is None else '"' + close_size_text + '"'),
                        ',"side":"',
                        side,
                        '","orderType":"',
                        order_type,
                        '","size":"',
                        size_text,
                        '"',
                        ',"price":"' + price_text + '"' if price is not None else "",
                        ',"timeInForce":"' + time_in_force + '"' if time_in_force is not None else "",
                        ',"leverage":' + str(leverage) if leverage is not None else "",
                        ',"reduceOnly":' + ("true" if reduce_only else "false") if reduce_only is not None else "",
                        ',"clientOid":' + json_string(client_oid) if client_oid is not None else "",
                        ',"accountId":' + json_string(account_id) if account_id is not None else "",
                        ',"expireTime":"' + str(expire_time) + '"' if expire_time is not None else "",
                        ',"trigger":' + trigger._wire if trigger is not None else "",
                        ',"legs":[' + ",".join([item._wire for item in legs]) + "]" if legs is not None else "",
                        ',"labels":[' + ",".join([json_string(item) for item in labels]) + "]"
                        if labels is not None
                        else "",
                        ',"priceSource":' + json_string(price_source) if price_source is not None else "",
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
class TriggerState(Response):
    """A trigger as the venue reports it."""

    price: Decimal | None = attrs.field(default=None, metadata=field_info("price"))
    """The trigger price."""
    triggered: bool | None = attrs.field(default=None, metadata=field_info("triggered"))
    """Whether the price has crossed."""
    price_type: PriceType | int | None = attrs.field(default=None, metadata=field_info("priceType"))
    """The price the trigger watches; a number the spec does not list stays a plain int."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, repr=False)
class LegState(Response):
    """A leg as the venue reports it."""

    kind: str | None = attrs.field(default=None, metadata=field_info("kind"))
    """Which leg."""
    price: Decimal | None = attrs.field(default=None, metadata=field_info("price"))
    """The leg's trigger price."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, repr=False)
class Order(Response):
    """An order as the venue reports it."""

    order_id: str = attrs.field(metadata=field_info("orderId"))
    """The venue's order id."""
    symbol: str = attrs.field(metadata=field_info("symbol"))
    """The market."""
    side: Side | str | None = attrs.field(default=None, metadata=field_info("side"))
    """Buy or sell."""
    status: OrderStatus | str | None = attrs.field(default=None, metadata=field_info("status"))
    """Where the order is in its life."""
    size: Decimal | None = attrs.field(default=None, metadata=field_info("size"))
    """Quantity."""
    filled: Decimal | None = attrs.field(default=None, metadata=field_info("filled"))
    """Quantity filled so far, as a JSON number."""
    leverage: int | None = attrs.field(default=None, metadata=field_info("leverage"))
    """Leverage."""
    reduce_only: bool | None = attrs.field(default=None, metadata=field_info("reduceOnly"))
    """Whether it only reduces a position."""
    trigger: TriggerState | None = attrs.field(default=None, metadata=field_info("trigger"))
    """The trigger, when the order has one."""
    legs: list[LegState] = attrs.field(factory=list, metadata=field_info("legs"))
    """The order's legs."""
    labels: list[str] = attrs.field(factory=list, metadata=field_info("labels"))
    """The order's labels."""
    sides: list[Side | str] = attrs.field(factory=list, metadata=field_info("sides"))
    """Sides as a list of enum values, kept open."""
    updated_at: int | None = attrs.field(default=None, metadata=field_info("updatedAt"))
    """Last change, in milliseconds since the epoch."""
    created_at: int | None = attrs.field(default=None, metadata=field_info("createdAt", seconds=True))
    """When the order was placed; the wire counts seconds, Python holds milliseconds."""
    finished_at: int | None = attrs.field(default=None, metadata=field_info("finishedAt", seconds=True))
    """When the order ended, in seconds with a fraction; Python holds whole milliseconds."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, repr=False)
class OrderPage(Response):
    """One page of orders."""

    orders: list[Order] = attrs.field(factory=list, metadata=field_info("orders"))
    """The orders."""
    next_cursor: str | None = attrs.field(default=None, metadata=field_info("nextCursor"))
    """Where the next page starts."""
    has_more: bool | None = attrs.field(default=None, metadata=field_info("hasMore"))
    """Whether more pages exist."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, init=False, repr=False)
class PriceBand(Model):
    """A price range, sent as JSON text in one query parameter."""

    low: Decimal = attrs.field(metadata=field_info("low"))
    """The lowest price."""
    high: Decimal | None = attrs.field(default=None, metadata=field_info("high"))
    """The highest price."""

    def __init__(
        self,
        *,
        low: DecimalInput,
        high: DecimalInput | None = None,
    ) -> None:
        try:
            if not (
                type(low) is Decimal
                and low.is_finite()
                and not low.is_signed()
                and "E" not in (low_text := str(low))
                and "e" not in low_text
                and len(low_text) <= MAX_DIGITS
                and _DECIMAL_PATTERN.fullmatch(low_text) is not None
            ):
                low = check.decimal(low, "low", pattern=_DECIMAL_PATTERN)
                low_text = format(low, "f")
            if high is not None:
                if not (
                    type(high) is Decimal
                    and high.is_finite()
                    and not high.is_signed()
                    and "E" not in (high_text := str(high))
                    and "e" not in high_text
                    and len(high_text) <= MAX_DIGITS
                    and _DECIMAL_PATTERN.fullmatch(high_text) is not None
                ):
                    high = check.decimal(high, "high", pattern=_DECIMAL_PATTERN)
                    high_text = format(high, "f")
            (  # the model is frozen: each field is stored through its slot's setter
                store_low,
                store_high,
                store_wire_text,
            ) = self._stores
            store_low(self, low)
            store_high(self, high)
            store_wire_text(
                self,
                "".join(
                    (
                        '{"low":"',
                        low_text,
                        '"',
                        ',"high":"' + high_text + '"' if high is not None else "",
                        "}",
                    )
                ),
            )
        except ValidationError as error:
            raise named(self.__class__, error) from None

    def wire_json(self) -> str:
        """This object as JSON text, written by the constructor: wire names in spec order, absent fields left out."""
        return self._wire


@attrs.frozen(kw_only=True, init=False, repr=False)
class ListOrdersRequest(Request[OrderPage]):
    """List open orders

    Rules across fields:

    - side required once accountId is set
    """

    operation: ClassVar[Operation] = Operation(
        venue="feature",
        operation_id="list_orders",
        method="GET",
        path="/v1/orders",
        result=OrderPage,
        result_shape="model",
        success_status=200,
        rate_limit=RateLimit(limit=20, per_seconds=2, scope="uid"),
        docs_url="https://docs.feature.example/list-orders",
        servers=SERVERS,
        pagination=Pagination(
            style="cursor",
            request="cursor",
            limit="limit",
            items="orders",
            next="next_cursor",
            more="has_more",
        ),
    )

    symbol: str = attrs.field(metadata=field_info("symbol", "query"))
    """The market."""
    cursor: str | None = attrs.field(default=None, metadata=field_info("cursor", "query"))
    """Where the page starts; the previous page's nextCursor."""
    limit: int | None = attrs.field(default=None, metadata=field_info("limit", "query"))
    """Page size. The venue's default: ``20``."""
    side: Side | None = attrs.field(default=None, metadata=field_info("side", "query"))
    """Only orders on this side."""
    min_size: Decimal | None = attrs.field(default=None, metadata=field_info("minSize", "query"))
    """Only orders at least this large."""
    since: int | None = attrs.field(default=None, metadata=field_info("since", "query"))
    """Only orders placed since this time, in milliseconds since the epoch."""
    with_legs: bool | None = attrs.field(default=None, metadata=field_info("withLegs", "query"))
    """Whether to include each order's legs."""
    account_id: str | None = attrs.field(default=None, metadata=field_info("accountId", "query"))
    """The sub-account."""
    price_band: PriceBand | None = attrs.field(
        default=None, metadata=field_info("priceBand", "query", nested=PriceBand)
    )
    """Only orders priced within this band, sent as JSON text."""

    def __init__(
        self,
        *,
        symbol: str,
        cursor: str | None = None,
        limit: int | None = None,
        side: Side | Literal["buy", "sell"] | None = None,
        min_size: DecimalInput | None = None,
        since: int | None = None,
        with_legs: bool | None = None,
        account_id: str | None = None,
        price_band: PriceBand | None = None,
    ) -> None:
        try:
            if not (type(symbol) is str and symbol.isascii() and _SYMBOL_PATTERN.fullmatch(symbol) is not None):
                symbol = check.string(symbol, "symbol", pattern=_SYMBOL_PATTERN)
            if cursor is not None:
                if not (type(cursor) is str and cursor.isascii()):
                    cursor = check.string(cursor, "cursor")
            if limit is not None:
                if not (
                    type(limit) is int
                    and -check.INTEGER_LIMIT < limit < check.INTEGER_LIMIT
                    and limit >= 1
                    and limit <= 100
                ):
                    limit = check.integer(limit, "limit", minimum=1, maximum=100)
            if side is not None:
                if type(side) is str and side in _SIDE_VALUES:
                    side = _SIDE_VALUES[side]
                else:
                    side = check.enum_member(Side, side, "side")
            if min_size is not None:
                if not (
                    type(min_size) is Decimal
                    and min_size.is_finite()
                    and not min_size.is_signed()
                    and "E" not in (min_size_text := str(min_size))
                    and "e" not in min_size_text
                    and len(min_size_text) <= MAX_DIGITS
                    and _DECIMAL_PATTERN.fullmatch(min_size_text) is not None
                ):
                    min_size = check.decimal(min_size, "minSize", pattern=_DECIMAL_PATTERN)
                    min_size_text = format(min_size, "f")
            if since is not None:
                if not (type(since) is int and -check.INTEGER_LIMIT < since < check.INTEGER_LIMIT):
                    since = check.integer(since, "since")
            if with_legs is not None:
                if type(with_legs) is not bool:
                    with_legs = check.boolean(with_legs, "withLegs")
            if account_id is not None:
                if not (type(account_id) is str and account_id.isascii()):
                    account_id = check.string(account_id, "accountId")
            if price_band is not None:
                price_band = check.model(PriceBand, price_band, "priceBand")
            if account_id is not None:
                if side is None:
                    raise ValidationError("side", "required when account_id is set")
            (  # the model is frozen: each field is stored through its slot's setter
                store_symbol,
                store_cursor,
                store_limit,
                store_side,
                store_min_size,
                store_since,
                store_with_legs,
                store_account_id,
                store_price_band,
                _,
            ) = self._stores
            store_symbol(self, symbol)
            store_cursor(self, cursor)
            store_limit(self, limit)
            store_side(self, side)
            store_min_size(self, min_size)
            store_since(self, since)
            store_with_legs(self, with_legs)
            store_account_id(self, account_id)
            store_price_band(self, price_band)
        except ValidationError as error:
            raise named(self.__class__, error) from None

    def wire_query(self) -> list[tuple[str, str]]:
        """The query fields as (wire name, text) pairs in spec order, absent ones left out, not yet percent-encoded."""
        pairs: list[tuple[str, str]] = [
            ("symbol", self.symbol),
        ]
        if self.cursor is not None:
            pairs.append(("cursor", self.cursor))
        if self.limit is not None:
            pairs.append(("limit", str(self.limit)))
        if self.side is not None:
            pairs.append(("side", self.side))
        if self.min_size is not None:
            pairs.append(("minSize", format(self.min_size, "f")))
        if self.since is not None:
            pairs.append(("since", str(self.since)))
        if self.with_legs is not None:
            pairs.append(("withLegs", "true" if self.with_legs else "false"))
        if self.account_id is not None:
            pairs.append(("accountId", self.account_id))
        if self.price_band is not None:
            pairs.append(("priceBand", self.price_band.wire_json()))
        return pairs


@attrs.frozen(kw_only=True, repr=False)
class CancelOrderResponse(Response):
    """A cancelled order."""

    order_id: str | None = attrs.field(default=None, metadata=field_info("orderId"))
    """The order."""
    cancelled: bool | None = attrs.field(default=None, metadata=field_info("cancelled"))
    """Whether the venue cancelled it now."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, init=False, repr=False)
class CancelOrderRequest(Request[CancelOrderResponse]):
    """Cancel an order"""

    operation: ClassVar[Operation] = Operation(
        venue="feature",
        operation_id="cancel_order",
        method="DELETE",
        path="/v1/orders/{orderId}",
        result=CancelOrderResponse,
        result_shape="model",
        success_status=200,
        rate_limit=None,
        docs_url="https://docs.feature.example/cancel-order",
        servers=SERVERS,
    )

    order_id: str = attrs.field(metadata=field_info("orderId", "path"))
    """The order to cancel, as the venue numbered it."""

    def __init__(
        self,
        *,
        order_id: str,
    ) -> None:
        try:
            if not (type(order_id) is str and order_id.isascii() and order_id not in (".", "..")):
                order_id = check.string(order_id, "orderId", path_segment=True)
            (  # the model is frozen: each field is stored through its slot's setter
                store_order_id,
                _,
            ) = self._stores
            store_order_id(self, order_id)
        except ValidationError as error:
            raise named(self.__class__, error) from None

    def wire_path(self) -> str:
        """The path below the server URL, each path field's text percent-encoded."""
        return "/v1/orders/" + quote(self.order_id, safe="")


@attrs.frozen(kw_only=True, repr=False)
class Fill(Response):
    """One fill."""

    fill_id: str = attrs.field(metadata=field_info("fillId"))
    """The fill's id; the cursor for the next page."""
    price: Decimal | None = attrs.field(default=None, metadata=field_info("price"))
    """Fill price."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, init=False, repr=False)
class ListFillsRequest(Request[list[Fill]]):
    """List fills"""

    operation: ClassVar[Operation] = Operation(
        venue="feature",
        operation_id="list_fills",
        method="GET",
        path="/v1/fills",
        result=Fill,
        result_shape="list",
        success_status=200,
        rate_limit=None,
        docs_url="https://docs.feature.example/list-fills",
        servers=SERVERS,
        pagination=Pagination(
            style="cursor",
            request="after",
            limit="limit",
            next="items[].fill_id",
        ),
    )

    after: str | None = attrs.field(default=None, metadata=field_info("after", "query"))
    """Fills older than this fill id."""
    limit: int | None = attrs.field(default=None, metadata=field_info("limit", "query"))
    """Page size."""

    def __init__(
        self,
        *,
        after: str | None = None,
        limit: int | None = None,
    ) -> None:
        try:
            if after is not None:
                if not (type(after) is str and after.isascii()):
                    after = check.string(after, "after")
            if limit is not None:
                if not (type(limit) is int and -check.INTEGER_LIMIT < limit < check.INTEGER_LIMIT and limit <= 500):
                    limit = check.integer(limit, "limit", maximum=500)
            (  # the model is frozen: each field is stored through its slot's setter
                store_after,
                store_limit,
                _,
            ) = self._stores
            store_after(self, after)
            store_limit(self, limit)
        except ValidationError as error:
            raise named(self.__class__, error) from None

    def wire_query(self) -> list[tuple[str, str]]:
        """The query fields as (wire name, text) pairs in spec order, absent ones left out, not yet percent-encoded."""
        pairs: list[tuple[str, str]] = []
        if self.after is not None:
            pairs.append(("after", self.after))
        if self.limit is not None:
            pairs.append(("limit", str(self.limit)))
        return pairs


@attrs.frozen(kw_only=True, init=False, repr=False)
class ListHistoryRequest(Request[list[Order]]):
    """List finished orders"""

    operation: ClassVar[Operation] = Operation(
        venue="feature",
        operation_id="list_history",
        method="GET",
        path="/v1/history",
        result=Order,
        result_shape="list_or_single",
        success_status=200,
        rate_limit=None,
        docs_url="https://docs.feature.example/list-history",
        servers=SERVERS,
        pagination=Pagination(
            style="offset",
            request="offset",
            limit="limit",
        ),
    )

    offset: int | None = attrs.field(default=None, metadata=field_info("offset", "query"))
    """How many orders to skip."""
    limit: int | None = attrs.field(default=None, metadata=field_info("limit", "query"))
    """Page size."""

    def __init__(
        self,
        *,
        offset: int | None = None,
        limit: int | None = None,
    ) -> None:
        try:
            if offset is not None:
                if not (type(offset) is int and -check.INTEGER_LIMIT < offset < check.INTEGER_LIMIT and offset >= 0):
                    offset = check.integer(offset, "offset", minimum=0)
            if limit is not None:
                if not (type(limit) is int and -check.INTEGER_LIMIT < limit < check.INTEGER_LIMIT):
                    limit = check.integer(limit, "limit")
            (  # the model is frozen: each field is stored through its slot's setter
                store_offset,
                store_limit,
                _,
            ) = self._stores
            store_offset(self, offset)
            store_limit(self, limit)
        except ValidationError as error:
            raise named(self.__class__, error) from None

    def wire_query(self) -> list[tuple[str, str]]:
        """The query fields as (wire name, text) pairs in spec order, absent ones left out, not yet percent-encoded."""
        pairs: list[tuple[str, str]] = []
        if self.offset is not None:
            pairs.append(("offset", str(self.offset)))
        if self.limit is not None:
            pairs.append(("limit", str(self.limit)))
        return pairs
