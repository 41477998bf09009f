"""Gate: models and enums.

Generated from ``spec/gate.yaml`` by ``python -m codegen generate``; edit the spec, not this file.
"""

from __future__ import annotations

import enum
import re
from decimal import Decimal
from typing import Any, ClassVar

import attrs

from venuebind._runtime import check
from venuebind._runtime.check import DecimalInput
from venuebind._runtime.model import Model, Operation, RateLimit, Request, Response, Server, field_info

SERVERS = (
    Server(
        environment="live",
        url="https://api.gateio.ws/api/v4",
        headers={},
    ),
    Server(
        environment="testnet",
        url="https://api-testnet.gateapi.io/api/v4",
        headers={},
    ),
)
"""The venue's base URLs, by environment: ``live``, ``testnet``."""
_DECIMAL_PATTERN = re.compile(r"^[0-9]+(\.[0-9]+)?$")


class TriggerRule(enum.Enum):
    """Trigger condition: `>=` fires when the market price is at or above `price`, `<=` when it is at or below
    `price`."""

    GTE = ">="
    LTE = "<="


class OrderType(enum.Enum):
    """Order type, `limit` or `market`; defaults to `limit`."""

    LIMIT = "limit"
    MARKET = "market"


class Side(enum.Enum):
    """Order side, `buy` or `sell`."""

    BUY = "buy"
    SELL = "sell"


class Account(enum.Enum):
    """Account that places the order: `normal` (spot), `margin` (margin trading) or `unified`; a unified account must
    send `unified`."""

    NORMAL = "normal"
    MARGIN = "margin"
    UNIFIED = "unified"


class TimeInForce(enum.Enum):
    """Time in force: `gtc` (good till cancelled) or `ioc` (immediate or cancel, taker only). `poc` and `fok` are not
    offered for price-triggered orders."""

    GTC = "gtc"
    IOC = "ioc"


@attrs.frozen(kw_only=True)
class CreateSpotPriceOrderResponse(Response):
    """The ID of the new auto order (TriggerOrderResponse)."""

    id: str = attrs.field(metadata=field_info("id"))
    """Auto order ID."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, init=False)
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
        rule: TriggerRule | str,
        expiration: int,
    ) -> None:
        self.__attrs_init__(
            price=check.decimal(price, "price", pattern=_DECIMAL_PATTERN),
            rule=check.enum_member(TriggerRule, rule, "rule"),
            expiration=check.integer(expiration, "expiration"),
        )


@attrs.frozen(kw_only=True, init=False)
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
        side: Side | str,
        price: DecimalInput,
        amount: DecimalInput,
        account: Account | str,
        type: OrderType | str | None = None,
        time_in_force: TimeInForce | str | None = None,
        auto_borrow: bool | None = None,
        auto_repay: bool | None = None,
        text: str | None = None,
    ) -> None:
        self.__attrs_init__(
            type=None if type is None else check.enum_member(OrderType, type, "type"),
            side=check.enum_member(Side, side, "side"),
            price=check.decimal(price, "price", pattern=_DECIMAL_PATTERN),
            amount=check.decimal(amount, "amount", pattern=_DECIMAL_PATTERN),
            account=check.enum_member(Account, account, "account"),
            time_in_force=None
            if time_in_force is None
            else check.enum_member(TimeInForce, time_in_force, "time_in_force"),
            auto_borrow=None if auto_borrow is None else check.boolean(auto_borrow, "auto_borrow"),
            auto_repay=None if auto_repay is None else check.boolean(auto_repay, "auto_repay"),
            text=None if text is None else check.string(text, "text"),
        )


@attrs.frozen(kw_only=True, init=False)
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
        self.__attrs_init__(
            trigger=check.model(SpotPriceTrigger, trigger, "trigger"),
            put=check.model(SpotPricePutOrder, put, "put"),
            market=check.string(market, "market"),
        )
