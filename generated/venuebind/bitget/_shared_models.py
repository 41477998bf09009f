"""Bitget: the servers, and the models and enums of more than one area.

Import them from ``models``, which re-exports every module of models; each area's own are in ``_<area>_models``.

Generated from ``spec/bitget.yaml`` by ``python -m codegen generate``; edit the spec, not this file.
"""

from __future__ import annotations

import enum
import re
from decimal import Decimal
from typing import Any, Literal, TypeAlias

import attrs

from .._runtime import check
from .._runtime.check import MAX_DIGITS, DecimalInput
from .._runtime.errors import ValidationError
from .._runtime.model import Model, Response, Server, field_info, named
from .._runtime.wire import json_string

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

Environment: TypeAlias = Literal["live", "demo", "paper"]
"""What a ``Client``'s ``environment`` may name: ``live``, ``demo``, or ``paper`` for ``demo``."""
_DECIMAL_PATTERN = re.compile(r"^[0-9]+(\.[0-9]+)?$")


class Side(enum.StrEnum):
    """Order direction, `buy` or `sell`."""

    BUY = "buy"
    SELL = "sell"


_SIDE_VALUES: dict[str, Side] = {member.value: member for member in Side}
"""Each wire value's member: what a constructor's check of a plain ``str`` looks up."""


class OrderType(enum.StrEnum):
    """Type of the order placed on trigger, `limit` or `market`."""

    LIMIT = "limit"
    MARKET = "market"


_ORDER_TYPE_VALUES: dict[str, OrderType] = {member.value: member for member in OrderType}
"""Each wire value's member: what a constructor's check of a plain ``str`` looks up."""


class TriggerType(enum.StrEnum):
    """Price that is compared with `triggerPrice`; `fill_price` (last filled price) or `mark_price`."""

    FILL_PRICE = "fill_price"
    MARK_PRICE = "mark_price"


_TRIGGER_TYPE_VALUES: dict[str, TriggerType] = {member.value: member for member in TriggerType}
"""Each wire value's member: what a constructor's check of a plain ``str`` looks up."""


class StpMode(enum.StrEnum):
    """Self-trade prevention: `none` (no STP, the default), `cancel_taker` (cancel the taker order), `cancel_maker`
    (cancel the maker order) or `cancel_both` (cancel both)."""

    NONE = "none"
    CANCEL_TAKER = "cancel_taker"
    CANCEL_MAKER = "cancel_maker"
    CANCEL_BOTH = "cancel_both"


_STP_MODE_VALUES: dict[str, StpMode] = {member.value: member for member in StpMode}
"""Each wire value's member: what a constructor's check of a plain ``str`` looks up."""


class LoanType(enum.StrEnum):
    """Margin order mode: `normal` (plain order), `autoLoan` (borrow automatically), `autoRepay` (repay
    automatically) or `autoLoanAndRepay` (both)."""

    NORMAL = "normal"
    AUTO_LOAN = "autoLoan"
    AUTO_REPAY = "autoRepay"
    AUTO_LOAN_AND_REPAY = "autoLoanAndRepay"


_LOAN_TYPE_VALUES: dict[str, LoanType] = {member.value: member for member in LoanType}
"""Each wire value's member: what a constructor's check of a plain ``str`` looks up."""


class Force(enum.StrEnum):
    """Time in force: `gtc` (good till cancelled), `post_only`, `fok` (fill or kill) or `ioc` (immediate or cancel).
    Required, but has no effect when `orderType` is `market`."""

    GTC = "gtc"
    POST_ONLY = "post_only"
    FOK = "fok"
    IOC = "ioc"


_FORCE_VALUES: dict[str, Force] = {member.value: member for member in Force}
"""Each wire value's member: what a constructor's check of a plain ``str`` looks up."""


class EnterPointSource(enum.StrEnum):
    """Where the order came from, `WEB`, `IOS`, `ANDROID`, `API` or `SYS` (system)."""

    WEB = "WEB"
    IOS = "IOS"
    ANDROID = "ANDROID"
    API = "API"
    SYS = "SYS"


_ENTER_POINT_SOURCE_VALUES: dict[str, EnterPointSource] = {member.value: member for member in EnterPointSource}
"""Each wire value's member: what a constructor's check of a plain ``str`` looks up."""


class PlanHistoryStatus(enum.StrEnum):
    """How the order ended, `executed` (succeeded), `fail_execute` (failed) or `cancelled`."""

    EXECUTED = "executed"
    FAIL_EXECUTE = "fail_execute"
    CANCELLED = "cancelled"


_PLAN_HISTORY_STATUS_VALUES: dict[str, PlanHistoryStatus] = {member.value: member for member in PlanHistoryStatus}
"""Each wire value's member: what a constructor's check of a plain ``str`` looks up."""


class SpotPlanSubOrderStatus(enum.StrEnum):
    """`success` (triggered), `fail` (the trigger failed), `cancelled`, `in_progress` (the spot order is being
    placed) or `in_progress_tracking` (tracking the trigger)."""

    SUCCESS = "success"
    FAIL = "fail"
    CANCELLED = "cancelled"
    IN_PROGRESS = "in_progress"
    IN_PROGRESS_TRACKING = "in_progress_tracking"


class MarginHistoryOrderStatus(enum.StrEnum):
    """Order status: `live` (new), `partially_fill` (partly filled), `filled`, `cancelled` or `reject` (rejected)."""

    LIVE = "live"
    PARTIALLY_FILL = "partially_fill"
    FILLED = "filled"
    CANCELLED = "cancelled"
    REJECT = "reject"


@attrs.frozen(kw_only=True, repr=False)
class IsolatedBatchOrderSuccess(Response):
    """An entry of a batch that was placed."""

    order_id: str = attrs.field(metadata=field_info("orderId"))
    """Order ID."""
    client_oid: str = attrs.field(metadata=field_info("clientOid"))
    """Client-chosen order ID."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, repr=False)
class IsolatedBatchOrderFailure(Response):
    """An entry of a batch that failed; it carries no order ID."""

    client_oid: str | None = attrs.field(default=None, metadata=field_info("clientOid"))
    """Client-chosen order ID of the failed entry; absent when the entry was sent without one."""
    error_msg: str | None = attrs.field(default=None, metadata=field_info("errorMsg"))
    """Why the entry failed."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, repr=False)
class BatchPlaceIsolatedOrdersResponse(Response):
    """Per-entry results of a margin batch order (isolated or cross margin)."""

    success_list: list[IsolatedBatchOrderSuccess] = attrs.field(metadata=field_info("successList"))
    """The entries that were placed."""
    failure_list: list[IsolatedBatchOrderFailure] = attrs.field(metadata=field_info("failureList"))
    """The entries that failed."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, init=False, repr=False)
class IsolatedBatchOrderItem(Model):
    """One order of a margin batch (isolated or cross margin).

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
        order_type: OrderType | Literal["limit", "market"],
        loan_type: LoanType | Literal["normal", "autoLoan", "autoRepay", "autoLoanAndRepay"],
        force: Force | Literal["gtc", "post_only", "fok", "ioc"],
        side: Side | Literal["buy", "sell"],
        price: DecimalInput | None = None,
        base_size: DecimalInput | None = None,
        quote_size: DecimalInput | None = None,
        client_oid: str | None = None,
        stp_mode: StpMode | Literal["none", "cancel_taker", "cancel_maker", "cancel_both"] | None = None,
    ) -> None:
        try:
            if type(order_type) is str and order_type in _ORDER_TYPE_VALUES:
                order_type = _ORDER_TYPE_VALUES[order_type]
            else:
                order_type = check.enum_member(OrderType, order_type, "orderType")
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
            if type(loan_type) is str and loan_type in _LOAN_TYPE_VALUES:
                loan_type = _LOAN_TYPE_VALUES[loan_type]
            else:
                loan_type = check.enum_member(LoanType, loan_type, "loanType")
            if type(force) is str and force in _FORCE_VALUES:
                force = _FORCE_VALUES[force]
            else:
                force = check.enum_member(Force, force, "force")
            if base_size is not None:
                if not (
                    type(base_size) is Decimal
                    and base_size.is_finite()
                    and not base_size.is_signed()
                    and "E" not in (base_size_text := str(base_size))
                    and "e" not in base_size_text
                    and len(base_size_text) <= MAX_DIGITS
                ):
                    base_size = check.decimal(base_size, "baseSize", pattern=_DECIMAL_PATTERN)
                    base_size_text = format(base_size, "f")
            if quote_size is not None:
                if not (
                    type(quote_size) is Decimal
                    and quote_size.is_finite()
                    and not quote_size.is_signed()
                    and "E" not in (quote_size_text := str(quote_size))
                    and "e" not in quote_size_text
                    and len(quote_size_text) <= MAX_DIGITS
                ):
                    quote_size = check.decimal(quote_size, "quoteSize", pattern=_DECIMAL_PATTERN)
                    quote_size_text = format(quote_size, "f")
            if client_oid is not None:
                if not (type(client_oid) is str and client_oid.isascii()):
                    client_oid = check.string(client_oid, "clientOid")
            if type(side) is str and side in _SIDE_VALUES:
                side = _SIDE_VALUES[side]
            else:
                side = check.enum_member(Side, side, "side")
            if stp_mode is not None:
                if type(stp_mode) is str and stp_mode in _STP_MODE_VALUES:
                    stp_mode = _STP_MODE_VALUES[stp_mode]
                else:
                    stp_mode = check.enum_member(StpMode, stp_mode, "stpMode")
            if order_type == "limit":
                if base_size is None:
                    raise ValidationError("baseSize", "required when order_type is 'limit'")
            if order_type == "market" and side == "sell":
                if base_size is None:
                    raise ValidationError("baseSize", "required when order_type is 'market' and side is 'sell'")
            if order_type == "market" and side == "buy":
                if quote_size is None:
                    raise ValidationError("quoteSize", "required when order_type is 'market' and side is 'buy'")
            (  # the model is frozen: each field is stored through its slot's setter
                store_order_type,
                store_price,
                store_loan_type,
                store_force,
                store_base_size,
                store_quote_size,
                store_client_oid,
                store_side,
                store_stp_mode,
                store_wire_text,
            ) = self._stores
            store_order_type(self, order_type)
            store_price(self, price)
            store_loan_type(self, loan_type)
            store_force(self, force)
            store_base_size(self, base_size)
            store_quote_size(self, quote_size)
            store_client_oid(self, client_oid)
            store_side(self, side)
            store_stp_mode(self, stp_mode)
            store_wire_text(
                self,
                "".join(
                    (
                        '{"orderType":"',
                        order_type,
                        '"',
                        ',"price":"' + price_text + '"' if price is not None else "",
                        ',"loanType":"',
                        loan_type,
                        '","force":"',
                        force,
                        '"',
                        ',"baseSize":"' + base_size_text + '"' if base_size is not None else "",
                        ',"quoteSize":"' + quote_size_text + '"' if quote_size is not None else "",
                        ',"clientOid":' + json_string(client_oid) if client_oid is not None else "",
                        ',"side":"',
                        side,
                        '"',
                        ',"stpMode":"' + stp_mode + '"' if stp_mode is not None else "",
                        "}",
                    )
                ),
            )
        except ValidationError as error:
            raise named(self.__class__, error) from None

    def wire_json(self) -> str:
        """This object as JSON text, written by the constructor: wire names in spec order, absent fields left out."""
        return self._wire


@attrs.frozen(kw_only=True, repr=False)
class CancelSuccessItem(Response):
    """An order that a cancellation request cancelled."""

    order_id: str = attrs.field(metadata=field_info("orderId"))
    """Order ID."""
    client_oid: str | None = attrs.field(default=None, metadata=field_info("clientOid"))
    """Client-chosen order ID (may be empty)."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, repr=False)
class CancelFailureItem(Response):
    """An order that a cancellation request could not cancel."""

    order_id: str | None = attrs.field(default=None, metadata=field_info("orderId"))
    """Order ID."""
    client_oid: str | None = attrs.field(default=None, metadata=field_info("clientOid"))
    """Client-chosen order ID (may be empty)."""
    error_msg: str | None = attrs.field(default=None, metadata=field_info("errorMsg"))
    """Why the order was not cancelled."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, init=False, repr=False)
class IsolatedOrderRef(Model):
    """One margin order (isolated or cross margin) to cancel, named by its ID or its client-chosen ID.

    Rules across fields:

    - Either orderId or clientOid is required.
    """

    order_id: str | None = attrs.field(default=None, metadata=field_info("orderId"))
    """Order ID; send this or `clientOid`."""
    client_oid: str | None = attrs.field(default=None, metadata=field_info("clientOid"))
    """Client-chosen order ID; send this or `orderId`."""

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
