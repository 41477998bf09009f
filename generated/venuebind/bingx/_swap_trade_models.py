"""BingX: the models and enums only the ``swap_trade`` area uses.

Import them from ``models``, which re-exports every module of models; this one loads with ``swap_trade`` alone.

Generated from ``spec/bingx.yaml`` by ``python -m codegen generate``; edit the spec, not this file.
"""

from __future__ import annotations

import builtins
import enum
from decimal import Decimal
from typing import Any, ClassVar, Literal

import attrs

from .._runtime import check
from .._runtime.check import MAX_DIGITS, DecimalInput
from .._runtime.errors import ValidationError
from .._runtime.model import Model, Operation, RateLimit, Request, Response, field_info, named
from ._shared_models import (
    _DECIMAL_PATTERN,
    _LIST_CLIENT_ORDER_ID_PATTERN,
    _SIDE_VALUES,
    _SYMBOL_PATTERN,
    SERVERS,
    Side,
)

_DECIMAL_1 = Decimal("1")


class SwapOrderType(enum.StrEnum):
    """A perpetual swap order type."""

    LIMIT = "LIMIT"
    MARKET = "MARKET"
    STOP_MARKET = "STOP_MARKET"
    TAKE_PROFIT_MARKET = "TAKE_PROFIT_MARKET"
    STOP = "STOP"
    TAKE_PROFIT = "TAKE_PROFIT"
    TRIGGER_LIMIT = "TRIGGER_LIMIT"
    TRIGGER_MARKET = "TRIGGER_MARKET"
    TRAILING_STOP_MARKET = "TRAILING_STOP_MARKET"
    TRAILING_TP_SL = "TRAILING_TP_SL"


_SWAP_ORDER_TYPE_VALUES: dict[str, SwapOrderType] = {member.value: member for member in SwapOrderType}
"""Each wire value's member: what a constructor's check of a plain ``str`` looks up."""


class PositionSide(enum.StrEnum):
    """Position side, `BOTH`, `LONG` or `SHORT`."""

    BOTH = "BOTH"
    LONG = "LONG"
    SHORT = "SHORT"


_POSITION_SIDE_VALUES: dict[str, PositionSide] = {member.value: member for member in PositionSide}
"""Each wire value's member: what a constructor's check of a plain ``str`` looks up."""


class WorkingType(enum.StrEnum):
    """Which price triggers an order, the mark price or the contract's last price."""

    MARK_PRICE = "MARK_PRICE"
    CONTRACT_PRICE = "CONTRACT_PRICE"


_WORKING_TYPE_VALUES: dict[str, WorkingType] = {member.value: member for member in WorkingType}
"""Each wire value's member: what a constructor's check of a plain ``str`` looks up."""


class StopGuaranteed(enum.StrEnum):
    """Guaranteed stop, `true`, `false` or `cutfee`."""

    TRUE = "true"
    FALSE = "false"
    CUTFEE = "cutfee"


_STOP_GUARANTEED_VALUES: dict[str, StopGuaranteed] = {member.value: member for member in StopGuaranteed}
"""Each wire value's member: what a constructor's check of a plain ``str`` looks up."""


class SwapStopLossType(enum.StrEnum):
    """`STOP_MARKET` (a market order when triggered) or `STOP` (a limit order at `price`)."""

    STOP_MARKET = "STOP_MARKET"
    STOP = "STOP"


_SWAP_STOP_LOSS_TYPE_VALUES: dict[str, SwapStopLossType] = {member.value: member for member in SwapStopLossType}
"""Each wire value's member: what a constructor's check of a plain ``str`` looks up."""


class SwapTakeProfitType(enum.StrEnum):
    """`TAKE_PROFIT_MARKET` (a market order when triggered) or `TAKE_PROFIT` (a limit order at `price`)."""

    TAKE_PROFIT_MARKET = "TAKE_PROFIT_MARKET"
    TAKE_PROFIT = "TAKE_PROFIT"


_SWAP_TAKE_PROFIT_TYPE_VALUES: dict[str, SwapTakeProfitType] = {member.value: member for member in SwapTakeProfitType}
"""Each wire value's member: what a constructor's check of a plain ``str`` looks up."""


class SwapTimeInForce(enum.StrEnum):
    """Time in force, `PostOnly`, `GTC`, `IOC` or `FOK`."""

    POST_ONLY = "PostOnly"
    GTC = "GTC"
    IOC = "IOC"
    FOK = "FOK"


_SWAP_TIME_IN_FORCE_VALUES: dict[str, SwapTimeInForce] = {member.value: member for member in SwapTimeInForce}
"""Each wire value's member: what a constructor's check of a plain ``str`` looks up."""


class BooleanText(enum.StrEnum):
    """Whether the order only reduces the position, `true` or `false`."""

    TRUE = "true"
    FALSE = "false"


class SwapOpenOrderType(enum.StrEnum):
    """Order type; also `TRIGGER_REVERSE_MARKET`, which orders cannot be placed as."""

    LIMIT = "LIMIT"
    MARKET = "MARKET"
    STOP_MARKET = "STOP_MARKET"
    TAKE_PROFIT_MARKET = "TAKE_PROFIT_MARKET"
    STOP = "STOP"
    TAKE_PROFIT = "TAKE_PROFIT"
    TRIGGER_LIMIT = "TRIGGER_LIMIT"
    TRIGGER_MARKET = "TRIGGER_MARKET"
    TRAILING_STOP_MARKET = "TRAILING_STOP_MARKET"
    TRIGGER_REVERSE_MARKET = "TRIGGER_REVERSE_MARKET"
    TRAILING_TP_SL = "TRAILING_TP_SL"


@attrs.frozen(kw_only=True, repr=False)
class SwapPlacedOrder(Response):
    """A swap order as the place-order answer describes it. No field is required: the order is placed once this
    answer arrives, and a field it lacks must not turn that into an error."""

    symbol: str | None = attrs.field(default=None, metadata=field_info("symbol"))
    """Trading pair, e.g. BTC-USDT."""
    side: Side | str | None = attrs.field(default=None, metadata=field_info("side"))
    """Order side, `BUY` or `SELL`."""
    type: SwapOrderType | str | None = attrs.field(default=None, metadata=field_info("type"))
    """Order type, as in the request."""
    position_side: PositionSide | str | None = attrs.field(default=None, metadata=field_info("positionSide"))
    """Position side, `BOTH`, `LONG` or `SHORT`."""
    order_id: str | None = attrs.field(default=None, metadata=field_info("orderId"))
    """Order ID as a number (older revisions); kept as an exact string."""
    working_type: WorkingType | str | None = attrs.field(default=None, metadata=field_info("workingType"))
    """Which price triggers the order (empty in some answers)."""
    client_order_id: str | None = attrs.field(default=None, metadata=field_info("clientOrderId"))
    """Client-chosen order ID, in lower case."""
    stop_guaranteed: StopGuaranteed | str | None = attrs.field(default=None, metadata=field_info("stopGuaranteed"))
    """Guaranteed stop, `true`, `false` or `cutfee`."""
    status: str | None = attrs.field(default=None, metadata=field_info("status"))
    """Order status (the page lists no values; NEW for an order just placed)."""
    avg_price: Decimal | None = attrs.field(default=None, metadata=field_info("avgPrice"))
    """Average fill price, for MARKET orders."""
    executed_qty: Decimal | None = attrs.field(default=None, metadata=field_info("executedQty"))
    """Filled quantity, in the coin."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, repr=False)
class PlaceSwapOrderResponse(Response):
    """The placed order, in `order`."""

    order: SwapPlacedOrder = attrs.field(metadata=field_info("order"))
    """The order as placed."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, init=False, repr=False)
class SwapStopLoss(Model):
    """A stop-loss attached to a swap order; it travels as JSON text in the `stopLoss` query parameter, its decimals
    as plain-notation strings.

    Rules across fields:

    - A STOP (limit) stop-loss needs its price.
    """

    type: SwapStopLossType = attrs.field(metadata=field_info("type"))
    """`STOP_MARKET` (a market order when triggered) or `STOP` (a limit order at `price`)."""
    stop_price: Decimal = attrs.field(metadata=field_info("stopPrice"))
    """Trigger price."""
    price: Decimal | None = attrs.field(default=None, metadata=field_info("price"))
    """Limit price of the order placed when triggered; required for STOP."""
    working_type: WorkingType | None = attrs.field(default=None, metadata=field_info("workingType"))
    """Which price triggers it, `MARK_PRICE` or `CONTRACT_PRICE`."""
    quantity: Decimal | None = attrs.field(default=None, metadata=field_info("quantity"))
    """Quantity to close, in the coin; the order's quantity when not sent (ccxt sends it, the page's example does
    not)."""

    def __init__(
        self,
        *,
        type: SwapStopLossType | Literal["STOP_MARKET", "STOP"],
        stop_price: DecimalInput,
        price: DecimalInput | None = None,
        working_type: WorkingType | Literal["MARK_PRICE", "CONTRACT_PRICE"] | None = None,
        quantity: DecimalInput | None = None,
    ) -> None:
        try:
            if builtins.type(type) is str and type in _SWAP_STOP_LOSS_TYPE_VALUES:
                type = _SWAP_STOP_LOSS_TYPE_VALUES[type]
            else:
                type = check.enum_member(SwapStopLossType, type, "type")
            if not (
                builtins.type(stop_price) is Decimal
                and stop_price.is_finite()
                and not stop_price.is_signed()
                and "E" not in (stop_price_text := str(stop_price))
                and "e" not in stop_price_text
                and len(stop_price_text) <= MAX_DIGITS
            ):
                stop_price = check.decimal(stop_price, "stopPrice", pattern=_DECIMAL_PATTERN)
                stop_price_text = format(stop_price, "f")
            if price is not None:
                if not (
                    builtins.type(price) is Decimal
                    and price.is_finite()
                    and not price.is_signed()
                    and "E" not in (price_text := str(price))
                    and "e" not in price_text
                    and len(price_text) <= MAX_DIGITS
                ):
                    price = check.decimal(price, "price", pattern=_DECIMAL_PATTERN)
                    price_text = format(price, "f")
            if working_type is not None:
                if builtins.type(working_type) is str and working_type in _WORKING_TYPE_VALUES:
                    working_type = _WORKING_TYPE_VALUES[working_type]
                else:
                    working_type = check.enum_member(WorkingType, working_type, "workingType")
            if quantity is not None:
                if not (
                    builtins.type(quantity) is Decimal
                    and quantity.is_finite()
                    and not quantity.is_signed()
                    and "E" not in (quantity_text := str(quantity))
                    and "e" not in quantity_text
                    and len(quantity_text) <= MAX_DIGITS
                ):
                    quantity = check.decimal(quantity, "quantity", pattern=_DECIMAL_PATTERN)
                    quantity_text = format(quantity, "f")
            if type == "STOP":
                if price is None:
                    raise ValidationError("price", "required when type is 'STOP'")
            (  # the model is frozen: each field is stored through its slot's setter
                store_type,
                store_stop_price,
                store_price,
                store_working_type,
                store_quantity,
                store_wire_text,
            ) = self._stores
            store_type(self, type)
            store_stop_price(self, stop_price)
            store_price(self, price)
            store_working_type(self, working_type)
            store_quantity(self, quantity)
            store_wire_text(
                self,
                "".join(
                    (
                        '{"type":"',
                        type,
                        '","stopPrice":"',
                        stop_price_text,
                        '"',
                        ',"price":"' + price_text + '"' if price is not None else "",
                        ',"workingType":"' + working_type + '"' if working_type is not None else "",
                        ',"quantity":"' + quantity_text + '"' if quantity is not None else "",
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
class SwapTakeProfit(Model):
    """A take-profit attached to a swap order; it travels as JSON text in the `takeProfit` query parameter, its
    decimals as plain-notation strings.

    Rules across fields:

    - A TAKE_PROFIT (limit) take-profit needs its price.
    """

    type: SwapTakeProfitType = attrs.field(metadata=field_info("type"))
    """`TAKE_PROFIT_MARKET` (a market order when triggered) or `TAKE_PROFIT` (a limit order at `price`)."""
    stop_price: Decimal = attrs.field(metadata=field_info("stopPrice"))
    """Trigger price."""
    price: Decimal | None = attrs.field(default=None, metadata=field_info("price"))
    """Limit price of the order placed when triggered; required for TAKE_PROFIT."""
    working_type: WorkingType | None = attrs.field(default=None, metadata=field_info("workingType"))
    """Which price triggers it, `MARK_PRICE` or `CONTRACT_PRICE`."""
    quantity: Decimal | None = attrs.field(default=None, metadata=field_info("quantity"))
    """Quantity to close, in the coin; the order's quantity when not sent (ccxt sends it, the page's example does
    not)."""

    def __init__(
        self,
        *,
        type: SwapTakeProfitType | Literal["TAKE_PROFIT_MARKET", "TAKE_PROFIT"],
        stop_price: DecimalInput,
        price: DecimalInput | None = None,
        working_type: WorkingType | Literal["MARK_PRICE", "CONTRACT_PRICE"] | None = None,
        quantity: DecimalInput | None = None,
    ) -> None:
        try:
            if builtins.type(type) is str and type in _SWAP_TAKE_PROFIT_TYPE_VALUES:
                type = _SWAP_TAKE_PROFIT_TYPE_VALUES[type]
            else:
                type = check.enum_member(SwapTakeProfitType, type, "type")
            if not (
                builtins.type(stop_price) is Decimal
                and stop_price.is_finite()
                and not stop_price.is_signed()
                and "E" not in (stop_price_text := str(stop_price))
                and "e" not in stop_price_text
                and len(stop_price_text) <= MAX_DIGITS
            ):
                stop_price = check.decimal(stop_price, "stopPrice", pattern=_DECIMAL_PATTERN)
                stop_price_text = format(stop_price, "f")
            if price is not None:
                if not (
                    builtins.type(price) is Decimal
                    and price.is_finite()
                    and not price.is_signed()
                    and "E" not in (price_text := str(price))
                    and "e" not in price_text
                    and len(price_text) <= MAX_DIGITS
                ):
                    price = check.decimal(price, "price", pattern=_DECIMAL_PATTERN)
                    price_text = format(price, "f")
            if working_type is not None:
                if builtins.type(working_type) is str and working_type in _WORKING_TYPE_VALUES:
                    working_type = _WORKING_TYPE_VALUES[working_type]
                else:
                    working_type = check.enum_member(WorkingType, working_type, "workingType")
            if quantity is not None:
                if not (
                    builtins.type(quantity) is Decimal
                    and quantity.is_finite()
                    and not quantity.is_signed()
                    and "E" not in (quantity_text := str(quantity))
                    and "e" not in quantity_text
                    and len(quantity_text) <= MAX_DIGITS
                ):
                    quantity = check.decimal(quantity, "quantity", pattern=_DECIMAL_PATTERN)
                    quantity_text = format(quantity, "f")
            if type == "TAKE_PROFIT":
                if price is None:
                    raise ValidationError("price", "required when type is 'TAKE_PROFIT'")
            (  # the model is frozen: each field is stored through its slot's setter
                store_type,
                store_stop_price,
                store_price,
                store_working_type,
                store_quantity,
                store_wire_text,
            ) = self._stores
            store_type(self, type)
            store_stop_price(self, stop_price)
            store_price(self, price)
            store_working_type(self, working_type)
            store_quantity(self, quantity)
            store_wire_text(
                self,
                "".join(
                    (
                        '{"type":"',
                        type,
                        '","stopPrice":"',
                        stop_price_text,
                        '"',
                        ',"price":"' + price_text + '"' if price is not None else "",
                        ',"workingType":"' + working_type + '"' if working_type is not None else "",
                        ',"quantity":"' + quantity_text + '"' if quantity is not None else "",
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
class PlaceSwapOrderRequest(Request[PlaceSwapOrderResponse]):
    """Place a perpetual swap order

    Rules across fields:

    - A LIMIT order needs its price and quantity.
    - A MARKET order needs its quantity.
    - A limit stop, take-profit or trigger order needs its quantity, trigger price and price.
    - A market stop, take-profit or trigger order needs its trigger price.
    - Only LIMIT and MARKET orders take a client order ID (stop and take-profit types).
    - Only LIMIT and MARKET orders take a client order ID (trigger types).
    - Only LIMIT and MARKET orders take a client order ID (trailing types).
    """

    operation: ClassVar[Operation] = Operation(
        venue="bingx",
        operation_id="place_swap_order",
        method="POST",
        path="/openApi/swap/v2/trade/order",
        result=PlaceSwapOrderResponse,
        result_shape="model",
        success_status=200,
        rate_limit=RateLimit(limit=10, per_seconds=1, scope="uid"),
        docs_url="https://bingx-api.github.io/docs/#/en-us/swapV2/trade-api.html",
        servers=SERVERS,
        client_id="client_order_id",
    )

    symbol: str = attrs.field(metadata=field_info("symbol", "query"))
    """Trading pair in upper case with a hyphen, e.g. BTC-USDT."""
    type: SwapOrderType = attrs.field(metadata=field_info("type", "query"))
    """Order type: `LIMIT`, `MARKET`, `STOP_MARKET` (stop-loss, market), `TAKE_PROFIT_MARKET` (take-profit, market),
    `STOP` (stop-loss, limit), `TAKE_PROFIT` (take-profit, limit), `TRIGGER_LIMIT`, `TRIGGER_MARKET`,
    `TRAILING_STOP_MARKET` (trailing stop, market) or `TRAILING_TP_SL` (trailing take-profit or stop-loss)."""
    side: Side = attrs.field(metadata=field_info("side", "query"))
    """Order side, `BUY` or `SELL`."""
    position_side: PositionSide | None = attrs.field(default=None, metadata=field_info("positionSide", "query"))
    """Position side: `BOTH` in one-way mode, `LONG` or `SHORT` in hedge mode (LONG when not sent)."""
    reduce_only: bool | None = attrs.field(default=None, metadata=field_info("reduceOnly", "query"))
    """Whether the order may only reduce the position; one-way mode only (false when not sent)."""
    price: Decimal | None = attrs.field(default=None, metadata=field_info("price", "query"))
    """Limit price; for TRAILING_STOP_MARKET and TRAILING_TP_SL the trailing distance. Typed float64 on the page;
    sent as plain decimal text."""
    quantity: Decimal | None = attrs.field(default=None, metadata=field_info("quantity", "query"))
    """Quantity in the coin (a USDT amount is not accepted). Typed float64 on the page."""
    stop_price: Decimal | None = attrs.field(default=None, metadata=field_info("stopPrice", "query"))
    """Trigger price of STOP_MARKET, TAKE_PROFIT_MARKET, STOP, TAKE_PROFIT, TRIGGER_LIMIT and TRIGGER_MARKET orders.
    Typed float64 on the page."""
    price_rate: Decimal | None = attrs.field(default=None, metadata=field_info("priceRate", "query"))
    """Callback rate of TRAILING_STOP_MARKET and TRAILING_TP_SL orders, as a fraction (0.01 is 1%), at most 1. Typed
    float64 on the page."""
    stop_loss: SwapStopLoss | None = attrs.field(
        default=None, metadata=field_info("stopLoss", "query", nested=SwapStopLoss)
    )
    """A stop-loss attached to the order, sent as JSON text (its type STOP_MARKET or STOP)."""
    take_profit: SwapTakeProfit | None = attrs.field(
        default=None, metadata=field_info("takeProfit", "query", nested=SwapTakeProfit)
    )
    """A take-profit attached to the order, sent as JSON text (its type TAKE_PROFIT_MARKET or TAKE_PROFIT)."""
    working_type: WorkingType | None = attrs.field(default=None, metadata=field_info("workingType", "query"))
    """Which price triggers the order, `MARK_PRICE` (when not sent) or `CONTRACT_PRICE`; must be CONTRACT_PRICE for
    STOP or STOP_MARKET with stopGuaranteed true."""
    client_order_id: str | None = attrs.field(default=None, metadata=field_info("clientOrderId", "query"))
    """Client-chosen order ID, 1 to 40 characters, unique per order; the venue keeps it in lower case. The page says
    only LIMIT and MARKET orders accept it."""
    time_in_force: SwapTimeInForce | None = attrs.field(default=None, metadata=field_info("timeInForce", "query"))
    """Time in force, `PostOnly`, `GTC`, `IOC` or `FOK`."""
    close_position: bool | None = attrs.field(default=None, metadata=field_info("closePosition", "query"))
    """Whether the order closes the whole position when it triggers; STOP_MARKET and TAKE_PROFIT_MARKET only, without
    quantity or reduceOnly."""
    activation_price: Decimal | None = attrs.field(default=None, metadata=field_info("activationPrice", "query"))
    """Price at which a TRAILING_STOP_MARKET or TRAILING_TP_SL order starts trailing (the latest price, per
    workingType, when not sent). Typed float64 on the page."""
    stop_guaranteed: StopGuaranteed | None = attrs.field(default=None, metadata=field_info("stopGuaranteed", "query"))
    """Guaranteed stop: `true` (on), `false` (off, when not sent) or `cutfee` (on, with the VIP fee reduction); with
    true or cutfee the quantity is ignored. For the stop, take-profit and trigger types."""
    position_id: str | None = attrs.field(default=None, metadata=field_info("positionId", "query"))
    """Position ID (digits); required when closing a position in separate isolated mode."""
    recv_window: int | None = attrs.field(default=None, metadata=field_info("recvWindow", "query"))
    """How long the request stays valid after `timestamp`, in milliseconds; requests older than this are rejected
    (5000 ms when not sent)."""

    def __init__(
        self,
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
    ) -> None:
        try:
            if not (
                builtins.type(symbol) is str and symbol.isascii() and _SYMBOL_PATTERN.fullmatch(symbol) is not None
            ):
                symbol = check.string(symbol, "symbol", pattern=_SYMBOL_PATTERN)
            if builtins.type(type) is str and type in _SWAP_ORDER_TYPE_VALUES:
                type = _SWAP_ORDER_TYPE_VALUES[type]
            else:
                type = check.enum_member(SwapOrderType, type, "type")
            if builtins.type(side) is str and side in _SIDE_VALUES:
                side = _SIDE_VALUES[side]
            else:
                side = check.enum_member(Side, side, "side")
            if position_side is not None:
                if builtins.type(position_side) is str and position_side in _POSITION_SIDE_VALUES:
                    position_side = _POSITION_SIDE_VALUES[position_side]
                else:
                    position_side = check.enum_member(PositionSide, position_side, "positionSide")
            if reduce_only is not None:
                if builtins.type(reduce_only) is not bool:
                    reduce_only = check.boolean(reduce_only, "reduceOnly")
            if price is not None:
                if not (
                    builtins.type(price) is Decimal
                    and price.is_finite()
                    and not price.is_signed()
                    and "E" not in (price_text := str(price))
                    and "e" not in price_text
                    and len(price_text) <= MAX_DIGITS
                ):
                    price = check.decimal(price, "price", pattern=_DECIMAL_PATTERN)
                    price_text = format(price, "f")
            if quantity is not None:
                if not (
                    builtins.type(quantity) is Decimal
                    and quantity.is_finite()
                    and not quantity.is_signed()
                    and "E" not in (quantity_text := str(quantity))
                    and "e" not in quantity_text
                    and len(quantity_text) <= MAX_DIGITS
                ):
                    quantity = check.decimal(quantity, "quantity", pattern=_DECIMAL_PATTERN)
                    quantity_text = format(quantity, "f")
            if stop_price is not None:
                if not (
                    builtins.type(stop_price) is Decimal
                    and stop_price.is_finite()
                    and not stop_price.is_signed()
                    and "E" not in (stop_price_text := str(stop_price))
                    and "e" not in stop_price_text
                    and len(stop_price_text) <= MAX_DIGITS
                ):
                    stop_price = check.decimal(stop_price, "stopPrice", pattern=_DECIMAL_PATTERN)
                    stop_price_text = format(stop_price, "f")
            if price_rate is not None:
                if not (
                    builtins.type(price_rate) is Decimal
                    and price_rate.is_finite()
                    and not price_rate.is_signed()
                    and "E" not in (price_rate_text := str(price_rate))
                    and "e" not in price_rate_text
                    and len(price_rate_text) <= MAX_DIGITS
                    and price_rate <= _DECIMAL_1
                ):
                    price_rate = check.decimal(price_rate, "priceRate", pattern=_DECIMAL_PATTERN, maximum=_DECIMAL_1)
                    price_rate_text = format(price_rate, "f")
            if stop_loss is not None:
                stop_loss = check.model(SwapStopLoss, stop_loss, "stopLoss")
            if take_profit is not None:
                take_profit = check.model(SwapTakeProfit, take_profit, "takeProfit")
            if working_type is not None:
                if builtins.type(working_type) is str and working_type in _WORKING_TYPE_VALUES:
                    working_type = _WORKING_TYPE_VALUES[working_type]
                else:
                    working_type = check.enum_member(WorkingType, working_type, "workingType")
            if client_order_id is not None:
                if not (
                    builtins.type(client_order_id) is str
                    and client_order_id.isascii()
                    and len(client_order_id) >= 1
                    and len(client_order_id) <= 40
                ):
                    client_order_id = check.string(client_order_id, "clientOrderId", min_length=1, max_length=40)
            if time_in_force is not None:
                if builtins.type(time_in_force) is str and time_in_force in _SWAP_TIME_IN_FORCE_VALUES:
                    time_in_force = _SWAP_TIME_IN_FORCE_VALUES[time_in_force]
                else:
                    time_in_force = check.enum_member(SwapTimeInForce, time_in_force, "timeInForce")
            if close_position is not None:
                if builtins.type(close_position) is not bool:
                    close_position = check.boolean(close_position, "closePosition")
            if activation_price is not None:
                if not (
                    builtins.type(activation_price) is Decimal
                    and activation_price.is_finite()
                    and not activation_price.is_signed()
                    and "E" not in (activation_price_text := str(activation_price))
                    and "e" not in activation_price_text
                    and len(activation_price_text) <= MAX_DIGITS
                ):
                    activation_price = check.decimal(activation_price, "activationPrice", pattern=_DECIMAL_PATTERN)
                    activation_price_text = format(activation_price, "f")
            if stop_guaranteed is not None:
                if builtins.type(stop_guaranteed) is str and stop_guaranteed in _STOP_GUARANTEED_VALUES:
                    stop_guaranteed = _STOP_GUARANTEED_VALUES[stop_guaranteed]
                else:
                    stop_guaranteed = check.enum_member(StopGuaranteed, stop_guaranteed, "stopGuaranteed")
            if position_id is not None:
                if not (
                    builtins.type(position_id) is str
                    and position_id.isascii()
                    and _LIST_CLIENT_ORDER_ID_PATTERN.fullmatch(position_id) is not None
                ):
                    position_id = check.string(position_id, "positionId", pattern=_LIST_CLIENT_ORDER_ID_PATTERN)
            if recv_window is not None:
                if not (builtins.type(recv_window) is int and -check.INTEGER_LIMIT < recv_window < check.INTEGER_LIMIT):
                    recv_window = check.integer(recv_window, "recvWindow")
            if type == "LIMIT":
                if price is None:
                    raise ValidationError("price", "required when type is 'LIMIT'")
                if quantity is None:
                    raise ValidationError("quantity", "required when type is 'LIMIT'")
            if type == "MARKET":
                if quantity is None:
                    raise ValidationError("quantity", "required when type is 'MARKET'")
            if type in ("STOP", "TAKE_PROFIT", "TRIGGER_LIMIT"):
                if quantity is None:
                    raise ValidationError(
                        "quantity", "required when type is one of 'STOP', 'TAKE_PROFIT', 'TRIGGER_LIMIT'"
                    )
                if stop_price is None:
                    raise ValidationError(
                        "stopPrice", "required when type is one of 'STOP', 'TAKE_PROFIT', 'TRIGGER_LIMIT'"
                    )
                if price is None:
                    raise ValidationError(
                        "price", "required when type is one of 'STOP', 'TAKE_PROFIT', 'TRIGGER_LIMIT'"
                    )
            if type in ("STOP_MARKET", "TAKE_PROFIT_MARKET", "TRIGGER_MARKET"):
                if stop_price is None:
                    raise ValidationError(
                        "stopPrice",
                        "required when type is one of 'STOP_MARKET', 'TAKE_PROFIT_MARKET', 'TRIGGER_MARKET'",
                    )
            if type in ("STOP_MARKET", "TAKE_PROFIT_MARKET", "STOP", "TAKE_PROFIT"):
                if client_order_id is not None:
                    raise ValidationError(
                        "clientOrderId",
                        "must be absent when type is one of 'STOP_MARKET', 'TAKE_PROFIT_MARKET', 'STOP', 'TAKE_PROFIT'",
                    )
            if type in ("TRIGGER_LIMIT", "TRIGGER_MARKET"):
                if client_order_id is not None:
                    raise ValidationError(
                        "clientOrderId", "must be absent when type is one of 'TRIGGER_LIMIT', 'TRIGGER_MARKET'"
                    )
            if type in ("TRAILING_STOP_MARKET", "TRAILING_TP_SL"):
                if client_order_id is not None:
                    raise ValidationError(
                        "clientOrderId", "must be absent when type is one of 'TRAILING_STOP_MARKET', 'TRAILING_TP_SL'"
                    )
            (  # the model is frozen: each field is stored through its slot's setter
                store_symbol,
                store_type,
                store_side,
                store_position_side,
                store_reduce_only,
                store_price,
                store_quantity,
                store_stop_price,
                store_price_rate,
                store_stop_loss,
                store_take_profit,
                store_working_type,
                store_client_order_id,
                store_time_in_force,
                store_close_position,
                store_activation_price,
                store_stop_guaranteed,
                store_position_id,
                store_recv_window,
                _,
            ) = self._stores
            store_symbol(self, symbol)
            store_type(self, type)
            store_side(self, side)
            store_position_side(self, position_side)
            store_reduce_only(self, reduce_only)
            store_price(self, price)
            store_quantity(self, quantity)
            store_stop_price(self, stop_price)
            store_price_rate(self, price_rate)
            store_stop_loss(self, stop_loss)
            store_take_profit(self, take_profit)
            store_working_type(self, working_type)
            store_client_order_id(self, client_order_id)
            store_time_in_force(self, time_in_force)
            store_close_position(self, close_position)
            store_activation_price(self, activation_price)
            store_stop_guaranteed(self, stop_guaranteed)
            store_position_id(self, position_id)
            store_recv_window(self, recv_window)
        except ValidationError as error:
            raise named(self.__class__, error) from None

    def wire_query(self) -> list[tuple[str, str]]:
        """The query fields as (wire name, text) pairs in spec order, absent ones left out, not yet percent-encoded."""
        pairs: list[tuple[str, str]] = [
            ("symbol", self.symbol),
            ("type", self.type),
            ("side", self.side),
        ]
        if self.position_side is not None:
            pairs.append(("positionSide", self.position_side))
        if self.reduce_only is not None:
            pairs.append(("reduceOnly", "true" if self.reduce_only else "false"))
        if self.price is not None:
            pairs.append(("price", format(self.price, "f")))
        if self.quantity is not None:
            pairs.append(("quantity", format(self.quantity, "f")))
        if self.stop_price is not None:
            pairs.append(("stopPrice", format(self.stop_price, "f")))
        if self.price_rate is not None:
            pairs.append(("priceRate", format(self.price_rate, "f")))
        if self.stop_loss is not None:
            pairs.append(("stopLoss", self.stop_loss.wire_json()))
        if self.take_profit is not None:
            pairs.append(("takeProfit", self.take_profit.wire_json()))
        if self.working_type is not None:
            pairs.append(("workingType", self.working_type))
        if self.client_order_id is not None:
            pairs.append(("clientOrderId", self.client_order_id))
        if self.time_in_force is not None:
            pairs.append(("timeInForce", self.time_in_force))
        if self.close_position is not None:
            pairs.append(("closePosition", "true" if self.close_position else "false"))
        if self.activation_price is not None:
            pairs.append(("activationPrice", format(self.activation_price, "f")))
        if self.stop_guaranteed is not None:
            pairs.append(("stopGuaranteed", self.stop_guaranteed))
        if self.position_id is not None:
            pairs.append(("positionId", self.position_id))
        if self.recv_window is not None:
            pairs.append(("recvWindow", str(self.recv_window)))
        return pairs


@attrs.frozen(kw_only=True, repr=False)
class SwapCancelledOrder(Response):
    """A swap order as the cancel answer describes it."""

    time: int | None = attrs.field(default=None, metadata=field_info("time"))
    """Order time, Unix milliseconds."""
    symbol: str = attrs.field(metadata=field_info("symbol"))
    """Trading pair."""
    side: Side | str | None = attrs.field(default=None, metadata=field_info("side"))
    """Order side, `BUY` or `SELL`."""
    type: SwapOrderType | str | None = attrs.field(default=None, metadata=field_info("type"))
    """Order type."""
    position_side: str | None = attrs.field(default=None, metadata=field_info("positionSide"))
    """Position side."""
    cum_quote: Decimal | None = attrs.field(default=None, metadata=field_info("cumQuote"))
    """Filled amount in the quote coin."""
    status: str | None = attrs.field(default=None, metadata=field_info("status"))
    """Order status (the page lists no values; its example shows CANCELLED)."""
    stop_price: Decimal | None = attrs.field(default=None, metadata=field_info("stopPrice"))
    """Trigger price."""
    price: Decimal | None = attrs.field(default=None, metadata=field_info("price"))
    """Price."""
    orig_qty: Decimal | None = attrs.field(default=None, metadata=field_info("origQty"))
    """Original quantity."""
    avg_price: Decimal | None = attrs.field(default=None, metadata=field_info("avgPrice"))
    """Average fill price."""
    executed_qty: Decimal | None = attrs.field(default=None, metadata=field_info("executedQty"))
    """Filled quantity."""
    order_id: str = attrs.field(metadata=field_info("orderId"))
    """Order ID, kept as an exact string."""
    profit: Decimal | None = attrs.field(default=None, metadata=field_info("profit"))
    """Profit and loss."""
    commission: Decimal | None = attrs.field(default=None, metadata=field_info("commission"))
    """Fee."""
    update_time: int | None = attrs.field(default=None, metadata=field_info("updateTime"))
    """Update time, Unix milliseconds."""
    client_order_id: str | None = attrs.field(default=None, metadata=field_info("clientOrderId"))
    """Client-chosen order ID, in lower case (newer revision)."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, repr=False)
class CancelSwapOrderResponse(Response):
    """The cancelled order, in `order`."""

    order: SwapCancelledOrder = attrs.field(metadata=field_info("order"))
    """The order as cancelled."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, init=False, repr=False)
class CancelSwapOrderRequest(Request[CancelSwapOrderResponse]):
    """Cancel a perpetual swap order"""

    operation: ClassVar[Operation] = Operation(
        venue="bingx",
        operation_id="cancel_swap_order",
        method="DELETE",
        path="/openApi/swap/v2/trade/order",
        result=CancelSwapOrderResponse,
        result_shape="model",
        success_status=200,
        rate_limit=RateLimit(limit=5, per_seconds=1, scope="uid"),
        docs_url="https://bingx-api.github.io/docs/#/en-us/swapV2/trade-api.html",
        servers=SERVERS,
        client_id="client_order_id",
    )

    order_id: str | None = attrs.field(default=None, metadata=field_info("orderId", "query"))
    """Order ID (digits); send this or `clientOrderId`."""
    symbol: str = attrs.field(metadata=field_info("symbol", "query"))
    """Trading pair in upper case with a hyphen, e.g. BTC-USDT."""
    client_order_id: str | None = attrs.field(default=None, metadata=field_info("clientOrderId", "query"))
    """Client-chosen order ID (1 to 40 characters; the venue keeps it in lower case); send this or `orderId`."""
    recv_window: int | None = attrs.field(default=None, metadata=field_info("recvWindow", "query"))
    """How long the request stays valid after `timestamp`, in milliseconds; requests older than this are rejected
    (5000 ms when not sent)."""

    def __init__(
        self,
        *,
        symbol: str,
        order_id: str | None = None,
        client_order_id: str | None = None,
        recv_window: int | None = None,
    ) -> None:
        try:
            if order_id is not None:
                if not (
                    type(order_id) is str
                    and order_id.isascii()
                    and _LIST_CLIENT_ORDER_ID_PATTERN.fullmatch(order_id) is not None
                ):
                    order_id = check.string(order_id, "orderId", pattern=_LIST_CLIENT_ORDER_ID_PATTERN)
            if not (type(symbol) is str and symbol.isascii() and _SYMBOL_PATTERN.fullmatch(symbol) is not None):
                symbol = check.string(symbol, "symbol", pattern=_SYMBOL_PATTERN)
            if client_order_id is not None:
                if not (
                    type(client_order_id) is str
                    and client_order_id.isascii()
                    and len(client_order_id) >= 1
                    and len(client_order_id) <= 40
                ):
                    client_order_id = check.string(client_order_id, "clientOrderId", min_length=1, max_length=40)
            if recv_window is not None:
                if not (type(recv_window) is int and -check.INTEGER_LIMIT < recv_window < check.INTEGER_LIMIT):
                    recv_window = check.integer(recv_window, "recvWindow")
            (  # the model is frozen: each field is stored through its slot's setter
                store_order_id,
                store_symbol,
                store_client_order_id,
                store_recv_window,
                _,
            ) = self._stores
            store_order_id(self, order_id)
            store_symbol(self, symbol)
            store_client_order_id(self, client_order_id)
            store_recv_window(self, recv_window)
        except ValidationError as error:
            raise named(self.__class__, error) from None

    def wire_query(self) -> list[tuple[str, str]]:
        """The query fields as (wire name, text) pairs in spec order, absent ones left out, not yet percent-encoded."""
        pairs: list[tuple[str, str]] = []
        if self.order_id is not None:
            pairs.append(("orderId", self.order_id))
        pairs.append(("symbol", self.symbol))
        if self.client_order_id is not None:
            pairs.append(("clientOrderId", self.client_order_id))
        if self.recv_window is not None:
            pairs.append(("recvWindow", str(self.recv_window)))
        return pairs


@attrs.frozen(kw_only=True, repr=False)
class SwapOrderDetail(Response):
    """A swap order as the query answer describes it."""

    time: int | None = attrs.field(default=None, metadata=field_info("time"))
    """Order time, Unix milliseconds."""
    symbol: str = attrs.field(metadata=field_info("symbol"))
    """Trading pair."""
    side: Side | str | None = attrs.field(default=None, metadata=field_info("side"))
    """Order side, `BUY` or `SELL`."""
    type: SwapOrderType | str | None = attrs.field(default=None, metadata=field_info("type"))
    """Order type."""
    position_side: PositionSide | str | None = attrs.field(default=None, metadata=field_info("positionSide"))
    """Position side, `BOTH`, `LONG` or `SHORT`."""
    reduce_only: BooleanText | str | None = attrs.field(default=None, metadata=field_info("reduceOnly"))
    """Whether the order only reduces the position, `true` or `false`."""
    cum_quote: Decimal | None = attrs.field(default=None, metadata=field_info("cumQuote"))
    """Filled amount in the quote coin."""
    status: str | None = attrs.field(default=None, metadata=field_info("status"))
    """Order status (the page lists no values; its example shows FILLED)."""
    stop_price: Decimal | None = attrs.field(default=None, metadata=field_info("stopPrice"))
    """Trigger price."""
    price: Decimal | None = attrs.field(default=None, metadata=field_info("price"))
    """Price."""
    orig_qty: Decimal | None = attrs.field(default=None, metadata=field_info("origQty"))
    """Original quantity."""
    avg_price: Decimal | None = attrs.field(default=None, metadata=field_info("avgPrice"))
    """Average fill price."""
    executed_qty: Decimal | None = attrs.field(default=None, metadata=field_info("executedQty"))
    """Filled quantity."""
    order_id: str = attrs.field(metadata=field_info("orderId"))
    """Order ID, kept as an exact string."""
    profit: Decimal | None = attrs.field(default=None, metadata=field_info("profit"))
    """Profit and loss."""
    commission: Decimal | None = attrs.field(default=None, metadata=field_info("commission"))
    """Fee."""
    update_time: int | None = attrs.field(default=None, metadata=field_info("updateTime"))
    """Update time, Unix milliseconds."""
    working_type: WorkingType | str | None = attrs.field(default=None, metadata=field_info("workingType"))
    """Which price triggers the order."""
    client_order_id: str | None = attrs.field(default=None, metadata=field_info("clientOrderId"))
    """Client-chosen order ID, in lower case."""
    stop_guaranteed: StopGuaranteed | str | None = attrs.field(default=None, metadata=field_info("stopGuaranteed"))
    """Guaranteed stop, `true` or `false` (or `cutfee`, which orders can be placed with)."""
    trigger_order_id: str | None = attrs.field(default=None, metadata=field_info("triggerOrderId"))
    """ID of the trigger order linked to this order, kept as an exact string."""
    close_position: str | None = attrs.field(default=None, metadata=field_info("closePosition"))
    """Whether the order closes the whole position."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, repr=False)
class GetSwapOrderResponse(Response):
    """The order, in `order`."""

    order: SwapOrderDetail = attrs.field(metadata=field_info("order"))
    """The order."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, init=False, repr=False)
class GetSwapOrderRequest(Request[GetSwapOrderResponse]):
    """Get one perpetual swap order"""

    operation: ClassVar[Operation] = Operation(
        venue="bingx",
        operation_id="get_swap_order",
        method="GET",
        path="/openApi/swap/v2/trade/order",
        result=GetSwapOrderResponse,
        result_shape="model",
        success_status=200,
        rate_limit=RateLimit(limit=5, per_seconds=1, scope="uid"),
        docs_url="https://bingx-api.github.io/docs/#/en-us/swapV2/trade-api.html",
        servers=SERVERS,
        client_id="client_order_id",
    )

    symbol: str = attrs.field(metadata=field_info("symbol", "query"))
    """Trading pair in upper case with a hyphen, e.g. BTC-USDT."""
    order_id: str | None = attrs.field(default=None, metadata=field_info("orderId", "query"))
    """Order ID (digits); send this or `clientOrderId`."""
    client_order_id: str | None = attrs.field(default=None, metadata=field_info("clientOrderId", "query"))
    """Client-chosen order ID (1 to 40 characters; the venue keeps it in lower case); send this or `orderId`."""
    recv_window: int | None = attrs.field(default=None, metadata=field_info("recvWindow", "query"))
    """How long the request stays valid after `timestamp`, in milliseconds; requests older than this are rejected
    (5000 ms when not sent)."""

    def __init__(
        self,
        *,
        symbol: str,
        order_id: str | None = None,
        client_order_id: str | None = None,
        recv_window: int | None = None,
    ) -> None:
        try:
            if not (type(symbol) is str and symbol.isascii() and _SYMBOL_PATTERN.fullmatch(symbol) is not None):
                symbol = check.string(symbol, "symbol", pattern=_SYMBOL_PATTERN)
            if order_id is not None:
                if not (
                    type(order_id) is str
                    and order_id.isascii()
                    and _LIST_CLIENT_ORDER_ID_PATTERN.fullmatch(order_id) is not None
                ):
                    order_id = check.string(order_id, "orderId", pattern=_LIST_CLIENT_ORDER_ID_PATTERN)
            if client_order_id is not None:
                if not (
                    type(client_order_id) is str
                    and client_order_id.isascii()
                    and len(client_order_id) >= 1
                    and len(client_order_id) <= 40
                ):
                    client_order_id = check.string(client_order_id, "clientOrderId", min_length=1, max_length=40)
            if recv_window is not None:
                if not (type(recv_window) is int and -check.INTEGER_LIMIT < recv_window < check.INTEGER_LIMIT):
                    recv_window = check.integer(recv_window, "recvWindow")
            (  # the model is frozen: each field is stored through its slot's setter
                store_symbol,
                store_order_id,
                store_client_order_id,
                store_recv_window,
                _,
            ) = self._stores
            store_symbol(self, symbol)
            store_order_id(self, order_id)
            store_client_order_id(self, client_order_id)
            store_recv_window(self, recv_window)
        except ValidationError as error:
            raise named(self.__class__, error) from None

    def wire_query(self) -> list[tuple[str, str]]:
        """The query fields as (wire name, text) pairs in spec order, absent ones left out, not yet percent-encoded."""
        pairs: list[tuple[str, str]] = [
            ("symbol", self.symbol),
        ]
        if self.order_id is not None:
            pairs.append(("orderId", self.order_id))
        if self.client_order_id is not None:
            pairs.append(("clientOrderId", self.client_order_id))
        if self.recv_window is not None:
            pairs.append(("recvWindow", str(self.recv_window)))
        return pairs


@attrs.frozen(kw_only=True, repr=False)
class SwapOpenOrder(Response):
    """An open swap order."""

    time: int | None = attrs.field(default=None, metadata=field_info("time"))
    """Order time, Unix milliseconds."""
    symbol: str = attrs.field(metadata=field_info("symbol"))
    """Trading pair."""
    side: Side | str | None = attrs.field(default=None, metadata=field_info("side"))
    """Order side, `BUY` or `SELL`."""
    type: SwapOpenOrderType | str | None = attrs.field(default=None, metadata=field_info("type"))
    """Order type; also `TRIGGER_REVERSE_MARKET`, which orders cannot be placed as."""
    position_side: PositionSide | str | None = attrs.field(default=None, metadata=field_info("positionSide"))
    """Position side, `BOTH`, `LONG` or `SHORT`."""
    reduce_only: BooleanText | str | None = attrs.field(default=None, metadata=field_info("reduceOnly"))
    """Whether the order only reduces the position, `true` or `false`."""
    cum_quote: Decimal | None = attrs.field(default=None, metadata=field_info("cumQuote"))
    """Filled amount in the quote coin."""
    status: str | None = attrs.field(default=None, metadata=field_info("status"))
    """Order status (the page lists no values; its example shows NEW)."""
    stop_price: Decimal | None = attrs.field(default=None, metadata=field_info("stopPrice"))
    """Trigger price."""
    price: Decimal | None = attrs.field(default=None, metadata=field_info("price"))
    """Price; the trailing distance of TRAILING_STOP_MARKET and TRAILING_TP_SL orders."""
    orig_qty: Decimal | None = attrs.field(default=None, metadata=field_info("origQty"))
    """Original quantity."""
    avg_price: Decimal | None = attrs.field(default=None, metadata=field_info("avgPrice"))
    """Average fill price."""
    executed_qty: Decimal | None = attrs.field(default=None, metadata=field_info("executedQty"))
    """Filled quantity."""
    order_id: str = attrs.field(metadata=field_info("orderId"))
    """Order ID, kept as an exact string."""
    profit: Decimal | None = attrs.field(default=None, metadata=field_info("profit"))
    """Profit and loss."""
    commission: Decimal | None = attrs.field(default=None, metadata=field_info("commission"))
    """Fee."""
    working_type: WorkingType | str | None = attrs.field(default=None, metadata=field_info("workingType"))
    """Which price triggers the order."""
    update_time: int | None = attrs.field(default=None, metadata=field_info("updateTime"))
    """Update time, Unix milliseconds."""
    post_only: bool | None = attrs.field(default=None, metadata=field_info("postOnly"))
    """Whether the order is maker only."""
    trailing_stop_rate: Decimal | None = attrs.field(default=None, metadata=field_info("trailingStopRate"))
    """Trailing callback rate."""
    trailing_stop_distance: Decimal | None = attrs.field(default=None, metadata=field_info("trailingStopDistance"))
    """Trailing distance."""
    stop_guaranteed: StopGuaranteed | str | None = attrs.field(default=None, metadata=field_info("stopGuaranteed"))
    """Guaranteed stop, `true` or `false` (or `cutfee`, which orders can be placed with)."""
    price_rate: Decimal | None = attrs.field(default=None, metadata=field_info("priceRate"))
    """Callback rate of a trailing order placed with priceRate; empty otherwise."""
    act_price: Decimal | None = attrs.field(default=None, metadata=field_info("actPrice"))
    """Activation price of a trailing order."""
    close_position: str | None = attrs.field(default=None, metadata=field_info("closePosition"))
    """Whether the order closes the whole position."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, repr=False)
class GetSwapOpenOrdersResponse(Response):
    """The open orders, in `orders`."""

    orders: list[SwapOpenOrder] = attrs.field(factory=list, metadata=field_info("orders"))
    """The open orders (an empty list when there are none)."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, init=False, repr=False)
class GetSwapOpenOrdersRequest(Request[GetSwapOpenOrdersResponse]):
    """List open perpetual swap orders"""

    operation: ClassVar[Operation] = Operation(
        venue="bingx",
        operation_id="get_swap_open_orders",
        method="GET",
        path="/openApi/swap/v2/trade/openOrders",
        result=GetSwapOpenOrdersResponse,
        result_shape="model",
        success_status=200,
        rate_limit=RateLimit(limit=5, per_seconds=1, scope="uid"),
        docs_url="https://bingx-api.github.io/docs/#/en-us/swapV2/trade-api.html",
        servers=SERVERS,
    )

    symbol: str | None = attrs.field(default=None, metadata=field_info("symbol", "query"))
    """Trading pair in upper case with a hyphen, e.g. BTC-USDT; every pair when not sent."""
    type: SwapOrderType | None = attrs.field(default=None, metadata=field_info("type", "query"))
    """Only orders of this type (newer revision of the page)."""
    recv_window: int | None = attrs.field(default=None, metadata=field_info("recvWindow", "query"))
    """How long the request stays valid after `timestamp`, in milliseconds; requests older than this are rejected
    (5000 ms when not sent)."""

    def __init__(
        self,
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
    ) -> None:
        try:
            if symbol is not None:
                if not (
                    builtins.type(symbol) is str and symbol.isascii() and _SYMBOL_PATTERN.fullmatch(symbol) is not None
                ):
                    symbol = check.string(symbol, "symbol", pattern=_SYMBOL_PATTERN)
            if type is not None:
                if builtins.type(type) is str and type in _SWAP_ORDER_TYPE_VALUES:
                    type = _SWAP_ORDER_TYPE_VALUES[type]
                else:
                    type = check.enum_member(SwapOrderType, type, "type")
            if recv_window is not None:
                if not (builtins.type(recv_window) is int and -check.INTEGER_LIMIT < recv_window < check.INTEGER_LIMIT):
                    recv_window = check.integer(recv_window, "recvWindow")
            (  # the model is frozen: each field is stored through its slot's setter
                store_symbol,
                store_type,
                store_recv_window,
                _,
            ) = self._stores
            store_symbol(self, symbol)
            store_type(self, type)
            store_recv_window(self, recv_window)
        except ValidationError as error:
            raise named(self.__class__, error) from None

    def wire_query(self) -> list[tuple[str, str]]:
        """The query fields as (wire name, text) pairs in spec order, absent ones left out, not yet percent-encoded."""
        pairs: list[tuple[str, str]] = []
        if self.symbol is not None:
            pairs.append(("symbol", self.symbol))
        if self.type is not None:
            pairs.append(("type", self.type))
        if self.recv_window is not None:
            pairs.append(("recvWindow", str(self.recv_window)))
        return pairs
