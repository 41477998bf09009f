"""Feature: the models and enums only the ``market`` area uses.

Import them from ``models``, which re-exports every module of models; this one loads with ``market`` alone.

Generated from ``spec/feature.yaml`` by ``python -m codegen generate``; edit the spec, not this file.
"""

from __future__ import annotations

import enum
from decimal import Decimal
from typing import Any, ClassVar, Literal
from urllib.parse import quote

import attrs

from .._runtime import check
from .._runtime.errors import ValidationError
from .._runtime.model import Operation, Pagination, RateLimit, Request, Response, field_info, named
from ._shared_models import _SYMBOL_PATTERN, SERVERS


class Category(enum.StrEnum):
    """The market's category."""

    SPOT = "spot"
    FUTURES = "futures"


_CATEGORY_VALUES: dict[str, Category] = {member.value: member for member in Category}
"""Each wire value's member: what a constructor's check of a plain ``str`` looks up."""


class Depth(enum.IntEnum):
    """How many price levels the ticker sums."""

    TOP = 1
    FIVE = 5


_DEPTH_VALUES: dict[int, Depth] = {member.value: member for member in Depth}
"""Each wire value's member: what a constructor's check of a plain ``int`` looks up."""


@attrs.frozen(kw_only=True, repr=False)
class Trade(Response):
    """One public trade."""

    price: Decimal | None = attrs.field(default=None, metadata=field_info("price"))
    """Trade price."""
    size: Decimal | None = attrs.field(default=None, metadata=field_info("size"))
    """Trade size."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, repr=False)
class TradePage(Response):
    """One page of public trades."""

    trades: list[Trade] = attrs.field(factory=list, metadata=field_info("trades"))
    """The trades."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, init=False, repr=False)
class ListTradesRequest(Request[TradePage]):
    """List public trades"""

    operation: ClassVar[Operation] = Operation(
        venue="feature",
        operation_id="list_trades",
        method="GET",
        path="/v1/market/trades",
        result=TradePage,
        result_shape="model",
        success_status=200,
        rate_limit=RateLimit(limit=50, per_seconds=1, scope="ip"),
        docs_url="https://docs.feature.example/list-trades",
        servers=SERVERS,
        signed=False,
        pagination=Pagination(
            style="page",
            request="page",
            limit="page_size",
            items="trades",
        ),
    )

    symbol: str = attrs.field(metadata=field_info("symbol", "query"))
    """The market."""
    page: int | None = attrs.field(default=None, metadata=field_info("page", "query"))
    """Page number, from 1."""
    page_size: int | None = attrs.field(default=None, metadata=field_info("pageSize", "query"))
    """Trades per page."""

    def __init__(
        self,
        *,
        symbol: str,
        page: int | None = None,
        page_size: int | None = None,
    ) -> None:
        try:
            if not (type(symbol) is str and symbol.isascii() and _SYMBOL_PATTERN.fullmatch(symbol) is not None):
                symbol = check.string(symbol, "symbol", pattern=_SYMBOL_PATTERN)
            if page is not None:
                if not (type(page) is int and -check.INTEGER_LIMIT < page < check.INTEGER_LIMIT and page >= 1):
                    page = check.integer(page, "page", minimum=1)
            if page_size is not None:
                if not (type(page_size) is int and -check.INTEGER_LIMIT < page_size < check.INTEGER_LIMIT):
                    page_size = check.integer(page_size, "pageSize")
            (  # the model is frozen: each field is stored through its slot's setter
                store_symbol,
                store_page,
                store_page_size,
                _,
            ) = self._stores
            store_symbol(self, symbol)
            store_page(self, page)
            store_page_size(self, page_size)
        except ValidationError as error:
            raise named(self.__class__, error) from None

    def wire_query(self) -> list[tuple[str, str]]:
        """The query fields as (wire name, text) pairs in spec order, absent ones left out, not yet percent-encoded."""
        pairs: list[tuple[str, str]] = [
            ("symbol", self.symbol),
        ]
        if self.page is not None:
            pairs.append(("page", str(self.page)))
        if self.page_size is not None:
            pairs.append(("pageSize", str(self.page_size)))
        return pairs


@attrs.frozen(kw_only=True, repr=False)
class Ticker(Response):
    """A market's latest prices."""

    symbol: str | None = attrs.field(default=None, metadata=field_info("symbol"))
    """The market."""
    last: Decimal | None = attrs.field(default=None, metadata=field_info("last"))
    """Last trade price, as a JSON number."""
    bid: Decimal | None = attrs.field(default=None, metadata=field_info("bid"))
    """Best bid."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, init=False, repr=False)
class GetTickerRequest(Request[Ticker]):
    """Get a ticker"""

    operation: ClassVar[Operation] = Operation(
        venue="feature",
        operation_id="get_ticker",
        method="GET",
        path="/v1/market/{category}/ticker",
        result=Ticker,
        result_shape="model",
        success_status=200,
        rate_limit=None,
        docs_url="https://docs.feature.example/ticker",
        servers=SERVERS,
        signed=False,
    )

    category: Category = attrs.field(metadata=field_info("category", "path"))
    """The market's category."""
    symbol: str = attrs.field(metadata=field_info("symbol", "query"))
    """The market."""
    depth: Depth | None = attrs.field(default=None, metadata=field_info("depth", "query"))
    """How many price levels the ticker sums."""

    def __init__(
        self,
        *,
        category: Category | Literal["spot", "futures"],
        symbol: str,
        depth: Depth | Literal[1, 5] | None = None,
    ) -> None:
        try:
            if type(category) is str and category in _CATEGORY_VALUES:
                category = _CATEGORY_VALUES[category]
            else:
                category = check.enum_member(Category, category, "category")
            if not (type(symbol) is str and symbol.isascii() and _SYMBOL_PATTERN.fullmatch(symbol) is not None):
                symbol = check.string(symbol, "symbol", pattern=_SYMBOL_PATTERN)
            if depth is not None:
                if type(depth) is int and depth in _DEPTH_VALUES:
                    depth = _DEPTH_VALUES[depth]
                else:
                    depth = check.enum_member(Depth, depth, "depth")
            (  # the model is frozen: each field is stored through its slot's setter
                store_category,
                store_symbol,
                store_depth,
                _,
            ) = self._stores
            store_category(self, category)
            store_symbol(self, symbol)
            store_depth(self, depth)
        except ValidationError as error:
            raise named(self.__class__, error) from None

    def wire_path(self) -> str:
        """The path below the server URL, each path field's text percent-encoded."""
        return "/v1/market/" + quote(self.category, safe="") + "/ticker"

    def wire_query(self) -> list[tuple[str, str]]:
        """The query fields as (wire name, text) pairs in spec order, absent ones left out, not yet percent-encoded."""
        pairs: list[tuple[str, str]] = [
            ("symbol", self.symbol),
        ]
        if self.depth is not None:
            pairs.append(("depth", str(self.depth.value)))
        return pairs
