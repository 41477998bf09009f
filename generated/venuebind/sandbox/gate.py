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
"""

from __future__ import annotations

import hashlib
import hmac
import json
import math
import threading
from collections.abc import Callable, Mapping
from decimal import Decimal
from typing import Any

from venuebind.sandbox.schema import first_problem, query_object
from venuebind.sandbox.server import (
    Incoming,
    Keys,
    Order,
    OrderBook,
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


class Gate:
    """The Gate venue of a sandbox: one API key, the shared order book, per-operation rate-limit counters."""

    def __init__(self, keys: Keys, orders: OrderBook) -> None:
        self._keys = keys
        self._orders = orders
        self._rates: dict[str, _RateWindow] = {}
        self._rates_lock = threading.Lock()
        self._handlers: dict[str, Callable[[str, dict[str, Any]], tuple[int, Any]]] = {
            "create_spot_price_order": self._create_price_order,
        }

    def answer(self, request: Incoming, route: Route | None, now: float) -> Reply:
        headers = self._rate_headers(route, now)
        try:
            handler = self._handlers.get(route.operation_id) if route else None
            if route is None or handler is None:
                raise Rejected(404, "NOT_FOUND", f"{request.method} {request.path} not found")
            self._authenticate(request, now)
            params = self._params(request, route.operation_id)
            status, document = handler(route.operation_id, params)
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

    def _params(self, request: Incoming, operation_id: str) -> dict[str, Any]:
        """The JSON body of a POST or PUT (the query otherwise), checked against the spec."""
        if request.method in ("POST", "PUT"):
            media_type = (request.header("Content-Type") or "").split(";")[0].strip().lower()
            if media_type != "application/json":
                raise Rejected(400, "INVALID_CONTENT_TYPE", "Content-Type must be application/json")
            try:
                params = json.loads(request.body, parse_float=Decimal)
            except ValueError:
                raise Rejected(400, "INVALID_REQUEST_BODY", "Request body is not valid JSON") from None
        else:
            params = query_object(VENUE, operation_id, query_pairs(request.query))
        problem = first_problem(VENUE, operation_id, params)
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
                window = self._rates[name] = _RateWindow.from_spec(limit)
        remain, reset = window.hit(now)
        return {
            "X-Gate-RateLimit-Requests-Remain": str(remain),
            "X-Gate-RateLimit-Limit": str(window.limit),
            "X-Gate-RateLimit-Reset-Timestamp": str(reset),
        }

    # Operations -----------------------------------------------------------------------------------------------------

    def _create_price_order(self, operation_id: str, body: dict[str, Any]) -> tuple[int, dict[str, int]]:
        """201 ``{"id": <int64>}``."""
        order_id = self._orders.new_id()
        result = {"id": int(order_id)}
        self._orders.add(Order(VENUE, operation_id, order_id, None, body, result))
        return 201, result


class _RateWindow:
    """Requests counted in fixed windows of ``per`` seconds; thread-safe."""

    def __init__(self, limit: int, per: int) -> None:
        self.limit = limit
        self.per = per
        self._lock = threading.Lock()
        self._window = -1
        self._count = 0

    @classmethod
    def from_spec(cls, rate: Mapping[str, Any] | None) -> _RateWindow:
        if not rate:
            return cls(*DEFAULT_RATE_LIMIT)
        return cls(int(rate["limit"]), int(str(rate["per"]).rstrip("s")))

    def hit(self, now: float) -> tuple[int, int]:
        """Count one request: the requests left in this window, and the reset time in Unix seconds (the window's end
        once it is used up, the current time before that, as Gate describes the header)."""
        window = int(now // self.per)
        with self._lock:
            if window != self._window:
                self._window, self._count = window, 0
            self._count += 1
            remain = max(0, self.limit - self._count)
        return remain, (window + 1) * self.per if remain == 0 else int(now)


def _same(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode(), expected.encode())
