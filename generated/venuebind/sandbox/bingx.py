"""BingX spot and perpetual swap stand-in: ``X-BX-APIKEY``, parameters and ``signature`` in the query string,
``{code, msg, data}``.

A request is checked in this order (NOTES.md sections 3, 5 and 7):

1. ``X-BX-APIKEY`` is present and known (100413);
2. the body is empty: every parameter travels in the query string (100400);
3. ``signature`` is the last query parameter (100001);
4. ``timestamp`` (ms) is present and within ``recvWindow`` (the parameter, else the sandbox's ``recv_window_ms``) of
   the sandbox clock, either way (100400, the message naming ``timestamp``);
5. ``signature`` = lower-case hex HMAC-SHA256 over the query string without ``&signature=...``, as ``k=v&k=v`` with the
   values percent-decoded, in received order (100001): a swap ``takeProfit`` JSON text is signed as JSON, sent
   percent-encoded (NOTES sections 3 and 8);
6. the parameters other than ``timestamp`` match the operation's parameter schema (100400, naming the field).

BingX reports errors in ``code`` (``data: {}``) with HTTP 200, as it usually does; an unknown path is HTTP 404 with
code 100404 (BingX documents no code for it). Numbers in answers are JSON numbers; order IDs are numeric strings.

``get_server_time`` (``security: []``) skips 1-6 and answers ``data.serverTime`` (ms) from the sandbox clock.

An OCO list is answered as the array of its two legs (limit ``ocoLimit``, then stop-limit ``ocoTps``). Its legs are
``NEW`` in ``openOrderList`` until ``oco/cancel`` (by the ``orderId`` or ``clientOrderId`` of either leg) makes them
``CANCELED`` in ``historyOrderList``; ``oco/orderList`` finds a list by ``orderListId`` or by its
``listClientOrderId`` (sent as ``clientOrderId``), open or not. The query answers add each leg's ``status``, which
the page's table leaves out. Lists are newest first; ``pageSize`` counts legs, so a page never holds more than
``pageSize`` entries (an odd size splits a list across two pages).

Perpetual swap orders (``/openApi/swap/v2/trade/...``) live in the same order book, family ``swap``. A placed order
is answered as ``{order: {...}}`` with its ``orderId`` (a JSON number, as the 2023 doc and ccxt's recordings show)
and ``orderID`` (its text, as the current table names it). A MARKET order fills at once (``FILLED``, never open);
the ``takeProfit`` and ``stopLoss`` attached to it become open orders of their own type (the inner ``type``) on the
opposite side, for the inner quantity or the order's. Every other order, a LIMIT one with its attachments kept as
sent, is ``NEW`` in ``openOrders`` until cancelled (``CANCELLED``, the pages' spelling). ``clientOrderId`` is kept in
lower case, and only LIMIT and MARKET orders accept one (the page's rule; 100400 otherwise). Cancel and query name an
order by ``orderId`` or ``clientOrderId`` on its ``symbol``; an unknown order is 80016 "order not exist".

Not found (spot), after a cancellation too: code 109421 "order not exist" (HTTP 200), the spot code ccxt maps to
OrderNotFound (80016 and 80017 are perpetual-swap codes). A cancel or query naming no order is 100400.
"""

from __future__ import annotations

import hashlib
import hmac
from collections.abc import Callable, Mapping
from dataclasses import replace
from decimal import Decimal
from typing import Any

from .schema import first_problem, query_object
from .server import (
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
NOT_FOUND = "109421"
FAMILY = "oco"
OPEN, CANCELLED = "NEW", "CANCELED"
SWAP = "swap"
OPEN_SWAP, CANCELLED_SWAP = "NEW", "CANCELLED"
SWAP_NOT_FOUND = "80016"

Params = dict[str, Any]
Handler = Callable[[Params, int], Any]
"""An operation: the checked parameters and the clock (ms) → ``data``."""


class Bingx:
    """The BingX venue of a sandbox: one API key, the shared order book."""

    def __init__(self, keys: Keys, orders: OrderBook) -> None:
        self._keys = keys
        self._orders = orders
        self._handlers: dict[str, Handler] = {
            "create_oco_order": self._create_oco_order,
            "cancel_oco_order": self._cancel_oco_order,
            "get_oco_order_list": self._get_oco_order_list,
            "get_open_oco_order_lists": self._open_oco_order_lists,
            "get_oco_order_history": self._oco_order_history,
            "get_server_time": self._server_time,
            "place_swap_order": self._place_swap_order,
            "cancel_swap_order": self._cancel_swap_order,
            "get_swap_order": self._get_swap_order,
            "get_swap_open_orders": self._swap_open_orders,
        }

    def too_many_requests(self, now: float) -> Reply:
        return json_reply(
            429, {"code": 100410, "msg": "Too many requests, try again later", "data": {}}, "rate limited"
        )

    def answer(self, request: Incoming, route: Route | None, now: float) -> Reply:
        now_ms = int(now * 1000)
        try:
            handler = self._handlers.get(route.operation_id) if route else None
            if route is None or handler is None:
                raise Rejected(404, "100404", f"api {request.path} not found")
            if route.operation.get("security") == []:
                pairs = query_pairs(request.query)
            else:
                pairs = self._authenticate(request, now_ms)
            params = self._params(pairs, route.operation_id)
            data = handler(params, now_ms)
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

    def _params(self, pairs: list[tuple[str, str]], operation_id: str) -> Params:
        """The user's parameters (``timestamp`` left out), checked against the spec's parameter schema."""
        params = query_object(VENUE, operation_id, [(name, value) for name, value in pairs if name != "timestamp"])
        problem = first_problem(VENUE, operation_id, params)
        if problem is not None:
            raise Rejected(200, PARAM_ERROR, f"Invalid parameters, err: {problem.field}: {problem.message}")
        return params

    # Operations -----------------------------------------------------------------------------------------------------

    def _create_oco_order(self, params: Params, now_ms: int) -> list[dict[str, Any]]:
        """The two legs, limit (``ocoLimit``) then stop-limit (``ocoTps``); a client ID used before is refused."""
        names = ("listClientOrderId", "aboveClientOrderId", "belowClientOrderId")
        client_ids = [params[name] for name in names if params.get(name)]
        if not self._orders.claim(*client_ids):
            raise Rejected(200, PARAM_ERROR, "The same order can only be submitted once per second")
        legs = [
            self._leg(params, "ocoLimit", params["limitPrice"], None, params.get("aboveClientOrderId")),
            self._leg(params, "ocoTps", params["orderPrice"], params["triggerPrice"], params.get("belowClientOrderId")),
        ]
        list_client_id = params.get("listClientOrderId")
        keys = [_leg_key(leg["orderId"]) for leg in legs]
        keys += [_leg_client_key(leg["clientOrderId"]) for leg in legs if "clientOrderId" in leg]
        keys += [_list_client_key(list_client_id)] if list_client_id else []
        order = Order(
            VENUE,
            "create_oco_order",
            self._orders.new_id(),
            list_client_id,
            params,
            legs,
            family=FAMILY,
            status=OPEN,
            created_ms=now_ms,
            updated_ms=now_ms,
            keys=tuple(keys),
        )
        self._orders.add(order)
        return legs

    def _leg(
        self, params: Params, order_type: str, price: str, trigger_price: str | None, client_id: str | None
    ) -> dict[str, Any]:
        """One leg, fields in the order of the page's table; prices and quantity as JSON numbers."""
        leg: dict[str, Any] = {"orderId": self._orders.new_id()}
        if client_id:
            leg["clientOrderId"] = client_id
        leg.update(orderType=order_type, symbol=params["symbol"], price=Decimal(price))
        if trigger_price is not None:
            leg["triggerPrice"] = Decimal(trigger_price)
        leg.update(quantity=Decimal(params["quantity"]), status=OPEN, side=params["side"])
        return leg

    def _cancel_oco_order(self, params: Params, now_ms: int) -> list[dict[str, str]]:
        """Cancel the list one of whose legs is named; its two legs as ``{orderId, clientOrderId}``."""
        if params.get("orderId"):
            order = self._orders.find(_leg_key(params["orderId"]))
        elif params.get("clientOrderId"):
            order = self._orders.find(_leg_client_key(params["clientOrderId"]))
        else:
            raise Rejected(200, PARAM_ERROR, "Invalid parameters, err: orderId or clientOrderId is required")
        cancelled = order and self._orders.update(
            order.id, lambda old: replace(old, status=CANCELLED, open=False, updated_ms=now_ms)
        )
        if cancelled is None:
            raise Rejected(200, NOT_FOUND, "order not exist")
        return [_pick(leg, ("orderId", "clientOrderId")) for leg in cancelled.result]

    def _get_oco_order_list(self, params: Params, now_ms: int) -> list[dict[str, Any]]:
        """The legs of the list named by ``orderListId`` or by its client ID, open or finished."""
        if params.get("orderListId"):
            order = self._orders.get(params["orderListId"])
        elif params.get("clientOrderId"):
            order = self._orders.find(_list_client_key(params["clientOrderId"]))
        else:
            raise Rejected(200, PARAM_ERROR, "Invalid parameters, err: orderListId or clientOrderId is required")
        if order is None or order.family != FAMILY:
            raise Rejected(200, NOT_FOUND, "order not exist")
        return _legs(order)

    def _open_oco_order_lists(self, params: Params, now_ms: int) -> list[dict[str, Any]]:
        return self._leg_page(params, open=True)

    def _oco_order_history(self, params: Params, now_ms: int) -> list[dict[str, Any]]:
        return self._leg_page(params, open=False)

    def _leg_page(self, params: Params, *, open: bool) -> list[dict[str, Any]]:
        """Page ``pageIndex`` (from 1) of ``pageSize`` legs, newest list first, within ``startTime`` .. ``endTime``."""
        size: int = params["pageSize"]
        first = (params["pageIndex"] - 1) * size
        start, end = params.get("startTime", 0), params.get("endTime")

        def where(order: Order) -> bool:
            return order.created_ms >= start and (end is None or order.created_ms <= end)

        # Every list has at least one leg, so first + size lists always cover the page.
        lists = self._orders.newest(FAMILY, open=open, count=first + size, where=where)
        return [leg for order in lists for leg in _legs(order)][first : first + size]

    # Perpetual swap ---------------------------------------------------------------------------------------------------

    def _place_swap_order(self, params: Params, now_ms: int) -> dict[str, Any]:
        """``{order}``: the order as placed; a MARKET order fills, and its attached TP/SL become open orders."""
        client_id = params.get("clientOrderId")
        if client_id is not None:
            if params["type"] not in ("LIMIT", "MARKET"):
                raise Rejected(
                    200, PARAM_ERROR, "Invalid parameters, err: clientOrderId is for LIMIT and MARKET orders"
                )
            client_id = client_id.lower()
            if not self._orders.claim(_swap_client_key(client_id)):
                raise Rejected(200, PARAM_ERROR, "The same order can only be submitted once per second")
        filled = params["type"] == "MARKET"
        order = self._swap_order(params, client_id, now_ms, status="FILLED" if filled else OPEN_SWAP)
        if filled:
            for name in ("takeProfit", "stopLoss"):
                if name in params:
                    self._swap_order(_attached(params, params[name]), None, now_ms, status=OPEN_SWAP)
        placed = _pick(_swap_view(order), PLACED_FIELDS)
        return {"order": {**placed, "orderID": order.id}}

    def _swap_order(self, params: Params, client_id: str | None, now_ms: int, *, status: str) -> Order:
        order_id = self._orders.new_id()
        keys = (_swap_client_key(client_id),) if client_id else ()
        order = Order(
            VENUE,
            "place_swap_order",
            order_id,
            client_id,
            params,
            family=SWAP,
            status=status,
            open=status == OPEN_SWAP,
            created_ms=now_ms,
            updated_ms=now_ms,
            keys=keys,
        )
        self._orders.add(order)
        return order

    def _named_swap_order(self, params: Params) -> Order:
        """The swap order ``orderId`` or ``clientOrderId`` names on ``symbol``; 80016 when there is none."""
        if params.get("orderId"):
            order = self._orders.get(str(params["orderId"]))
        elif params.get("clientOrderId"):
            order = self._orders.find(_swap_client_key(params["clientOrderId"].lower()))
        else:
            raise Rejected(200, PARAM_ERROR, "Invalid parameters, err: orderId or clientOrderId is required")
        if order is None or order.family != SWAP or order.params["symbol"] != params["symbol"]:
            raise Rejected(200, SWAP_NOT_FOUND, "order not exist")
        return order

    def _cancel_swap_order(self, params: Params, now_ms: int) -> dict[str, Any]:
        """``{order}``: the cancelled order, ``CANCELLED``; 80016 for an unknown or finished one."""
        named = self._named_swap_order(params)
        cancelled = self._orders.update(
            named.id, lambda old: replace(old, status=CANCELLED_SWAP, open=False, updated_ms=now_ms)
        )
        if cancelled is None:
            raise Rejected(200, SWAP_NOT_FOUND, "order not exist")
        return {"order": _pick(_swap_view(cancelled), CANCELLED_FIELDS)}

    def _get_swap_order(self, params: Params, now_ms: int) -> dict[str, Any]:
        """``{order}``: the order, open or finished."""
        return {"order": _pick(_swap_view(self._named_swap_order(params)), DETAIL_FIELDS)}

    def _swap_open_orders(self, params: Params, now_ms: int) -> dict[str, Any]:
        """``{orders}``: the open swap orders, newest first, of ``symbol`` and ``type`` when sent."""

        def where(order: Order) -> bool:
            return all(order.params[name] == params[name] for name in ("symbol", "type") if name in params)

        orders = self._orders.newest(SWAP, open=True, where=where)
        return {"orders": [_pick(_swap_view(order), OPEN_FIELDS) for order in orders]}

    def _server_time(self, params: Params, now_ms: int) -> dict[str, int]:
        """``{serverTime}``: the sandbox clock in milliseconds."""
        return {"serverTime": now_ms}


def _legs(order: Order) -> list[dict[str, Any]]:
    """The legs of an OCO list as the query endpoints answer them, with the list's current status."""
    return [
        {
            "transactionTime": order.created_ms,
            **_pick(leg, ("orderId", "clientOrderId", "symbol", "orderType", "side", "triggerPrice", "price")),
            "quantity": leg["quantity"],
            "orderListId": order.id,
            "status": order.status,
        }
        for leg in order.result
    ]


def _attached(order: Params, attached: Params) -> Params:
    """The parameters of the order a take-profit or stop-loss attached to ``order`` becomes once ``order`` fills."""
    params: Params = {
        "symbol": order["symbol"],
        "type": attached["type"],
        "side": "SELL" if order["side"] == "BUY" else "BUY",
        "positionSide": order.get("positionSide", "LONG"),
        "quantity": attached.get("quantity", order.get("quantity", "0")),
        "stopPrice": attached["stopPrice"],
    }
    params.update((name, attached[name]) for name in ("price", "workingType") if name in attached)
    return params


def _swap_view(order: Order) -> dict[str, Any]:
    """Every field the swap answers may show of ``order``; each answer picks its page's fields from it.  Decimals
    are the text the client sent, "" where nothing was sent (as BingX writes it); only trailing orders have the
    trailing fields."""
    params = order.params
    trailing = params["type"] in ("TRAILING_STOP_MARKET", "TRAILING_TP_SL")
    view: dict[str, Any] = {
        "time": order.created_ms,
        "symbol": params["symbol"],
        "side": params["side"],
        "type": params["type"],
        "positionSide": params.get("positionSide", "LONG"),
        "reduceOnly": "true" if params.get("reduceOnly") else "false",
        "cumQuote": "0",
        "status": order.status,
        "stopPrice": params.get("stopPrice", ""),
        "price": params.get("price", ""),
        "origQty": params.get("quantity", ""),
        "avgPrice": "0",
        "executedQty": params.get("quantity", "0") if order.status == "FILLED" else "0",
        "orderId": int(order.id),
        "profit": "0",
        "commission": "0",
        "updateTime": order.updated_ms,
        "workingType": params.get("workingType", "MARK_PRICE"),
        "postOnly": params.get("timeInForce") == "PostOnly",
        "stopGuaranteed": params.get("stopGuaranteed", "false"),
        "closePosition": "true" if params.get("closePosition") else "false",
    }
    if order.client_id is not None:
        view["clientOrderId"] = order.client_id
    if trailing:
        view.update(priceRate=params.get("priceRate", ""), actPrice=params.get("activationPrice", ""))
    return view


PLACED_FIELDS = (
    "symbol", "side", "type", "positionSide", "reduceOnly", "orderId", "workingType", "clientOrderId",
    "stopGuaranteed", "status", "avgPrice", "executedQty",
)  # fmt: skip
CANCELLED_FIELDS = (
    "time", "symbol", "side", "type", "positionSide", "cumQuote", "status", "stopPrice", "price", "origQty",
    "avgPrice", "executedQty", "orderId", "profit", "commission", "updateTime", "clientOrderId",
)  # fmt: skip
DETAIL_FIELDS = (
    "time", "symbol", "side", "type", "positionSide", "reduceOnly", "cumQuote", "status", "stopPrice", "price",
    "origQty", "avgPrice", "executedQty", "orderId", "profit", "commission", "updateTime", "workingType",
    "clientOrderId", "stopGuaranteed", "closePosition",
)  # fmt: skip
OPEN_FIELDS = (
    "time", "symbol", "side", "type", "positionSide", "reduceOnly", "cumQuote", "status", "stopPrice", "price",
    "origQty", "avgPrice", "executedQty", "orderId", "profit", "commission", "workingType", "updateTime", "postOnly",
    "stopGuaranteed", "priceRate", "actPrice", "closePosition",
)  # fmt: skip
"""The fields of each swap answer, in the order of its page's table."""


def _swap_client_key(client_id: str) -> str:
    return f"{VENUE}/swap/clientOrderId/{client_id}"


def _pick(values: Mapping[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
    """The entries of ``values`` named in ``names`` that are present."""
    return {name: values[name] for name in names if name in values}


def _leg_key(order_id: str) -> str:
    return f"{VENUE}/leg/{order_id}"


def _leg_client_key(client_id: str) -> str:
    return f"{VENUE}/leg/clientOrderId/{client_id}"


def _list_client_key(client_id: str) -> str:
    return f"{VENUE}/list/clientOrderId/{client_id}"


def _same(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode(), expected.encode())
