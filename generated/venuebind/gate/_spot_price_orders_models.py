"""Gate: the models and enums only the ``spot_price_orders`` area uses.

Import them from ``models``, which re-exports every module of models; this one loads with ``spot_price_orders``
alone.

Generated from ``spec/gate.yaml`` by ``python -m codegen generate``; edit the spec, not this file.
"""

from __future__ import annotations

import builtins
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


class TriggerRule(enum.StrEnum):
    """Trigger condition: `>=` fires when the market price is at or above `price`, `<=` when it is at or below
    `price`."""

    GTE = ">="
    LTE = "<="


_TRIGGER_RULE_VALUES: dict[str, TriggerRule] = {member.value: member for member in TriggerRule}
"""Each wire value's member: what a constructor's check of a plain ``str`` looks up."""


class OrderType(enum.StrEnum):
    """Order type, `limit` or `market`; defaults to `limit`."""

    LIMIT = "limit"
    MARKET = "market"


_ORDER_TYPE_VALUES: dict[str, OrderType] = {member.value: member for member in OrderType}
"""Each wire value's member: what a constructor's check of a plain ``str`` looks up."""


class Side(enum.StrEnum):
    """Order side, `buy` or `sell`."""

    BUY = "buy"
    SELL = "sell"


_SIDE_VALUES: dict[str, Side] = {member.value: member for member in Side}
"""Each wire value's member: what a constructor's check of a plain ``str`` looks up."""


class Account(enum.StrEnum):
    """Account that places the order: `normal` (spot), `margin` (margin trading) or `unified`; a unified account must
    send `unified`."""

    NORMAL = "normal"
    MARGIN = "margin"
    UNIFIED = "unified"


_ACCOUNT_VALUES: dict[str, Account] = {member.value: member for member in Account}
"""Each wire value's member: what a constructor's check of a plain ``str`` looks up."""


class PriceOrderStatus(enum.StrEnum):
    """`open` (running), `cancelled` or `canceled` (cancelled by the user; the page spells it `cancelled`, the venue
    has been seen answering `canceled`), `finish` (completed), `failed` (could not place the order) or `expired`."""

    OPEN = "open"
    CANCELLED = "cancelled"
    CANCELED = "canceled"
    FINISH = "finish"
    FAILED = "failed"
    EXPIRED = "expired"


@attrs.frozen(kw_only=True, repr=False)
class CreateSpotPriceOrderResponse(Response):
    """The ID of the new auto order (TriggerOrderResponse)."""

    id: str = attrs.field(metadata=field_info("id"))
    """Auto order ID."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, init=False, repr=False)
class SpotPriceTrigger(Model):
    """Trigger condition of a price-triggered order."""

    price: Decimal = attrs.field(metadata=field_info("price"))
    """Trigger price."""
    rule: TriggerRule = attrs.field(metadata=field_info("rule"))
    """Trigger condition: `>=` fires when the market price is at or above `price`, `<=` when it is at or below
    `price`."""
    expiration: int = attrs.field(metadata=field_info("expiration"))
    """Longest time to wait for the trigger condition, in seconds; the auto order is cancelled when it runs out."""

    def __init__(
        self,
        *,
        price: DecimalInput,
        rule: TriggerRule | Literal[">=", "<="],
        expiration: int,
    ) -> None:
        try:
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
            if type(rule) is str and rule in _TRIGGER_RULE_VALUES:
                rule = _TRIGGER_RULE_VALUES[rule]
            else:
                rule = check.enum_member(TriggerRule, rule, "rule")
            if not (type(expiration) is int and -check.INTEGER_LIMIT < expiration < check.INTEGER_LIMIT):
                expiration = check.integer(expiration, "expiration")
            (  # the model is frozen: each field is stored through its slot's setter
                store_price,
                store_rule,
                store_expiration,
                store_wire_text,
            ) = self._stores
            store_price(self, price)
            store_rule(self, rule)
            store_expiration(self, expiration)
            store_wire_text(
                self,
                "".join(
                    (
                        '{"price":"',
                        price_text,
                        '","rule":"',
                        rule,
                        '","expiration":',
                        str(expiration),
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
class SpotPricePutOrder(Model):
    """The order placed when the trigger fires."""

    type: OrderType | None = attrs.field(default=None, metadata=field_info("type"))
    """Order type, `limit` or `market`; defaults to `limit`. The venue's default: ``limit``."""
    side: Side = attrs.field(metadata=field_info("side"))
    """Order side, `buy` or `sell`."""
    price: Decimal = attrs.field(metadata=field_info("price"))
    """Order price. The page requires it for every order type, market orders included."""
    amount: Decimal = attrs.field(metadata=field_info("amount"))
    """Order quantity. For a limit order it is in the base currency (BTC in BTC_USDT); for a market order it is in
    the quote currency when buying (USDT in BTC_USDT) and in the base currency when selling."""
    account: Account = attrs.field(metadata=field_info("account"))
    """Account that places the order: `normal` (spot), `margin` (margin trading) or `unified`; a unified account must
    send `unified`."""
    time_in_force: TimeInForce | None = attrs.field(default=None, metadata=field_info("time_in_force"))
    """Time in force: `gtc` (good till cancelled) or `ioc` (immediate or cancel, taker only). `poc` and `fok` are not
    offered for price-triggered orders."""
    auto_borrow: bool | None = attrs.field(default=None, metadata=field_info("auto_borrow"))
    """Borrow automatically if the balance is short."""
    auto_repay: bool | None = attrs.field(default=None, metadata=field_info("auto_repay"))
    """Repay the loan automatically."""
    text: str | None = attrs.field(default=None, metadata=field_info("text"))
    """Source of the order; the page names `web`, `api` and `app`."""

    def __init__(
        self,
        *,
        side: Side | Literal["buy", "sell"],
        price: DecimalInput,
        amount: DecimalInput,
        account: Account | Literal["normal", "margin", "unified"],
        type: OrderType | Literal["limit", "market"] | None = None,
        time_in_force: TimeInForce | Literal["gtc", "ioc"] | None = None,
        auto_borrow: bool | None = None,
        auto_repay: bool | None = None,
        text: str | None = None,
    ) -> None:
        try:
            if type is not None:
                if builtins.type(type) is str and type in _ORDER_TYPE_VALUES:
                    type = _ORDER_TYPE_VALUES[type]
                else:
                    type = check.enum_member(OrderType, type, "type")
            if builtins.type(side) is str and side in _SIDE_VALUES:
                side = _SIDE_VALUES[side]
            else:
                side = check.enum_member(Side, side, "side")
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
            if not (
                builtins.type(amount) is Decimal
                and amount.is_finite()
                and not amount.is_signed()
                and "E" not in (amount_text := str(amount))
                and "e" not in amount_text
                and len(amount_text) <= MAX_DIGITS
            ):
                amount = check.decimal(amount, "amount", pattern=_DECIMAL_PATTERN)
                amount_text = format(amount, "f")
            if builtins.type(account) is str and account in _ACCOUNT_VALUES:
                account = _ACCOUNT_VALUES[account]
            else:
                account = check.enum_member(Account, account, "account")
            if time_in_force is not None:
                if builtins.type(time_in_force) is str and time_in_force in _TIME_IN_FORCE_VALUES:
                    time_in_force = _TIME_IN_FORCE_VALUES[time_in_force]
                else:
                    time_in_force = check.enum_member(TimeInForce, time_in_force, "time_in_force")
            if auto_borrow is not None:
                if builtins.type(auto_borrow) is not bool:
                    auto_borrow = check.boolean(auto_borrow, "auto_borrow")
            if auto_repay is not None:
                if builtins.type(auto_repay) is not bool:
                    auto_repay = check.boolean(auto_repay, "auto_repay")
            if text is not None:
                if not (builtins.type(text) is str and text.isascii()):
                    text = check.string(text, "text")
            (  # the model is frozen: each field is stored through its slot's setter
                store_type,
                store_side,
                store_price,
                store_amount,
                store_account,
                store_time_in_force,
                store_auto_borrow,
                store_auto_repay,
                store_text,
                store_wire_text,
            ) = self._stores
            store_type(self, type)
            store_side(self, side)
            store_price(self, price)
            store_amount(self, amount)
            store_account(self, account)
            store_time_in_force(self, time_in_force)
            store_auto_borrow(self, auto_borrow)
            store_auto_repay(self, auto_repay)
            store_text(self, text)
            members: list[str] = []
            if type is not None:
                members.append('"type":"' + type + '"')
            members.append('"side":"' + side + '"')
            members.append('"price":"' + price_text + '"')
            members.append('"amount":"' + amount_text + '"')
            members.append('"account":"' + account + '"')
            if time_in_force is not None:
                members.append('"time_in_force":"' + time_in_force + '"')
            if auto_borrow is not None:
                members.append('"auto_borrow":' + ("true" if auto_borrow else "false"))
            if auto_repay is not None:
                members.append('"auto_repay":' + ("true" if auto_repay else "false"))
            if text is not None:
                members.append('"text":' + json_string(text))
            store_wire_text(self, "{" + ",".join(members) + "}")
        except ValidationError as error:
            raise named(self.__class__, error) from None

    def wire_json(self) -> str:
        """This object as JSON text, written by the constructor: wire names in spec order, absent fields left out."""
        return self._wire


@attrs.frozen(kw_only=True, init=False, repr=False)
class CreateSpotPriceOrderRequest(Request[CreateSpotPriceOrderResponse]):
    """Body of a spot price-triggered order (SpotPriceTriggeredOrder)."""

    operation: ClassVar[Operation] = Operation(
        venue="gate",
        operation_id="create_spot_price_order",
        method="POST",
        path="/spot/price_orders",
        result=CreateSpotPriceOrderResponse,
        result_shape="model",
        success_status=201,
        rate_limit=RateLimit(limit=10, per_seconds=1, scope="uid"),
        docs_url="https://www.gate.io/docs/developers/apiv4/en/#createspotpricetriggeredorder-parameters",
        servers=SERVERS,
    )

    trigger: SpotPriceTrigger = attrs.field(metadata=field_info("trigger", "body", nested=SpotPriceTrigger))
    """When the order fires."""
    put: SpotPricePutOrder = attrs.field(metadata=field_info("put", "body", nested=SpotPricePutOrder))
    """The order placed when the trigger fires."""
    market: str = attrs.field(metadata=field_info("market", "body"))
    """Market (currency pair), with an underscore."""

    def __init__(
        self,
        *,
        trigger: SpotPriceTrigger,
        put: SpotPricePutOrder,
        market: str,
    ) -> None:
        try:
            if type(trigger) is not SpotPriceTrigger:
                trigger = check.model(SpotPriceTrigger, trigger, "trigger")
            if type(put) is not SpotPricePutOrder:
                put = check.model(SpotPricePutOrder, put, "put")
            if not (type(market) is str and market.isascii()):
                market = check.string(market, "market")
            (  # the model is frozen: each field is stored through its slot's setter
                store_trigger,
                store_put,
                store_market,
                store_wire_text,
            ) = self._stores
            store_trigger(self, trigger)
            store_put(self, put)
            store_market(self, market)
            store_wire_text(
                self,
                "".join(
                    (
                        '{"trigger":',
                        trigger._wire,
                        ',"put":',
                        put._wire,
                        ',"market":',
                        json_string(market),
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
class SpotPriceTriggerState(Response):
    """The trigger condition of an auto order, as Gate reports it."""

    price: Decimal = attrs.field(metadata=field_info("price"))
    """Trigger price."""
    rule: TriggerRule | str = attrs.field(metadata=field_info("rule"))
    """`>=` fires when the market price is at or above `price`, `<=` when it is at or below `price`."""
    expiration: int | None = attrs.field(default=None, metadata=field_info("expiration"))
    """Longest wait for the trigger, in seconds; the auto order is cancelled when it runs out."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, repr=False)
class SpotPricePutState(Response):
    """The order an auto order places when it fires, as Gate reports it."""

    type: OrderType | str | None = attrs.field(default=None, metadata=field_info("type"))
    """Order type, `limit` or `market`."""
    side: Side | str = attrs.field(metadata=field_info("side"))
    """Order side, `buy` or `sell`."""
    price: Decimal | None = attrs.field(default=None, metadata=field_info("price"))
    """Order price."""
    amount: Decimal = attrs.field(metadata=field_info("amount"))
    """Order quantity: base currency for a limit order; for a market order, quote currency when buying and base
    currency when selling (see the create page)."""
    account: Account | str | None = attrs.field(default=None, metadata=field_info("account"))
    """Account that places the order, `normal` (spot), `margin` or `unified`."""
    time_in_force: TimeInForce | str | None = attrs.field(default=None, metadata=field_info("time_in_force"))
    """Time in force, `gtc` (good till cancelled) or `ioc` (immediate or cancel, taker only)."""
    auto_borrow: bool | None = attrs.field(default=None, metadata=field_info("auto_borrow"))
    """Whether coins are borrowed automatically."""
    auto_repay: bool | None = attrs.field(default=None, metadata=field_info("auto_repay"))
    """Whether the loan is repaid automatically."""
    text: str | None = attrs.field(default=None, metadata=field_info("text"))
    """Source of the order; the page names `web`, `api` and `app`."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, repr=False)
class SpotPriceTriggeredOrder(Response):
    """An auto order as Gate reports it (SpotPriceTriggeredOrder), with its read-only state."""

    trigger: SpotPriceTriggerState = attrs.field(metadata=field_info("trigger"))
    """When the order fires."""
    put: SpotPricePutState = attrs.field(metadata=field_info("put"))
    """The order placed when the trigger fires."""
    market: str = attrs.field(metadata=field_info("market"))
    """Market (currency pair)."""
    id: str = attrs.field(metadata=field_info("id"))
    """Auto order ID."""
    user: int | None = attrs.field(default=None, metadata=field_info("user"))
    """User ID."""
    ctime: int | None = attrs.field(default=None, metadata=field_info("ctime", seconds=True))
    """Creation time, Unix seconds."""
    ftime: int | None = attrs.field(default=None, metadata=field_info("ftime", seconds=True))
    """Finish time, Unix seconds."""
    fired_order_id: str | None = attrs.field(default=None, metadata=field_info("fired_order_id"))
    """ID of the order placed when the trigger fired (0 in the page's example)."""
    status: PriceOrderStatus | str | None = attrs.field(default=None, metadata=field_info("status"))
    """`open` (running), `cancelled` or `canceled` (cancelled by the user; the page spells it `cancelled`, the venue
    has been seen answering `canceled`), `finish` (completed), `failed` (could not place the order) or `expired`."""
    reason: str | None = attrs.field(default=None, metadata=field_info("reason"))
    """Why the order ended, in words."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, init=False, repr=False)
class ListSpotPriceOrdersRequest(Request[list[SpotPriceTriggeredOrder]]):
    """List spot price-triggered orders"""

    operation: ClassVar[Operation] = Operation(
        venue="gate",
        operation_id="list_spot_price_orders",
        method="GET",
        path="/spot/price_orders",
        result=SpotPriceTriggeredOrder,
        result_shape="list",
        success_status=200,
        rate_limit=RateLimit(limit=200, per_seconds=10, scope="uid"),
        docs_url="https://www.gate.io/docs/developers/apiv4/en/#listspotpricetriggeredorders-parameters",
        servers=SERVERS,
        pagination=Pagination(
            style="offset",
            request="offset",
            limit="limit",
        ),
    )

    status: PriceOrderListStatus = attrs.field(metadata=field_info("status", "query"))
    """`open` for running auto orders, `finished` for the ones that ended (their own status is then cancelled,
    finish, failed or expired)."""
    market: str | None = attrs.field(default=None, metadata=field_info("market", "query"))
    """Only this market, e.g. GT_USDT."""
    account: Account | None = attrs.field(default=None, metadata=field_info("account", "query"))
    """Only this account type, `normal` (spot), `margin` or `unified`; a unified account uses `unified`."""
    limit: int | None = attrs.field(default=None, metadata=field_info("limit", "query"))
    """Most records per call, 1 to 1000; 100 when left out. The venue's default: ``100``."""
    offset: int | None = attrs.field(default=None, metadata=field_info("offset", "query"))
    """How many records to skip, from 0; 0 when left out. The venue's default: ``0``."""

    def __init__(
        self,
        *,
        status: PriceOrderListStatus | Literal["open", "finished"],
        market: str | None = None,
        account: Account | Literal["normal", "margin", "unified"] | None = None,
        limit: int | None = None,
        offset: int | None = None,
    ) -> None:
        try:
            if type(status) is str and status in _PRICE_ORDER_LIST_STATUS_VALUES:
                status = _PRICE_ORDER_LIST_STATUS_VALUES[status]
            else:
                status = check.enum_member(PriceOrderListStatus, status, "status")
            if market is not None:
                if not (type(market) is str and market.isascii()):
                    market = check.string(market, "market")
            if account is not None:
                if type(account) is str and account in _ACCOUNT_VALUES:
                    account = _ACCOUNT_VALUES[account]
                else:
                    account = check.enum_member(Account, account, "account")
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
                store_status,
                store_market,
                store_account,
                store_limit,
                store_offset,
                _,
            ) = self._stores
            store_status(self, status)
            store_market(self, market)
            store_account(self, account)
            store_limit(self, limit)
            store_offset(self, offset)
        except ValidationError as error:
            raise named(self.__class__, error) from None

    def wire_query(self) -> list[tuple[str, str]]:
        """The query fields as (wire name, text) pairs in spec order, absent ones left out, not yet percent-encoded."""
        pairs: list[tuple[str, str]] = [
            ("status", self.status),
        ]
        if self.market is not None:
            pairs.append(("market", self.market))
        if self.account is not None:
            pairs.append(("account", self.account))
        if self.limit is not None:
            pairs.append(("limit", str(self.limit)))
        if self.offset is not None:
            pairs.append(("offset", str(self.offset)))
        return pairs


@attrs.frozen(kw_only=True, init=False, repr=False)
class CancelAllSpotPriceOrdersRequest(Request[list[SpotPriceTriggeredOrder]]):
    """Cancel all spot price-triggered orders"""

    operation: ClassVar[Operation] = Operation(
        venue="gate",
        operation_id="cancel_all_spot_price_orders",
        method="DELETE",
        path="/spot/price_orders",
        result=SpotPriceTriggeredOrder,
        result_shape="list",
        success_status=200,
        rate_limit=RateLimit(limit=200, per_seconds=1, scope="uid"),
        docs_url="https://www.gate.io/docs/developers/apiv4/en/#cancelspotpricetriggeredorderlist-parameters",
        servers=SERVERS,
    )

    market: str | None = attrs.field(default=None, metadata=field_info("market", "query"))
    """Only this market, e.g. GT_USDT."""
    account: Account | None = attrs.field(default=None, metadata=field_info("account", "query"))
    """Only this account type, `normal` (spot), `margin` or `unified`; a unified account uses `unified`."""

    def __init__(
        self,
        *,
        market: str | None = None,
        account: Account | Literal["normal", "margin", "unified"] | None = None,
    ) -> None:
        try:
            if market is not None:
                if not (type(market) is str and market.isascii()):
                    market = check.string(market, "market")
            if account is not None:
                if type(account) is str and account in _ACCOUNT_VALUES:
                    account = _ACCOUNT_VALUES[account]
                else:
                    account = check.enum_member(Account, account, "account")
            (  # the model is frozen: each field is stored through its slot's setter
                store_market,
                store_account,
                _,
            ) = self._stores
            store_market(self, market)
            store_account(self, account)
        except ValidationError as error:
            raise named(self.__class__, error) from None

    def wire_query(self) -> list[tuple[str, str]]:
        """The query fields as (wire name, text) pairs in spec order, absent ones left out, not yet percent-encoded."""
        pairs: list[tuple[str, str]] = []
        if self.market is not None:
            pairs.append(("market", self.market))
        if self.account is not None:
            pairs.append(("account", self.account))
        return pairs


@attrs.frozen(kw_only=True, init=False, repr=False)
class GetSpotPriceOrderRequest(Request[SpotPriceTriggeredOrder]):
    """Get one spot price-triggered order"""

    operation: ClassVar[Operation] = Operation(
        venue="gate",
        operation_id="get_spot_price_order",
        method="GET",
        path="/spot/price_orders/{order_id}",
        result=SpotPriceTriggeredOrder,
        result_shape="model",
        success_status=200,
        rate_limit=RateLimit(limit=200, per_seconds=10, scope="uid"),
        docs_url="https://www.gate.io/docs/developers/apiv4/en/#getspotpricetriggeredorder-parameters",
        servers=SERVERS,
    )

    order_id: str = attrs.field(metadata=field_info("order_id", "path"))
    """ID of the auto order, as returned when it was created."""

    def __init__(
        self,
        *,
        order_id: str,
    ) -> None:
        try:
            if not (
                type(order_id) is str and order_id.isascii() and order_id not in (".", "..") and len(order_id) >= 1
            ):
                order_id = check.string(order_id, "order_id", min_length=1, path_segment=True)
            (  # the model is frozen: each field is stored through its slot's setter
                store_order_id,
                _,
            ) = self._stores
            store_order_id(self, order_id)
        except ValidationError as error:
            raise named(self.__class__, error) from None

    def wire_path(self) -> str:
        """The path below the server URL, each path field's text percent-encoded."""
        return "/spot/price_orders/" + quote(self.order_id, safe="")


@attrs.frozen(kw_only=True, init=False, repr=False)
class CancelSpotPriceOrderRequest(Request[SpotPriceTriggeredOrder]):
    """Cancel one spot price-triggered order"""

    operation: ClassVar[Operation] = Operation(
        venue="gate",
        operation_id="cancel_spot_price_order",
        method="DELETE",
        path="/spot/price_orders/{order_id}",
        result=SpotPriceTriggeredOrder,
        result_shape="model",
        success_status=200,
        rate_limit=RateLimit(limit=200, per_seconds=1, scope="uid"),
        docs_url="https://www.gate.io/docs/developers/apiv4/en/#cancelspotpricetriggeredorder-parameters",
        servers=SERVERS,
    )

    order_id: str = attrs.field(metadata=field_info("order_id", "path"))
    """ID of the auto order, as returned when it was created."""

    def __init__(
        self,
        *,
        order_id: str,
    ) -> None:
        try:
            if not (
                type(order_id) is str and order_id.isascii() and order_id not in (".", "..") and len(order_id) >= 1
            ):
                order_id = check.string(order_id, "order_id", min_length=1, path_segment=True)
            (  # the model is frozen: each field is stored through its slot's setter
                store_order_id,
                _,
            ) = self._stores
            store_order_id(self, order_id)
        except ValidationError as error:
            raise named(self.__class__, error) from None

    def wire_path(self) -> str:
        """The path below the server URL, each path field's text percent-encoded."""
        return "/spot/price_orders/" + quote(self.order_id, safe="")
