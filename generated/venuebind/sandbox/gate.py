"""Gate API v4 stand-in: ``KEY`` / ``Timestamp`` / ``SIGN`` headers, bare JSON answers, ``{label, message}`` errors.

A request is checked in this order (NOTES.md sections 3, 5, 6 and 7):

1. headers present: ``KEY``, ``Timestamp``, ``SIGN`` (401 ``MISSING_REQUIRED_HEADER``);
2. the key (401 ``INVALID_KEY``);
3. ``Timestamp`` is Unix seconds (integer or decimal text) within 60 s of the sandbox clock (401
   ``REQUEST_EXPIRED``, also for a ``Timestamp`` that is not a number);
4. ``SIGN`` = lower-case hex HMAC-SHA512 over ``METHOD \\n path \\n query \\n hex(SHA512(body)) \\n Timestamp`` with the
   path as received (``/api/v4`` included) and the query pairs percent-decoded, in received order: Gate signs the
   query unencoded (401 ``INVALID_SIGNATURE``);
5. a body is ``application/json`` (400 ``INVALID_CONTENT_TYPE``), is JSON (400 ``INVALID_REQUEST_BODY``) and matches
   the operation's schema (400 ``MISSING_REQUIRED_PARAM`` for an absent field, ``INVALID_PARAM_VALUE`` otherwise,
   the message naming the field as ``put.side``).

Every answer, errors included, carries ``X-Gate-RateLimit-Requests-Remain`` / ``-Limit`` / ``-Reset-Timestamp``,
counted per operation over the spec's ``x-rate-limit`` window (counted, not enforced; inject a 429 fault for that).
An unknown path is 404 ``NOT_FOUND``. Order IDs are JSON integers above 2**53 (int64, as the spec's ``x-id`` warns).

``get_server_time`` (``security: []``) skips 1-4 and answers ``{"server_time": <ms>}`` from the sandbox clock.

Auto orders are ``open`` from creation (``list?status=open``) until a cancellation (one by ID, or all of a market /
account) makes them ``canceled`` (``list?status=finished``, with ``ftime``), spelled as the venue was recorded
answering, not as the page spells it (``cancelled``). ``GET /spot/price_orders/{id}`` finds either; an unknown ID,
or cancelling one that is no longer open, is 404 ``ORDER_NOT_FOUND``. Lists are newest first, ``limit`` (100 when
absent) from ``offset``. The trigger never fires and ``expiration`` never runs out here.

Futures auto orders (``/futures/{settle}/price_orders``) live per settle currency: ``usdt`` and ``btc`` keep separate
books, so an ID of one is not found under the other, and cancelling all (optionally of one ``contract``) never touches
the other's. They are ``open`` until cancelled, then ``finished`` with ``finish_as`` ``cancelled``. The create body is
checked with the path's ``settle`` beside its members, as the spec's request model holds them.
"""

from __future__ import annotations

import hashlib
import hmac
import math
import threading
from collections.abc import Callable
from dataclasses import replace
from decimal import Decimal
from typing import Any
from urllib.parse import unquote

from .schema import decimal_json, first_problem, query_object
from .server import (
    Incoming,
    Keys,
    Order,
    OrderBook,
    RateWindow,
    Rejected,
    Reply,
    Route,
    json_reply,
    query_pairs,
)

__all__ = ["Gate"]

VENUE = "gate"
TIMESTAMP_WINDOW_S = 60
DEFAULT_RATE_LIMIT = (200, 10)
"""Gate's limit for the other private endpoints: 200 requests per 10 s (also used for unknown paths)."""
FAMILY = "price"
OPEN, CANCELLED = "open", "canceled"
ORDER_NOT_FOUND = "ORDER_NOT_FOUND"
USER_ID = 10001
"""The ``user`` every auto order reports."""

Params = dict[str, Any]
Handler = Callable[[Params, int], tuple[int, Any]]
"""An operation: the checked parameters and the clock (ms) → HTTP status and body."""


class Gate:
    """The Gate venue of a sandbox: one API key, the shared order book, per-operation rate-limit counters."""

    def __init__(self, keys: Keys, orders: OrderBook) -> None:
        self._keys = keys
        self._orders = orders
        self._rates: dict[str, RateWindow] = {}
        self._rates_lock = threading.Lock()
        self._handlers: dict[str, Handler] = {
            "create_spot_price_order": self._create_price_order,
            "list_spot_price_orders": self._list_price_orders,
            "get_spot_price_order": self._get_price_order,
            "cancel_spot_price_order": self._cancel_price_order,
            "cancel_all_spot_price_orders": self._cancel_all_price_orders,
            "create_futures_price_order": self._create_futures_order,
            "list_futures_price_orders": self._list_futures_orders,
            "get_futures_price_order": self._get_futures_order,
            "cancel_futures_price_order": self._cancel_futures_order,
            "cancel_all_futures_price_orders": self._cancel_all_futures_orders,
            "get_server_time": self._server_time,
        }

    def too_many_requests(self, now: float) -> Reply:
        return json_reply(429, {"label": "TOO_MANY_REQUESTS", "message": "Too many requests"}, "rate limited")

    def answer(self, request: Incoming, route: Route | None, now: float) -> Reply:
        headers = self._rate_headers(route, now)
        try:
            handler = self._handlers.get(route.operation_id) if route else None
            if route is None or handler is None:
                raise Rejected(404, "NOT_FOUND", f"{request.method} {request.path} not found")
            if route.operation.get("security") != []:
                self._authenticate(request, now)
            params = self._params(request, route)
            status, document = handler(params, int(now * 1000))
        except Rejected as error:
            return json_reply(error.status, {"label": error.code, "message": error.message}, error.code, headers)
        return json_reply(status, document, "accepted", headers)

    # Checks ---------------------------------------------------------------------------------------------------------

    def _authenticate(self, request: Incoming, now: float) -> None:
        key = request.header("KEY") or ""
        timestamp = request.header("Timestamp") or ""
        sign = request.header("SIGN") or ""
        missing = [name for name, value in (("KEY", key), ("Timestamp", timestamp), ("SIGN", sign)) if not value]
        if missing:
            raise Rejected(401, "MISSING_REQUIRED_HEADER", f"Missing required header: {', '.join(missing)}")
        if not _same(key, self._keys.api_key):
            raise Rejected(401, "INVALID_KEY", "Invalid key provided")
        try:
            seconds = float(timestamp)
        except ValueError:
            raise Rejected(401, "REQUEST_EXPIRED", "Timestamp is not a Unix time in seconds") from None
        if not math.isfinite(seconds) or abs(now - seconds) > TIMESTAMP_WINDOW_S:
            raise Rejected(401, "REQUEST_EXPIRED", "gap between request Timestamp and server time exceeds 60s")
        body_hash = hashlib.sha512(request.body).hexdigest()
        query = "&".join(f"{name}={value}" for name, value in query_pairs(request.query))
        message = f"{request.method.upper()}\n{request.path}\n{query}\n{body_hash}\n{timestamp}"
        expected = hmac.new(self._keys.secret_key.encode(), message.encode(), hashlib.sha512).hexdigest()
        if not _same(sign, expected):
            raise Rejected(401, "INVALID_SIGNATURE", "Signature mismatch")

    def _params(self, request: Incoming, route: Route) -> Params:
        """The JSON body of a POST or PUT (the query and path parameters otherwise), checked against the spec."""
        if request.method in ("POST", "PUT"):
            media_type = (request.header("Content-Type") or "").split(";")[0].strip().lower()
            if media_type != "application/json":
                raise Rejected(400, "INVALID_CONTENT_TYPE", "Content-Type must be application/json")
            try:
                params = decimal_json(request.body)
            except ValueError:
                raise Rejected(400, "INVALID_REQUEST_BODY", "Request body is not valid JSON") from None
            if isinstance(params, dict) and route.path_params:  # checked as one object, as the spec's request is
                if params.keys() & route.path_params.keys():
                    raise Rejected(400, "INVALID_REQUEST_BODY", "A path parameter is repeated in the body")
                params.update({name: unquote(value) for name, value in route.path_params.items()})
        else:
            params = query_object(VENUE, route.operation_id, query_pairs(request.query))
            params.update({name: unquote(value) for name, value in route.path_params.items()})
        problem = first_problem(VENUE, route.operation_id, params)
        if problem is not None:
            if problem.message == "is required":
                raise Rejected(400, "MISSING_REQUIRED_PARAM", f"Missing required parameter: {problem.field}")
            raise Rejected(400, "INVALID_PARAM_VALUE", f"Invalid parameter `{problem.field}`: {problem.message}")
        assert isinstance(params, dict)
        return params

    def _rate_headers(self, route: Route | None, now: float) -> dict[str, str]:
        name = route.operation_id if route else ""
        limit = route.operation.get("x-rate-limit") if route else None
        with self._rates_lock:
            window = self._rates.get(name)
            if window is None:
                window = self._rates[name] = RateWindow.from_spec(limit, DEFAULT_RATE_LIMIT)
        remain, reset, _ = window.hit(now)
        return {
            "X-Gate-RateLimit-Requests-Remain": str(remain),
            "X-Gate-RateLimit-Limit": str(window.limit),
            "X-Gate-RateLimit-Reset-Timestamp": str(reset),
        }

    # Operations -----------------------------------------------------------------------------------------------------

    def _create_price_order(self, params: Params, now_ms: int) -> tuple[int, dict[str, int]]:
        """201 ``{"id": <int64>}``."""
        order_id = self._orders.new_id()
        result = {"id": int(order_id)}
        order = Order(
            VENUE,
            "create_spot_price_order",
            order_id,
            None,
            params,
            result,
            family=FAMILY,
            status=OPEN,
            created_ms=now_ms,
            updated_ms=now_ms,
        )
        self._orders.add(order)
        return 201, result

    def _list_price_orders(self, params: Params, now_ms: int) -> tuple[int, list[dict[str, Any]]]:
        """``status`` open or finished, newest first, ``limit`` from ``offset``."""
        offset: int = params.get("offset", 0)
        limit: int = params.get("limit", 100)
        where = _matching(params.get("market"), params.get("account"))
        orders = self._orders.newest(FAMILY, open=params["status"] == "open", count=offset + limit, where=where)
        return 200, [_view(order) for order in orders[offset:]]

    def _get_price_order(self, params: Params, now_ms: int) -> tuple[int, dict[str, Any]]:
        """The order, open or finished."""
        return 200, _view(self._known(params["order_id"]))

    def _cancel_price_order(self, params: Params, now_ms: int) -> tuple[int, dict[str, Any]]:
        """The order as cancelled; one that is no longer open is not found."""
        cancelled = self._cancel(self._known(params["order_id"]), now_ms)
        if cancelled is None:
            raise Rejected(404, ORDER_NOT_FOUND, "Order not found")
        return 200, _view(cancelled)

    def _cancel_all_price_orders(self, params: Params, now_ms: int) -> tuple[int, list[dict[str, Any]]]:
        """Cancel the open orders of ``market`` / ``account`` (all when absent); the cancelled orders."""
        targets = self._orders.newest(FAMILY, open=True, where=_matching(params.get("market"), params.get("account")))
        cancelled = [self._cancel(order, now_ms) for order in targets]
        return 200, [_view(order) for order in cancelled if order is not None]

    def _create_futures_order(self, params: Params, now_ms: int) -> tuple[int, dict[str, Any]]:
        """201 ``{"id": <int64>, "id_string": "<id>"}``; the order is kept under its settle currency."""
        order_id = self._orders.new_id()
        result = {"id": int(order_id), "id_string": order_id}
        order = Order(
            VENUE,
            "create_futures_price_order",
            order_id,
            None,
            params,
            result,
            family=_futures(params["settle"]),
            status=OPEN,
            created_ms=now_ms,
            updated_ms=now_ms,
        )
        self._orders.add(order)
        return 201, result

    def _list_futures_orders(self, params: Params, now_ms: int) -> tuple[int, list[dict[str, Any]]]:
        """The settle currency's orders, ``status`` open or finished, newest first, ``limit`` from ``offset``."""
        offset: int = params.get("offset", 0)
        limit: int = params.get("limit", 100)
        family, where = _futures(params["settle"]), _of_contract(params.get("contract"))
        orders = self._orders.newest(family, open=params["status"] == "open", count=offset + limit, where=where)
        return 200, [_futures_view(order) for order in orders[offset:]]

    def _get_futures_order(self, params: Params, now_ms: int) -> tuple[int, dict[str, Any]]:
        """The order of that settle currency, open or finished."""
        return 200, _futures_view(self._known(params["order_id"], _futures(params["settle"])))

    def _cancel_futures_order(self, params: Params, now_ms: int) -> tuple[int, dict[str, Any]]:
        """The order as cancelled; one that is no longer open, or of the other settle currency, is not found."""
        cancelled = self._cancel(self._known(params["order_id"], _futures(params["settle"])), now_ms)
        if cancelled is None:
            raise Rejected(404, ORDER_NOT_FOUND, "Order not found")
        return 200, _futures_view(cancelled)

    def _cancel_all_futures_orders(self, params: Params, now_ms: int) -> tuple[int, list[dict[str, Any]]]:
        """Cancel the settle currency's open orders (of ``contract`` only, when given); the cancelled orders."""
        family, where = _futures(params["settle"]), _of_contract(params.get("contract"))
        cancelled = [self._cancel(order, now_ms) for order in self._orders.newest(family, open=True, where=where)]
        return 200, [_futures_view(order) for order in cancelled if order is not None]

    def _server_time(self, params: Params, now_ms: int) -> tuple[int, dict[str, int]]:
        """``{"server_time": <ms>}`` from the sandbox clock."""
        return 200, {"server_time": now_ms}

    def _known(self, order_id: str, family: str = FAMILY) -> Order:
        order = self._orders.get(order_id)
        if order is None or order.family != family:
            raise Rejected(404, ORDER_NOT_FOUND, "Order not found")
        return order

    def _cancel(self, order: Order, now_ms: int) -> Order | None:
        return self._orders.update(order.id, lambda old: replace(old, status=CANCELLED, open=False, updated_ms=now_ms))


def _matching(market: str | None, account: str | None) -> Callable[[Order], bool]:
    """Whether an order is of ``market`` and ``account`` (either ignored when None)."""
    return lambda order: (
        (market is None or order.params["market"] == market)
        and (account is None or order.params["put"]["account"] == account)
    )


def _view(order: Order) -> dict[str, Any]:
    """An auto order as list / get / cancel answer it (SpotPriceTriggeredOrder)."""
    p = order.params
    view: dict[str, Any] = {
        "trigger": dict(p["trigger"]),
        "put": {"type": "limit", "time_in_force": "gtc", **p["put"]},
        "id": int(order.id),
        "user": USER_ID,
        "market": p["market"],
        "ctime": order.created_ms // 1000,
    }
    if not order.open:
        view["ftime"] = order.updated_ms // 1000
    view.update(fired_order_id=0, status=order.status, reason="" if order.open else "cancelled by user")
    return view


def _futures(settle: str) -> str:
    """The order book family of one settle currency's futures auto orders: each settle keeps its own."""
    return f"futures_price_{settle}"


def _of_contract(contract: str | None) -> Callable[[Order], bool] | None:
    """Whether a futures auto order is of ``contract`` (every order when None)."""
    return None if contract is None else lambda order: order.params["initial"]["contract"] == contract


def _futures_view(order: Order) -> dict[str, Any]:
    """A futures auto order as list / get / cancel answer it (FuturesPriceTriggeredOrder): times in seconds with a
    fraction, as the page types them; the write-only ``close`` and ``auto_size`` are not returned."""
    p = order.params
    initial = {key: value for key, value in p["initial"].items() if key not in ("close", "auto_size")}
    initial = {"size": 0, "tif": "gtc", "text": "api", "reduce_only": False, **initial}
    initial.update(is_reduce_only=initial["reduce_only"], is_close=bool(p["initial"].get("close", False)))
    view: dict[str, Any] = {
        "initial": initial,
        "trigger": {"strategy_type": 0, "price_type": 0, **p["trigger"]},
        "id": int(order.id),
        "id_string": order.id,
        "user": USER_ID,
        "create_time": Decimal(order.created_ms) / 1000,
        "trade_id": 0,
        "status": "open" if order.open else "finished",
        "reason": "" if order.open else "cancelled by user",
        "me_order_id": 0,
    }
    if not order.open:
        view.update(finish_time=Decimal(order.updated_ms) / 1000, finish_as="cancelled")
    for key in ("order_type", "pos_margin_mode"):
        if key in p:
            view[key] = p[key]
    return view


def _same(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode(), expected.encode())
