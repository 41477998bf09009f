"""Bitget v2 stand-in: ``ACCESS-*`` header signatures, the ``{code, msg, requestTime, data}`` envelope, Bitget codes.

A request is checked in this order (NOTES.md sections 3, 5 and 7):

1. headers present: ``ACCESS-KEY`` (40001), ``ACCESS-SIGN`` (40002), ``ACCESS-TIMESTAMP`` (40005),
   ``ACCESS-PASSPHRASE`` (40011);
2. the key (40006) and passphrase (40012);
3. ``ACCESS-TIMESTAMP`` is milliseconds (40005) within 30 s of the sandbox clock (40008);
4. ``ACCESS-SIGN`` = Base64 HMAC-SHA256 over ``timestamp + METHOD + path ["?" + query] + body`` (40009); the query
   is the received pairs percent-decoded, in received order, and the body the exact bytes received. A sandbox started
   with ``rsa_public_key`` checks RSASSA-PKCS1-v1_5 / SHA-256 instead (the scheme follows the key type);
5. a POST says ``Content-Type: application/json`` (40007) and its body is the operation's JSON schema (40017, the
   message naming the field).

Every error is HTTP 400 with ``data: null``: Bitget's answers for 40006 and 40009 seen in public issue threads carry
400, and the client reads the code, not the status. An unknown path is HTTP 404, code 40404.
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import hmac
import json
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

__all__ = ["Bitget"]

VENUE = "bitget"
TIMESTAMP_WINDOW_MS = 30_000
SUCCESS = "00000"
PARAM_ERROR = "40017"


class Bitget:
    """The Bitget venue of a sandbox: one API key, the shared order book."""

    def __init__(self, keys: Keys, orders: OrderBook) -> None:
        if not keys.passphrase:
            raise ValueError("a Bitget sandbox needs a passphrase")
        if not keys.secret_key and not keys.rsa_public_key:
            raise ValueError("a Bitget sandbox needs a secret_key or an rsa_public_key")
        self._keys = keys
        self._orders = orders
        self._handlers: dict[str, Callable[[str, dict[str, Any]], Any]] = {
            "place_plan_order": self._place_order,
            "place_mix_plan_order": self._place_order,
            "batch_place_isolated_orders": self._batch_place,
        }

    def answer(self, request: Incoming, route: Route | None, now: float) -> Reply:
        now_ms = int(now * 1000)
        try:
            handler = self._handlers.get(route.operation_id) if route else None
            if route is None or handler is None:
                raise Rejected(404, "40404", "Request URL NOT FOUND")
            self._authenticate(request, now_ms)
            params = self._params(request, route.operation_id)
            data = handler(route.operation_id, params)
        except Rejected as error:
            document = {"code": error.code, "msg": error.message, "requestTime": now_ms, "data": None}
            return json_reply(error.status, document, error.code)
        return json_reply(200, {"code": SUCCESS, "msg": "success", "requestTime": now_ms, "data": data}, "accepted")

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

    def _params(self, request: Incoming, operation_id: str) -> dict[str, Any]:
        """The JSON body of a POST (the query of a GET), checked against the spec."""
        if request.method == "POST":
            media_type = (request.header("Content-Type") or "").split(";")[0].strip().lower()
            if media_type != "application/json":
                raise Rejected(400, "40007", "Invalid Content_Type, please use `application/json` format")
            try:
                params = json.loads(request.body, parse_float=Decimal)
            except ValueError:
                raise Rejected(400, PARAM_ERROR, "Parameter verification failed: the body is not JSON") from None
        else:
            params = query_object(VENUE, operation_id, query_pairs(request.query))
        problem = first_problem(VENUE, operation_id, params)
        if problem is not None:
            raise Rejected(400, PARAM_ERROR, f"Parameter verification failed: {problem.field}: {problem.message}")
        assert isinstance(params, dict)
        return params

    # Operations -----------------------------------------------------------------------------------------------------

    def _place_order(self, operation_id: str, body: dict[str, Any]) -> dict[str, str]:
        """Spot plan order and futures trigger order: ``{orderId, clientOid}``; a used ``clientOid`` is refused."""
        client_oid = body.get("clientOid") or self._orders.new_id()
        if not self._orders.claim(client_oid):
            raise Rejected(400, PARAM_ERROR, "Duplicate clientOid")
        result = {"orderId": self._orders.new_id(), "clientOid": client_oid}
        self._orders.add(Order(VENUE, operation_id, result["orderId"], client_oid, body, result))
        return result

    def _batch_place(self, operation_id: str, body: dict[str, Any]) -> dict[str, list[dict[str, str]]]:
        """Isolated-margin batch: an entry whose ``clientOid`` was used before (here or earlier) goes to
        ``failureList``; the others are placed. The envelope says success either way."""
        placed: list[dict[str, str]] = []
        failed: list[dict[str, str]] = []
        for entry in body["orderList"]:
            client_oid = entry.get("clientOid") or self._orders.new_id()
            if not self._orders.claim(client_oid):
                failed.append({"clientOid": client_oid, "errorMsg": "Duplicate clientOid"})
                continue
            result = {"orderId": self._orders.new_id(), "clientOid": client_oid}
            params = {"symbol": body["symbol"], **entry}
            self._orders.add(Order(VENUE, operation_id, result["orderId"], client_oid, params, result))
            placed.append(result)
        return {"successList": placed, "failureList": failed}


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
