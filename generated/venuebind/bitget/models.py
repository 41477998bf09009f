"""Bitget: models and enums.

Generated from ``spec/bitget.yaml`` by ``python -m codegen generate``; edit the spec, not this file.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Any, ClassVar

import attrs

from venuebind._runtime import check
from venuebind._runtime.check import DecimalInput
from venuebind._runtime.errors import ValidationError
from venuebind._runtime.model import Model, Operation, RateLimit, Request, Response, Server, field_info

SERVERS = (
    Server(
        environment="live",
        url="https://api.bitget.com",
        headers={},
    ),
    Server(
        environment="demo",
        url="https://api.bitget.com",
        headers={
            "PAPTRADING": "1",
        },
    ),
)
"""The venue's base URLs, by environment: ``live``, ``demo``."""
_DECIMAL_PATTERN = re.compile(r"^[0-9]+(\.[0-9]+)?$")


class Side(enum.Enum):
    """Order direction, `buy` or `sell`."""

    BUY = "buy"
    SELL = "sell"


class OrderType(enum.Enum):
    """Type of the order placed on trigger, `limit` or `market`."""

    LIMIT = "limit"
    MARKET = "market"


class SpotPlanType(enum.Enum):
    """What `size` counts: `amount` means a quantity of the base coin, `total` an amount of the quote coin. Defaults
    to `amount`."""

    AMOUNT = "amount"
    TOTAL = "total"


class TriggerType(enum.Enum):
    """Price that is compared with `triggerPrice`; `fill_price` (last filled price) or `mark_price`."""

    FILL_PRICE = "fill_price"
    MARK_PRICE = "mark_price"


class StpMode(enum.Enum):
    """Self-trade prevention: `none` (no STP, the default), `cancel_taker` (cancel the taker order), `cancel_maker`
    (cancel the maker order) or `cancel_both` (cancel both)."""

    NONE = "none"
    CANCEL_TAKER = "cancel_taker"
    CANCEL_MAKER = "cancel_maker"
    CANCEL_BOTH = "cancel_both"


class MixPlanType(enum.Enum):
    """`normal_plan` for a trigger order, `track_plan` for a trailing-stop order."""

    NORMAL_PLAN = "normal_plan"
    TRACK_PLAN = "track_plan"


class ProductType(enum.Enum):
    """Product line: `USDT-FUTURES` (USDT professional futures), `COIN-FUTURES` (mixed/coin-margined futures),
    `USDC-FUTURES` (USDC professional futures), and the demo lines `SUSDT-FUTURES`, `SCOIN-FUTURES`,
    `SUSDC-FUTURES`."""

    USDT_FUTURES = "USDT-FUTURES"
    COIN_FUTURES = "COIN-FUTURES"
    USDC_FUTURES = "USDC-FUTURES"
    SUSDT_FUTURES = "SUSDT-FUTURES"
    SCOIN_FUTURES = "SCOIN-FUTURES"
    SUSDC_FUTURES = "SUSDC-FUTURES"


class MarginMode(enum.Enum):
    """`isolated` margin or `crossed` (cross) margin."""

    ISOLATED = "isolated"
    CROSSED = "crossed"


class TradeSide(enum.Enum):
    """`open` or `close`; needed only in hedge position mode. Open long: side buy + open; open short: side sell +
    open; close long: side buy + close; close short: side sell + close."""

    OPEN = "open"
    CLOSE = "close"


class ReduceOnly(enum.Enum):
    """Reduce the position only (`yes`) or not (`no`, the default); applies in one-way (buy/sell) position mode only."""

    YES = "yes"
    NO = "no"


class LoanType(enum.Enum):
    """Margin order mode: `normal` (plain order), `autoLoan` (borrow automatically), `autoRepay` (repay
    automatically) or `autoLoanAndRepay` (both)."""

    NORMAL = "normal"
    AUTO_LOAN = "autoLoan"
    AUTO_REPAY = "autoRepay"
    AUTO_LOAN_AND_REPAY = "autoLoanAndRepay"


class Force(enum.Enum):
    """Time in force: `gtc` (good till cancelled), `post_only`, `fok` (fill or kill) or `ioc` (immediate or cancel).
    Required, but has no effect when `orderType` is `market`."""

    GTC = "gtc"
    POST_ONLY = "post_only"
    FOK = "fok"
    IOC = "ioc"


@attrs.frozen(kw_only=True)
class PlacePlanOrderResponse(Response):
    """The IDs of the new spot plan order."""

    order_id: str = attrs.field(metadata=field_info("orderId"))
    """Order ID."""
    client_oid: str = attrs.field(metadata=field_info("clientOid"))
    """Client-chosen order ID."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, init=False)
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
        side: Side | str,
        trigger_price: DecimalInput,
        order_type: OrderType | str,
        size: DecimalInput,
        trigger_type: TriggerType | str,
        execute_price: DecimalInput | None = None,
        plan_type: SpotPlanType | str | None = None,
        client_oid: str | None = None,
        stp_mode: StpMode | str | None = None,
    ) -> None:
        self.__attrs_init__(
            symbol=check.string(symbol, "symbol"),
            side=check.enum_member(Side, side, "side"),
            trigger_price=check.decimal(trigger_price, "triggerPrice", pattern=_DECIMAL_PATTERN),
            order_type=check.enum_member(OrderType, order_type, "orderType"),
            execute_price=None
            if execute_price is None
            else check.decimal(execute_price, "executePrice", pattern=_DECIMAL_PATTERN),
            plan_type=None if plan_type is None else check.enum_member(SpotPlanType, plan_type, "planType"),
            size=check.decimal(size, "size", pattern=_DECIMAL_PATTERN),
            trigger_type=check.enum_member(TriggerType, trigger_type, "triggerType"),
            client_oid=None if client_oid is None else check.string(client_oid, "clientOid"),
            stp_mode=None if stp_mode is None else check.enum_member(StpMode, stp_mode, "stpMode"),
        )
        self._check_rules()

    def _check_rules(self) -> None:
        if self.order_type is OrderType.LIMIT:
            if self.execute_price is None:
                raise ValidationError("executePrice", "is required when orderType is 'limit'")


@attrs.frozen(kw_only=True)
class PlaceMixPlanOrderResponse(Response):
    """The IDs of the new trigger order."""

    order_id: str = attrs.field(metadata=field_info("orderId"))
    """Trigger order ID."""
    client_oid: str = attrs.field(metadata=field_info("clientOid"))
    """Client-chosen trigger order ID."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, init=False)
class PlaceMixPlanOrderRequest(Request[PlaceMixPlanOrderResponse]):
    """Body of a futures trigger order or trailing-stop order.

    Rules across fields:

    - stopSurplusTriggerType required once stopSurplusTriggerPrice is set
    - stopLossTriggerType required once stopLossTriggerPrice is set
    - For a trailing stop (planType track_plan): callbackRatio is required; orderType must be market; price,
      stopSurplusExecutePrice and stopLossExecutePrice must be absent; stopSurplusTriggerType and
      stopLossTriggerType may only be fill_price; stopSurplusTriggerPrice and stopLossTriggerPrice are percentages
      from 0.01 to 999.99.
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
    """Callback rate of a trailing-stop order; required for `track_plan`, at most 10. Only trailing stops use it."""
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
    """Take-profit: for `normal_plan` the trigger price, for `track_plan` a percentage from 0.01 to 999.99. Leaving
    it out (or 0) sets no take-profit."""
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
    """Stop-loss: for `normal_plan` the trigger price, for `track_plan` a percentage from 0.01 to 999.99. Leaving it
    out (or 0) sets no stop-loss."""
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
        plan_type: MixPlanType | str,
        symbol: str,
        product_type: ProductType | str,
        margin_mode: MarginMode | str,
        margin_coin: str,
        size: DecimalInput,
        trigger_price: DecimalInput,
        trigger_type: TriggerType | str,
        side: Side | str,
        order_type: OrderType | str,
        price: DecimalInput | None = None,
        callback_ratio: DecimalInput | None = None,
        trade_side: TradeSide | str | None = None,
        client_oid: str | None = None,
        reduce_only: ReduceOnly | str | None = None,
        stop_surplus_trigger_price: DecimalInput | None = None,
        stop_surplus_execute_price: DecimalInput | None = None,
        stop_surplus_trigger_type: TriggerType | str | None = None,
        stop_loss_trigger_price: DecimalInput | None = None,
        stop_loss_execute_price: DecimalInput | None = None,
        stop_loss_trigger_type: TriggerType | str | None = None,
        stp_mode: StpMode | str | None = None,
    ) -> None:
        self.__attrs_init__(
            plan_type=check.enum_member(MixPlanType, plan_type, "planType"),
            symbol=check.string(symbol, "symbol"),
            product_type=check.enum_member(ProductType, product_type, "productType"),
            margin_mode=check.enum_member(MarginMode, margin_mode, "marginMode"),
            margin_coin=check.string(margin_coin, "marginCoin"),
            size=check.decimal(size, "size", pattern=_DECIMAL_PATTERN),
            price=None if price is None else check.decimal(price, "price", pattern=_DECIMAL_PATTERN),
            callback_ratio=None
            if callback_ratio is None
            else check.decimal(callback_ratio, "callbackRatio", pattern=_DECIMAL_PATTERN, maximum=Decimal("10")),
            trigger_price=check.decimal(trigger_price, "triggerPrice", pattern=_DECIMAL_PATTERN),
            trigger_type=check.enum_member(TriggerType, trigger_type, "triggerType"),
            side=check.enum_member(Side, side, "side"),
            trade_side=None if trade_side is None else check.enum_member(TradeSide, trade_side, "tradeSide"),
            order_type=check.enum_member(OrderType, order_type, "orderType"),
            client_oid=None if client_oid is None else check.string(client_oid, "clientOid"),
            reduce_only=None if reduce_only is None else check.enum_member(ReduceOnly, reduce_only, "reduceOnly"),
            stop_surplus_trigger_price=None
            if stop_surplus_trigger_price is None
            else check.decimal(stop_surplus_trigger_price, "stopSurplusTriggerPrice", pattern=_DECIMAL_PATTERN),
            stop_surplus_execute_price=None
            if stop_surplus_execute_price is None
            else check.decimal(stop_surplus_execute_price, "stopSurplusExecutePrice", pattern=_DECIMAL_PATTERN),
            stop_surplus_trigger_type=None
            if stop_surplus_trigger_type is None
            else check.enum_member(TriggerType, stop_surplus_trigger_type, "stopSurplusTriggerType"),
            stop_loss_trigger_price=None
            if stop_loss_trigger_price is None
            else check.decimal(stop_loss_trigger_price, "stopLossTriggerPrice", pattern=_DECIMAL_PATTERN),
            stop_loss_execute_price=None
            if stop_loss_execute_price is None
            else check.decimal(stop_loss_execute_price, "stopLossExecutePrice", pattern=_DECIMAL_PATTERN),
            stop_loss_trigger_type=None
            if stop_loss_trigger_type is None
            else check.enum_member(TriggerType, stop_loss_trigger_type, "stopLossTriggerType"),
            stp_mode=None if stp_mode is None else check.enum_member(StpMode, stp_mode, "stpMode"),
        )
        self._check_rules()

    def _check_rules(self) -> None:
        if self.stop_surplus_trigger_price is not None:
            if self.stop_surplus_trigger_type is None:
                raise ValidationError("stopSurplusTriggerType", "is required when stopSurplusTriggerPrice is set")
        if self.stop_loss_trigger_price is not None:
            if self.stop_loss_trigger_type is None:
                raise ValidationError("stopLossTriggerType", "is required when stopLossTriggerPrice is set")
        if self.plan_type is MixPlanType.TRACK_PLAN:
            if self.callback_ratio is None:
                raise ValidationError("callbackRatio", "is required when planType is 'track_plan'")
            if self.price is not None:
                raise ValidationError("price", "must be absent when planType is 'track_plan'")
            if self.stop_surplus_execute_price is not None:
                raise ValidationError("stopSurplusExecutePrice", "must be absent when planType is 'track_plan'")
            if self.stop_loss_execute_price is not None:
                raise ValidationError("stopLossExecutePrice", "must be absent when planType is 'track_plan'")
            if self.order_type is not OrderType.MARKET:
                raise ValidationError("orderType", "must be 'market' when planType is 'track_plan'")
            if (
                self.stop_surplus_trigger_type is not None
                and self.stop_surplus_trigger_type is not TriggerType.FILL_PRICE
            ):
                raise ValidationError("stopSurplusTriggerType", "must be 'fill_price' when planType is 'track_plan'")
            if self.stop_loss_trigger_type is not None and self.stop_loss_trigger_type is not TriggerType.FILL_PRICE:
                raise ValidationError("stopLossTriggerType", "must be 'fill_price' when planType is 'track_plan'")
            check.decimal_bounds(
                self.stop_surplus_trigger_price,
                "stopSurplusTriggerPrice",
                minimum=Decimal("0.01"),
                maximum=Decimal("999.99"),
            )
            check.decimal_bounds(
                self.stop_loss_trigger_price, "stopLossTriggerPrice", minimum=Decimal("0.01"), maximum=Decimal("999.99")
            )
        if self.plan_type is MixPlanType.NORMAL_PLAN and self.order_type is OrderType.LIMIT:
            if self.price is None:
                raise ValidationError("price", "is required when planType is 'normal_plan' and orderType is 'limit'")
        if self.plan_type is MixPlanType.NORMAL_PLAN and self.order_type is OrderType.MARKET:
            if self.price is not None:
                raise ValidationError(
                    "price", "must be absent when planType is 'normal_plan' and orderType is 'market'"
                )


@attrs.frozen(kw_only=True)
class IsolatedBatchOrderSuccess(Response):
    """An entry of a batch that was placed."""

    order_id: str = attrs.field(metadata=field_info("orderId"))
    """Order ID."""
    client_oid: str = attrs.field(metadata=field_info("clientOid"))
    """Client-chosen order ID."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True)
class IsolatedBatchOrderFailure(Response):
    """An entry of a batch that failed; it carries no order ID."""

    client_oid: str = attrs.field(metadata=field_info("clientOid"))
    """Client-chosen order ID of the failed entry."""
    error_msg: str = attrs.field(metadata=field_info("errorMsg"))
    """Why the entry failed."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True)
class BatchPlaceIsolatedOrdersResponse(Response):
    """Per-entry results of an isolated-margin batch order."""

    success_list: list[IsolatedBatchOrderSuccess] = attrs.field(metadata=field_info("successList"))
    """The entries that were placed."""
    failure_list: list[IsolatedBatchOrderFailure] = attrs.field(metadata=field_info("failureList"))
    """The entries that failed."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, init=False)
class IsolatedBatchOrderItem(Model):
    """One order of an isolated-margin batch.

    Rules across fields:

    - A limit order needs baseSize.
    - A market sell needs baseSize.
    - A market buy needs quoteSize.
    """

    order_type: OrderType = attrs.field(metadata=field_info("orderType"))
    """`limit` or `market`."""
    price: Decimal | None = attrs.field(default=None, metadata=field_info("price"))
    """Order price."""
    loan_type: LoanType = attrs.field(metadata=field_info("loanType"))
    """Margin order mode: `normal` (plain order), `autoLoan` (borrow automatically), `autoRepay` (repay
    automatically) or `autoLoanAndRepay` (both)."""
    force: Force = attrs.field(metadata=field_info("force"))
    """Time in force: `gtc` (good till cancelled), `post_only`, `fok` (fill or kill) or `ioc` (immediate or cancel).
    Required, but has no effect when `orderType` is `market`."""
    base_size: Decimal | None = attrs.field(default=None, metadata=field_info("baseSize"))
    """Quantity in the base (left) coin; required for limit orders and for market sells."""
    quote_size: Decimal | None = attrs.field(default=None, metadata=field_info("quoteSize"))
    """Amount in the quote (right) coin; required for market buys."""
    client_oid: str | None = attrs.field(default=None, metadata=field_info("clientOid"))
    """Client-chosen order ID."""
    side: Side = attrs.field(metadata=field_info("side"))
    """Order direction, `buy` or `sell`."""
    stp_mode: StpMode | None = attrs.field(default=None, metadata=field_info("stpMode"))
    """Self-trade prevention: `none` (no STP, the default), `cancel_taker` (cancel the taker order), `cancel_maker`
    (cancel the maker order) or `cancel_both` (cancel both). The venue's default: ``none``."""

    def __init__(
        self,
        *,
        order_type: OrderType | str,
        loan_type: LoanType | str,
        force: Force | str,
        side: Side | str,
        price: DecimalInput | None = None,
        base_size: DecimalInput | None = None,
        quote_size: DecimalInput | None = None,
        client_oid: str | None = None,
        stp_mode: StpMode | str | None = None,
    ) -> None:
        self.__attrs_init__(
            order_type=check.enum_member(OrderType, order_type, "orderType"),
            price=None if price is None else check.decimal(price, "price", pattern=_DECIMAL_PATTERN),
            loan_type=check.enum_member(LoanType, loan_type, "loanType"),
            force=check.enum_member(Force, force, "force"),
            base_size=None if base_size is None else check.decimal(base_size, "baseSize", pattern=_DECIMAL_PATTERN),
            quote_size=None if quote_size is None else check.decimal(quote_size, "quoteSize", pattern=_DECIMAL_PATTERN),
            client_oid=None if client_oid is None else check.string(client_oid, "clientOid"),
            side=check.enum_member(Side, side, "side"),
            stp_mode=None if stp_mode is None else check.enum_member(StpMode, stp_mode, "stpMode"),
        )
        self._check_rules()

    def _check_rules(self) -> None:
        if self.order_type is OrderType.LIMIT:
            if self.base_size is None:
                raise ValidationError("baseSize", "is required when orderType is 'limit'")
        if self.order_type is OrderType.MARKET and self.side is Side.SELL:
            if self.base_size is None:
                raise ValidationError("baseSize", "is required when orderType is 'market' and side is 'sell'")
        if self.order_type is OrderType.MARKET and self.side is Side.BUY:
            if self.quote_size is None:
                raise ValidationError("quoteSize", "is required when orderType is 'market' and side is 'buy'")


@attrs.frozen(kw_only=True, init=False)
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
        self.__attrs_init__(
            symbol=check.string(symbol, "symbol"),
            order_list=check.model_items(IsolatedBatchOrderItem, order_list, "orderList"),
        )
