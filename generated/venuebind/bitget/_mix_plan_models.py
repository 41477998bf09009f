"""Bitget: the models and enums only the ``mix_plan`` area uses.

Import them from ``models``, which re-exports every module of models; this one loads with ``mix_plan`` alone.

Generated from ``spec/bitget.yaml`` by ``python -m codegen generate``; edit the spec, not this file.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Any, ClassVar, Literal

import attrs

from .._runtime import check
from .._runtime.check import MAX_DIGITS, DecimalInput
from .._runtime.errors import ValidationError
from .._runtime.model import Model, Operation, Pagination, RateLimit, Request, Response, field_info, named
from .._runtime.wire import json_string
from ._shared_models import (
    _DECIMAL_PATTERN,
    _ORDER_TYPE_VALUES,
    _PLAN_HISTORY_STATUS_VALUES,
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

_POSITIVE_DECIMAL_PATTERN = re.compile(r"^([0-9]*[1-9][0-9]*(\.[0-9]+)?|[0-9]+\.[0-9]*[1-9][0-9]*)$")
_DECIMAL_0_01 = Decimal("0.01")
_DECIMAL_10 = Decimal("10")
_DECIMAL_999_99 = Decimal("999.99")


class MixPlanType(enum.StrEnum):
    """`normal_plan` for a trigger order, `track_plan` for a trailing-stop order."""

    NORMAL_PLAN = "normal_plan"
    TRACK_PLAN = "track_plan"


_MIX_PLAN_TYPE_VALUES: dict[str, MixPlanType] = {member.value: member for member in MixPlanType}
"""Each wire value's member: what a constructor's check of a plain ``str`` looks up."""


class ProductType(enum.StrEnum):
    """Product line: `USDT-FUTURES` (USDT professional futures), `COIN-FUTURES` (mixed/coin-margined futures),
    `USDC-FUTURES` (USDC professional futures), and the demo lines `SUSDT-FUTURES`, `SCOIN-FUTURES`,
    `SUSDC-FUTURES`."""

    USDT_FUTURES = "USDT-FUTURES"
    COIN_FUTURES = "COIN-FUTURES"
    USDC_FUTURES = "USDC-FUTURES"
    SUSDT_FUTURES = "SUSDT-FUTURES"
    SCOIN_FUTURES = "SCOIN-FUTURES"
    SUSDC_FUTURES = "SUSDC-FUTURES"


_PRODUCT_TYPE_VALUES: dict[str, ProductType] = {member.value: member for member in ProductType}
"""Each wire value's member: what a constructor's check of a plain ``str`` looks up."""


class MarginMode(enum.StrEnum):
    """`isolated` margin or `crossed` (cross) margin."""

    ISOLATED = "isolated"
    CROSSED = "crossed"


_MARGIN_MODE_VALUES: dict[str, MarginMode] = {member.value: member for member in MarginMode}
"""Each wire value's member: what a constructor's check of a plain ``str`` looks up."""


class TradeSide(enum.StrEnum):
    """`open` or `close`; needed only in hedge position mode. Open long: side buy + open; open short: side sell +
    open; close long: side buy + close; close short: side sell + close."""

    OPEN = "open"
    CLOSE = "close"


_TRADE_SIDE_VALUES: dict[str, TradeSide] = {member.value: member for member in TradeSide}
"""Each wire value's member: what a constructor's check of a plain ``str`` looks up."""


class ReduceOnly(enum.StrEnum):
    """Reduce the position only (`yes`) or not (`no`, the default); applies in one-way (buy/sell) position mode only."""

    YES = "yes"
    NO = "no"


_REDUCE_ONLY_VALUES: dict[str, ReduceOnly] = {member.value: member for member in ReduceOnly}
"""Each wire value's member: what a constructor's check of a plain ``str`` looks up."""


class MixCancelPlanType(enum.StrEnum):
    """Kind of plan order to cancel: `normal_plan` (trigger order, the default), `profit_plan` (take-profit),
    `loss_plan` (stop-loss), `pos_profit` (position take-profit), `pos_loss` (position stop-loss), `moving_plan`
    (trailing take-profit / stop-loss) or `track_plan` (trailing-stop order placed with place-plan-order)."""

    NORMAL_PLAN = "normal_plan"
    PROFIT_PLAN = "profit_plan"
    LOSS_PLAN = "loss_plan"
    POS_PROFIT = "pos_profit"
    POS_LOSS = "pos_loss"
    MOVING_PLAN = "moving_plan"
    TRACK_PLAN = "track_plan"


_MIX_CANCEL_PLAN_TYPE_VALUES: dict[str, MixCancelPlanType] = {member.value: member for member in MixCancelPlanType}
"""Each wire value's member: what a constructor's check of a plain ``str`` looks up."""


class PlanTriggerType(enum.StrEnum):
    """Price compared with the trigger, `fill_price`, `mark_price` or `index_price`."""

    FILL_PRICE = "fill_price"
    MARK_PRICE = "mark_price"
    INDEX_PRICE = "index_price"


class PosSide(enum.StrEnum):
    """Position direction, `long`, `short` or `net` (one-way mode)."""

    LONG = "long"
    SHORT = "short"
    NET = "net"


class PosMode(enum.StrEnum):
    """Position mode, `one_way_mode` or `hedge_mode`."""

    ONE_WAY_MODE = "one_way_mode"
    HEDGE_MODE = "hedge_mode"


class OrderSource(enum.StrEnum):
    """What created the order: normal, market, profit_market, loss_market, Trader_delegate, trader_profit,
    trader_loss, trader_reverse, profit_limit, loss_limit, delivery_close_short, pos_profit_limit,
    pos_profit_market, pos_loss_limit or pos_loss_market."""

    NORMAL = "normal"
    MARKET = "market"
    PROFIT_MARKET = "profit_market"
    LOSS_MARKET = "loss_market"
    TRADER_DELEGATE = "Trader_delegate"
    TRADER_PROFIT = "trader_profit"
    TRADER_LOSS = "trader_loss"
    TRADER_REVERSE = "trader_reverse"
    PROFIT_LIMIT = "profit_limit"
    LOSS_LIMIT = "loss_limit"
    DELIVERY_CLOSE_SHORT = "delivery_close_short"
    POS_PROFIT_LIMIT = "pos_profit_limit"
    POS_PROFIT_MARKET = "pos_profit_market"
    POS_LOSS_LIMIT = "pos_loss_limit"
    POS_LOSS_MARKET = "pos_loss_market"


class MixPlanQueryType(enum.StrEnum):
    """Which plan orders: `normal_plan` (trigger orders), `track_plan` (trailing stops) or `profit_loss` (every
    take-profit / stop-loss kind: profit_plan, loss_plan, moving_plan, pos_profit, pos_loss)."""

    NORMAL_PLAN = "normal_plan"
    TRACK_PLAN = "track_plan"
    PROFIT_LOSS = "profit_loss"


_MIX_PLAN_QUERY_TYPE_VALUES: dict[str, MixPlanQueryType] = {member.value: member for member in MixPlanQueryType}
"""Each wire value's member: what a constructor's check of a plain ``str`` looks up."""


class MixTpslPlanType(enum.StrEnum):
    """Kind of plan: `profit_plan` (take-profit of `size`), `loss_plan` (stop-loss of `size`), `moving_plan`
    (trailing stop of `size`, at market, with `rangeRate`), `pos_profit` (take-profit of the whole position) or
    `pos_loss` (stop-loss of the whole position)."""

    PROFIT_PLAN = "profit_plan"
    LOSS_PLAN = "loss_plan"
    MOVING_PLAN = "moving_plan"
    POS_PROFIT = "pos_profit"
    POS_LOSS = "pos_loss"


_MIX_TPSL_PLAN_TYPE_VALUES: dict[str, MixTpslPlanType] = {member.value: member for member in MixTpslPlanType}
"""Each wire value's member: what a constructor's check of a plain ``str`` looks up."""


class HoldSide(enum.StrEnum):
    """The position: `long` or `short` in hedge mode, `buy` (the long position) or `sell` (the short position) in
    one-way mode."""

    LONG = "long"
    SHORT = "short"
    BUY = "buy"
    SELL = "sell"


_HOLD_SIDE_VALUES: dict[str, HoldSide] = {member.value: member for member in HoldSide}
"""Each wire value's member: what a constructor's check of a plain ``str`` looks up."""


@attrs.frozen(kw_only=True, repr=False)
class PlaceMixPlanOrderResponse(Response):
    """The IDs of the new trigger order."""

    order_id: str = attrs.field(metadata=field_info("orderId"))
    """Trigger order ID."""
    client_oid: str = attrs.field(metadata=field_info("clientOid"))
    """Client-chosen trigger order ID."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, init=False, repr=False)
class PlaceMixPlanOrderRequest(Request[PlaceMixPlanOrderResponse]):
    """Body of a futures trigger order or trailing-stop order.

    Rules across fields:

    - stopSurplusTriggerType required once stopSurplusTriggerPrice is set
    - stopLossTriggerType required once stopLossTriggerPrice is set
    - For a trailing stop (planType track_plan): callbackRatio is required; orderType must be market; price,
      stopSurplusExecutePrice and stopLossExecutePrice must be absent; stopSurplusTriggerType and
      stopLossTriggerType may only be fill_price; stopSurplusTriggerPrice and stopLossTriggerPrice are percentages
      from 0.01 to 999.99.
    - For a trigger order (planType normal_plan), callbackRatio must be absent (trailing stops only).
    - For a trigger order (planType normal_plan) with orderType limit, price is required.
    - For a trigger order (planType normal_plan) with orderType market, price must be absent.
    """

    operation: ClassVar[Operation] = Operation(
        venue="bitget",
        operation_id="place_mix_plan_order",
        method="POST",
        path="/api/v2/mix/order/place-plan-order",
        result=PlaceMixPlanOrderResponse,
        result_shape="model",
        success_status=200,
        rate_limit=RateLimit(limit=10, per_seconds=1, scope="uid"),
        docs_url="https://www.bitget.com/api-doc/contract/plan/Place-Plan-Order",
        servers=SERVERS,
        client_id="client_oid",
    )

    plan_type: MixPlanType = attrs.field(metadata=field_info("planType", "body"))
    """`normal_plan` for a trigger order, `track_plan` for a trailing-stop order."""
    symbol: str = attrs.field(metadata=field_info("symbol", "body"))
    """Trading pair."""
    product_type: ProductType = attrs.field(metadata=field_info("productType", "body"))
    """Product line: `USDT-FUTURES` (USDT professional futures), `COIN-FUTURES` (mixed/coin-margined futures),
    `USDC-FUTURES` (USDC professional futures), and the demo lines `SUSDT-FUTURES`, `SCOIN-FUTURES`,
    `SUSDC-FUTURES`."""
    margin_mode: MarginMode = attrs.field(metadata=field_info("marginMode", "body"))
    """`isolated` margin or `crossed` (cross) margin."""
    margin_coin: str = attrs.field(metadata=field_info("marginCoin", "body"))
    """Margin coin."""
    size: Decimal = attrs.field(metadata=field_info("size", "body"))
    """Order quantity in the base coin."""
    price: Decimal | None = attrs.field(default=None, metadata=field_info("price", "body"))
    """Order price. Must be absent for `track_plan`; for `normal_plan` it is required with `orderType` limit and must
    be absent with `orderType` market."""
    callback_ratio: Decimal | None = attrs.field(default=None, metadata=field_info("callbackRatio", "body"))
    """Callback rate of a trailing-stop order; required for `track_plan`, at most 10. Trailing stops only: must be
    absent for `normal_plan`."""
    trigger_price: Decimal = attrs.field(metadata=field_info("triggerPrice", "body"))
    """Trigger price."""
    trigger_type: TriggerType = attrs.field(metadata=field_info("triggerType", "body"))
    """Price compared with `triggerPrice`; `fill_price` (latest price) or `mark_price`."""
    side: Side = attrs.field(metadata=field_info("side", "body"))
    """Order direction, `buy` or `sell`."""
    trade_side: TradeSide | None = attrs.field(default=None, metadata=field_info("tradeSide", "body"))
    """`open` or `close`; needed only in hedge position mode. Open long: side buy + open; open short: side sell +
    open; close long: side buy + close; close short: side sell + close."""
    order_type: OrderType = attrs.field(metadata=field_info("orderType", "body"))
    """`limit` or `market`; must be `market` for `track_plan`."""
    client_oid: str | None = attrs.field(default=None, metadata=field_info("clientOid", "body"))
    """Client-chosen order ID."""
    reduce_only: ReduceOnly | None = attrs.field(default=None, metadata=field_info("reduceOnly", "body"))
    """Reduce the position only (`yes`) or not (`no`, the default); applies in one-way (buy/sell) position mode only.
    The venue's default: ``no``."""
    stop_surplus_trigger_price: Decimal | None = attrs.field(
        default=None, metadata=field_info("stopSurplusTriggerPrice", "body")
    )
    """Take-profit: for `normal_plan` the trigger price, for `track_plan` a percentage from 0.01 to 999.99. Leave it
    out to set no take-profit; 0, which the page also accepts for that, is refused."""
    stop_surplus_execute_price: Decimal | None = attrs.field(
        default=None, metadata=field_info("stopSurplusExecutePrice", "body")
    )
    """Take-profit execution price, `normal_plan` only (must be absent for `track_plan`). With
    `stopSurplusTriggerPrice` set, 0 or absent places a market order and a value above 0 a limit order."""
    stop_surplus_trigger_type: TriggerType | None = attrs.field(
        default=None, metadata=field_info("stopSurplusTriggerType", "body")
    )
    """Price compared with the take-profit trigger, `fill_price` (latest price) or `mark_price`; required when
    `stopSurplusTriggerPrice` is set; only `fill_price` for `track_plan`."""
    stop_loss_trigger_price: Decimal | None = attrs.field(
        default=None, metadata=field_info("stopLossTriggerPrice", "body")
    )
    """Stop-loss: for `normal_plan` the trigger price, for `track_plan` a percentage from 0.01 to 999.99. Leave it
    out to set no stop-loss; 0, which the page also accepts for that, is refused."""
    stop_loss_execute_price: Decimal | None = attrs.field(
        default=None, metadata=field_info("stopLossExecutePrice", "body")
    )
    """Stop-loss execution price, `normal_plan` only (must be absent for `track_plan`). With `stopLossTriggerPrice`
    set, 0 or absent places a market order and a value above 0 a limit order."""
    stop_loss_trigger_type: TriggerType | None = attrs.field(
        default=None, metadata=field_info("stopLossTriggerType", "body")
    )
    """Price compared with the stop-loss trigger, `fill_price` (latest price) or `mark_price`; required when
    `stopLossTriggerPrice` is set; only `fill_price` for `track_plan`."""
    stp_mode: StpMode | None = attrs.field(default=None, metadata=field_info("stpMode", "body"))
    """Self-trade prevention: `none` (no STP, the default), `cancel_taker` (cancel the taker order), `cancel_maker`
    (cancel the maker order) or `cancel_both` (cancel both). The venue's default: ``none``."""

    def __init__(
        self,
        *,
        plan_type: MixPlanType | Literal["normal_plan", "track_plan"],
        symbol: str,
        product_type: ProductType
        | Literal["USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"],
        margin_mode: MarginMode | Literal["isolated", "crossed"],
        margin_coin: str,
        size: DecimalInput,
        trigger_price: DecimalInput,
        trigger_type: TriggerType | Literal["fill_price", "mark_price"],
        side: Side | Literal["buy", "sell"],
        order_type: OrderType | Literal["limit", "market"],
        price: DecimalInput | None = None,
        callback_ratio: DecimalInput | None = None,
        trade_side: TradeSide | Literal["open", "close"] | None = None,
        client_oid: str | None = None,
        reduce_only: ReduceOnly | Literal["yes", "no"] | None = None,
        stop_surplus_trigger_price: DecimalInput | None = None,
        stop_surplus_execute_price: DecimalInput | None = None,
        stop_surplus_trigger_type: TriggerType | Literal["fill_price", "mark_price"] | None = None,
        stop_loss_trigger_price: DecimalInput | None = None,
        stop_loss_execute_price: DecimalInput | None = None,
        stop_loss_trigger_type: TriggerType | Literal["fill_price", "mark_price"] | None = None,
        stp_mode: StpMode | Literal["none", "cancel_taker", "cancel_maker", "cancel_both"] | None = None,
    ) -> None:
        try:
            if type(plan_type) is str and plan_type in _MIX_PLAN_TYPE_VALUES:
                plan_type = _MIX_PLAN_TYPE_VALUES[plan_type]
            else:
                plan_type = check.enum_member(MixPlanType, plan_type, "planType")
            if not (type(symbol) is str and symbol.isascii()):
                symbol = check.string(symbol, "symbol")
            if type(product_type) is str and product_type in _PRODUCT_TYPE_VALUES:
                product_type = _PRODUCT_TYPE_VALUES[product_type]
            else:
                product_type = check.enum_member(ProductType, product_type, "productType")
            if type(margin_mode) is str and margin_mode in _MARGIN_MODE_VALUES:
                margin_mode = _MARGIN_MODE_VALUES[margin_mode]
            else:
                margin_mode = check.enum_member(MarginMode, margin_mode, "marginMode")
            if not (type(margin_coin) is str and margin_coin.isascii()):
                margin_coin = check.string(margin_coin, "marginCoin")
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
            if callback_ratio is not None:
                if not (
                    type(callback_ratio) is Decimal
                    and callback_ratio.is_finite()
                    and not callback_ratio.is_signed()
                    and "E" not in (callback_ratio_text := str(callback_ratio))
                    and "e" not in callback_ratio_text
                    and len(callback_ratio_text) <= MAX_DIGITS
                    and callback_ratio <= _DECIMAL_10
                ):
                    callback_ratio = check.decimal(
                        callback_ratio, "callbackRatio", pattern=_DECIMAL_PATTERN, maximum=_DECIMAL_10
                    )
                    callback_ratio_text = format(callback_ratio, "f")
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
            if type(trigger_type) is str and trigger_type in _TRIGGER_TYPE_VALUES:
                trigger_type = _TRIGGER_TYPE_VALUES[trigger_type]
            else:
                trigger_type = check.enum_member(TriggerType, trigger_type, "triggerType")
            if type(side) is str and side in _SIDE_VALUES:
                side = _SIDE_VALUES[side]
            else:
                side = check.enum_member(Side, side, "side")
            if trade_side is not None:
                if type(trade_side) is str and trade_side in _TRADE_SIDE_VALUES:
                    trade_side = _TRADE_SIDE_VALUES[trade_side]
                else:
                    trade_side = check.enum_member(TradeSide, trade_side, "tradeSide")
            if type(order_type) is str and order_type in _ORDER_TYPE_VALUES:
                order_type = _ORDER_TYPE_VALUES[order_type]
            else:
                order_type = check.enum_member(OrderType, order_type, "orderType")
            if client_oid is not None:
                if not (type(client_oid) is str and client_oid.isascii()):
                    client_oid = check.string(client_oid, "clientOid")
            if reduce_only is not None:
                if type(reduce_only) is str and reduce_only in _REDUCE_ONLY_VALUES:
                    reduce_only = _REDUCE_ONLY_VALUES[reduce_only]
                else:
                    reduce_only = check.enum_member(ReduceOnly, reduce_only, "reduceOnly")
            if stop_surplus_trigger_price is not None:
                if not (
                    type(stop_surplus_trigger_price) is Decimal
                    and stop_surplus_trigger_price.is_finite()
                    and not stop_surplus_trigger_price.is_signed()
                    and "E" not in (stop_surplus_trigger_price_text := str(stop_surplus_trigger_price))
                    and "e" not in stop_surplus_trigger_price_text
                    and len(stop_surplus_trigger_price_text) <= MAX_DIGITS
                    and _POSITIVE_DECIMAL_PATTERN.fullmatch(stop_surplus_trigger_price_text) is not None
                ):
                    stop_surplus_trigger_price = check.decimal(
                        stop_surplus_trigger_price, "stopSurplusTriggerPrice", pattern=_POSITIVE_DECIMAL_PATTERN
                    )
                    stop_surplus_trigger_price_text = format(stop_surplus_trigger_price, "f")
            if stop_surplus_execute_price is not None:
                if not (
                    type(stop_surplus_execute_price) is Decimal
                    and stop_surplus_execute_price.is_finite()
                    and not stop_surplus_execute_price.is_signed()
                    and "E" not in (stop_surplus_execute_price_text := str(stop_surplus_execute_price))
                    and "e" not in stop_surplus_execute_price_text
                    and len(stop_surplus_execute_price_text) <= MAX_DIGITS
                ):
                    stop_surplus_execute_price = check.decimal(
                        stop_surplus_execute_price, "stopSurplusExecutePrice", pattern=_DECIMAL_PATTERN
                    )
                    stop_surplus_execute_price_text = format(stop_surplus_execute_price, "f")
            if stop_surplus_trigger_type is not None:
                if type(stop_surplus_trigger_type) is str and stop_surplus_trigger_type in _TRIGGER_TYPE_VALUES:
                    stop_surplus_trigger_type = _TRIGGER_TYPE_VALUES[stop_surplus_trigger_type]
                else:
                    stop_surplus_trigger_type = check.enum_member(
                        TriggerType, stop_surplus_trigger_type, "stopSurplusTriggerType"
                    )
            if stop_loss_trigger_price is not None:
                if not (
                    type(stop_loss_trigger_price) is Decimal
                    and stop_loss_trigger_price.is_finite()
                    and not stop_loss_trigger_price.is_signed()
                    and "E" not in (stop_loss_trigger_price_text := str(stop_loss_trigger_price))
                    and "e" not in stop_loss_trigger_price_text
                    and len(stop_loss_trigger_price_text) <= MAX_DIGITS
                    and _POSITIVE_DECIMAL_PATTERN.fullmatch(stop_loss_trigger_price_text) is not None
                ):
                    stop_loss_trigger_price = check.decimal(
                        stop_loss_trigger_price, "stopLossTriggerPrice", pattern=_POSITIVE_DECIMAL_PATTERN
                    )
                    stop_loss_trigger_price_text = format(stop_loss_trigger_price, "f")
            if stop_loss_execute_price is not None:
                if not (
                    type(stop_loss_execute_price) is Decimal
                    and stop_loss_execute_price.is_finite()
                    and not stop_loss_execute_price.is_signed()
                    and "E" not in (stop_loss_execute_price_text := str(stop_loss_execute_price))
                    and "e" not in stop_loss_execute_price_text
                    and len(stop_loss_execute_price_text) <= MAX_DIGITS
                ):
                    stop_loss_execute_price = check.decimal(
                        stop_loss_execute_price, "stopLossExecutePrice", pattern=_DECIMAL_PATTERN
                    )
                    stop_loss_execute_price_text = format(stop_loss_execute_price, "f")
            if stop_loss_trigger_type is not None:
                if type(stop_loss_trigger_type) is str and stop_loss_trigger_type in _TRIGGER_TYPE_VALUES:
                    stop_loss_trigger_type = _TRIGGER_TYPE_VALUES[stop_loss_trigger_type]
                else:
                    stop_loss_trigger_type = check.enum_member(
                        TriggerType, stop_loss_trigger_type, "stopLossTriggerType"
                    )
            if stp_mode is not None:
                if type(stp_mode) is str and stp_mode in _STP_MODE_VALUES:
                    stp_mode = _STP_MODE_VALUES[stp_mode]
                else:
                    stp_mode = check.enum_member(StpMode, stp_mode, "stpMode")
            if stop_surplus_trigger_price is not None:
                if stop_surplus_trigger_type is None:
                    raise ValidationError("stopSurplusTriggerType", "required when stop_surplus_trigger_price is set")
            if stop_loss_trigger_price is not None:
                if stop_loss_trigger_type is None:
                    raise ValidationError("stopLossTriggerType", "required when stop_loss_trigger_price is set")
            if plan_type == "track_plan":
                if callback_ratio is None:
                    raise ValidationError("callbackRatio", "required when plan_type is 'track_plan'")
                if price is not None:
                    raise ValidationError("price", "must be absent when plan_type is 'track_plan'")
                if stop_surplus_execute_price is not None:
                    raise ValidationError("stopSurplusExecutePrice", "must be absent when plan_type is 'track_plan'")
                if stop_loss_execute_price is not None:
                    raise ValidationError("stopLossExecutePrice", "must be absent when plan_type is 'track_plan'")
                if order_type != "market":
                    raise ValidationError("orderType", "must be 'market' when plan_type is 'track_plan'")
                if stop_surplus_trigger_type is not None and stop_surplus_trigger_type != "fill_price":
                    raise ValidationError(
                        "stopSurplusTriggerType", "must be 'fill_price' when plan_type is 'track_plan'"
                    )
                if stop_loss_trigger_type is not None and stop_loss_trigger_type != "fill_price":
                    raise ValidationError("stopLossTriggerType", "must be 'fill_price' when plan_type is 'track_plan'")
                check.decimal_bounds(
                    stop_surplus_trigger_price,
                    "stopSurplusTriggerPrice",
                    minimum=_DECIMAL_0_01,
                    maximum=_DECIMAL_999_99,
                    note="a percentage when plan_type is 'track_plan'",
                )
                check.decimal_bounds(
                    stop_loss_trigger_price,
                    "stopLossTriggerPrice",
                    minimum=_DECIMAL_0_01,
                    maximum=_DECIMAL_999_99,
                    note="a percentage when plan_type is 'track_plan'",
                )
            if plan_type == "normal_plan":
                if callback_ratio is not None:
                    raise ValidationError("callbackRatio", "must be absent when plan_type is 'normal_plan'")
            if plan_type == "normal_plan" and order_type == "limit":
                if price is None:
                    raise ValidationError("price", "required when plan_type is 'normal_plan' and order_type is 'limit'")
            if plan_type == "normal_plan" and order_type == "market":
                if price is not None:
                    raise ValidationError(
                        "price", "must be absent when plan_type is 'normal_plan' and order_type is 'market'"
                    )
            (  # the model is frozen: each field is stored through its slot's setter
                store_plan_type,
                store_symbol,
                store_product_type,
                store_margin_mode,
                store_margin_coin,
                store_size,
                store_price,
                store_callback_ratio,
                store_trigger_price,
                store_trigger_type,
                store_side,
                store_trade_side,
                store_order_type,
                store_client_oid,
                store_reduce_only,
                store_stop_surplus_trigger_price,
                store_stop_surplus_execute_price,
                store_stop_surplus_trigger_type,
                store_stop_loss_trigger_price,
                store_stop_loss_execute_price,
                store_stop_loss_trigger_type,
                store_stp_mode,
                store_wire_text,
            ) = self._stores
            store_plan_type(self, plan_type)
            store_symbol(self, symbol)
            store_product_type(self, product_type)
            store_margin_mode(self, margin_mode)
            store_margin_coin(self, margin_coin)
            store_size(self, size)
            store_price(self, price)
            store_callback_ratio(self, callback_ratio)
            store_trigger_price(self, trigger_price)
            store_trigger_type(self, trigger_type)
            store_side(self, side)
            store_trade_side(self, trade_side)
            store_order_type(self, order_type)
            store_client_oid(self, client_oid)
            store_reduce_only(self, reduce_only)
            store_stop_surplus_trigger_price(self, stop_surplus_trigger_price)
            store_stop_surplus_execute_price(self, stop_surplus_execute_price)
            store_stop_surplus_trigger_type(self, stop_surplus_trigger_type)
            store_stop_loss_trigger_price(self, stop_loss_trigger_price)
            store_stop_loss_execute_price(self, stop_loss_execute_price)
            store_stop_loss_trigger_type(self, stop_loss_trigger_type)
            store_stp_mode(self, stp_mode)
            store_wire_text(
                self,
                "".join(
                    (
                        '{"planType":"',
                        plan_type,
                        '","symbol":',
                        json_string(symbol),
                        ',"productType":"',
                        product_type,
                        '","marginMode":"',
                        margin_mode,
                        '","marginCoin":',
                        json_string(margin_coin),
                        ',"size":"',
                        size_text,
                        '"',
                        ',"price":"' + price_text + '"' if price is not None else "",
                        ',"callbackRatio":"' + callback_ratio_text + '"' if callback_ratio is not None else "",
                        ',"triggerPrice":"',
                        trigger_price_text,
                        '","triggerType":"',
                        trigger_type,
                        '","side":"',
                        side,
                        '"',
                        ',"tradeSide":"' + trade_side + '"' if trade_side is not None else "",
                        ',"orderType":"',
                        order_type,
                        '"',
                        ',"clientOid":' + json_string(client_oid) if client_oid is not None else "",
                        ',"reduceOnly":"' + reduce_only + '"' if reduce_only is not None else "",
                        ',"stopSurplusTriggerPrice":"' + stop_surplus_trigger_price_text + '"'
                        if stop_surplus_trigger_price is not None
                        else "",
                        ',"stopSurplusExecutePrice":"' + stop_surplus_execute_price_text + '"'
                        if stop_surplus_execute_price is not None
                        else "",
                        ',"stopSurplusTriggerType":"' + stop_surplus_trigger_type + '"'
                        if stop_surplus_trigger_type is not None
                        else "",
                        ',"stopLossTriggerPrice":"' + stop_loss_trigger_price_text + '"'
                        if stop_loss_trigger_price is not None
                        else "",
                        ',"stopLossExecutePrice":"' + stop_loss_execute_price_text + '"'
                        if stop_loss_execute_price is not None
                        else "",
                        ',"stopLossTriggerType":"' + stop_loss_trigger_type + '"'
                        if stop_loss_trigger_type is not None
                        else "",
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
class ModifyMixPlanOrderResponse(Response):
    """The IDs of the modified trigger order."""

    order_id: str = attrs.field(metadata=field_info("orderId"))
    """Trigger order ID."""
    client_oid: str = attrs.field(metadata=field_info("clientOid"))
    """Client-chosen trigger order ID."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, init=False, repr=False)
class ModifyMixPlanOrderRequest(Request[ModifyMixPlanOrderResponse]):
    """Body of a futures trigger / trailing-stop order modification.

    Rules across fields:

    - newTriggerPrice required once newTriggerType is set
    - newStopSurplusTriggerType required once newStopSurplusTriggerPrice is set
    - newStopLossTriggerType required once newStopLossTriggerPrice is set
    - Either orderId or clientOid is required (orderId wins when both are sent).
    """

    operation: ClassVar[Operation] = Operation(
        venue="bitget",
        operation_id="modify_mix_plan_order",
        method="POST",
        path="/api/v2/mix/order/modify-plan-order",
        result=ModifyMixPlanOrderResponse,
        result_shape="model",
        success_status=200,
        rate_limit=RateLimit(limit=10, per_seconds=1, scope="uid"),
        docs_url="https://www.bitget.com/api-doc/contract/plan/Modify-Plan-Order",
        servers=SERVERS,
        client_id="client_oid",
    )

    order_id: str | None = attrs.field(default=None, metadata=field_info("orderId", "body"))
    """ID of the trigger order to modify; send this or `clientOid`. Wins when both are sent."""
    client_oid: str | None = attrs.field(default=None, metadata=field_info("clientOid", "body"))
    """Client-chosen ID of the trigger order to modify; send this or `orderId`."""
    product_type: ProductType = attrs.field(metadata=field_info("productType", "body"))
    """Product line of the order, e.g. `USDT-FUTURES`."""
    plan_type: MixPlanType | None = attrs.field(default=None, metadata=field_info("planType", "body"))
    """Kind of the order, `normal_plan` (trigger order) or `track_plan` (trailing stop). Not in the page's table;
    only its request example sends it."""
    symbol: str | None = attrs.field(default=None, metadata=field_info("symbol", "body"))
    """Trading pair of the order. Not in the page's table; only its request example sends it."""
    new_size: Decimal | None = attrs.field(default=None, metadata=field_info("newSize", "body"))
    """New quantity; left out, the quantity stays."""
    new_price: Decimal | None = attrs.field(default=None, metadata=field_info("newPrice", "body"))
    """New execution price of a limit trigger order; left out, it stays. Must be left out for market trigger orders
    and for trailing stops."""
    new_callback_ratio: Decimal | None = attrs.field(default=None, metadata=field_info("newCallbackRatio", "body"))
    """New callback ratio, at most 10; required for a trailing stop, must be left out for a trigger order."""
    new_trigger_price: Decimal | None = attrs.field(default=None, metadata=field_info("newTriggerPrice", "body"))
    """New trigger price; left out, it stays."""
    new_trigger_type: TriggerType | None = attrs.field(default=None, metadata=field_info("newTriggerType", "body"))
    """New price compared with the trigger, `fill_price` or `mark_price`; needs `newTriggerPrice`."""
    new_stop_surplus_trigger_price: Decimal | None = attrs.field(
        default=None, metadata=field_info("newStopSurplusTriggerPrice", "body")
    )
    """New take-profit trigger price: left out, the take-profit stays; a value sets or replaces it; 0 removes it."""
    new_stop_surplus_execute_price: Decimal | None = attrs.field(
        default=None, metadata=field_info("newStopSurplusExecutePrice", "body")
    )
    """New take-profit execution price; 0 removes it. Must be left out for trailing stops."""
    new_stop_surplus_trigger_type: TriggerType | None = attrs.field(
        default=None, metadata=field_info("newStopSurplusTriggerType", "body")
    )
    """Price compared with the new take-profit trigger, `fill_price` or `mark_price`; required with
    `newStopSurplusTriggerPrice`. Must be left out for trailing stops."""
    new_stop_loss_trigger_price: Decimal | None = attrs.field(
        default=None, metadata=field_info("newStopLossTriggerPrice", "body")
    )
    """New stop-loss trigger price; left out, the stop-loss stays, a value sets or replaces it, and 0 removes it."""
    new_stop_loss_execute_price: Decimal | None = attrs.field(
        default=None, metadata=field_info("newStopLossExecutePrice", "body")
    )
    """New stop-loss execution price; 0 removes it. Must be left out for trailing stops."""
    new_stop_loss_trigger_type: TriggerType | None = attrs.field(
        default=None, metadata=field_info("newStopLossTriggerType", "body")
    )
    """Price compared with the new stop-loss trigger, `fill_price` or `mark_price`; required with
    `newStopLossTriggerPrice`."""

    def __init__(
        self,
        *,
        product_type: ProductType
        | Literal["USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"],
        order_id: str | None = None,
        client_oid: str | None = None,
        plan_type: MixPlanType | Literal["normal_plan", "track_plan"] | None = None,
        symbol: str | None = None,
        new_size: DecimalInput | None = None,
        new_price: DecimalInput | None = None,
        new_callback_ratio: DecimalInput | None = None,
        new_trigger_price: DecimalInput | None = None,
        new_trigger_type: TriggerType | Literal["fill_price", "mark_price"] | None = None,
        new_stop_surplus_trigger_price: DecimalInput | None = None,
        new_stop_surplus_execute_price: DecimalInput | None = None,
        new_stop_surplus_trigger_type: TriggerType | Literal["fill_price", "mark_price"] | None = None,
        new_stop_loss_trigger_price: DecimalInput | None = None,
        new_stop_loss_execute_price: DecimalInput | None = None,
        new_stop_loss_trigger_type: TriggerType | Literal["fill_price", "mark_price"] | None = None,
    ) -> None:
        try:
            if order_id is not None:
                if not (type(order_id) is str and order_id.isascii() and len(order_id) >= 1):
                    order_id = check.string(order_id, "orderId", min_length=1)
            if client_oid is not None:
                if not (type(client_oid) is str and client_oid.isascii() and len(client_oid) >= 1):
                    client_oid = check.string(client_oid, "clientOid", min_length=1)
            if type(product_type) is str and product_type in _PRODUCT_TYPE_VALUES:
                product_type = _PRODUCT_TYPE_VALUES[product_type]
            else:
                product_type = check.enum_member(ProductType, product_type, "productType")
            if plan_type is not None:
                if type(plan_type) is str and plan_type in _MIX_PLAN_TYPE_VALUES:
                    plan_type = _MIX_PLAN_TYPE_VALUES[plan_type]
                else:
                    plan_type = check.enum_member(MixPlanType, plan_type, "planType")
            if symbol is not None:
                if not (type(symbol) is str and symbol.isascii()):
                    symbol = check.string(symbol, "symbol")
            if new_size is not None:
                if not (
                    type(new_size) is Decimal
                    and new_size.is_finite()
                    and not new_size.is_signed()
                    and "E" not in (new_size_text := str(new_size))
                    and "e" not in new_size_text
                    and len(new_size_text) <= MAX_DIGITS
                ):
                    new_size = check.decimal(new_size, "newSize", pattern=_DECIMAL_PATTERN)
                    new_size_text = format(new_size, "f")
            if new_price is not None:
                if not (
                    type(new_price) is Decimal
                    and new_price.is_finite()
                    and not new_price.is_signed()
                    and "E" not in (new_price_text := str(new_price))
                    and "e" not in new_price_text
                    and len(new_price_text) <= MAX_DIGITS
                ):
                    new_price = check.decimal(new_price, "newPrice", pattern=_DECIMAL_PATTERN)
                    new_price_text = format(new_price, "f")
            if new_callback_ratio is not None:
                if not (
                    type(new_callback_ratio) is Decimal
                    and new_callback_ratio.is_finite()
                    and not new_callback_ratio.is_signed()
                    and "E" not in (new_callback_ratio_text := str(new_callback_ratio))
                    and "e" not in new_callback_ratio_text
                    and len(new_callback_ratio_text) <= MAX_DIGITS
                    and new_callback_ratio <= _DECIMAL_10
                ):
                    new_callback_ratio = check.decimal(
                        new_callback_ratio, "newCallbackRatio", pattern=_DECIMAL_PATTERN, maximum=_DECIMAL_10
                    )
                    new_callback_ratio_text = format(new_callback_ratio, "f")
            if new_trigger_price is not None:
                if not (
                    type(new_trigger_price) is Decimal
                    and new_trigger_price.is_finite()
                    and not new_trigger_price.is_signed()
                    and "E" not in (new_trigger_price_text := str(new_trigger_price))
                    and "e" not in new_trigger_price_text
                    and len(new_trigger_price_text) <= MAX_DIGITS
                ):
                    new_trigger_price = check.decimal(new_trigger_price, "newTriggerPrice", pattern=_DECIMAL_PATTERN)
                    new_trigger_price_text = format(new_trigger_price, "f")
            if new_trigger_type is not None:
                if type(new_trigger_type) is str and new_trigger_type in _TRIGGER_TYPE_VALUES:
                    new_trigger_type = _TRIGGER_TYPE_VALUES[new_trigger_type]
                else:
                    new_trigger_type = check.enum_member(TriggerType, new_trigger_type, "newTriggerType")
            if new_stop_surplus_trigger_price is not None:
                if not (
                    type(new_stop_surplus_trigger_price) is Decimal
                    and new_stop_surplus_trigger_price.is_finite()
                    and not new_stop_surplus_trigger_price.is_signed()
                    and "E" not in (new_stop_surplus_trigger_price_text := str(new_stop_surplus_trigger_price))
                    and "e" not in new_stop_surplus_trigger_price_text
                    and len(new_stop_surplus_trigger_price_text) <= MAX_DIGITS
                ):
                    new_stop_surplus_trigger_price = check.decimal(
                        new_stop_surplus_trigger_price, "newStopSurplusTriggerPrice", pattern=_DECIMAL_PATTERN
                    )
                    new_stop_surplus_trigger_price_text = format(new_stop_surplus_trigger_price, "f")
            if new_stop_surplus_execute_price is not None:
                if not (
                    type(new_stop_surplus_execute_price) is Decimal
                    and new_stop_surplus_execute_price.is_finite()
                    and not new_stop_surplus_execute_price.is_signed()
                    and "E" not in (new_stop_surplus_execute_price_text := str(new_stop_surplus_execute_price))
                    and "e" not in new_stop_surplus_execute_price_text
                    and len(new_stop_surplus_execute_price_text) <= MAX_DIGITS
                ):
                    new_stop_surplus_execute_price = check.decimal(
                        new_stop_surplus_execute_price, "newStopSurplusExecutePrice", pattern=_DECIMAL_PATTERN
                    )
                    new_stop_surplus_execute_price_text = format(new_stop_surplus_execute_price, "f")
            if new_stop_surplus_trigger_type is not None:
                if type(new_stop_surplus_trigger_type) is str and new_stop_surplus_trigger_type in _TRIGGER_TYPE_VALUES:
                    new_stop_surplus_trigger_type = _TRIGGER_TYPE_VALUES[new_stop_surplus_trigger_type]
                else:
                    new_stop_surplus_trigger_type = check.enum_member(
                        TriggerType, new_stop_surplus_trigger_type, "newStopSurplusTriggerType"
                    )
            if new_stop_loss_trigger_price is not None:
                if not (
                    type(new_stop_loss_trigger_price) is Decimal
                    and new_stop_loss_trigger_price.is_finite()
                    and not new_stop_loss_trigger_price.is_signed()
                    and "E" not in (new_stop_loss_trigger_price_text := str(new_stop_loss_trigger_price))
                    and "e" not in new_stop_loss_trigger_price_text
                    and len(new_stop_loss_trigger_price_text) <= MAX_DIGITS
                ):
                    new_stop_loss_trigger_price = check.decimal(
                        new_stop_loss_trigger_price, "newStopLossTriggerPrice", pattern=_DECIMAL_PATTERN
                    )
                    new_stop_loss_trigger_price_text = format(new_stop_loss_trigger_price, "f")
            if new_stop_loss_execute_price is not None:
                if not (
                    type(new_stop_loss_execute_price) is Decimal
                    and new_stop_loss_execute_price.is_finite()
                    and not new_stop_loss_execute_price.is_signed()
                    and "E" not in (new_stop_loss_execute_price_text := str(new_stop_loss_execute_price))
                    and "e" not in new_stop_loss_execute_price_text
                    and len(new_stop_loss_execute_price_text) <= MAX_DIGITS
                ):
                    new_stop_loss_execute_price = check.decimal(
                        new_stop_loss_execute_price, "newStopLossExecutePrice", pattern=_DECIMAL_PATTERN
                    )
                    new_stop_loss_execute_price_text = format(new_stop_loss_execute_price, "f")
            if new_stop_loss_trigger_type is not None:
                if type(new_stop_loss_trigger_type) is str and new_stop_loss_trigger_type in _TRIGGER_TYPE_VALUES:
                    new_stop_loss_trigger_type = _TRIGGER_TYPE_VALUES[new_stop_loss_trigger_type]
                else:
                    new_stop_loss_trigger_type = check.enum_member(
                        TriggerType, new_stop_loss_trigger_type, "newStopLossTriggerType"
                    )
            if new_trigger_type is not None:
                if new_trigger_price is None:
                    raise ValidationError("newTriggerPrice", "required when new_trigger_type is set")
            if new_stop_surplus_trigger_price is not None:
                if new_stop_surplus_trigger_type is None:
                    raise ValidationError(
                        "newStopSurplusTriggerType", "required when new_stop_surplus_trigger_price is set"
                    )
            if new_stop_loss_trigger_price is not None:
                if new_stop_loss_trigger_type is None:
                    raise ValidationError("newStopLossTriggerType", "required when new_stop_loss_trigger_price is set")
            if not (order_id is not None):
                if client_oid is None:
                    raise ValidationError("clientOid", "required unless order_id is set")
            (  # the model is frozen: each field is stored through its slot's setter
                store_order_id,
                store_client_oid,
                store_product_type,
                store_plan_type,
                store_symbol,
                store_new_size,
                store_new_price,
                store_new_callback_ratio,
                store_new_trigger_price,
                store_new_trigger_type,
                store_new_stop_surplus_trigger_price,
                store_new_stop_surplus_execute_price,
                store_new_stop_surplus_trigger_type,
                store_new_stop_loss_trigger_price,
                store_new_stop_loss_execute_price,
                store_new_stop_loss_trigger_type,
                store_wire_text,
            ) = self._stores
            store_order_id(self, order_id)
            store_client_oid(self, client_oid)
            store_product_type(self, product_type)
            store_plan_type(self, plan_type)
            store_symbol(self, symbol)
            store_new_size(self, new_size)
            store_new_price(self, new_price)
            store_new_callback_ratio(self, new_callback_ratio)
            store_new_trigger_price(self, new_trigger_price)
            store_new_trigger_type(self, new_trigger_type)
            store_new_stop_surplus_trigger_price(self, new_stop_surplus_trigger_price)
            store_new_stop_surplus_execute_price(self, new_stop_surplus_execute_price)
            store_new_stop_surplus_trigger_type(self, new_stop_surplus_trigger_type)
            store_new_stop_loss_trigger_price(self, new_stop_loss_trigger_price)
            store_new_stop_loss_execute_price(self, new_stop_loss_execute_price)
            store_new_stop_loss_trigger_type(self, new_stop_loss_trigger_type)
            members: list[str] = []
            if order_id is not None:
                members.append('"orderId":' + json_string(order_id))
            if client_oid is not None:
                members.append('"clientOid":' + json_string(client_oid))
            members.append('"productType":"' + product_type + '"')
            if plan_type is not None:
                members.append('"planType":"' + plan_type + '"')
            if symbol is not None:
                members.append('"symbol":' + json_string(symbol))
            if new_size is not None:
                members.append('"newSize":"' + new_size_text + '"')
            if new_price is not None:
                members.append('"newPrice":"' + new_price_text + '"')
            if new_callback_ratio is not None:
                members.append('"newCallbackRatio":"' + new_callback_ratio_text + '"')
            if new_trigger_price is not None:
                members.append('"newTriggerPrice":"' + new_trigger_price_text + '"')
            if new_trigger_type is not None:
                members.append('"newTriggerType":"' + new_trigger_type + '"')
            if new_stop_surplus_trigger_price is not None:
                members.append('"newStopSurplusTriggerPrice":"' + new_stop_surplus_trigger_price_text + '"')
            if new_stop_surplus_execute_price is not None:
                members.append('"newStopSurplusExecutePrice":"' + new_stop_surplus_execute_price_text + '"')
            if new_stop_surplus_trigger_type is not None:
                members.append('"newStopSurplusTriggerType":"' + new_stop_surplus_trigger_type + '"')
            if new_stop_loss_trigger_price is not None:
                members.append('"newStopLossTriggerPrice":"' + new_stop_loss_trigger_price_text + '"')
            if new_stop_loss_execute_price is not None:
                members.append('"newStopLossExecutePrice":"' + new_stop_loss_execute_price_text + '"')
            if new_stop_loss_trigger_type is not None:
                members.append('"newStopLossTriggerType":"' + new_stop_loss_trigger_type + '"')
            store_wire_text(self, "{" + ",".join(members) + "}")
        except ValidationError as error:
            raise named(self.__class__, error) from None

    def wire_body(self) -> str:
        """The JSON body the constructor wrote: wire names in spec order, absent fields left out."""
        return self._wire


@attrs.frozen(kw_only=True, repr=False)
class ModifyMixTpslOrderResponse(Response):
    """The IDs of the modified take-profit / stop-loss order."""

    order_id: str = attrs.field(metadata=field_info("orderId"))
    """Take-profit / stop-loss order ID."""
    client_oid: str = attrs.field(metadata=field_info("clientOid"))
    """Client-chosen order ID."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, init=False, repr=False)
class ModifyMixTpslOrderRequest(Request[ModifyMixTpslOrderResponse]):
    """Body of a futures take-profit / stop-loss order modification.

    Rules across fields:

    - Either orderId or clientOid is required.
    """

    operation: ClassVar[Operation] = Operation(
        venue="bitget",
        operation_id="modify_mix_tpsl_order",
        method="POST",
        path="/api/v2/mix/order/modify-tpsl-order",
        result=ModifyMixTpslOrderResponse,
        result_shape="model",
        success_status=200,
        rate_limit=RateLimit(limit=10, per_seconds=1, scope="uid"),
        docs_url="https://www.bitget.com/api-doc/contract/plan/Modify-Tpsl-Order",
        servers=SERVERS,
        client_id="client_oid",
    )

    order_id: str | None = attrs.field(default=None, metadata=field_info("orderId", "body"))
    """ID of the take-profit / stop-loss order; send this or `clientOid`."""
    client_oid: str | None = attrs.field(default=None, metadata=field_info("clientOid", "body"))
    """Client-chosen ID of the take-profit / stop-loss order; send this or `orderId`."""
    margin_coin: str = attrs.field(metadata=field_info("marginCoin", "body"))
    """Margin coin."""
    product_type: ProductType = attrs.field(metadata=field_info("productType", "body"))
    """Product line of the order, e.g. `USDT-FUTURES`."""
    symbol: str = attrs.field(metadata=field_info("symbol", "body"))
    """Trading pair, e.g. ETHUSDT."""
    trigger_price: Decimal = attrs.field(metadata=field_info("triggerPrice", "body"))
    """New trigger price."""
    trigger_type: TriggerType | None = attrs.field(default=None, metadata=field_info("triggerType", "body"))
    """Price compared with the trigger, `fill_price` (last trade price) or `mark_price`."""
    execute_price: Decimal | None = attrs.field(default=None, metadata=field_info("executePrice", "body"))
    """Execution price: 0 or left out executes at market, a value above 0 places a limit order. Leave it out for a
    trailing take-profit / stop-loss (moving_plan), which always executes at market."""
    size: Decimal | None = attrs.field(metadata=field_info("size", "body", blank=True))
    """Order quantity; empty (None) for a position take-profit or position stop-loss order, which closes the whole
    position."""
    range_rate: Decimal | None = attrs.field(default=None, metadata=field_info("rangeRate", "body"))
    """Callback range of a trailing take-profit / stop-loss."""

    def __init__(
        self,
        *,
        margin_coin: str,
        product_type: ProductType
        | Literal["USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"],
        symbol: str,
        trigger_price: DecimalInput,
        size: DecimalInput | None,
        order_id: str | None = None,
        client_oid: str | None = None,
        trigger_type: TriggerType | Literal["fill_price", "mark_price"] | None = None,
        execute_price: DecimalInput | None = None,
        range_rate: DecimalInput | None = None,
    ) -> None:
        try:
            if order_id is not None:
                if not (type(order_id) is str and order_id.isascii() and len(order_id) >= 1):
                    order_id = check.string(order_id, "orderId", min_length=1)
            if client_oid is not None:
                if not (type(client_oid) is str and client_oid.isascii() and len(client_oid) >= 1):
                    client_oid = check.string(client_oid, "clientOid", min_length=1)
            if not (type(margin_coin) is str and margin_coin.isascii()):
                margin_coin = check.string(margin_coin, "marginCoin")
            if type(product_type) is str and product_type in _PRODUCT_TYPE_VALUES:
                product_type = _PRODUCT_TYPE_VALUES[product_type]
            else:
                product_type = check.enum_member(ProductType, product_type, "productType")
            if not (type(symbol) is str and symbol.isascii()):
                symbol = check.string(symbol, "symbol")
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
            if trigger_type is not None:
                if type(trigger_type) is str and trigger_type in _TRIGGER_TYPE_VALUES:
                    trigger_type = _TRIGGER_TYPE_VALUES[trigger_type]
                else:
                    trigger_type = check.enum_member(TriggerType, trigger_type, "triggerType")
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
            if size is not None:
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
            if range_rate is not None:
                if not (
                    type(range_rate) is Decimal
                    and range_rate.is_finite()
                    and not range_rate.is_signed()
                    and "E" not in (range_rate_text := str(range_rate))
                    and "e" not in range_rate_text
                    and len(range_rate_text) <= MAX_DIGITS
                ):
                    range_rate = check.decimal(range_rate, "rangeRate", pattern=_DECIMAL_PATTERN)
                    range_rate_text = format(range_rate, "f")
            if not (order_id is not None):
                if client_oid is None:
                    raise ValidationError("clientOid", "required unless order_id is set")
            (  # the model is frozen: each field is stored through its slot's setter
                store_order_id,
                store_client_oid,
                store_margin_coin,
                store_product_type,
                store_symbol,
                store_trigger_price,
                store_trigger_type,
                store_execute_price,
                store_size,
                store_range_rate,
                store_wire_text,
            ) = self._stores
            store_order_id(self, order_id)
            store_client_oid(self, client_oid)
            store_margin_coin(self, margin_coin)
            store_product_type(self, product_type)
            store_symbol(self, symbol)
            store_trigger_price(self, trigger_price)
            store_trigger_type(self, trigger_type)
            store_execute_price(self, execute_price)
            store_size(self, size)
            store_range_rate(self, range_rate)
            members: list[str] = []
            if order_id is not None:
                members.append('"orderId":' + json_string(order_id))
            if client_oid is not None:
                members.append('"clientOid":' + json_string(client_oid))
            members.append('"marginCoin":' + json_string(margin_coin))
            members.append('"productType":"' + product_type + '"')
            members.append('"symbol":' + json_string(symbol))
            members.append('"triggerPrice":"' + trigger_price_text + '"')
            if trigger_type is not None:
                members.append('"triggerType":"' + trigger_type + '"')
            if execute_price is not None:
                members.append('"executePrice":"' + execute_price_text + '"')
            members.append('"size":' + ('""' if size is None else '"' + size_text + '"'))
            if range_rate is not None:
                members.append('"rangeRate":"' + range_rate_text + '"')
            store_wire_text(self, "{" + ",".join(members) + "}")
        except ValidationError as error:
            raise named(self.__class__, error) from None

    def wire_body(self) -> str:
        """The JSON body the constructor wrote: wire names in spec order, absent fields left out."""
        return self._wire


@attrs.frozen(kw_only=True, repr=False)
class CancelMixPlanOrdersResponse(Response):
    """Per-order results of a futures plan order cancellation."""

    success_list: list[CancelSuccessItem] = attrs.field(metadata=field_info("successList"))
    """The orders that were cancelled."""
    failure_list: list[CancelFailureItem] = attrs.field(metadata=field_info("failureList"))
    """The orders that were not cancelled."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, init=False, repr=False)
class MixPlanOrderRef(Model):
    """One plan order to cancel, named by its ID or its client-chosen ID.

    Rules across fields:

    - Either orderId or clientOid is required.
    """

    order_id: str | None = attrs.field(default=None, metadata=field_info("orderId"))
    """Plan order ID; send this or `clientOid` (this one wins when both are sent)."""
    client_oid: str | None = attrs.field(default=None, metadata=field_info("clientOid"))
    """Client-chosen plan order ID; send this or `orderId`."""

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

    def wire_json(self) -> str:
        """This object as JSON text, written by the constructor: wire names in spec order, absent fields left out."""
        return self._wire


@attrs.frozen(kw_only=True, init=False, repr=False)
class CancelMixPlanOrdersRequest(Request[CancelMixPlanOrdersResponse]):
    """Body of a futures plan order cancellation.

    Rules across fields:

    - symbol required once orderIdList is set
    """

    operation: ClassVar[Operation] = Operation(
        venue="bitget",
        operation_id="cancel_mix_plan_orders",
        method="POST",
        path="/api/v2/mix/order/cancel-plan-order",
        result=CancelMixPlanOrdersResponse,
        result_shape="model",
        success_status=200,
        rate_limit=RateLimit(limit=10, per_seconds=1, scope="uid"),
        docs_url="https://www.bitget.com/api-doc/contract/plan/Cancel-Plan-Order",
        servers=SERVERS,
    )

    order_id_list: tuple[MixPlanOrderRef, ...] | None = attrs.field(
        default=None, metadata=field_info("orderIdList", "body", nested=MixPlanOrderRef)
    )
    """The plan orders to cancel. When sent, `symbol` is required, and every order must match `symbol`, `productType`
    and `planType`. Left out, every plan order matching the other fields is cancelled."""
    symbol: str | None = attrs.field(default=None, metadata=field_info("symbol", "body"))
    """Trading pair, e.g. ETHUSDT; required with `orderIdList`."""
    product_type: ProductType = attrs.field(metadata=field_info("productType", "body"))
    """Product line of the orders, e.g. `USDT-FUTURES`."""
    margin_coin: str | None = attrs.field(default=None, metadata=field_info("marginCoin", "body"))
    """Margin coin, in upper case."""
    plan_type: MixCancelPlanType | None = attrs.field(default=None, metadata=field_info("planType", "body"))
    """Kind of plan order to cancel: `normal_plan` (trigger order, the default), `profit_plan` (take-profit),
    `loss_plan` (stop-loss), `pos_profit` (position take-profit), `pos_loss` (position stop-loss), `moving_plan`
    (trailing take-profit / stop-loss) or `track_plan` (trailing-stop order placed with place-plan-order). The
    venue's default: ``normal_plan``."""

    def __init__(
        self,
        *,
        product_type: ProductType
        | Literal["USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"],
        order_id_list: Sequence[MixPlanOrderRef] | None = None,
        symbol: str | None = None,
        margin_coin: str | None = None,
        plan_type: MixCancelPlanType
        | Literal["normal_plan", "profit_plan", "loss_plan", "pos_profit", "pos_loss", "moving_plan", "track_plan"]
        | None = None,
    ) -> None:
        try:
            if order_id_list is not None:
                if type(order_id_list) is list and all(type(item) is MixPlanOrderRef for item in order_id_list):
                    order_id_list = tuple(order_id_list)
                else:
                    order_id_list = check.model_items(MixPlanOrderRef, order_id_list, "orderIdList")
            if symbol is not None:
                if not (type(symbol) is str and symbol.isascii()):
                    symbol = check.string(symbol, "symbol")
            if type(product_type) is str and product_type in _PRODUCT_TYPE_VALUES:
                product_type = _PRODUCT_TYPE_VALUES[product_type]
            else:
                product_type = check.enum_member(ProductType, product_type, "productType")
            if margin_coin is not None:
                if not (type(margin_coin) is str and margin_coin.isascii()):
                    margin_coin = check.string(margin_coin, "marginCoin")
            if plan_type is not None:
                if type(plan_type) is str and plan_type in _MIX_CANCEL_PLAN_TYPE_VALUES:
                    plan_type = _MIX_CANCEL_PLAN_TYPE_VALUES[plan_type]
                else:
                    plan_type = check.enum_member(MixCancelPlanType, plan_type, "planType")
            if order_id_list is not None:
                if symbol is None:
                    raise ValidationError("symbol", "required when order_id_list is set")
            (  # the model is frozen: each field is stored through its slot's setter
                store_order_id_list,
                store_symbol,
                store_product_type,
                store_margin_coin,
                store_plan_type,
                store_wire_text,
            ) = self._stores
            store_order_id_list(self, order_id_list)
            store_symbol(self, symbol)
            store_product_type(self, product_type)
            store_margin_coin(self, margin_coin)
            store_plan_type(self, plan_type)
            members: list[str] = []
            if order_id_list is not None:
                members.append('"orderIdList":[' + ",".join([item._wire for item in order_id_list]) + "]")
            if symbol is not None:
                members.append('"symbol":' + json_string(symbol))
            members.append('"productType":"' + product_type + '"')
            if margin_coin is not None:
                members.append('"marginCoin":' + json_string(margin_coin))
            if plan_type is not None:
                members.append('"planType":"' + plan_type + '"')
            store_wire_text(self, "{" + ",".join(members) + "}")
        except ValidationError as error:
            raise named(self.__class__, error) from None

    def wire_body(self) -> str:
        """The JSON body the constructor wrote: wire names in spec order, absent fields left out."""
        return self._wire


@attrs.frozen(kw_only=True, repr=False)
class MixPendingPlanOrder(Response):
    """A futures plan order that has not triggered yet."""

    plan_type: str | None = attrs.field(default=None, metadata=field_info("planType"))
    """Kind of plan order (e.g. normal_plan, track_plan, profit_plan, loss_plan, moving_plan)."""
    symbol: str | None = attrs.field(default=None, metadata=field_info("symbol"))
    """Trading pair."""
    size: Decimal | None = attrs.field(default=None, metadata=field_info("size"))
    """Order quantity."""
    order_id: str = attrs.field(metadata=field_info("orderId"))
    """Order ID."""
    client_oid: str | None = attrs.field(default=None, metadata=field_info("clientOid"))
    """Client-chosen order ID."""
    price: Decimal | None = attrs.field(default=None, metadata=field_info("price"))
    """Order price."""
    execute_price: Decimal | None = attrs.field(default=None, metadata=field_info("executePrice"))
    """Execution price."""
    callback_ratio: Decimal | None = attrs.field(default=None, metadata=field_info("callbackRatio"))
    """Callback ratio of a trailing stop."""
    trigger_price: Decimal | None = attrs.field(default=None, metadata=field_info("triggerPrice"))
    """Trigger price."""
    trigger_type: PlanTriggerType | str | None = attrs.field(default=None, metadata=field_info("triggerType"))
    """Price compared with the trigger, `fill_price`, `mark_price` or `index_price`."""
    plan_status: str | None = attrs.field(default=None, metadata=field_info("planStatus"))
    """Order status; `live` for a pending order."""
    side: Side | str | None = attrs.field(default=None, metadata=field_info("side"))
    """Order direction, `buy` or `sell`."""
    pos_side: PosSide | str | None = attrs.field(default=None, metadata=field_info("posSide"))
    """Position direction, `long`, `short` or `net` (one-way mode)."""
    margin_coin: str | None = attrs.field(default=None, metadata=field_info("marginCoin"))
    """Margin coin."""
    margin_mode: MarginMode | str | None = attrs.field(default=None, metadata=field_info("marginMode"))
    """`isolated` or `crossed` margin."""
    enter_point_source: EnterPointSource | str | None = attrs.field(
        default=None, metadata=field_info("enterPointSource")
    )
    """Where the order came from, `WEB`, `IOS`, `ANDROID`, `API` or `SYS` (system)."""
    trade_side: TradeSide | str | None = attrs.field(default=None, metadata=field_info("tradeSide"))
    """`open` or `close`."""
    pos_mode: PosMode | str | None = attrs.field(default=None, metadata=field_info("posMode"))
    """Position mode, `one_way_mode` or `hedge_mode`."""
    order_type: OrderType | str | None = attrs.field(default=None, metadata=field_info("orderType"))
    """`limit` or `market`."""
    order_source: OrderSource | str | None = attrs.field(default=None, metadata=field_info("orderSource"))
    """What created the order: normal, market, profit_market, loss_market, Trader_delegate, trader_profit,
    trader_loss, trader_reverse, profit_limit, loss_limit, delivery_close_short, pos_profit_limit,
    pos_profit_market, pos_loss_limit or pos_loss_market."""
    c_time: int | None = attrs.field(default=None, metadata=field_info("cTime"))
    """Creation time, Unix milliseconds."""
    u_time: int | None = attrs.field(default=None, metadata=field_info("uTime"))
    """Last update time, Unix milliseconds."""
    stop_surplus_execute_price: Decimal | None = attrs.field(
        default=None, metadata=field_info("stopSurplusExecutePrice")
    )
    """Execution price of the attached take-profit."""
    stop_surplus_trigger_price: Decimal | None = attrs.field(
        default=None, metadata=field_info("stopSurplusTriggerPrice")
    )
    """Trigger price of the attached take-profit."""
    stop_surplus_trigger_type: TriggerType | str | None = attrs.field(
        default=None, metadata=field_info("stopSurplusTriggerType")
    )
    """Price compared with the take-profit trigger."""
    stop_loss_execute_price: Decimal | None = attrs.field(default=None, metadata=field_info("stopLossExecutePrice"))
    """Execution price of the attached stop-loss."""
    stop_loss_trigger_price: Decimal | None = attrs.field(default=None, metadata=field_info("stopLossTriggerPrice"))
    """Trigger price of the attached stop-loss."""
    stop_loss_trigger_type: TriggerType | str | None = attrs.field(
        default=None, metadata=field_info("stopLossTriggerType")
    )
    """Price compared with the stop-loss trigger."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, repr=False)
class GetMixPendingPlanOrdersResponse(Response):
    """One page of pending futures plan orders."""

    entrusted_list: list[MixPendingPlanOrder] = attrs.field(factory=list, metadata=field_info("entrustedList"))
    """The orders of this page."""
    end_id: str | None = attrs.field(default=None, metadata=field_info("endId"))
    """Cursor for the next (older) page; pass it as the `idLessThan` request parameter."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, init=False, repr=False)
class GetMixPendingPlanOrdersRequest(Request[GetMixPendingPlanOrdersResponse]):
    """List pending futures plan orders"""

    operation: ClassVar[Operation] = Operation(
        venue="bitget",
        operation_id="get_mix_pending_plan_orders",
        method="GET",
        path="/api/v2/mix/order/orders-plan-pending",
        result=GetMixPendingPlanOrdersResponse,
        result_shape="model",
        success_status=200,
        rate_limit=RateLimit(limit=10, per_seconds=1, scope="uid"),
        docs_url="https://www.bitget.com/api-doc/contract/plan/get-orders-plan-pending",
        servers=SERVERS,
        client_id="client_oid",
        pagination=Pagination(
            style="cursor",
            request="id_less_than",
            limit="limit",
            items="entrusted_list",
            next="end_id",
        ),
    )

    order_id: str | None = attrs.field(default=None, metadata=field_info("orderId", "query"))
    """Only this plan order; wins over `clientOid` when both are sent."""
    client_oid: str | None = attrs.field(default=None, metadata=field_info("clientOid", "query"))
    """Only the plan order with this client-chosen ID."""
    symbol: str | None = attrs.field(default=None, metadata=field_info("symbol", "query"))
    """Trading pair, e.g. ETHUSDT; all pairs when left out. (The page's table lists this row twice.)"""
    plan_type: MixPlanQueryType = attrs.field(metadata=field_info("planType", "query"))
    """Which plan orders: `normal_plan` (trigger orders), `track_plan` (trailing stops) or `profit_loss` (every
    take-profit / stop-loss kind: profit_plan, loss_plan, moving_plan, pos_profit, pos_loss)."""
    product_type: ProductType = attrs.field(metadata=field_info("productType", "query"))
    """Product line, e.g. USDT-FUTURES."""
    id_less_than: str | None = attrs.field(default=None, metadata=field_info("idLessThan", "query"))
    """Cursor: only orders older than this one are returned. Pass the `endId` of the previous answer; leave it out
    for the first page."""
    start_time: int | None = attrs.field(default=None, metadata=field_info("startTime", "query", text=True))
    """Earliest creation time, Unix milliseconds; startTime to endTime spans at most 3 months."""
    end_time: int | None = attrs.field(default=None, metadata=field_info("endTime", "query", text=True))
    """Latest creation time, Unix milliseconds; startTime to endTime spans at most 3 months."""
    limit: int | None = attrs.field(default=None, metadata=field_info("limit", "query"))
    """Page size, 1 to 100; 100 when left out. The venue's default: ``100``."""

    def __init__(
        self,
        *,
        plan_type: MixPlanQueryType | Literal["normal_plan", "track_plan", "profit_loss"],
        product_type: ProductType
        | Literal["USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"],
        order_id: str | None = None,
        client_oid: str | None = None,
        symbol: str | None = None,
        id_less_than: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        limit: int | None = None,
    ) -> None:
        try:
            if order_id is not None:
                if not (type(order_id) is str and order_id.isascii()):
                    order_id = check.string(order_id, "orderId")
            if client_oid is not None:
                if not (type(client_oid) is str and client_oid.isascii()):
                    client_oid = check.string(client_oid, "clientOid")
            if symbol is not None:
                if not (type(symbol) is str and symbol.isascii()):
                    symbol = check.string(symbol, "symbol")
            if type(plan_type) is str and plan_type in _MIX_PLAN_QUERY_TYPE_VALUES:
                plan_type = _MIX_PLAN_QUERY_TYPE_VALUES[plan_type]
            else:
                plan_type = check.enum_member(MixPlanQueryType, plan_type, "planType")
            if type(product_type) is str and product_type in _PRODUCT_TYPE_VALUES:
                product_type = _PRODUCT_TYPE_VALUES[product_type]
            else:
                product_type = check.enum_member(ProductType, product_type, "productType")
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
            if limit is not None:
                if not (
                    type(limit) is int
                    and -check.INTEGER_LIMIT < limit < check.INTEGER_LIMIT
                    and limit >= 1
                    and limit <= 100
                ):
                    limit = check.integer(limit, "limit", minimum=1, maximum=100)
            (  # the model is frozen: each field is stored through its slot's setter
                store_order_id,
                store_client_oid,
                store_symbol,
                store_plan_type,
                store_product_type,
                store_id_less_than,
                store_start_time,
                store_end_time,
                store_limit,
                _,
            ) = self._stores
            store_order_id(self, order_id)
            store_client_oid(self, client_oid)
            store_symbol(self, symbol)
            store_plan_type(self, plan_type)
            store_product_type(self, product_type)
            store_id_less_than(self, id_less_than)
            store_start_time(self, start_time)
            store_end_time(self, end_time)
            store_limit(self, limit)
        except ValidationError as error:
            raise named(self.__class__, error) from None

    def wire_query(self) -> list[tuple[str, str]]:
        """The query fields as (wire name, text) pairs in spec order, absent ones left out, not yet percent-encoded."""
        pairs: list[tuple[str, str]] = []
        if self.order_id is not None:
            pairs.append(("orderId", self.order_id))
        if self.client_oid is not None:
            pairs.append(("clientOid", self.client_oid))
        if self.symbol is not None:
            pairs.append(("symbol", self.symbol))
        pairs.append(("planType", self.plan_type))
        pairs.append(("productType", self.product_type))
        if self.id_less_than is not None:
            pairs.append(("idLessThan", self.id_less_than))
        if self.start_time is not None:
            pairs.append(("startTime", str(self.start_time)))
        if self.end_time is not None:
            pairs.append(("endTime", str(self.end_time)))
        if self.limit is not None:
            pairs.append(("limit", str(self.limit)))
        return pairs


@attrs.frozen(kw_only=True, repr=False)
class MixHistoryPlanOrder(Response):
    """A futures plan order that has finished."""

    plan_type: str | None = attrs.field(default=None, metadata=field_info("planType"))
    """Kind of plan order (e.g. normal_plan, track_plan, profit_plan, loss_plan, moving_plan)."""
    symbol: str | None = attrs.field(default=None, metadata=field_info("symbol"))
    """Trading pair."""
    size: Decimal | None = attrs.field(default=None, metadata=field_info("size"))
    """Order quantity."""
    order_id: str = attrs.field(metadata=field_info("orderId"))
    """Order ID."""
    execute_order_id: str | None = attrs.field(default=None, metadata=field_info("executeOrderId"))
    """ID of the order placed when the plan order fired."""
    client_oid: str | None = attrs.field(default=None, metadata=field_info("clientOid"))
    """Client-chosen order ID."""
    plan_status: PlanHistoryStatus | str | None = attrs.field(default=None, metadata=field_info("planStatus"))
    """How the order ended, `executed`, `fail_execute` (failed) or `cancelled`."""
    price: Decimal | None = attrs.field(default=None, metadata=field_info("price"))
    """Order price."""
    execute_price: Decimal | None = attrs.field(default=None, metadata=field_info("executePrice"))
    """Execution price."""
    price_avg: Decimal | None = attrs.field(default=None, metadata=field_info("priceAvg"))
    """Average fill price."""
    base_volume: Decimal | None = attrs.field(default=None, metadata=field_info("baseVolume"))
    """Filled quantity."""
    callback_ratio: Decimal | None = attrs.field(default=None, metadata=field_info("callbackRatio"))
    """Callback ratio of a trailing stop."""
    trigger_price: Decimal | None = attrs.field(default=None, metadata=field_info("triggerPrice"))
    """Trigger price."""
    trigger_type: TriggerType | str | None = attrs.field(default=None, metadata=field_info("triggerType"))
    """Price compared with the trigger, `fill_price` or `mark_price`."""
    side: Side | str | None = attrs.field(default=None, metadata=field_info("side"))
    """Order direction (values as on the pending-orders page)."""
    pos_side: PosSide | str | None = attrs.field(default=None, metadata=field_info("posSide"))
    """Position direction (values as on the pending-orders page)."""
    margin_coin: str | None = attrs.field(default=None, metadata=field_info("marginCoin"))
    """Margin coin."""
    margin_mode: MarginMode | str | None = attrs.field(default=None, metadata=field_info("marginMode"))
    """Margin mode (values as on the pending-orders page)."""
    enter_point_source: EnterPointSource | str | None = attrs.field(
        default=None, metadata=field_info("enterPointSource")
    )
    """Where the order came from (values as on the pending-orders page)."""
    trade_side: TradeSide | str | None = attrs.field(default=None, metadata=field_info("tradeSide"))
    """`open` or `close` (values as on the pending-orders page)."""
    pos_mode: PosMode | str | None = attrs.field(default=None, metadata=field_info("posMode"))
    """Position mode (values as on the pending-orders page)."""
    order_type: OrderType | str | None = attrs.field(default=None, metadata=field_info("orderType"))
    """`limit` or `market` (values as on the pending-orders page)."""
    c_time: int | None = attrs.field(default=None, metadata=field_info("cTime"))
    """Creation time, Unix milliseconds."""
    u_time: int | None = attrs.field(default=None, metadata=field_info("uTime"))
    """Last update time, Unix milliseconds."""
    stop_surplus_execute_price: Decimal | None = attrs.field(
        default=None, metadata=field_info("stopSurplusExecutePrice")
    )
    """Execution price of the attached take-profit."""
    stop_surplus_trigger_price: Decimal | None = attrs.field(
        default=None, metadata=field_info("stopSurplusTriggerPrice")
    )
    """Trigger price of the attached take-profit."""
    stop_surplus_trigger_type: TriggerType | str | None = attrs.field(
        default=None, metadata=field_info("stopSurplusTriggerType")
    )
    """Price compared with the take-profit trigger."""
    stop_loss_execute_price: Decimal | None = attrs.field(default=None, metadata=field_info("stopLossExecutePrice"))
    """Execution price of the attached stop-loss."""
    stop_loss_trigger_price: Decimal | None = attrs.field(default=None, metadata=field_info("stopLossTriggerPrice"))
    """Trigger price of the attached stop-loss."""
    stop_loss_trigger_type: TriggerType | str | None = attrs.field(
        default=None, metadata=field_info("stopLossTriggerType")
    )
    """Price compared with the stop-loss trigger."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, repr=False)
class GetMixHistoryPlanOrdersResponse(Response):
    """One page of finished futures plan orders."""

    entrusted_list: list[MixHistoryPlanOrder] = attrs.field(factory=list, metadata=field_info("entrustedList"))
    """The orders of this page."""
    end_id: str | None = attrs.field(default=None, metadata=field_info("endId"))
    """Cursor for the next (older) page; pass it as the `idLessThan` request parameter."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, init=False, repr=False)
class GetMixHistoryPlanOrdersRequest(Request[GetMixHistoryPlanOrdersResponse]):
    """List finished futures plan orders"""

    operation: ClassVar[Operation] = Operation(
        venue="bitget",
        operation_id="get_mix_history_plan_orders",
        method="GET",
        path="/api/v2/mix/order/orders-plan-history",
        result=GetMixHistoryPlanOrdersResponse,
        result_shape="model",
        success_status=200,
        rate_limit=RateLimit(limit=10, per_seconds=1, scope="uid"),
        docs_url="https://www.bitget.com/api-doc/contract/plan/orders-plan-history",
        servers=SERVERS,
        client_id="client_oid",
        pagination=Pagination(
            style="cursor",
            request="id_less_than",
            limit="limit",
            items="entrusted_list",
            next="end_id",
        ),
    )

    order_id: str | None = attrs.field(default=None, metadata=field_info("orderId", "query"))
    """Only this plan order; wins over `clientOid` when both are sent."""
    client_oid: str | None = attrs.field(default=None, metadata=field_info("clientOid", "query"))
    """Only the plan order with this client-chosen ID."""
    plan_type: MixPlanQueryType = attrs.field(metadata=field_info("planType", "query"))
    """Which plan orders: `normal_plan` (trigger orders), `track_plan` (trailing stops) or `profit_loss` (every
    take-profit / stop-loss kind)."""
    plan_status: PlanHistoryStatus | None = attrs.field(default=None, metadata=field_info("planStatus", "query"))
    """Only orders that ended this way: `executed`, `fail_execute` (failed) or `cancelled`; all of them when left
    out."""
    symbol: str | None = attrs.field(default=None, metadata=field_info("symbol", "query"))
    """Trading pair, e.g. ETHUSDT; all pairs when left out."""
    product_type: ProductType = attrs.field(metadata=field_info("productType", "query"))
    """Product line, e.g. USDT-FUTURES."""
    id_less_than: str | None = attrs.field(default=None, metadata=field_info("idLessThan", "query"))
    """Cursor: only orders older than this one are returned. Pass the `endId` of the previous answer; leave it out
    for the first page."""
    start_time: int | None = attrs.field(default=None, metadata=field_info("startTime", "query", text=True))
    """Earliest creation time, Unix milliseconds; startTime to endTime spans at most 3 months (for a managed
    sub-account, not before its binding time)."""
    end_time: int | None = attrs.field(default=None, metadata=field_info("endTime", "query", text=True))
    """Latest creation time, Unix milliseconds; startTime to endTime spans at most 3 months."""
    limit: int | None = attrs.field(default=None, metadata=field_info("limit", "query"))
    """Page size, 1 to 100; 100 when left out. The venue's default: ``100``."""

    def __init__(
        self,
        *,
        plan_type: MixPlanQueryType | Literal["normal_plan", "track_plan", "profit_loss"],
        product_type: ProductType
        | Literal["USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"],
        order_id: str | None = None,
        client_oid: str | None = None,
        plan_status: PlanHistoryStatus | Literal["executed", "fail_execute", "cancelled"] | None = None,
        symbol: str | None = None,
        id_less_than: str | None = None,
        start_time: int | None = None,
        end_time: int | None = None,
        limit: int | None = None,
    ) -> None:
        try:
            if order_id is not None:
                if not (type(order_id) is str and order_id.isascii()):
                    order_id = check.string(order_id, "orderId")
            if client_oid is not None:
                if not (type(client_oid) is str and client_oid.isascii()):
                    client_oid = check.string(client_oid, "clientOid")
            if type(plan_type) is str and plan_type in _MIX_PLAN_QUERY_TYPE_VALUES:
                plan_type = _MIX_PLAN_QUERY_TYPE_VALUES[plan_type]
            else:
                plan_type = check.enum_member(MixPlanQueryType, plan_type, "planType")
            if plan_status is not None:
                if type(plan_status) is str and plan_status in _PLAN_HISTORY_STATUS_VALUES:
                    plan_status = _PLAN_HISTORY_STATUS_VALUES[plan_status]
                else:
                    plan_status = check.enum_member(PlanHistoryStatus, plan_status, "planStatus")
            if symbol is not None:
                if not (type(symbol) is str and symbol.isascii()):
                    symbol = check.string(symbol, "symbol")
            if type(product_type) is str and product_type in _PRODUCT_TYPE_VALUES:
                product_type = _PRODUCT_TYPE_VALUES[product_type]
            else:
                product_type = check.enum_member(ProductType, product_type, "productType")
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
            if limit is not None:
                if not (
                    type(limit) is int
                    and -check.INTEGER_LIMIT < limit < check.INTEGER_LIMIT
                    and limit >= 1
                    and limit <= 100
                ):
                    limit = check.integer(limit, "limit", minimum=1, maximum=100)
            (  # the model is frozen: each field is stored through its slot's setter
                store_order_id,
                store_client_oid,
                store_plan_type,
                store_plan_status,
                store_symbol,
                store_product_type,
                store_id_less_than,
                store_start_time,
                store_end_time,
                store_limit,
                _,
            ) = self._stores
            store_order_id(self, order_id)
            store_client_oid(self, client_oid)
            store_plan_type(self, plan_type)
            store_plan_status(self, plan_status)
            store_symbol(self, symbol)
            store_product_type(self, product_type)
            store_id_less_than(self, id_less_than)
            store_start_time(self, start_time)
            store_end_time(self, end_time)
            store_limit(self, limit)
        except ValidationError as error:
            raise named(self.__class__, error) from None

    def wire_query(self) -> list[tuple[str, str]]:
        """The query fields as (wire name, text) pairs in spec order, absent ones left out, not yet percent-encoded."""
        pairs: list[tuple[str, str]] = []
        if self.order_id is not None:
            pairs.append(("orderId", self.order_id))
        if self.client_oid is not None:
            pairs.append(("clientOid", self.client_oid))
        pairs.append(("planType", self.plan_type))
        if self.plan_status is not None:
            pairs.append(("planStatus", self.plan_status))
        if self.symbol is not None:
            pairs.append(("symbol", self.symbol))
        pairs.append(("productType", self.product_type))
        if self.id_less_than is not None:
            pairs.append(("idLessThan", self.id_less_than))
        if self.start_time is not None:
            pairs.append(("startTime", str(self.start_time)))
        if self.end_time is not None:
            pairs.append(("endTime", str(self.end_time)))
        if self.limit is not None:
            pairs.append(("limit", str(self.limit)))
        return pairs


@attrs.frozen(kw_only=True, repr=False)
class PlaceMixTpslOrderResponse(Response):
    """The IDs of the new take-profit / stop-loss plan."""

    order_id: str = attrs.field(metadata=field_info("orderId"))
    """ID of the plan order."""
    client_oid: str | None = attrs.field(default=None, metadata=field_info("clientOid"))
    """Client-chosen ID of the plan."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, init=False, repr=False)
class PlaceMixTpslOrderRequest(Request[PlaceMixTpslOrderResponse]):
    """Body of a futures take-profit / stop-loss plan.

    Rules across fields:

    - A take-profit, stop-loss or trailing plan of a quantity needs size.
    - A trailing plan needs rangeRate and takes no executePrice (it executes at market).
    - A trailing plan needs rangeRate and takes no executePrice (it executes at market).
    """

    operation: ClassVar[Operation] = Operation(
        venue="bitget",
        operation_id="place_mix_tpsl_order",
        method="POST",
        path="/api/v2/mix/order/place-tpsl-order",
        result=PlaceMixTpslOrderResponse,
        result_shape="model",
        success_status=200,
        rate_limit=RateLimit(limit=10, per_seconds=1, scope="uid"),
        docs_url="https://www.bitget.com/api-doc/contract/plan/Place-Tpsl-Order",
        servers=SERVERS,
        client_id="client_oid",
    )

    margin_coin: str = attrs.field(metadata=field_info("marginCoin", "body"))
    """Margin coin, in upper case, e.g. USDT."""
    product_type: ProductType = attrs.field(metadata=field_info("productType", "body"))
    """Product line of the position, e.g. `USDT-FUTURES`."""
    symbol: str = attrs.field(metadata=field_info("symbol", "body"))
    """Trading pair, e.g. ETHUSDT."""
    plan_type: MixTpslPlanType = attrs.field(metadata=field_info("planType", "body"))
    """Kind of plan: `profit_plan` (take-profit of `size`), `loss_plan` (stop-loss of `size`), `moving_plan`
    (trailing stop of `size`, at market, with `rangeRate`), `pos_profit` (take-profit of the whole position) or
    `pos_loss` (stop-loss of the whole position)."""
    trigger_price: Decimal = attrs.field(metadata=field_info("triggerPrice", "body"))
    """Trigger price."""
    trigger_type: TriggerType | None = attrs.field(default=None, metadata=field_info("triggerType", "body"))
    """Price compared with the trigger, `fill_price` (last trade price) or `mark_price`."""
    execute_price: Decimal | None = attrs.field(default=None, metadata=field_info("executePrice", "body"))
    """Execution price: 0 or left out executes at market, a value above 0 places a limit order. Not allowed for
    `moving_plan`, which always executes at market."""
    hold_side: HoldSide = attrs.field(metadata=field_info("holdSide", "body"))
    """The position: `long` or `short` in hedge mode, `buy` (the long position) or `sell` (the short position) in
    one-way mode."""
    size: Decimal | None = attrs.field(default=None, metadata=field_info("size", "body"))
    """Quantity to close, in the base coin, above 0; required for `profit_plan`, `loss_plan` and `moving_plan`, not
    needed for `pos_profit` / `pos_loss` (the whole position)."""
    range_rate: Decimal | None = attrs.field(default=None, metadata=field_info("rangeRate", "body"))
    """Callback range of a trailing stop; required for `moving_plan`, not allowed otherwise."""
    client_oid: str | None = attrs.field(default=None, metadata=field_info("clientOid", "body"))
    """Client-chosen ID of the plan; find the plan by it after a lost answer."""
    stp_mode: StpMode | None = attrs.field(default=None, metadata=field_info("stpMode", "body"))
    """Self-trade prevention: `none` (no STP, the default), `cancel_taker` (cancel the taker order), `cancel_maker`
    (cancel the maker order) or `cancel_both` (cancel both). The venue's default: ``none``."""

    def __init__(
        self,
        *,
        margin_coin: str,
        product_type: ProductType
        | Literal["USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"],
        symbol: str,
        plan_type: MixTpslPlanType | Literal["profit_plan", "loss_plan", "moving_plan", "pos_profit", "pos_loss"],
        trigger_price: DecimalInput,
        hold_side: HoldSide | Literal["long", "short", "buy", "sell"],
        trigger_type: TriggerType | Literal["fill_price", "mark_price"] | None = None,
        execute_price: DecimalInput | None = None,
        size: DecimalInput | None = None,
        range_rate: DecimalInput | None = None,
        client_oid: str | None = None,
        stp_mode: StpMode | Literal["none", "cancel_taker", "cancel_maker", "cancel_both"] | None = None,
    ) -> None:
        try:
            if not (type(margin_coin) is str and margin_coin.isascii()):
                margin_coin = check.string(margin_coin, "marginCoin")
            if type(product_type) is str and product_type in _PRODUCT_TYPE_VALUES:
                product_type = _PRODUCT_TYPE_VALUES[product_type]
            else:
                product_type = check.enum_member(ProductType, product_type, "productType")
            if not (type(symbol) is str and symbol.isascii()):
                symbol = check.string(symbol, "symbol")
            if type(plan_type) is str and plan_type in _MIX_TPSL_PLAN_TYPE_VALUES:
                plan_type = _MIX_TPSL_PLAN_TYPE_VALUES[plan_type]
            else:
                plan_type = check.enum_member(MixTpslPlanType, plan_type, "planType")
            if not (
                type(trigger_price) is Decimal
                and trigger_price.is_finite()
                and not trigger_price.is_signed()
                and "E" not in (trigger_price_text := str(trigger_price))
                and "e" not in trigger_price_text
                and len(trigger_price_text) <= MAX_DIGITS
                and _POSITIVE_DECIMAL_PATTERN.fullmatch(trigger_price_text) is not None
            ):
                trigger_price = check.decimal(trigger_price, "triggerPrice", pattern=_POSITIVE_DECIMAL_PATTERN)
                trigger_price_text = format(trigger_price, "f")
            if trigger_type is not None:
                if type(trigger_type) is str and trigger_type in _TRIGGER_TYPE_VALUES:
                    trigger_type = _TRIGGER_TYPE_VALUES[trigger_type]
                else:
                    trigger_type = check.enum_member(TriggerType, trigger_type, "triggerType")
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
            if type(hold_side) is str and hold_side in _HOLD_SIDE_VALUES:
                hold_side = _HOLD_SIDE_VALUES[hold_side]
            else:
                hold_side = check.enum_member(HoldSide, hold_side, "holdSide")
            if size is not None:
                if not (
                    type(size) is Decimal
                    and size.is_finite()
                    and not size.is_signed()
                    and "E" not in (size_text := str(size))
                    and "e" not in size_text
                    and len(size_text) <= MAX_DIGITS
                    and _POSITIVE_DECIMAL_PATTERN.fullmatch(size_text) is not None
                ):
                    size = check.decimal(size, "size", pattern=_POSITIVE_DECIMAL_PATTERN)
                    size_text = format(size, "f")
            if range_rate is not None:
                if not (
                    type(range_rate) is Decimal
                    and range_rate.is_finite()
                    and not range_rate.is_signed()
                    and "E" not in (range_rate_text := str(range_rate))
                    and "e" not in range_rate_text
                    and len(range_rate_text) <= MAX_DIGITS
                    and _POSITIVE_DECIMAL_PATTERN.fullmatch(range_rate_text) is not None
                ):
                    range_rate = check.decimal(range_rate, "rangeRate", pattern=_POSITIVE_DECIMAL_PATTERN)
                    range_rate_text = format(range_rate, "f")
            if client_oid is not None:
                if not (type(client_oid) is str and client_oid.isascii() and len(client_oid) >= 1):
                    client_oid = check.string(client_oid, "clientOid", min_length=1)
            if stp_mode is not None:
                if type(stp_mode) is str and stp_mode in _STP_MODE_VALUES:
                    stp_mode = _STP_MODE_VALUES[stp_mode]
                else:
                    stp_mode = check.enum_member(StpMode, stp_mode, "stpMode")
            if plan_type in ("profit_plan", "loss_plan", "moving_plan"):
                if size is None:
                    raise ValidationError(
                        "size", "required when plan_type is one of 'profit_plan', 'loss_plan', 'moving_plan'"
                    )
            if plan_type == "moving_plan":
                if range_rate is None:
                    raise ValidationError("rangeRate", "required when plan_type is 'moving_plan'")
                if execute_price is not None:
                    raise ValidationError("executePrice", "must be absent when plan_type is 'moving_plan'")
            if not (plan_type == "moving_plan"):
                if range_rate is not None:
                    raise ValidationError("rangeRate", "must be absent unless plan_type is 'moving_plan'")
            (  # the model is frozen: each field is stored through its slot's setter
                store_margin_coin,
                store_product_type,
                store_symbol,
                store_plan_type,
                store_trigger_price,
                store_trigger_type,
                store_execute_price,
                store_hold_side,
                store_size,
                store_range_rate,
                store_client_oid,
                store_stp_mode,
                store_wire_text,
            ) = self._stores
            store_margin_coin(self, margin_coin)
            store_product_type(self, product_type)
            store_symbol(self, symbol)
            store_plan_type(self, plan_type)
            store_trigger_price(self, trigger_price)
            store_trigger_type(self, trigger_type)
            store_execute_price(self, execute_price)
            store_hold_side(self, hold_side)
            store_size(self, size)
            store_range_rate(self, range_rate)
            store_client_oid(self, client_oid)
            store_stp_mode(self, stp_mode)
            store_wire_text(
                self,
                "".join(
                    (
                        '{"marginCoin":',
                        json_string(margin_coin),
                        ',"productType":"',
                        product_type,
                        '","symbol":',
                        json_string(symbol),
                        ',"planType":"',
                        plan_type,
                        '","triggerPrice":"',
                        trigger_price_text,
                        '"',
                        ',"triggerType":"' + trigger_type + '"' if trigger_type is not None else "",
                        ',"executePrice":"' + execute_price_text + '"' if execute_price is not None else "",
                        ',"holdSide":"',
                        hold_side,
                        '"',
                        ',"size":"' + size_text + '"' if size is not None else "",
                        ',"rangeRate":"' + range_rate_text + '"' if range_rate is not None else "",
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
class MixPosTpslPlaced(Response):
    """One plan that a position take-profit / stop-loss request placed. The page does not say which entry is which
    leg; the client IDs tell them apart when they were sent."""

    order_id: str = attrs.field(metadata=field_info("orderId"))
    """ID of the plan order."""
    stop_surplus_client_oid: str | None = attrs.field(default=None, metadata=field_info("stopSurplusClientOid"))
    """Client-chosen ID of the take-profit plan."""
    stop_loss_client_oid: str | None = attrs.field(default=None, metadata=field_info("stopLossClientOid"))
    """Client-chosen ID of the stop-loss plan."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, init=False, repr=False)
class PlaceMixPosTpslRequest(Request[list[MixPosTpslPlaced]]):
    """Body of a position's take-profit and stop-loss plans.

    Rules across fields:

    - stopSurplusTriggerPrice required once stopSurplusSize is set
    - stopSurplusTriggerPrice required once stopSurplusTriggerType is set
    - stopSurplusTriggerPrice required once stopSurplusExecutePrice is set
    - stopSurplusTriggerPrice required once stopSurplusClientOid is set
    - stopLossTriggerPrice required once stopLossSize is set
    - stopLossTriggerPrice required once stopLossTriggerType is set
    - stopLossTriggerPrice required once stopLossExecutePrice is set
    - stopLossTriggerPrice required once stopLossClientOid is set
    - At least one leg is placed, so stopSurplusTriggerPrice or stopLossTriggerPrice is required.
    """

    operation: ClassVar[Operation] = Operation(
        venue="bitget",
        operation_id="place_mix_pos_tpsl",
        method="POST",
        path="/api/v2/mix/order/place-pos-tpsl",
        result=MixPosTpslPlaced,
        result_shape="list",
        success_status=200,
        rate_limit=RateLimit(limit=10, per_seconds=1, scope="uid"),
        docs_url="https://www.bitget.com/api-doc/contract/plan/Place-Pos-Tpsl-Order",
        servers=SERVERS,
        client_id="stop_loss_client_oid",
    )

    margin_coin: str = attrs.field(metadata=field_info("marginCoin", "body"))
    """Margin coin, e.g. USDT."""
    product_type: ProductType = attrs.field(metadata=field_info("productType", "body"))
    """Product line of the position, e.g. `USDT-FUTURES`."""
    symbol: str = attrs.field(metadata=field_info("symbol", "body"))
    """Trading pair, e.g. BTCUSDT."""
    stop_surplus_trigger_price: Decimal | None = attrs.field(
        default=None, metadata=field_info("stopSurplusTriggerPrice", "body")
    )
    """Take-profit trigger price; sent, this leg is placed."""
    stop_surplus_size: Decimal | None = attrs.field(default=None, metadata=field_info("stopSurplusSize", "body"))
    """Take-profit quantity in the base coin: sent, the leg closes this much (a `profit_plan`); left out, the whole
    position (a `pos_profit`)."""
    stop_surplus_trigger_type: TriggerType | None = attrs.field(
        default=None, metadata=field_info("stopSurplusTriggerType", "body")
    )
    """Price compared with the take-profit trigger, `fill_price` (last trade price) or `mark_price`."""
    stop_surplus_execute_price: Decimal | None = attrs.field(
        default=None, metadata=field_info("stopSurplusExecutePrice", "body")
    )
    """Take-profit execution price: 0 or left out executes at market, a value above 0 places a limit order."""
    stop_loss_trigger_price: Decimal | None = attrs.field(
        default=None, metadata=field_info("stopLossTriggerPrice", "body")
    )
    """Stop-loss trigger price; sent, this leg is placed."""
    stop_loss_size: Decimal | None = attrs.field(default=None, metadata=field_info("stopLossSize", "body"))
    """Stop-loss quantity in the base coin: sent, the leg closes this much (a `loss_plan`); left out, the whole
    position (a `pos_loss`)."""
    stop_loss_trigger_type: TriggerType | None = attrs.field(
        default=None, metadata=field_info("stopLossTriggerType", "body")
    )
    """Price compared with the stop-loss trigger, `fill_price` (last trade price) or `mark_price`."""
    stop_loss_execute_price: Decimal | None = attrs.field(
        default=None, metadata=field_info("stopLossExecutePrice", "body")
    )
    """Stop-loss execution price: 0 or left out executes at market, a value above 0 places a limit order."""
    hold_side: HoldSide = attrs.field(metadata=field_info("holdSide", "body"))
    """The position: `long` or `short` in hedge mode, `buy` (the long position) or `sell` (the short position) in
    one-way mode."""
    stp_mode: StpMode | None = attrs.field(default=None, metadata=field_info("stpMode", "body"))
    """Self-trade prevention: `none` (no STP, the default), `cancel_taker` (cancel the taker order), `cancel_maker`
    (cancel the maker order) or `cancel_both` (cancel both). The venue's default: ``none``."""
    stop_surplus_client_oid: str | None = attrs.field(default=None, metadata=field_info("stopSurplusClientOid", "body"))
    """Client-chosen ID of the take-profit plan."""
    stop_loss_client_oid: str | None = attrs.field(default=None, metadata=field_info("stopLossClientOid", "body"))
    """Client-chosen ID of the stop-loss plan. A lost answer names this one (the binding carries one client ID per
    request, and the stop-loss is the leg a position relies on); look the take-profit up by its own."""

    def __init__(
        self,
        *,
        margin_coin: str,
        product_type: ProductType
        | Literal["USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"],
        symbol: str,
        hold_side: HoldSide | Literal["long", "short", "buy", "sell"],
        stop_surplus_trigger_price: DecimalInput | None = None,
        stop_surplus_size: DecimalInput | None = None,
        stop_surplus_trigger_type: TriggerType | Literal["fill_price", "mark_price"] | None = None,
        stop_surplus_execute_price: DecimalInput | None = None,
        stop_loss_trigger_price: DecimalInput | None = None,
        stop_loss_size: DecimalInput | None = None,
        stop_loss_trigger_type: TriggerType | Literal["fill_price", "mark_price"] | None = None,
        stop_loss_execute_price: DecimalInput | None = None,
        stp_mode: StpMode | Literal["none", "cancel_taker", "cancel_maker", "cancel_both"] | None = None,
        stop_surplus_client_oid: str | None = None,
        stop_loss_client_oid: str | None = None,
    ) -> None:
        try:
            if not (type(margin_coin) is str and margin_coin.isascii()):
                margin_coin = check.string(margin_coin, "marginCoin")
            if type(product_type) is str and product_type in _PRODUCT_TYPE_VALUES:
                product_type = _PRODUCT_TYPE_VALUES[product_type]
            else:
                product_type = check.enum_member(ProductType, product_type, "productType")
            if not (type(symbol) is str and symbol.isascii()):
                symbol = check.string(symbol, "symbol")
            if stop_surplus_trigger_price is not None:
                if not (
                    type(stop_surplus_trigger_price) is Decimal
                    and stop_surplus_trigger_price.is_finite()
                    and not stop_surplus_trigger_price.is_signed()
                    and "E" not in (stop_surplus_trigger_price_text := str(stop_surplus_trigger_price))
                    and "e" not in stop_surplus_trigger_price_text
                    and len(stop_surplus_trigger_price_text) <= MAX_DIGITS
                    and _POSITIVE_DECIMAL_PATTERN.fullmatch(stop_surplus_trigger_price_text) is not None
                ):
                    stop_surplus_trigger_price = check.decimal(
                        stop_surplus_trigger_price, "stopSurplusTriggerPrice", pattern=_POSITIVE_DECIMAL_PATTERN
                    )
                    stop_surplus_trigger_price_text = format(stop_surplus_trigger_price, "f")
            if stop_surplus_size is not None:
                if not (
                    type(stop_surplus_size) is Decimal
                    and stop_surplus_size.is_finite()
                    and not stop_surplus_size.is_signed()
                    and "E" not in (stop_surplus_size_text := str(stop_surplus_size))
                    and "e" not in stop_surplus_size_text
                    and len(stop_surplus_size_text) <= MAX_DIGITS
                    and _POSITIVE_DECIMAL_PATTERN.fullmatch(stop_surplus_size_text) is not None
                ):
                    stop_surplus_size = check.decimal(
                        stop_surplus_size, "stopSurplusSize", pattern=_POSITIVE_DECIMAL_PATTERN
                    )
                    stop_surplus_size_text = format(stop_surplus_size, "f")
            if stop_surplus_trigger_type is not None:
                if type(stop_surplus_trigger_type) is str and stop_surplus_trigger_type in _TRIGGER_TYPE_VALUES:
                    stop_surplus_trigger_type = _TRIGGER_TYPE_VALUES[stop_surplus_trigger_type]
                else:
                    stop_surplus_trigger_type = check.enum_member(
                        TriggerType, stop_surplus_trigger_type, "stopSurplusTriggerType"
                    )
            if stop_surplus_execute_price is not None:
                if not (
                    type(stop_surplus_execute_price) is Decimal
                    and stop_surplus_execute_price.is_finite()
                    and not stop_surplus_execute_price.is_signed()
                    and "E" not in (stop_surplus_execute_price_text := str(stop_surplus_execute_price))
                    and "e" not in stop_surplus_execute_price_text
                    and len(stop_surplus_execute_price_text) <= MAX_DIGITS
                ):
                    stop_surplus_execute_price = check.decimal(
                        stop_surplus_execute_price, "stopSurplusExecutePrice", pattern=_DECIMAL_PATTERN
                    )
                    stop_surplus_execute_price_text = format(stop_surplus_execute_price, "f")
            if stop_loss_trigger_price is not None:
                if not (
                    type(stop_loss_trigger_price) is Decimal
                    and stop_loss_trigger_price.is_finite()
                    and not stop_loss_trigger_price.is_signed()
                    and "E" not in (stop_loss_trigger_price_text := str(stop_loss_trigger_price))
                    and "e" not in stop_loss_trigger_price_text
                    and len(stop_loss_trigger_price_text) <= MAX_DIGITS
                    and _POSITIVE_DECIMAL_PATTERN.fullmatch(stop_loss_trigger_price_text) is not None
                ):
                    stop_loss_trigger_price = check.decimal(
                        stop_loss_trigger_price, "stopLossTriggerPrice", pattern=_POSITIVE_DECIMAL_PATTERN
                    )
                    stop_loss_trigger_price_text = format(stop_loss_trigger_price, "f")
            if stop_loss_size is not None:
                if not (
                    type(stop_loss_size) is Decimal
                    and stop_loss_size.is_finite()
                    and not stop_loss_size.is_signed()
                    and "E" not in (stop_loss_size_text := str(stop_loss_size))
                    and "e" not in stop_loss_size_text
                    and len(stop_loss_size_text) <= MAX_DIGITS
                    and _POSITIVE_DECIMAL_PATTERN.fullmatch(stop_loss_size_text) is not None
                ):
                    stop_loss_size = check.decimal(stop_loss_size, "stopLossSize", pattern=_POSITIVE_DECIMAL_PATTERN)
                    stop_loss_size_text = format(stop_loss_size, "f")
            if stop_loss_trigger_type is not None:
                if type(stop_loss_trigger_type) is str and stop_loss_trigger_type in _TRIGGER_TYPE_VALUES:
                    stop_loss_trigger_type = _TRIGGER_TYPE_VALUES[stop_loss_trigger_type]
                else:
                    stop_loss_trigger_type = check.enum_member(
                        TriggerType, stop_loss_trigger_type, "stopLossTriggerType"
                    )
            if stop_loss_execute_price is not None:
                if not (
                    type(stop_loss_execute_price) is Decimal
                    and stop_loss_execute_price.is_finite()
                    and not stop_loss_execute_price.is_signed()
                    and "E" not in (stop_loss_execute_price_text := str(stop_loss_execute_price))
                    and "e" not in stop_loss_execute_price_text
                    and len(stop_loss_execute_price_text) <= MAX_DIGITS
                ):
                    stop_loss_execute_price = check.decimal(
                        stop_loss_execute_price, "stopLossExecutePrice", pattern=_DECIMAL_PATTERN
                    )
                    stop_loss_execute_price_text = format(stop_loss_execute_price, "f")
            if type(hold_side) is str and hold_side in _HOLD_SIDE_VALUES:
                hold_side = _HOLD_SIDE_VALUES[hold_side]
            else:
                hold_side = check.enum_member(HoldSide, hold_side, "holdSide")
            if stp_mode is not None:
                if type(stp_mode) is str and stp_mode in _STP_MODE_VALUES:
                    stp_mode = _STP_MODE_VALUES[stp_mode]
                else:
                    stp_mode = check.enum_member(StpMode, stp_mode, "stpMode")
            if stop_surplus_client_oid is not None:
                if not (
                    type(stop_surplus_client_oid) is str
                    and stop_surplus_client_oid.isascii()
                    and len(stop_surplus_client_oid) >= 1
                ):
                    stop_surplus_client_oid = check.string(
                        stop_surplus_client_oid, "stopSurplusClientOid", min_length=1
                    )
            if stop_loss_client_oid is not None:
                if not (
                    type(stop_loss_client_oid) is str
                    and stop_loss_client_oid.isascii()
                    and len(stop_loss_client_oid) >= 1
                ):
                    stop_loss_client_oid = check.string(stop_loss_client_oid, "stopLossClientOid", min_length=1)
            if stop_surplus_size is not None:
                if stop_surplus_trigger_price is None:
                    raise ValidationError("stopSurplusTriggerPrice", "required when stop_surplus_size is set")
            if stop_surplus_trigger_type is not None:
                if stop_surplus_trigger_price is None:
                    raise ValidationError("stopSurplusTriggerPrice", "required when stop_surplus_trigger_type is set")
            if stop_surplus_execute_price is not None:
                if stop_surplus_trigger_price is None:
                    raise ValidationError("stopSurplusTriggerPrice", "required when stop_surplus_execute_price is set")
            if stop_surplus_client_oid is not None:
                if stop_surplus_trigger_price is None:
                    raise ValidationError("stopSurplusTriggerPrice", "required when stop_surplus_client_oid is set")
            if stop_loss_size is not None:
                if stop_loss_trigger_price is None:
                    raise ValidationError("stopLossTriggerPrice", "required when stop_loss_size is set")
            if stop_loss_trigger_type is not None:
                if stop_loss_trigger_price is None:
                    raise ValidationError("stopLossTriggerPrice", "required when stop_loss_trigger_type is set")
            if stop_loss_execute_price is not None:
                if stop_loss_trigger_price is None:
                    raise ValidationError("stopLossTriggerPrice", "required when stop_loss_execute_price is set")
            if stop_loss_client_oid is not None:
                if stop_loss_trigger_price is None:
                    raise ValidationError("stopLossTriggerPrice", "required when stop_loss_client_oid is set")
            if not (stop_surplus_trigger_price is not None):
                if stop_loss_trigger_price is None:
                    raise ValidationError("stopLossTriggerPrice", "required unless stop_surplus_trigger_price is set")
            (  # the model is frozen: each field is stored through its slot's setter
                store_margin_coin,
                store_product_type,
                store_symbol,
                store_stop_surplus_trigger_price,
                store_stop_surplus_size,
                store_stop_surplus_trigger_type,
                store_stop_surplus_execute_price,
                store_stop_loss_trigger_price,
                store_stop_loss_size,
                store_stop_loss_trigger_type,
                store_stop_loss_execute_price,
                store_hold_side,
                store_stp_mode,
                store_stop_surplus_client_oid,
                store_stop_loss_client_oid,
                store_wire_text,
            ) = self._stores
            store_margin_coin(self, margin_coin)
            store_product_type(self, product_type)
            store_symbol(self, symbol)
            store_stop_surplus_trigger_price(self, stop_surplus_trigger_price)
            store_stop_surplus_size(self, stop_surplus_size)
            store_stop_surplus_trigger_type(self, stop_surplus_trigger_type)
            store_stop_surplus_execute_price(self, stop_surplus_execute_price)
            store_stop_loss_trigger_price(self, stop_loss_trigger_price)
            store_stop_loss_size(self, stop_loss_size)
            store_stop_loss_trigger_type(self, stop_loss_trigger_type)
            store_stop_loss_execute_price(self, stop_loss_execute_price)
            store_hold_side(self, hold_side)
            store_stp_mode(self, stp_mode)
            store_stop_surplus_client_oid(self, stop_surplus_client_oid)
            store_stop_loss_client_oid(self, stop_loss_client_oid)
            store_wire_text(
                self,
                "".join(
                    (
                        '{"marginCoin":',
                        json_string(margin_coin),
                        ',"productType":"',
                        product_type,
                        '","symbol":',
                        json_string(symbol),
                        ',"stopSurplusTriggerPrice":"' + stop_surplus_trigger_price_text + '"'
                        if stop_surplus_trigger_price is not None
                        else "",
                        ',"stopSurplusSize":"' + stop_surplus_size_text + '"' if stop_surplus_size is not None else "",
                        ',"stopSurplusTriggerType":"' + stop_surplus_trigger_type + '"'
                        if stop_surplus_trigger_type is not None
                        else "",
                        ',"stopSurplusExecutePrice":"' + stop_surplus_execute_price_text + '"'
                        if stop_surplus_execute_price is not None
                        else "",
                        ',"stopLossTriggerPrice":"' + stop_loss_trigger_price_text + '"'
                        if stop_loss_trigger_price is not None
                        else "",
                        ',"stopLossSize":"' + stop_loss_size_text + '"' if stop_loss_size is not None else "",
                        ',"stopLossTriggerType":"' + stop_loss_trigger_type + '"'
                        if stop_loss_trigger_type is not None
                        else "",
                        ',"stopLossExecutePrice":"' + stop_loss_execute_price_text + '"'
                        if stop_loss_execute_price is not None
                        else "",
                        ',"holdSide":"',
                        hold_side,
                        '"',
                        ',"stpMode":"' + stp_mode + '"' if stp_mode is not None else "",
                        ',"stopSurplusClientOid":' + json_string(stop_surplus_client_oid)
                        if stop_surplus_client_oid is not None
                        else "",
                        ',"stopLossClientOid":' + json_string(stop_loss_client_oid)
                        if stop_loss_client_oid is not None
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
class MixPlanSubOrder(Response):
    """A futures order that a trigger or trailing-stop order placed."""

    order_id: str = attrs.field(metadata=field_info("orderId"))
    """ID of the futures order."""
    price: Decimal | None = attrs.field(default=None, metadata=field_info("price"))
    """Price of the futures order."""
    type: OrderType | str | None = attrs.field(default=None, metadata=field_info("type"))
    """Order type, `limit` or `market`."""
    status: SpotPlanSubOrderStatus | str | None = attrs.field(default=None, metadata=field_info("status"))
    """`success` (triggered), `fail` (the trigger failed), `cancelled`, `in_progress` (the order is being placed) or
    `in_progress_tracking` (tracking the trigger)."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, init=False, repr=False)
class GetMixPlanSubOrdersRequest(Request[list[MixPlanSubOrder]]):
    """List the futures orders a trigger order placed"""

    operation: ClassVar[Operation] = Operation(
        venue="bitget",
        operation_id="get_mix_plan_sub_orders",
        method="GET",
        path="/api/v2/mix/order/plan-sub-order",
        result=MixPlanSubOrder,
        result_shape="list",
        success_status=200,
        rate_limit=RateLimit(limit=10, per_seconds=1, scope="uid"),
        docs_url="https://www.bitget.com/api-doc/contract/plan/Plan-Sub-Orders",
        servers=SERVERS,
    )

    plan_type: MixPlanType = attrs.field(metadata=field_info("planType", "query"))
    """Kind of the plan order, `normal_plan` (trigger order) or `track_plan` (trailing stop)."""
    plan_order_id: str = attrs.field(metadata=field_info("planOrderId", "query"))
    """ID of the trigger or trailing-stop order."""
    product_type: ProductType = attrs.field(metadata=field_info("productType", "query"))
    """Product line of the plan order, e.g. USDT-FUTURES."""

    def __init__(
        self,
        *,
        plan_type: MixPlanType | Literal["normal_plan", "track_plan"],
        plan_order_id: str,
        product_type: ProductType
        | Literal["USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES", "SUSDT-FUTURES", "SCOIN-FUTURES", "SUSDC-FUTURES"],
    ) -> None:
        try:
            if type(plan_type) is str and plan_type in _MIX_PLAN_TYPE_VALUES:
                plan_type = _MIX_PLAN_TYPE_VALUES[plan_type]
            else:
                plan_type = check.enum_member(MixPlanType, plan_type, "planType")
            if not (type(plan_order_id) is str and plan_order_id.isascii() and len(plan_order_id) >= 1):
                plan_order_id = check.string(plan_order_id, "planOrderId", min_length=1)
            if type(product_type) is str and product_type in _PRODUCT_TYPE_VALUES:
                product_type = _PRODUCT_TYPE_VALUES[product_type]
            else:
                product_type = check.enum_member(ProductType, product_type, "productType")
            (  # the model is frozen: each field is stored through its slot's setter
                store_plan_type,
                store_plan_order_id,
                store_product_type,
                _,
            ) = self._stores
            store_plan_type(self, plan_type)
            store_plan_order_id(self, plan_order_id)
            store_product_type(self, product_type)
        except ValidationError as error:
            raise named(self.__class__, error) from None

    def wire_query(self) -> list[tuple[str, str]]:
        """The query fields as (wire name, text) pairs in spec order, absent ones left out, not yet percent-encoded."""
        pairs: list[tuple[str, str]] = [
            ("planType", self.plan_type),
            ("planOrderId", self.plan_order_id),
            ("productType", self.product_type),
        ]
        return pairs
