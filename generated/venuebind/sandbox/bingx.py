"""BingX spot stand-in: ``X-BX-APIKEY``, parameters and ``signature`` in the query string, ``{code, msg, data}``.

A request is checked in this order (NOTES.md sections 3, 5 and 7):

1. ``X-BX-APIKEY`` is present and known (100413);
2. the body is empty: every parameter travels in the query string (100400);
3. ``signature`` is the last query parameter (100001);
4. ``timestamp`` (ms) is present and within ``recvWindow`` (the parameter, else the sandbox's ``recv_window_ms``) of
   the sandbox clock, either way (100400, the message naming ``timestamp``);
5. ``signature`` = lower-case hex HMAC-SHA256 over the query string without ``&signature=...``, as ``k=v&k=v`` with the
   values percent-decoded, in received order (100001);
6. the parameters other than ``timestamp`` match the operation's parameter schema (100400, naming the field).

BingX reports errors in ``code`` (``data: {}``) with HTTP 200, as it usually does; an unknown path is HTTP 404 with
code 100404 (BingX documents no code for it). Numbers in answers are JSON numbers; order IDs are numeric strings.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable
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

__all__ = ["Bingx"]

VENUE = "bingx"
PARAM_ERROR = "100400"
SIGNATURE_ERROR = "100001"
KEY_ERROR = "100413"


class Bingx:
    """The BingX venue of a sandbox: one API key, the shared order book."""

    def __init__(self, keys: Keys, orders: OrderBook) -> None:
        self._keys = keys
        self._orders = orders
        self._handlers: dict[str, Callable[[str, dict[str, Any]], Any]] = {
            "create_oco_order": self._create_oco_order,
        }

    def answer(self, request: Incoming, route: Route | None, now: float) -> Reply:
        try:
            handler = self._handlers.get(route.operation_id) if route else None
            if route is None or handler is None:
                raise Rejected(404, "100404", f"api {request.path} not found")
            pairs = self._authenticate(request, int(now * 1000))
            params = self._params(pairs, route.operation_id)
            data = handler(route.operation_id, params)
        except Rejected as error:
            return json_reply(error.status, {"code": int(error.code), "msg": error.message, "data": {}}, error.code)
        return json_reply(200, {"code": 0, "msg": "", "data": data}, "accepted")

    # Checks ---------------------------------------------------------------------------------------------------------

    def _authenticate(self, request: Incoming, now_ms: int) -> list[tuple[str, str]]:
        """Check key, timestamp and signature; the decoded parameters without ``signature``, in received order."""
        key = request.header("X-BX-APIKEY")
        if not key:
            raise Rejected(200, KEY_ERROR, "Incorrect apiKey: null apiKey")
        if not _same(key, self._keys.api_key):
            raise Rejected(200, KEY_ERROR, "Incorrect apiKey")
        if request.body:
            raise Rejected(200, PARAM_ERROR, "Invalid parameters, err: send the parameters in the query string")
        *signed, last = request.query.split("&")
        name, _, signature = last.partition("=")
        if name != "signature" or not signature:
            raise Rejected(200, SIGNATURE_ERROR, "Signature verification failed: signature must be the last parameter")
        pairs = query_pairs("&".join(signed))
        values = dict(pairs)
        if len(values) < len(pairs):
            raise Rejected(200, PARAM_ERROR, "Invalid parameters, err: a parameter is sent twice")
        self._check_timestamp(values, now_ms)
        text = "&".join(f"{name}={value}" for name, value in pairs)
        expected = hmac.new(self._keys.secret_key.encode(), text.encode(), hashlib.sha256).hexdigest()
        if not _same(signature, expected):
            raise Rejected(200, SIGNATURE_ERROR, "Signature verification failed")
        return pairs

    def _check_timestamp(self, values: dict[str, str], now_ms: int) -> None:
        timestamp = values.get("timestamp", "")
        if not timestamp.isdigit():
            raise Rejected(200, PARAM_ERROR, "Invalid parameters, err: timestamp is missing or not milliseconds")
        window = values.get("recvWindow", str(self._keys.recv_window_ms))
        if not window.isdigit():
            raise Rejected(200, PARAM_ERROR, "Invalid parameters, err: recvWindow must be milliseconds")
        if abs(now_ms - int(timestamp)) > int(window):
            raise Rejected(200, PARAM_ERROR, "Invalid parameters, err: timestamp is invalid (expired)")

    def _params(self, pairs: list[tuple[str, str]], operation_id: str) -> dict[str, Any]:
        """The user's parameters (``timestamp`` left out), checked against the spec's parameter schema."""
        params = query_object(VENUE, operation_id, [(name, value) for name, value in pairs if name != "timestamp"])
        problem = first_problem(VENUE, operation_id, params)
        if problem is not None:
            raise Rejected(200, PARAM_ERROR, f"Invalid parameters, err: {problem.field}: {problem.message}")
        return params

    # Operations -----------------------------------------------------------------------------------------------------

    def _create_oco_order(self, operation_id: str, params: dict[str, Any]) -> list[dict[str, Any]]:
        """The two legs, limit (``ocoLimit``) then stop-limit (``ocoTps``); a client ID used before is refused."""
        names = ("listClientOrderId", "aboveClientOrderId", "belowClientOrderId")
        client_ids = [params[name] for name in names if params.get(name)]
        if not self._orders.claim(*client_ids):
            raise Rejected(200, PARAM_ERROR, "The same order can only be submitted once per second")
        legs = [
            self._leg(params, "ocoLimit", params["limitPrice"], None, params.get("aboveClientOrderId")),
            self._leg(params, "ocoTps", params["orderPrice"], params["triggerPrice"], params.get("belowClientOrderId")),
        ]
        order = Order(VENUE, operation_id, self._orders.new_id(), params.get("listClientOrderId"), params, legs)
        self._orders.add(order)
        return legs

    def _leg(
        self, params: dict[str, Any], order_type: str, price: str, trigger_price: str | None, client_id: str | None
    ) -> dict[str, Any]:
        """One leg, fields in the order of the page's table; prices and quantity as JSON numbers."""
        leg: dict[str, Any] = {"orderId": self._orders.new_id()}
        if client_id:
            leg["clientOrderId"] = client_id
        leg.update(orderType=order_type, symbol=params["symbol"], price=Decimal(price))
        if trigger_price is not None:
            leg["triggerPrice"] = Decimal(trigger_price)
        leg.update(quantity=Decimal(params["quantity"]), status="NEW", side=params["side"])
        return leg


def _same(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode(), expected.encode())
