"""Gate: the models and enums only the ``futures_price_orders`` area uses.

Import them from ``models``, which re-exports every module of models; this one loads with ``futures_price_orders``
alone.

Generated from ``spec/gate.yaml`` by ``python -m codegen generate``; edit the spec, not this file.
"""

from __future__ import annotations

import enum
from decimal import Decimal
from typing import Any, ClassVar, Literal
from urllib.parse import quote

import attrs

from .._runtime import check
from .._runtime.check import MAX_DIGITS, DecimalInput
from .._runtime.errors import ValidationError
from .._runtime.model import Model, Operation, Pagination, RateLimit, Request, Response, field_info, named
from .._runtime.wire import json_string
from ._shared_models import (
    _DECIMAL_PATTERN,
    _PRICE_ORDER_LIST_STATUS_VALUES,
    _TIME_IN_FORCE_VALUES,
    SERVERS,
    PriceOrderListStatus,
    TimeInForce,
)


class Settle(enum.StrEnum):
    """Settle currency of the perpetual contracts, `usdt` or `btc`; each settle currency keeps its own auto orders."""

    USDT = "usdt"
    BTC = "btc"


_SETTLE_VALUES: dict[str, Settle] = {member.value: member for member in Settle}
"""Each wire value's member: what a constructor's check of a plain ``str`` looks up."""


class AutoSize(enum.StrEnum):
    """Write-only. In hedge mode, closing a whole position (size 0): `close_long` or `close_short`; otherwise leave
    it out."""

    CLOSE_LONG = "close_long"
    CLOSE_SHORT = "close_short"


_AUTO_SIZE_VALUES: dict[str, AutoSize] = {member.value: member for member in AutoSize}
"""Each wire value's member: what a constructor's check of a plain ``str`` looks up."""


class StrategyType(enum.IntEnum):
    """`0` (price trigger: the reference price against `price`) or `1` (price-spread trigger: the last minus the
    second-last reference price against `price`); the page says only 0 is supported."""

    PRICE = 0
    SPREAD = 1


_STRATEGY_TYPE_VALUES: dict[int, StrategyType] = {member.value: member for member in StrategyType}
"""Each wire value's member: what a constructor's check of a plain ``int`` looks up."""


class PriceType(enum.IntEnum):
    """Reference price: `0` (last trade price), `1` (mark price) or `2` (index price)."""

    LAST = 0
    MARK = 1
    INDEX = 2


_PRICE_TYPE_VALUES: dict[int, PriceType] = {member.value: member for member in PriceType}
"""Each wire value's member: what a constructor's check of a plain ``int`` looks up."""


class FuturesTriggerRule(enum.IntEnum):
    """`1` fires when the reference price is at or above `price` (which must be above the last price), `2` when it is
    at or below `price` (which must be below the last price)."""

    GTE = 1
    LTE = 2


_FUTURES_TRIGGER_RULE_VALUES: dict[int, FuturesTriggerRule] = {member.value: member for member in FuturesTriggerRule}
"""Each wire value's member: what a constructor's check of a plain ``int`` looks up."""


class FuturesPositionCloseType(enum.StrEnum):
    """Take-profit / stop-loss kind: `close-long-position` or `close-short-position` (position TP/SL, closes the
    whole long or short), `plan-close-long-position` or `plan-close-short-position` (position plan TP/SL, all or
    part of the long or short). Left out, the auto order is a plain trigger order."""

    CLOSE_LONG_POSITION = "close-long-position"
    CLOSE_SHORT_POSITION = "close-short-position"
    PLAN_CLOSE_LONG_POSITION = "plan-close-long-position"
    PLAN_CLOSE_SHORT_POSITION = "plan-close-short-position"


_FUTURES_POSITION_CLOSE_TYPE_VALUES: dict[str, FuturesPositionCloseType] = {
    member.value: member for member in FuturesPositionCloseType
}
"""Each wire value's member: what a constructor's check of a plain ``str`` looks up."""


class PosMarginMode(enum.StrEnum):
    """Margin mode of the position, `isolated` or `cross`, for accounts in simple split-position mode."""

    ISOLATED = "isolated"
    CROSS = "cross"


_POS_MARGIN_MODE_VALUES: dict[str, PosMarginMode] = {member.value: member for member in PosMarginMode}
"""Each wire value's member: what a constructor's check of a plain ``str`` looks up."""


class FuturesPriceOrderStatus(enum.StrEnum):
    """`open` (running), `finished` (ended; `finish_as` says how), `inactive` or `invalid` (order TP/SL only)."""

    OPEN = "open"
    FINISHED = "finished"
    INACTIVE = "inactive"
    INVALID = "invalid"


class FinishAs(enum.StrEnum):
    """How the auto order ended, `cancelled`, `succeeded`, `failed` or `expired`."""

    CANCELLED = "cancelled"
    SUCCEEDED = "succeeded"
    FAILED = "failed"
    EXPIRED = "expired"


class FuturesPriceOrderType(enum.StrEnum):
    """Take-profit / stop-loss kind: `close-long-order` or `close-short-order` (order TP/SL), `close-long-position`
    or `close-short-position` (position TP/SL), `plan-close-long-position` or `plan-close-short-position`
    (position plan TP/SL)."""

    CLOSE_LONG_ORDER = "close-long-order"
    CLOSE_SHORT_ORDER = "close-short-order"
    CLOSE_LONG_POSITION = "close-long-position"
    CLOSE_SHORT_POSITION = "close-short-position"
    PLAN_CLOSE_LONG_POSITION = "plan-close-long-position"
    PLAN_CLOSE_SHORT_POSITION = "plan-close-short-position"


@attrs.frozen(kw_only=True, repr=False)
class CreateFuturesPriceOrderResponse(Response):
    """The ID of the new auto order (TriggerOrderResponse)."""

    id: str = attrs.field(metadata=field_info("id"))
    """Auto order ID."""
    id_string: str | None = attrs.field(default=None, metadata=field_info("id_string"))
    """The same ID as a decimal string (newer revision and SDK 7.2.161 only)."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, init=False, repr=False)
class FuturesInitialOrder(Model):
    """The futures order an auto order places when it fires."""

    contract: str = attrs.field(metadata=field_info("contract"))
    """Futures contract, e.g. BTC_USDT."""
    size: int | None = attrs.field(default=None, metadata=field_info("size"))
    """Number of contracts (a whole number). For a position close: 0 closes the whole position; a partial
    `plan-close-short-position` needs a size above 0, a partial `plan-close-long-position` one below 0."""
    amount: Decimal | None = attrs.field(default=None, metadata=field_info("amount"))
    """Size as a decimal string, for contracts that trade fractional sizes; when both are sent, amount wins over
    size."""
    price: Decimal = attrs.field(metadata=field_info("price"))
    """Order price; `0` places a market order (which takes `ioc` only)."""
    close: bool | None = attrs.field(default=None, metadata=field_info("close"))
    """Write-only. True to close the whole position in one-way mode; for a partial close, or in hedge mode, leave it
    out or send false."""
    tif: TimeInForce | None = attrs.field(default=None, metadata=field_info("tif"))
    """Time in force, `gtc` (good till cancelled, the venue's default) or `ioc`; market orders take `ioc` only."""
    text: str | None = attrs.field(default=None, metadata=field_info("text"))
    """Source of the order; the page names `web`, `api` and `app`."""
    reduce_only: bool | None = attrs.field(default=None, metadata=field_info("reduce_only"))
    """True to let the order only reduce or close a position."""
    auto_size: AutoSize | None = attrs.field(default=None, metadata=field_info("auto_size"))
    """Write-only. In hedge mode, closing a whole position (size 0): `close_long` or `close_short`; otherwise leave
    it out."""

    def __init__(
        self,
        *,
        contract: str,
        price: DecimalInput,
        size: int | None = None,
        amount: DecimalInput | None = None,
        close: bool | None = None,
        tif: TimeInForce | Literal["gtc", "ioc"] | None = None,
        text: str | None = None,
        reduce_only: bool | None = None,
        auto_size: AutoSize | Literal["close_long", "close_short"] | None = None,
    ) -> None:
        try:
            if not (type(contract) is str and contract.isascii()):
                contract = check.string(contract, "contract")
            if size is not None:
                if not (type(size) is int and -check.INTEGER_LIMIT < size < check.INTEGER_LIMIT):
                    size = check.integer(size, "size")
            if amount is not None:
                if not (
                    type(amount) is Decimal
                    and amount.is_finite()
                    and not amount.is_signed()
                    and "E" not in (amount_text := str(amount))
                    and "e" not in amount_text
                    and len(amount_text) <= MAX_DIGITS
                ):
                    amount = check.decimal(amount, "amount", pattern=_DECIMAL_PATTERN)
                    amount_text = format(amount, "f")
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
            if close is not None:
                if type(close) is not bool:
                    close = check.boolean(close, "close")
            if tif is not None:
                if type(tif) is str and tif in _TIME_IN_FORCE_VALUES:
                    tif = _TIME_IN_FORCE_VALUES[tif]
                else:
                    tif = check.enum_member(TimeInForce, tif, "tif")
            if text is not None:
                if not (type(text) is str and text.isascii()):
                    text = check.string(text, "text")
            if reduce_only is not None:
                if type(reduce_only) is not bool:
                    reduce_only = check.boolean(reduce_only, "reduce_only")
            if auto_size is not None:
                if type(auto_size) is str and auto_size in _AUTO_SIZE_VALUES:
                    auto_size = _AUTO_SIZE_VALUES[auto_size]
                else:
                    auto_size = check.enum_member(AutoSize, auto_size, "auto_size")
            (  # the model is frozen: each field is stored through its slot's setter
                store_contract,
                store_size,
                store_amount,
                store_price,
                store_close,
                store_tif,
                store_text,
                store_reduce_only,
                store_auto_size,
                store_wire_text,
            ) = self._stores
            store_contract(self, contract)
            store_size(self, size)
            store_amount(self, amount)
            store_price(self, price)
            store_close(self, close)
            store_tif(self, tif)
            store_text(self, text)
            store_reduce_only(self, reduce_only)
            store_auto_size(self, auto_size)
            store_wire_text(
                self,
                "".join(
                    (
                        '{"contract":',
                        json_string(contract),
                        ',"size":' + str(size) if size is not None else "",
                        ',"amount":"' + amount_text + '"' if amount is not None else "",
                        ',"price":"',
                        price_text,
                        '"',
                        ',"close":' + ("true" if close else "false") if close is not None else "",
                        ',"tif":"' + tif + '"' if tif is not None else "",
                        ',"text":' + json_string(text) if text is not None else "",
                        ',"reduce_only":' + ("true" if reduce_only else "false") if reduce_only is not None else "",
                        ',"auto_size":"' + auto_size + '"' if auto_size is not None else "",
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
class FuturesPriceTrigger(Model):
    """Trigger condition of a futures price-triggered order."""

    strategy_type: StrategyType | None = attrs.field(default=None, metadata=field_info("strategy_type"))
    """`0` (price trigger: the reference price against `price`) or `1` (price-spread trigger: the last minus the
    second-last reference price against `price`); the page says only 0 is supported."""
    price_type: PriceType | None = attrs.field(default=None, metadata=field_info("price_type"))
    """Reference price: `0` (last trade price), `1` (mark price) or `2` (index price)."""
    price: Decimal = attrs.field(metadata=field_info("price"))
    """Trigger price (the spread, with `strategy_type` 1)."""
    rule: FuturesTriggerRule = attrs.field(metadata=field_info("rule"))
    """`1` fires when the reference price is at or above `price` (which must be above the last price), `2` when it is
    at or below `price` (which must be below the last price)."""
    expiration: int | None = attrs.field(default=None, metadata=field_info("expiration"))
    """Longest time to wait for the trigger, in seconds; the auto order is cancelled when it runs out. The page
    documents no default."""

    def __init__(
        self,
        *,
        price: DecimalInput,
        rule: FuturesTriggerRule | Literal[1, 2],
        strategy_type: StrategyType | Literal[0, 1] | None = None,
        price_type: PriceType | Literal[0, 1, 2] | None = None,
        expiration: int | None = None,
    ) -> None:
        try:
            if strategy_type is not None:
                if type(strategy_type) is int and strategy_type in _STRATEGY_TYPE_VALUES:
                    strategy_type = _STRATEGY_TYPE_VALUES[strategy_type]
                else:
                    strategy_type = check.enum_member(StrategyType, strategy_type, "strategy_type")
            if price_type is not None:
                if type(price_type) is int and price_type in _PRICE_TYPE_VALUES:
                    price_type = _PRICE_TYPE_VALUES[price_type]
                else:
                    price_type = check.enum_member(PriceType, price_type, "price_type")
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
            if type(rule) is int and rule in _FUTURES_TRIGGER_RULE_VALUES:
                rule = _FUTURES_TRIGGER_RULE_VALUES[rule]
            else:
                rule = check.enum_member(FuturesTriggerRule, rule, "rule")
            if expiration is not None:
                if not (type(expiration) is int and -check.INTEGER_LIMIT < expiration < check.INTEGER_LIMIT):
                    expiration = check.integer(expiration, "expiration")
            (  # the model is frozen: each field is stored through its slot's setter
                store_strategy_type,
                store_price_type,
                store_price,
                store_rule,
                store_expiration,
                store_wire_text,
            ) = self._stores
            store_strategy_type(self, strategy_type)
            store_price_type(self, price_type)
            store_price(self, price)
            store_rule(self, rule)
            store_expiration(self, expiration)
            members: list[str] = []
            if strategy_type is not None:
                members.append('"strategy_type":' + str(strategy_type.value))
            if price_type is not None:
                members.append('"price_type":' + str(price_type.value))
            members.append('"price":"' + price_text + '"')
            members.append('"rule":' + str(rule.value))
            if expiration is not None:
                members.append('"expiration":' + str(expiration))
            store_wire_text(self, "{" + ",".join(members) + "}")
        except ValidationError as error:
            raise named(self.__class__, error) from None

    def wire_json(self) -> str:
        """This object as JSON text, written by the constructor: wire names in spec order, absent fields left out."""
        return self._wire


@attrs.frozen(kw_only=True, init=False, repr=False)
class CreateFuturesPriceOrderRequest(Request[CreateFuturesPriceOrderResponse]):
    """Body of a futures price-triggered order (FuturesPriceTriggeredOrder, the fields a request may set)."""

    operation: ClassVar[Operation] = Operation(
        venue="gate",
        operation_id="create_futures_price_order",
        method="POST",
        path="/futures/{settle}/price_orders",
        result=CreateFuturesPriceOrderResponse,
        result_shape="model",
        success_status=201,
        rate_limit=RateLimit(limit=100, per_seconds=1, scope="uid"),
        docs_url="https://www.gate.io/docs/developers/apiv4/en/#createpricetriggeredorder-parameters",
        servers=SERVERS,
    )

    settle: Settle = attrs.field(metadata=field_info("settle", "path"))
    """Settle currency of the perpetual contracts, `usdt` or `btc`; each settle currency keeps its own auto orders."""
    initial: FuturesInitialOrder = attrs.field(metadata=field_info("initial", "body", nested=FuturesInitialOrder))
    """The order placed when the trigger fires."""
    trigger: FuturesPriceTrigger = attrs.field(metadata=field_info("trigger", "body", nested=FuturesPriceTrigger))
    """When the order fires."""
    order_type: FuturesPositionCloseType | None = attrs.field(default=None, metadata=field_info("order_type", "body"))
    """Take-profit / stop-loss kind: `close-long-position` or `close-short-position` (position TP/SL, closes the
    whole long or short), `plan-close-long-position` or `plan-close-short-position` (position plan TP/SL, all or
    part of the long or short). Left out, the auto order is a plain trigger order."""
    pos_margin_mode: PosMarginMode | None = attrs.field(default=None, metadata=field_info("pos_margin_mode", "body"))
    """Margin mode of the position, `isolated` or `cross`, for accounts in simple split-position mode."""

    def __init__(
        self,
        *,
        settle: Settle | Literal["usdt", "btc"],
        initial: FuturesInitialOrder,
        trigger: FuturesPriceTrigger,
        order_type: FuturesPositionCloseType
        | Literal[
            "close-long-position", "close-short-position", "plan-close-long-position", "plan-close-short-position"
        ]
        | None = None,
        pos_margin_mode: PosMarginMode | Literal["isolated", "cross"] | None = None,
    ) -> None:
        try:
            if type(settle) is str and settle in _SETTLE_VALUES:
                settle = _SETTLE_VALUES[settle]
            else:
                settle = check.enum_member(Settle, settle, "settle")
            if type(initial) is not FuturesInitialOrder:
                initial = check.model(FuturesInitialOrder, initial, "initial")
            if type(trigger) is not FuturesPriceTrigger:
                trigger = check.model(FuturesPriceTrigger, trigger, "trigger")
            if order_type is not None:
                if type(order_type) is str and order_type in _FUTURES_POSITION_CLOSE_TYPE_VALUES:
                    order_type = _FUTURES_POSITION_CLOSE_TYPE_VALUES[order_type]
                else:
                    order_type = check.enum_member(FuturesPositionCloseType, order_type, "order_type")
            if pos_margin_mode is not None:
                if type(pos_margin_mode) is str and pos_margin_mode in _POS_MARGIN_MODE_VALUES:
                    pos_margin_mode = _POS_MARGIN_MODE_VALUES[pos_margin_mode]
                else:
                    pos_margin_mode = check.enum_member(PosMarginMode, pos_margin_mode, "pos_margin_mode")
            (  # the model is frozen: each field is stored through its slot's setter
                store_settle,
                store_initial,
                store_trigger,
                store_order_type,
                store_pos_margin_mode,
                store_wire_text,
            ) = self._stores
            store_settle(self, settle)
            store_initial(self, initial)
            store_trigger(self, trigger)
            store_order_type(self, order_type)
            store_pos_margin_mode(self, pos_margin_mode)
            store_wire_text(
                self,
                "".join(
                    (
                        '{"initial":',
                        initial._wire,
                        ',"trigger":',
                        trigger._wire,
                        ',"order_type":"' + order_type + '"' if order_type is not None else "",
                        ',"pos_margin_mode":"' + pos_margin_mode + '"' if pos_margin_mode is not None else "",
                        "}",
                    )
                ),
            )
        except ValidationError as error:
            raise named(self.__class__, error) from None

    def wire_path(self) -> str:
        """The path below the server URL, each path field's text percent-encoded."""
        return "/futures/" + quote(self.settle, safe="") + "/price_orders"

    def wire_body(self) -> str:
        """The JSON body the constructor wrote: wire names in spec order, absent fields left out."""
        return self._wire


@attrs.frozen(kw_only=True, repr=False)
class FuturesInitialOrderState(Response):
    """The order a futures auto order places when it fires, as Gate reports it."""

    contract: str = attrs.field(metadata=field_info("contract"))
    """Futures contract."""
    size: int | None = attrs.field(default=None, metadata=field_info("size"))
    """Number of contracts, as sent (see the create page for the sign)."""
    amount: Decimal | None = attrs.field(default=None, metadata=field_info("amount"))
    """Size as a decimal string (newer revision and SDK 7.2.161 only)."""
    price: Decimal | None = attrs.field(default=None, metadata=field_info("price"))
    """Order price; `0` means a market order."""
    tif: TimeInForce | str | None = attrs.field(default=None, metadata=field_info("tif"))
    """Time in force, `gtc` or `ioc`."""
    text: str | None = attrs.field(default=None, metadata=field_info("text"))
    """Source of the order; the page names `web`, `api` and `app`."""
    reduce_only: bool | None = attrs.field(default=None, metadata=field_info("reduce_only"))
    """The reduce-only flag as sent."""
    is_reduce_only: bool | None = attrs.field(default=None, metadata=field_info("is_reduce_only"))
    """Whether the order is reduce-only."""
    is_close: bool | None = attrs.field(default=None, metadata=field_info("is_close"))
    """Whether the order closes a position."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, repr=False)
class FuturesPriceTriggerState(Response):
    """The trigger condition of a futures auto order, as Gate reports it."""

    strategy_type: StrategyType | int | None = attrs.field(default=None, metadata=field_info("strategy_type"))
    """`0` (price trigger) or `1` (price-spread trigger)."""
    price_type: PriceType | int | None = attrs.field(default=None, metadata=field_info("price_type"))
    """Reference price: `0` (last trade price), `1` (mark price) or `2` (index price)."""
    price: Decimal = attrs.field(metadata=field_info("price"))
    """Trigger price (or spread)."""
    rule: FuturesTriggerRule | int = attrs.field(metadata=field_info("rule"))
    """`1` fires when the reference price is at or above `price`, `2` when at or below."""
    expiration: int | None = attrs.field(default=None, metadata=field_info("expiration"))
    """Longest wait for the trigger, in seconds."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, repr=False)
class FuturesPriceTriggeredOrder(Response):
    """A futures auto order as Gate reports it (FuturesPriceTriggeredOrder), with its read-only state."""

    initial: FuturesInitialOrderState = attrs.field(metadata=field_info("initial"))
    """The order placed when the trigger fires."""
    trigger: FuturesPriceTriggerState = attrs.field(metadata=field_info("trigger"))
    """When the order fires."""
    id: str = attrs.field(metadata=field_info("id"))
    """Auto order ID."""
    id_string: str | None = attrs.field(default=None, metadata=field_info("id_string"))
    """The same ID as a decimal string (newer revision and SDK 7.2.161 only)."""
    user: int | None = attrs.field(default=None, metadata=field_info("user"))
    """User ID."""
    create_time: int | None = attrs.field(default=None, metadata=field_info("create_time", seconds=True))
    """Creation time, Unix seconds (the page's type is a double; its example an integer)."""
    finish_time: int | None = attrs.field(default=None, metadata=field_info("finish_time", seconds=True))
    """Finish time, Unix seconds."""
    trade_id: str | None = attrs.field(default=None, metadata=field_info("trade_id"))
    """ID of the futures order placed when the trigger fired."""
    status: FuturesPriceOrderStatus | str | None = attrs.field(default=None, metadata=field_info("status"))
    """`open` (running), `finished` (ended; `finish_as` says how), `inactive` or `invalid` (order TP/SL only)."""
    finish_as: FinishAs | str | None = attrs.field(default=None, metadata=field_info("finish_as"))
    """How the auto order ended, `cancelled`, `succeeded`, `failed` or `expired`."""
    reason: str | None = attrs.field(default=None, metadata=field_info("reason"))
    """How the order ended, in words."""
    order_type: FuturesPriceOrderType | str | None = attrs.field(default=None, metadata=field_info("order_type"))
    """Take-profit / stop-loss kind: `close-long-order` or `close-short-order` (order TP/SL), `close-long-position`
    or `close-short-position` (position TP/SL), `plan-close-long-position` or `plan-close-short-position`
    (position plan TP/SL)."""
    me_order_id: str | None = attrs.field(default=None, metadata=field_info("me_order_id"))
    """For an order TP/SL, the order it belongs to."""
    pos_margin_mode: PosMarginMode | str | None = attrs.field(default=None, metadata=field_info("pos_margin_mode"))
    """Margin mode of the position, `isolated` or `cross` (newer revision and SDK 7.2.161 only)."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, init=False, repr=False)
class ListFuturesPriceOrdersRequest(Request[list[FuturesPriceTriggeredOrder]]):
    """List futures price-triggered orders"""

    operation: ClassVar[Operation] = Operation(
        venue="gate",
        operation_id="list_futures_price_orders",
        method="GET",
        path="/futures/{settle}/price_orders",
        result=FuturesPriceTriggeredOrder,
        result_shape="list",
        success_status=200,
        rate_limit=RateLimit(limit=200, per_seconds=10, scope="uid"),
        docs_url="https://www.gate.io/docs/developers/apiv4/en/#listpricetriggeredorders-parameters",
        servers=SERVERS,
        pagination=Pagination(
            style="offset",
            request="offset",
            limit="limit",
        ),
    )

    settle: Settle = attrs.field(metadata=field_info("settle", "path"))
    """Settle currency of the perpetual contracts, `usdt` or `btc`."""
    status: PriceOrderListStatus = attrs.field(metadata=field_info("status", "query"))
    """`open` for running auto orders, `finished` for the ones that ended (`finish_as` then says how)."""
    contract: str | None = attrs.field(default=None, metadata=field_info("contract", "query"))
    """Only this contract, e.g. BTC_USDT; every contract of the settle currency when left out."""
    limit: int | None = attrs.field(default=None, metadata=field_info("limit", "query"))
    """Most records per call, 1 to 1000; 100 when left out. The venue's default: ``100``."""
    offset: int | None = attrs.field(default=None, metadata=field_info("offset", "query"))
    """How many records to skip, from 0; 0 when left out. The venue's default: ``0``."""

    def __init__(
        self,
        *,
        settle: Settle | Literal["usdt", "btc"],
        status: PriceOrderListStatus | Literal["open", "finished"],
        contract: str | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> None:
        try:
            if type(settle) is str and settle in _SETTLE_VALUES:
                settle = _SETTLE_VALUES[settle]
            else:
                settle = check.enum_member(Settle, settle, "settle")
            if type(status) is str and status in _PRICE_ORDER_LIST_STATUS_VALUES:
                status = _PRICE_ORDER_LIST_STATUS_VALUES[status]
            else:
                status = check.enum_member(PriceOrderListStatus, status, "status")
            if contract is not None:
                if not (type(contract) is str and contract.isascii()):
                    contract = check.string(contract, "contract")
            if limit is not None:
                if not (
                    type(limit) is int
                    and -check.INTEGER_LIMIT < limit < check.INTEGER_LIMIT
                    and limit >= 1
                    and limit <= 1000
                ):
                    limit = check.integer(limit, "limit", minimum=1, maximum=1000)
            if offset is not None:
                if not (type(offset) is int and -check.INTEGER_LIMIT < offset < check.INTEGER_LIMIT and offset >= 0):
                    offset = check.integer(offset, "offset", minimum=0)
            (  # the model is frozen: each field is stored through its slot's setter
                store_settle,
                store_status,
                store_contract,
                store_limit,
                store_offset,
                _,
            ) = self._stores
            store_settle(self, settle)
            store_status(self, status)
            store_contract(self, contract)
            store_limit(self, limit)
            store_offset(self, offset)
        except ValidationError as error:
            raise named(self.__class__, error) from None

    def wire_path(self) -> str:
        """The path below the server URL, each path field's text percent-encoded."""
        return "/futures/" + quote(self.settle, safe="") + "/price_orders"

    def wire_query(self) -> list[tuple[str, str]]:
        """The query fields as (wire name, text) pairs in spec order, absent ones left out, not yet percent-encoded."""
        pairs: list[tuple[str, str]] = [
            ("status", self.status),
        ]
        if self.contract is not None:
            pairs.append(("contract", self.contract))
        if self.limit is not None:
            pairs.append(("limit", str(self.limit)))
        if self.offset is not None:
            pairs.append(("offset", str(self.offset)))
        return pairs


@attrs.frozen(kw_only=True, init=False, repr=False)
class CancelAllFuturesPriceOrdersRequest(Request[list[FuturesPriceTriggeredOrder]]):
    """Cancel all futures price-triggered orders"""

    operation: ClassVar[Operation] = Operation(
        venue="gate",
        operation_id="cancel_all_futures_price_orders",
        method="DELETE",
        path="/futures/{settle}/price_orders",
        result=FuturesPriceTriggeredOrder,
        result_shape="list",
        success_status=200,
        rate_limit=RateLimit(limit=200, per_seconds=1, scope="uid"),
        docs_url="https://www.gate.io/docs/developers/apiv4/en/#cancelpricetriggeredorderlist-parameters",
        servers=SERVERS,
    )

    settle: Settle = attrs.field(metadata=field_info("settle", "path"))
    """Settle currency of the perpetual contracts, `usdt` or `btc`."""
    contract: str | None = attrs.field(default=None, metadata=field_info("contract", "query"))
    """Only this contract, e.g. BTC_USDT; every contract of the settle currency when left out."""

    def __init__(
        self,
        *,
        settle: Settle | Literal["usdt", "btc"],
        contract: str | None = None,
    ) -> None:
        try:
            if type(settle) is str and settle in _SETTLE_VALUES:
                settle = _SETTLE_VALUES[settle]
            else:
                settle = check.enum_member(Settle, settle, "settle")
            if contract is not None:
                if not (type(contract) is str and contract.isascii()):
                    contract = check.string(contract, "contract")
            (  # the model is frozen: each field is stored through its slot's setter
                store_settle,
                store_contract,
                _,
            ) = self._stores
            store_settle(self, settle)
            store_contract(self, contract)
        except ValidationError as error:
            raise named(self.__class__, error) from None

    def wire_path(self) -> str:
        """The path below the server URL, each path field's text percent-encoded."""
        return "/futures/" + quote(self.settle, safe="") + "/price_orders"

    def wire_query(self) -> list[tuple[str, str]]:
        """The query fields as (wire name, text) pairs in spec order, absent ones left out, not yet percent-encoded."""
        pairs: list[tuple[str, str]] = []
        if self.contract is not None:
            pairs.append(("contract", self.contract))
        return pairs


@attrs.frozen(kw_only=True, init=False, repr=False)
class GetFuturesPriceOrderRequest(Request[FuturesPriceTriggeredOrder]):
    """Get one futures price-triggered order"""

    operation: ClassVar[Operation] = Operation(
        venue="gate",
        operation_id="get_futures_price_order",
        method="GET",
        path="/futures/{settle}/price_orders/{order_id}",
        result=FuturesPriceTriggeredOrder,
        result_shape="model",
        success_status=200,
        rate_limit=RateLimit(limit=200, per_seconds=10, scope="uid"),
        docs_url="https://www.gate.io/docs/developers/apiv4/en/#getpricetriggeredorder-parameters",
        servers=SERVERS,
    )

    settle: Settle = attrs.field(metadata=field_info("settle", "path"))
    """Settle currency of the perpetual contracts, `usdt` or `btc`."""
    order_id: str = attrs.field(metadata=field_info("order_id", "path"))
    """ID of the auto order, as returned when it was created."""

    def __init__(
        self,
        *,
        settle: Settle | Literal["usdt", "btc"],
        order_id: str,
    ) -> None:
        try:
            if type(settle) is str and settle in _SETTLE_VALUES:
                settle = _SETTLE_VALUES[settle]
            else:
                settle = check.enum_member(Settle, settle, "settle")
            if not (
                type(order_id) is str and order_id.isascii() and order_id not in (".", "..") and len(order_id) >= 1
            ):
                order_id = check.string(order_id, "order_id", min_length=1, path_segment=True)
            (  # the model is frozen: each field is stored through its slot's setter
                store_settle,
                store_order_id,
                _,
            ) = self._stores
            store_settle(self, settle)
            store_order_id(self, order_id)
        except ValidationError as error:
            raise named(self.__class__, error) from None

    def wire_path(self) -> str:
        """The path below the server URL, each path field's text percent-encoded."""
        return "/futures/" + quote(self.settle, safe="") + "/price_orders/" + quote(self.order_id, safe="")


@attrs.frozen(kw_only=True, init=False, repr=False)
class CancelFuturesPriceOrderRequest(Request[FuturesPriceTriggeredOrder]):
    """Cancel one futures price-triggered order"""

    operation: ClassVar[Operation] = Operation(
        venue="gate",
        operation_id="cancel_futures_price_order",
        method="DELETE",
        path="/futures/{settle}/price_orders/{order_id}",
        result=FuturesPriceTriggeredOrder,
        result_shape="model",
        success_status=200,
        rate_limit=RateLimit(limit=200, per_seconds=1, scope="uid"),
        docs_url="https://www.gate.io/docs/developers/apiv4/en/#cancelpricetriggeredorder-parameters",
        servers=SERVERS,
    )

    settle: Settle = attrs.field(metadata=field_info("settle", "path"))
    """Settle currency of the perpetual contracts, `usdt` or `btc`."""
    order_id: str = attrs.field(metadata=field_info("order_id", "path"))
    """ID of the auto order, as returned when it was created."""

    def __init__(
        self,
        *,
        settle: Settle | Literal["usdt", "btc"],
        order_id: str,
    ) -> None:
        try:
            if type(settle) is str and settle in _SETTLE_VALUES:
                settle = _SETTLE_VALUES[settle]
            else:
                settle = check.enum_member(Settle, settle, "settle")
            if not (
                type(order_id) is str and order_id.isascii() and order_id not in (".", "..") and len(order_id) >= 1
            ):
                order_id = check.string(order_id, "order_id", min_length=1, path_segment=True)
            (  # the model is frozen: each field is stored through its slot's setter
                store_settle,
                store_order_id,
                _,
            ) = self._stores
            store_settle(self, settle)
            store_order_id(self, order_id)
        except ValidationError as error:
            raise named(self.__class__, error) from None

    def wire_path(self) -> str:
        """The path below the server URL, each path field's text percent-encoded."""
        return "/futures/" + quote(self.settle, safe="") + "/price_orders/" + quote(self.order_id, safe="")
