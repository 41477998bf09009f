"""Bitget v2 stand-in: ``ACCESS-*`` header signatures, the ``{code, msg, requestTime, data}`` envelope, Bitget codes.

A request is checked in this order (NOTES.md sections 3, 5 and 7):

1. headers present: ``ACCESS-KEY`` (40001), ``ACCESS-SIGN`` (40002), ``ACCESS-TIMESTAMP`` (40005),
   ``ACCESS-PASSPHRASE`` (40011);
2. the key (40006) and passphrase (40012);
3. ``ACCESS-TIMESTAMP`` is milliseconds (40005) within 30 s of the sandbox clock (40008);
4. ``ACCESS-SIGN`` = Base64 HMAC-SHA256 over ``timestamp + METHOD + path ["?" + query] + body`` (40009); the query
   is the received pairs percent-decoded, in received order, and the body the exact bytes received. A sandbox started
   with ``rsa_public_key`` checks RSASSA-PKCS1-v1_5 / SHA-256 instead (the scheme follows the key type);
5. a POST says ``Content-Type: application/json`` (40007) and its body (a GET: its query) is the operation's JSON
   schema (40017, the message naming the field).

``get_server_time`` (``security: []``) skips 1-4 and answers ``data.serverTime`` (integer ms, as the spec types it)
from the sandbox clock.

Every error is HTTP 400 with ``data: null``: Bitget's answers for 40006 and 40009 seen in public issue threads carry
400, and the client reads the code, not the status. An unknown path is HTTP 404, code 40404.

Orders, their states and lists:

- spot plan orders (``place_plan_order``): ``live`` in ``current-plan-order``; ``modify-plan-order`` changes trigger
  price, order type, execution price and size; ``cancel-plan-order`` / ``batch-cancel-plan-order`` move them to
  ``history-plan-order`` as ``cancelled``; ``plan-sub-order`` answers ``[]`` until ``Sandbox.fire`` triggers the
  plan, which then moves to the history as ``executed`` and lists the order it placed (``success``);
- futures plan orders (``place_mix_plan_order``): ``planStatus`` ``live`` in ``orders-plan-pending``, ``cancelled``
  in ``orders-plan-history``. ``modify-plan-order`` checks the trailing-stop / trigger-order rules against the stored
  order (40017) and takes trigger and trailing-stop orders only. ``Sandbox.fire`` triggers one as for spot, and
  ``plan-sub-order`` (which must name its ``planType`` and ``productType``) lists the order it placed;
- futures take-profit / stop-loss plans (``place-tpsl-order``; ``place-pos-tpsl``, one plan per leg sent): pending
  under ``planType=profit_loss`` with the closing ``side``, ``posSide`` and an ``orderType`` from their execution
  price, cancelled by ``cancel-plan-order`` with their own ``planType``. ``modify-tpsl-order`` changes the trigger,
  execution price, size and callback range of the pending plan it names (a take-profit / stop-loss plan, or a
  trigger order as before these existed), which must match its ``symbol``, ``productType`` and ``marginCoin``;
- isolated- and cross-margin orders (``place-order``, ``batch-place-order``): ``live`` in ``open-orders`` (newest
  first; the isolated page has no cursor, the cross page pages by ``idLessThan``) until ``batch-cancel-order``
  cancels them, then ``cancelled`` in ``history-orders`` (paged by ``idLessThan``). Isolated ``batch-cancel-order``
  refuses a request without ``orderIdList`` (40019), as the page does not say what it would do; the cross page
  requires it, and its failure entries also carry ``orderId``.

Not found, after a cancellation too: plan orders 43025 "Plan order does not exist", isolated-margin orders 43001
"The order does not exist" (HTTP 400); batch cancellations put such an entry in ``failureList`` with that message.
Lists are newest first; ``idLessThan`` returns only older (smaller) IDs; spot pages answer ``nextFlag`` and
``idLessThan`` (the last ID of the page), futures pages ``endId`` (the last ID of the page).
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import hmac
from collections.abc import Callable, Mapping
from dataclasses import replace
from decimal import Decimal
from typing import Any

from .schema import decimal_json, first_problem, query_object
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

__all__ = ["Bitget"]

VENUE = "bitget"
TIMESTAMP_WINDOW_MS = 30_000
SUCCESS = "00000"
PARAM_ERROR = "40017"
SPOT_PLAN, MIX_PLAN, ISOLATED, CROSSED = "spot_plan", "mix_plan", "isolated", "crossed"
OPEN, CANCELLED, EXECUTED = "live", "cancelled", "executed"
PLAN_NOT_FOUND = "Plan order does not exist"
ORDER_NOT_FOUND = "The order does not exist"
TPSL_PLAN_TYPES = frozenset({"profit_plan", "loss_plan", "moving_plan", "pos_profit", "pos_loss"})
"""The take-profit / stop-loss kinds (place-tpsl-order, place-pos-tpsl), which ``planType=profit_loss`` lists."""
TRIGGER_PLAN_TYPES = frozenset({"normal_plan", "track_plan"})
"""The futures plans of place-plan-order, which modify-plan-order and plan-sub-order accept and ``fire`` triggers."""

Params = dict[str, Any]
Handler = Callable[[Params, int], Any]
"""An operation: the checked parameters and the clock (ms) → ``data``."""


class Bitget:
    """The Bitget venue of a sandbox: one API key, the shared order book."""

    def __init__(self, keys: Keys, orders: OrderBook) -> None:
        if not keys.passphrase:
            raise ValueError("a Bitget sandbox needs a passphrase")
        if not keys.secret_key and not keys.rsa_public_key:
            raise ValueError("a Bitget sandbox needs a secret_key or an rsa_public_key")
        self._keys = keys
        self._orders = orders
        self._sub_orders: dict[str, list[dict[str, str]]] = {}
        """Plan order ID → the order it placed when ``fire`` triggered it (written once, after the plan finished)."""
        self._handlers: dict[str, Handler] = {
            "place_plan_order": self._place_spot_plan,
            "modify_plan_order": self._modify_spot_plan,
            "cancel_plan_order": self._cancel_spot_plan,
            "batch_cancel_plan_orders": self._batch_cancel_spot_plans,
            "get_current_plan_orders": self._current_spot_plans,
            "get_history_plan_orders": self._history_spot_plans,
            "get_plan_sub_orders": self._plan_sub_orders,
            "place_mix_plan_order": self._place_mix_plan,
            "modify_mix_plan_order": self._modify_mix_plan,
            "modify_mix_tpsl_order": self._modify_mix_tpsl,
            "place_mix_tpsl_order": self._place_mix_tpsl,
            "place_mix_pos_tpsl": self._place_mix_pos_tpsl,
            "get_mix_plan_sub_orders": self._mix_plan_sub_orders,
            "cancel_mix_plan_orders": self._cancel_mix_plans,
            "get_mix_pending_plan_orders": self._pending_mix_plans,
            "get_mix_history_plan_orders": self._history_mix_plans,
            "place_isolated_order": self._place_isolated,
            "batch_place_isolated_orders": self._batch_place_isolated,
            "batch_cancel_isolated_orders": self._batch_cancel_isolated,
            "get_isolated_open_orders": self._isolated_open_orders,
            "get_isolated_history_orders": self._isolated_history_orders,
            "batch_place_crossed_orders": self._batch_place_crossed,
            "batch_cancel_crossed_orders": self._batch_cancel_crossed,
            "get_crossed_open_orders": self._crossed_open_orders,
            "get_crossed_history_orders": self._crossed_history_orders,
            "get_server_time": self._server_time,
        }

    def too_many_requests(self, now: float) -> Reply:
        document = {"code": "429", "msg": "Too Many Requests", "requestTime": int(now * 1000), "data": None}
        return json_reply(429, document, "rate limited")

    def answer(self, request: Incoming, route: Route | None, now: float) -> Reply:
        now_ms = int(now * 1000)
        try:
            handler = self._handlers.get(route.operation_id) if route else None
            if route is None or handler is None:
                raise Rejected(404, "40404", "Request URL NOT FOUND")
            if route.operation.get("security") != []:
                self._authenticate(request, now_ms)
            params = self._params(request, route.operation_id)
            data = handler(params, now_ms)
        except Rejected as error:
            document = {"code": error.code, "msg": error.message, "requestTime": now_ms, "data": None}
            return json_reply(error.status, document, error.code)
        return json_reply(200, {"code": SUCCESS, "msg": "success", "requestTime": now_ms, "data": data}, "accepted")

    def fire(self, order_id: str, now: float) -> None:
        """Trigger the open spot plan order or futures trigger / trailing-stop order ``order_id`` as if its price
        were reached: it moves to the history as ``executed`` and its plan-sub-order list holds the order it placed
        (``success``). Anything else is a ``ValueError``."""
        order = self._orders.get(order_id)
        plan_type = order.params.get("planType") if order else None
        if order is None or order.family not in (SPOT_PLAN, MIX_PLAN) or plan_type in TPSL_PLAN_TYPES:
            raise ValueError(f"{order_id!r} is not a spot plan order or a futures trigger order of this sandbox")
        now_ms = int(now * 1000)
        fired = self._orders.update(order.id, lambda old: replace(old, status=EXECUTED, open=False, updated_ms=now_ms))
        if fired is None:
            raise ValueError(f"{order_id!r} has finished already")
        price = order.params.get("executePrice") or order.params.get("price") or ""
        placed = {"orderId": self._orders.new_id(), "price": price, "type": order.params["orderType"]}
        self._sub_orders[order.id] = [{**placed, "status": "success"}]

    # Checks ---------------------------------------------------------------------------------------------------------

    def _authenticate(self, request: Incoming, now_ms: int) -> None:
        key = request.header("ACCESS-KEY")
        sign = request.header("ACCESS-SIGN")
        timestamp = request.header("ACCESS-TIMESTAMP")
        passphrase = request.header("ACCESS-PASSPHRASE")
        if not key:
            raise Rejected(400, "40001", "ACCESS_KEY cannot be empty")
        if not sign:
            raise Rejected(400, "40002", "ACCESS_SIGN cannot be empty")
        if not timestamp:
            raise Rejected(400, "40005", "Invalid ACCESS_TIMESTAMP")
        if not passphrase:
            raise Rejected(400, "40011", "ACCESS_PASSPHRASE cannot be empty")
        if not _same(key, self._keys.api_key):
            raise Rejected(400, "40006", "Invalid ACCESS_KEY")
        if not _same(passphrase, self._keys.passphrase or ""):
            raise Rejected(400, "40012", "apikey/password is incorrect")
        if not timestamp.isdigit():
            raise Rejected(400, "40005", "Invalid ACCESS_TIMESTAMP")
        if abs(now_ms - int(timestamp)) > TIMESTAMP_WINDOW_MS:
            raise Rejected(400, "40008", "Request timestamp expired")
        query = "&".join(f"{name}={value}" for name, value in query_pairs(request.query))
        request_path = request.path + (f"?{query}" if query else "")
        prehash = f"{timestamp}{request.method.upper()}{request_path}".encode() + request.body
        if not self._signed(prehash, sign):
            raise Rejected(400, "40009", "sign signature error")

    def _signed(self, prehash: bytes, sign: str) -> bool:
        if self._keys.rsa_public_key:
            return _rsa_valid(self._keys.rsa_public_key, prehash, sign)
        digest = hmac.new(self._keys.secret_key.encode(), prehash, hashlib.sha256).digest()
        return _same(base64.b64encode(digest).decode(), sign)

    def _params(self, request: Incoming, operation_id: str) -> Params:
        """The JSON body of a POST (the query of a GET), checked against the spec."""
        if request.method == "POST":
            media_type = (request.header("Content-Type") or "").split(";")[0].strip().lower()
            if media_type != "application/json":
                raise Rejected(400, "40007", "Invalid Content_Type, please use `application/json` format")
            try:
                params = decimal_json(request.body)
            except ValueError:
                raise Rejected(400, PARAM_ERROR, "Parameter verification failed: the body is not JSON") from None
        else:
            params = query_object(VENUE, operation_id, query_pairs(request.query))
        problem = first_problem(VENUE, operation_id, params)
        if problem is not None:
            raise Rejected(400, PARAM_ERROR, f"Parameter verification failed: {problem.field}: {problem.message}")
        assert isinstance(params, dict)
        return params

    # Shared steps ---------------------------------------------------------------------------------------------------

    def _place(self, operation_id: str, family: str, params: Params, now_ms: int) -> Order:
        """Keep a new order (``live``), its ``clientOid`` generated when absent; a used ``clientOid`` is refused."""
        client_oid = params.get("clientOid") or self._orders.new_id()
        if not self._orders.claim(client_oid):
            raise Rejected(400, PARAM_ERROR, "Duplicate clientOid")
        return self._keep(operation_id, family, params, client_oid, now_ms)

    def _keep(self, operation_id: str, family: str, params: Params, client_oid: str, now_ms: int) -> Order:
        """Keep a new order (``live``) under a ``clientOid`` already claimed."""
        order_id = self._orders.new_id()
        result = {"orderId": order_id, "clientOid": client_oid}
        order = Order(
            VENUE,
            operation_id,
            order_id,
            client_oid,
            params,
            result,
            family=family,
            status=OPEN,
            created_ms=now_ms,
            updated_ms=now_ms,
            keys=(_client_key(family, client_oid),),
        )
        self._orders.add(order)
        return order

    def _named(self, family: str, order_id: str | None, client_oid: str | None) -> Order | None:
        """The order of ``family`` (open or finished) named by ``orderId``, which wins, or else by ``clientOid``."""
        if order_id:
            order = self._orders.get(order_id)
        elif client_oid:
            order = self._orders.find(_client_key(family, client_oid))
        else:
            return None
        return order if order is not None and order.family == family else None

    def _cancel(self, order: Order | None, now_ms: int) -> Order | None:
        """Cancel ``order`` if it is still open; the cancelled order, or None."""
        if order is None:
            return None
        return self._orders.update(order.id, lambda old: replace(old, status=CANCELLED, open=False, updated_ms=now_ms))

    def _modify(self, order: Order, now_ms: int, changes: Mapping[str, Any], removed: set[str]) -> Order | None:
        """Set ``changes`` and drop ``removed`` in the parameters of ``order`` if it is still open."""

        def change(old: Order) -> Order:
            params = {name: value for name, value in old.params.items() if name not in removed}
            return replace(old, params={**params, **changes}, updated_ms=now_ms)

        return self._orders.update(order.id, change)

    def _page(
        self, family: str, params: Params, *, open: bool, default_limit: int, where: Callable[[Order], bool]
    ) -> tuple[list[Order], bool]:
        """One page newest first below the ``idLessThan`` cursor, of at most ``limit``; and whether more remain."""
        limit: int = params.get("limit", default_limit)
        cursor = params.get("idLessThan") or None
        if cursor is not None and not (cursor.isascii() and cursor.isdigit()):
            raise Rejected(400, PARAM_ERROR, "Parameter verification failed: idLessThan: is not an order ID")
        below = None if cursor is None else int(cursor)
        orders = self._orders.newest(family, open=open, count=limit + 1, below=below, where=where)
        return orders[:limit], len(orders) > limit

    # Spot plan orders -----------------------------------------------------------------------------------------------

    def _place_spot_plan(self, params: Params, now_ms: int) -> dict[str, str]:
        """``{orderId, clientOid}``."""
        return dict(self._place("place_plan_order", SPOT_PLAN, params, now_ms).result)

    def _modify_spot_plan(self, params: Params, now_ms: int) -> dict[str, str]:
        """New trigger price, order type, size and (limit only) execution price; ``{orderId, clientOid}``."""
        order = self._named(SPOT_PLAN, params.get("orderId"), params.get("clientOid"))
        changes = _pick(params, ("triggerPrice", "orderType", "size", "executePrice"))
        removed: set[str] = set()
        if params["orderType"] == "market":
            changes.pop("executePrice", None)
            removed.add("executePrice")
        modified = self._modify(order, now_ms, changes, removed) if order else None
        if modified is None:
            raise Rejected(400, "43025", PLAN_NOT_FOUND)
        return {"orderId": modified.id, "clientOid": modified.client_id or ""}

    def _cancel_spot_plan(self, params: Params, now_ms: int) -> dict[str, str]:
        """``{result: success}``; an unknown or finished order is 43025."""
        if not self._cancel(self._named(SPOT_PLAN, params.get("orderId"), params.get("clientOid")), now_ms):
            raise Rejected(400, "43025", PLAN_NOT_FOUND)
        return {"result": "success"}

    def _batch_cancel_spot_plans(self, params: Params, now_ms: int) -> dict[str, list[dict[str, str]]]:
        """Cancel the open plan orders of the ``symbolList`` pairs (all of them when it is absent or empty)."""
        symbols = set(params.get("symbolList") or ())
        targets = self._orders.newest(
            SPOT_PLAN, open=True, where=lambda order: not symbols or order.params["symbol"] in symbols
        )
        return _cancel_results(targets, lambda order: self._cancel(order, now_ms), PLAN_NOT_FOUND)

    def _current_spot_plans(self, params: Params, now_ms: int) -> dict[str, Any]:
        return self._spot_plan_page(params, open=True, default_limit=20)

    def _history_spot_plans(self, params: Params, now_ms: int) -> dict[str, Any]:
        return self._spot_plan_page(params, open=False, default_limit=100)

    def _spot_plan_page(self, params: Params, *, open: bool, default_limit: int) -> dict[str, Any]:
        """``{nextFlag, idLessThan, orderList}``; ``idLessThan`` is the last (oldest) ID of the page."""
        in_time = _in_time(params)
        symbol = params.get("symbol")

        def where(order: Order) -> bool:
            return (symbol is None or order.params["symbol"] == symbol) and in_time(order)

        page, more = self._page(SPOT_PLAN, params, open=open, default_limit=default_limit, where=where)
        data: dict[str, Any] = {"nextFlag": more}
        if page:
            data["idLessThan"] = page[-1].id
        data["orderList"] = [_spot_plan_view(order) for order in page]
        return data

    def _plan_sub_orders(self, params: Params, now_ms: int) -> list[dict[str, str]]:
        """The order the plan placed once ``fire`` triggered it, else ``[]``; an unknown plan order is 43025."""
        order = self._named(SPOT_PLAN, params["planOrderId"], None)
        if order is None:
            raise Rejected(400, "43025", PLAN_NOT_FOUND)
        return self._sub_orders.get(order.id, [])

    # Futures plan orders --------------------------------------------------------------------------------------------

    def _place_mix_plan(self, params: Params, now_ms: int) -> dict[str, str]:
        """``{orderId, clientOid}``."""
        return dict(self._place("place_mix_plan_order", MIX_PLAN, params, now_ms).result)

    def _modify_mix_plan(self, params: Params, now_ms: int) -> dict[str, str]:
        """Apply the ``new*`` fields (a take-profit / stop-loss price of 0 removes it) after the trailing-stop and
        trigger-order rules, which depend on the stored order."""
        order = self._named(MIX_PLAN, params.get("orderId"), params.get("clientOid"))
        wanted = _pick(params, ("productType", "symbol", "planType"))
        if (
            order is None
            or not order.open
            or order.params["planType"] not in TRIGGER_PLAN_TYPES
            or any(order.params[name] != value for name, value in wanted.items())
        ):
            raise Rejected(400, "43025", PLAN_NOT_FOUND)
        _check_mix_modification(order, params)
        changes: dict[str, Any] = {}
        removed: set[str] = set()
        for new_name, name in _MIX_MODIFIABLE.items():
            if new_name not in params:
                continue
            if name in _REMOVED_BY_ZERO and Decimal(params[new_name]) == 0:
                removed.update(_REMOVED_BY_ZERO[name])
            else:
                changes[name] = params[new_name]
        changes = {name: value for name, value in changes.items() if name not in removed}
        modified = self._modify(order, now_ms, changes, removed)
        if modified is None:
            raise Rejected(400, "43025", PLAN_NOT_FOUND)
        return {"orderId": modified.id, "clientOid": modified.client_id or ""}

    def _modify_mix_tpsl(self, params: Params, now_ms: int) -> dict[str, str]:
        """Trigger price and type, execution price (absent: market, which drops a stored one), size (``""`` keeps
        it) and callback range of the pending plan order named, which must match ``symbol``, ``productType`` and
        ``marginCoin``."""
        order = self._named(MIX_PLAN, params.get("orderId"), params.get("clientOid"))
        wanted = _pick(params, ("productType", "symbol", "marginCoin"))
        if order is None or any(order.params[name] != value for name, value in wanted.items()):
            raise Rejected(400, "43025", PLAN_NOT_FOUND)
        changes = _pick(params, ("triggerPrice", "triggerType", "executePrice"))
        if params["size"]:
            changes["size"] = params["size"]
        if "rangeRate" in params:
            changes["callbackRatio"] = params["rangeRate"]
        removed = set() if "executePrice" in params else {"executePrice"}
        modified = self._modify(order, now_ms, changes, removed)
        if modified is None:
            raise Rejected(400, "43025", PLAN_NOT_FOUND)
        return {"orderId": modified.id, "clientOid": modified.client_id or ""}

    def _place_mix_tpsl(self, params: Params, now_ms: int) -> dict[str, str]:
        """``{orderId, clientOid}``; the plan is pending (``profit_loss``) until cancelled. ``rangeRate`` is kept as
        the ``callbackRatio`` the pending list shows, as modify-tpsl-order does."""
        stored = {name: value for name, value in params.items() if name != "rangeRate"}
        if "rangeRate" in params:
            stored["callbackRatio"] = params["rangeRate"]
        return dict(self._place("place_mix_tpsl_order", MIX_PLAN, stored, now_ms).result)

    def _place_mix_pos_tpsl(self, params: Params, now_ms: int) -> list[dict[str, str]]:
        """One plan per leg sent (a leg with its size is a ``profit_plan`` / ``loss_plan``, without one a
        ``pos_profit`` / ``pos_loss``), take-profit first; each answer entry names its own leg's client ID. Client IDs
        are claimed together: a used one refuses the whole request."""
        legs = [(prefix, plans) for prefix, plans in _POS_TPSL_LEGS if f"{prefix}TriggerPrice" in params]
        client_oids = [params.get(f"{prefix}ClientOid") or self._orders.new_id() for prefix, _ in legs]
        if not self._orders.claim(*client_oids):
            raise Rejected(400, PARAM_ERROR, "Duplicate clientOid")
        placed: list[dict[str, str]] = []
        for (prefix, (partial, whole)), client_oid in zip(legs, client_oids, strict=True):
            leg = _pick(params, ("marginCoin", "productType", "symbol", "holdSide", "stpMode"))
            leg["planType"] = partial if f"{prefix}Size" in params else whole
            for name, stored in (("TriggerPrice", "triggerPrice"), ("TriggerType", "triggerType")):
                leg[stored] = params.get(prefix + name)
            leg.update(executePrice=params.get(f"{prefix}ExecutePrice"), size=params.get(f"{prefix}Size"))
            leg = {name: value for name, value in leg.items() if value is not None}
            order = self._keep("place_mix_pos_tpsl", MIX_PLAN, leg, client_oid, now_ms)
            placed.append({"orderId": order.id, f"{prefix}ClientOid": client_oid})
        return placed

    def _mix_plan_sub_orders(self, params: Params, now_ms: int) -> list[dict[str, str]]:
        """The order the trigger order placed once ``fire`` triggered it, else ``[]``; a plan of another
        ``planType`` or ``productType``, or an unknown one, is 43025."""
        order = self._named(MIX_PLAN, params["planOrderId"], None)
        wanted = _pick(params, ("planType", "productType"))
        if order is None or any(order.params[name] != value for name, value in wanted.items()):
            raise Rejected(400, "43025", PLAN_NOT_FOUND)
        return self._sub_orders.get(order.id, [])

    def _cancel_mix_plans(self, params: Params, now_ms: int) -> dict[str, list[dict[str, str]]]:
        """The listed orders (each must match ``symbol``, ``productType``, ``planType`` and a sent ``marginCoin``),
        or, without ``orderIdList``, every open one that matches them."""
        wanted = _pick(params, ("symbol", "productType", "marginCoin"))
        wanted["planType"] = params.get("planType", "normal_plan")

        def matches(order: Order | None) -> bool:
            return order is not None and all(order.params.get(name) == value for name, value in wanted.items())

        if "orderIdList" not in params:
            targets = self._orders.newest(MIX_PLAN, open=True, where=matches)
            return _cancel_results(targets, lambda order: self._cancel(order, now_ms), PLAN_NOT_FOUND)
        succeeded: list[dict[str, str]] = []
        failed: list[dict[str, str]] = []
        for ref in params["orderIdList"]:
            order = self._named(MIX_PLAN, ref.get("orderId"), ref.get("clientOid"))
            cancelled = self._cancel(order, now_ms) if matches(order) else None
            if cancelled:
                succeeded.append({"orderId": cancelled.id, "clientOid": cancelled.client_id or ""})
            else:
                failed.append({**_ref(ref), "errorMsg": PLAN_NOT_FOUND})
        return {"successList": succeeded, "failureList": failed}

    def _pending_mix_plans(self, params: Params, now_ms: int) -> dict[str, Any]:
        return self._mix_plan_page(params, open=True)

    def _history_mix_plans(self, params: Params, now_ms: int) -> dict[str, Any]:
        return self._mix_plan_page(params, open=False)

    def _mix_plan_page(self, params: Params, *, open: bool) -> dict[str, Any]:
        """``{entrustedList, endId}``; ``endId`` is the last (oldest) ID of the page."""
        in_time = _in_time(params)
        plan_type = params["planType"]
        plan_types = TPSL_PLAN_TYPES if plan_type == "profit_loss" else {plan_type}
        wanted = _pick(params, ("symbol", "productType"))
        status = params.get("planStatus")
        order_id, client_oid = params.get("orderId"), params.get("clientOid")

        def where(order: Order) -> bool:
            return (
                order.params["planType"] in plan_types
                and all(order.params[name] == value for name, value in wanted.items())
                and (status is None or order.status == status)
                and (order.id == order_id if order_id else client_oid is None or order.client_id == client_oid)
                and in_time(order)
            )

        page, _ = self._page(MIX_PLAN, params, open=open, default_limit=100, where=where)
        data: dict[str, Any] = {"entrustedList": [_mix_plan_view(order) for order in page]}
        if page:
            data["endId"] = page[-1].id
        return data

    # Isolated margin ------------------------------------------------------------------------------------------------

    def _place_isolated(self, params: Params, now_ms: int) -> dict[str, str]:
        """``{orderId, clientOid}``."""
        return dict(self._place("place_isolated_order", ISOLATED, params, now_ms).result)

    def _batch_place_isolated(self, params: Params, now_ms: int) -> dict[str, list[dict[str, str]]]:
        return self._batch_place("batch_place_isolated_orders", ISOLATED, params, now_ms)

    def _batch_place_crossed(self, params: Params, now_ms: int) -> dict[str, list[dict[str, str]]]:
        return self._batch_place("batch_place_crossed_orders", CROSSED, params, now_ms)

    def _batch_place(
        self, operation_id: str, family: str, params: Params, now_ms: int
    ) -> dict[str, list[dict[str, str]]]:
        """An entry whose ``clientOid`` was used before (here or earlier) goes to ``failureList``; the others are
        placed. The envelope says success either way."""
        placed: list[dict[str, str]] = []
        failed: list[dict[str, str]] = []
        for entry in params["orderList"]:
            try:
                order = self._place(operation_id, family, {"symbol": params["symbol"], **entry}, now_ms)
            except Rejected as error:
                failed.append({"clientOid": entry.get("clientOid", ""), "errorMsg": error.message})
                continue
            placed.append(dict(order.result))
        return {"successList": placed, "failureList": failed}

    def _batch_cancel_isolated(self, params: Params, now_ms: int) -> dict[str, list[dict[str, str]]]:
        """A request without ``orderIdList`` is refused (40019): the page does not say what it would do."""
        if not params.get("orderIdList"):
            raise Rejected(400, "40019", "Parameter orderIdList cannot be empty")
        return self._batch_cancel(ISOLATED, params, now_ms, failures_name_the_id=False)

    def _batch_cancel_crossed(self, params: Params, now_ms: int) -> dict[str, list[dict[str, str]]]:
        return self._batch_cancel(CROSSED, params, now_ms, failures_name_the_id=True)

    def _batch_cancel(
        self, family: str, params: Params, now_ms: int, *, failures_name_the_id: bool
    ) -> dict[str, list[dict[str, str]]]:
        """Each entry must name an open order of ``symbol``; a failed entry carries ``clientOid`` (as sent or as the
        order has it) and an ``errorMsg`` naming the ``orderId`` it could not cancel, and on the cross-margin page
        also the ``orderId`` (as sent, or the order's)."""
        succeeded: list[dict[str, str]] = []
        failed: list[dict[str, str]] = []
        for ref in params["orderIdList"]:
            order = self._named(family, ref.get("orderId"), ref.get("clientOid"))
            same_symbol = order is not None and order.params["symbol"] == params["symbol"]
            cancelled = self._cancel(order, now_ms) if same_symbol else None
            if cancelled:
                succeeded.append({"orderId": cancelled.id, "clientOid": cancelled.client_id or ""})
                continue
            client_oid = ref.get("clientOid") or (order.client_id if order and order.client_id else "")
            named = f": orderId {ref['orderId']}" if ref.get("orderId") else ""
            failure = {"clientOid": client_oid, "errorMsg": ORDER_NOT_FOUND + named}
            if failures_name_the_id:
                failure = {"orderId": ref.get("orderId") or (order.id if order else ""), **failure}
            failed.append(failure)
        return {"successList": succeeded, "failureList": failed}

    def _isolated_open_orders(self, params: Params, now_ms: int) -> dict[str, Any]:
        """The newest ``limit`` open orders of ``symbol`` from ``startTime`` on; ``maxId`` / ``minId`` of the page.
        The page has no cursor parameter, so ``idLessThan`` never reaches here."""
        return self._margin_page(ISOLATED, params, open=True)

    def _isolated_history_orders(self, params: Params, now_ms: int) -> dict[str, Any]:
        return self._margin_page(ISOLATED, params, open=False)

    def _crossed_open_orders(self, params: Params, now_ms: int) -> dict[str, Any]:
        return self._margin_page(CROSSED, params, open=True)

    def _crossed_history_orders(self, params: Params, now_ms: int) -> dict[str, Any]:
        return self._margin_page(CROSSED, params, open=False)

    def _margin_page(self, family: str, params: Params, *, open: bool) -> dict[str, Any]:
        """One page, newest first below ``idLessThan``, of the open (or finished) orders of ``symbol`` from
        ``startTime`` on, narrowed by ``orderId``, ``clientOid`` and ``enterPointSource`` (always API here);
        ``{orderList, maxId, minId}``."""
        in_time = _in_time(params)
        order_id, client_oid = params.get("orderId"), params.get("clientOid")
        source = params.get("enterPointSource", "API")

        def where(order: Order) -> bool:
            return (
                order.params["symbol"] == params["symbol"]
                and (order_id is None or order.id == order_id)
                and (client_oid is None or order.client_id == client_oid)
                and source == "API"
                and in_time(order)
            )

        page, _ = self._page(family, params, open=open, default_limit=100, where=where)
        data: dict[str, Any] = {"orderList": [_margin_view(order) for order in page]}
        if page:
            data.update(maxId=page[0].id, minId=page[-1].id)
        return data

    # Public ---------------------------------------------------------------------------------------------------------

    def _server_time(self, params: Params, now_ms: int) -> dict[str, int]:
        """``{serverTime}``: the sandbox clock in milliseconds."""
        return {"serverTime": now_ms}


# Modification rules ---------------------------------------------------------------------------------------------------

_MIX_MODIFIABLE = {
    "newSize": "size",
    "newPrice": "price",
    "newCallbackRatio": "callbackRatio",
    "newTriggerPrice": "triggerPrice",
    "newTriggerType": "triggerType",
    "newStopSurplusTriggerPrice": "stopSurplusTriggerPrice",
    "newStopSurplusExecutePrice": "stopSurplusExecutePrice",
    "newStopSurplusTriggerType": "stopSurplusTriggerType",
    "newStopLossTriggerPrice": "stopLossTriggerPrice",
    "newStopLossExecutePrice": "stopLossExecutePrice",
    "newStopLossTriggerType": "stopLossTriggerType",
}
"""``modify-plan-order`` field → the stored (placement) field it replaces."""

_REMOVED_BY_ZERO = {
    "stopSurplusTriggerPrice": {"stopSurplusTriggerPrice", "stopSurplusExecutePrice", "stopSurplusTriggerType"},
    "stopSurplusExecutePrice": {"stopSurplusExecutePrice"},
    "stopLossTriggerPrice": {"stopLossTriggerPrice", "stopLossExecutePrice", "stopLossTriggerType"},
    "stopLossExecutePrice": {"stopLossExecutePrice"},
}
"""A new value of 0 for these removes the take-profit / stop-loss (or just its execution price)."""

_TRAILING_FORBIDS = ("newPrice", "newStopSurplusExecutePrice", "newStopSurplusTriggerType", "newStopLossExecutePrice")


def _check_mix_modification(order: Order, params: Params) -> None:
    """The page's rules that depend on the stored order's kind (40017)."""
    if order.params["planType"] == "track_plan":
        if "newCallbackRatio" not in params:
            raise Rejected(
                400, PARAM_ERROR, "Parameter verification failed: newCallbackRatio is required for track_plan"
            )
        forbidden = [name for name in _TRAILING_FORBIDS if name in params]
    else:
        forbidden = [name for name in ("newCallbackRatio",) if name in params]
        if order.params["orderType"] == "market" and "newPrice" in params:
            forbidden.append("newPrice")
    if forbidden:
        raise Rejected(400, PARAM_ERROR, f"Parameter verification failed: {forbidden[0]} must be empty for this order")


# Answers --------------------------------------------------------------------------------------------------------------


def _cancel_results(
    targets: list[Order], cancel: Callable[[Order], Order | None], message: str
) -> dict[str, list[dict[str, str]]]:
    """``{successList, failureList}`` of cancelling ``targets`` (one that finished meanwhile fails)."""
    succeeded: list[dict[str, str]] = []
    failed: list[dict[str, str]] = []
    for order in targets:
        named = {"orderId": order.id, "clientOid": order.client_id or ""}
        if cancel(order):
            succeeded.append(named)
        else:
            failed.append({**named, "errorMsg": message})
    return {"successList": succeeded, "failureList": failed}


def _pick(params: Mapping[str, Any], names: tuple[str, ...]) -> dict[str, Any]:
    """The entries of ``params`` named in ``names`` that are present."""
    return {name: params[name] for name in names if name in params}


def _ref(ref: Mapping[str, str]) -> dict[str, str]:
    """A failed entry's names as the page's example shows them (``""`` for the one not sent)."""
    return {"orderId": ref.get("orderId", ""), "clientOid": ref.get("clientOid", "")}


def _in_time(params: Params) -> Callable[[Order], bool]:
    """Whether an order was created within ``startTime`` .. ``endTime`` (ms, each optional)."""
    start = int(params.get("startTime", 0))
    end = int(params["endTime"]) if "endTime" in params else None
    return lambda order: order.created_ms >= start and (end is None or order.created_ms <= end)


def _times(order: Order) -> dict[str, str]:
    return {"cTime": str(order.created_ms), "uTime": str(order.updated_ms)}


def _spot_plan_view(order: Order) -> dict[str, Any]:
    """A spot plan order as ``current-plan-order`` / ``history-plan-order`` list it."""
    p = order.params
    view = {"orderId": order.id, "clientOid": order.client_id, "symbol": p["symbol"], "size": p["size"]}
    if "executePrice" in p:
        view["executePrice"] = p["executePrice"]
    view.update(
        triggerPrice=p["triggerPrice"],
        status=order.status,
        orderType=p["orderType"],
        side=p["side"],
        planType=p.get("planType", "amount"),
        triggerType=p["triggerType"],
        enterPointSource="API",
    )
    return {**view, **_times(order)}


_MIX_COPIED = tuple(
    """planType symbol size price executePrice callbackRatio triggerPrice triggerType side marginCoin marginMode
    tradeSide orderType stopSurplusExecutePrice stopSurplusTriggerPrice stopSurplusTriggerType stopLossExecutePrice
    stopLossTriggerPrice stopLossTriggerType""".split()
)
"""The stored fields a futures plan order lists as they are, in the page's order."""


def _mix_plan_view(order: Order) -> dict[str, Any]:
    """A futures plan order as ``orders-plan-pending`` / ``orders-plan-history`` list it."""
    p = order.params
    view = _pick(p, _MIX_COPIED)
    view.setdefault("executePrice", p.get("price"))
    if p["planType"] in TPSL_PLAN_TYPES:
        view.update(_tpsl_view(p))
    else:
        hedged = "tradeSide" in p
        view.update(
            posSide=("long" if p["side"] == "buy" else "short") if hedged else "net",
            posMode="hedge_mode" if hedged else "one_way_mode",
            orderSource="normal" if p["orderType"] == "limit" else "market",
        )
    view.update(orderId=order.id, clientOid=order.client_id, planStatus=order.status, enterPointSource="API")
    return {name: value for name, value in {**view, **_times(order)}.items() if value is not None}


_POS_TPSL_LEGS = (("stopSurplus", ("profit_plan", "pos_profit")), ("stopLoss", ("loss_plan", "pos_loss")))
"""place-pos-tpsl's legs: field prefix, and the plan type with a size and without one."""


def _tpsl_view(p: Mapping[str, Any]) -> dict[str, Any]:
    """What a take-profit / stop-loss plan lists beyond its stored fields: the closing side, the position and how
    it executes (``executePrice`` above 0: limit)."""
    hedged = p["holdSide"] in ("long", "short")
    closes_long = p["holdSide"] in ("long", "buy")
    limit = Decimal(p.get("executePrice") or 0) > 0
    kind = {"profit_plan": "profit", "loss_plan": "loss", "pos_profit": "pos_profit", "pos_loss": "pos_loss"}
    view = {
        "side": "sell" if closes_long else "buy",
        "posSide": p["holdSide"] if hedged else "net",
        "posMode": "hedge_mode" if hedged else "one_way_mode",
        "orderType": "limit" if limit else "market",
    }
    if p["planType"] in kind:
        view["orderSource"] = f"{kind[p['planType']]}_{'limit' if limit else 'market'}"
    return view


def _margin_view(order: Order) -> dict[str, Any]:
    """An isolated- or cross-margin order as the open-orders and history-orders pages list it (nothing filled)."""
    p = order.params
    view = {"symbol": p["symbol"], "orderType": p["orderType"], "enterPointSource": "API", "orderId": order.id}
    view.update(clientOid=order.client_id, loanType=p["loanType"], side=p["side"], status=order.status)
    view.update(_pick(p, ("price", "baseSize", "quoteSize")))
    view.update(priceAvg="0", size="0", amount="0", force=p["force"])
    return {**view, **_times(order)}


def _client_key(family: str, client_oid: str) -> str:
    return f"{VENUE}/{family}/clientOid/{client_oid}"


def _same(given: str, expected: str) -> bool:
    return hmac.compare_digest(given.encode(), expected.encode())


def _rsa_valid(public_key_pem: str, message: bytes, sign: str) -> bool:
    """Whether ``sign`` is a Base64 RSASSA-PKCS1-v1_5 / SHA-256 signature of ``message``."""
    from cryptography.exceptions import InvalidSignature
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding

    try:
        signature = base64.b64decode(sign, validate=True)
        _rsa_public_key(public_key_pem).verify(signature, message, padding.PKCS1v15(), hashes.SHA256())
    except (InvalidSignature, binascii.Error, ValueError):
        return False
    return True


@functools.cache
def _rsa_public_key(public_key_pem: str) -> Any:
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.hazmat.primitives.serialization import load_pem_public_key

    key = load_pem_public_key(public_key_pem.encode())
    if not isinstance(key, rsa.RSAPublicKey):
        raise ValueError("rsa_public_key is not an RSA public key")
    return key
