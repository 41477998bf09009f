"""Helpers for the sandbox tests: requests signed here by hand from the NOTES.md formulas, sent with ``http.client``.

Nothing here uses the client. ``test_sandbox.py`` checks each signer against the published vectors first.
"""

from __future__ import annotations

import base64
import functools
import hashlib
import hmac
import http.client
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import Any
from urllib.parse import quote, urlsplit

from venuebind import sandbox
from venuebind.sandbox import Sandbox
from venuebind.sandbox.schema import load_spec

NOW = 1_700_000_000.0
"""The sandboxes' clock in these tests (seconds), unless a test moves it."""
NOW_MS = int(NOW * 1000)

KEY = "key-1234567890"
SECRET = "secret-abcdef"
PASSPHRASE = "pass-phrase"

BITGET_SPOT = "/api/v2/spot/trade/place-plan-order"
BITGET_MIX = "/api/v2/mix/order/place-plan-order"
BITGET_BATCH = "/api/v2/margin/isolated/batch-place-order"
GATE_ORDERS = "/spot/price_orders"
BINGX_OCO = "/openApi/spot/v1/oco/order"


# --------------------------------------------------------------------------------------------------------------------
# Signers from the NOTES.md formulas, checked against the NOTES.md vectors


def bitget_sign(secret: str, timestamp: str, method: str, path: str, query: str, body: bytes) -> str:
    """NOTES bitget 3: Base64(HMAC-SHA256(secret, timestamp + METHOD + path ["?" + query] + body))."""
    prehash = f"{timestamp}{method}{path}{'?' + query if query else ''}".encode() + body
    return base64.b64encode(hmac.new(secret.encode(), prehash, hashlib.sha256).digest()).decode()


def gate_sign(secret: str, method: str, path: str, query: str, body: bytes, timestamp: str) -> str:
    """NOTES gate 3: hex(HMAC-SHA512(secret, METHOD \\n path \\n query \\n hex(SHA512(body)) \\n timestamp))."""
    message = f"{method}\n{path}\n{query}\n{hashlib.sha512(body).hexdigest()}\n{timestamp}"
    return hmac.new(secret.encode(), message.encode(), hashlib.sha512).hexdigest()


def bingx_sign(secret: str, params: list[tuple[str, str]]) -> str:
    """NOTES bingx 3: hex(HMAC-SHA256(secret, k1=v1&k2=v2)), values unencoded, in the sent order."""
    text = "&".join(f"{name}={value}" for name, value in params)
    return hmac.new(secret.encode(), text.encode(), hashlib.sha256).hexdigest()


BG1_BODY = (
    b'{"symbol":"TRXUSDT","side":"buy","triggerPrice":"0.041572","executePrice":"0.041572","size":"151",'
    b'"triggerType":"mark_price","orderType":"limit","clientOid":"12345","force":"gtc"}'
)
GATE_D1_BODY = (
    b'{"market":"GT_USDT","trigger":{"price":"100","rule":">=","expiration":3600},"put":{"type":"limit","side":"buy",'
    b'"price":"2.15","amount":"2.00000000","account":"normal","time_in_force":"gtc","text":"api"}}'
)
BINGX_D1 = [
    ("limitPrice", "70000"),
    ("orderPrice", "50000"),
    ("quantity", "0.001"),
    ("side", "SELL"),
    ("symbol", "BTC-USDT"),
    ("timestamp", "1649404670162"),
    ("triggerPrice", "50100"),
]


# --------------------------------------------------------------------------------------------------------------------
# HTTP helpers


@dataclass
class Answer:
    status: int
    headers: http.client.HTTPMessage
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body, parse_float=Decimal)


def call(
    sb: Sandbox,
    method: str,
    target: str,
    *,
    body: bytes = b"",
    headers: dict[str, str] | None = None,
    timeout: float = 5.0,
) -> Answer:
    """One request on a fresh connection; ``target`` is the path (with query) under the sandbox's base URL."""
    base = urlsplit(sb.base_url)
    assert base.hostname and base.port
    connection = http.client.HTTPConnection(base.hostname, base.port, timeout=timeout)
    try:
        connection.request(method, base.path + target, body=body or None, headers=headers or {})
        response = connection.getresponse()
        return Answer(response.status, response.headers, response.read())
    finally:
        connection.close()


def compact(document: Any) -> bytes:
    return json.dumps(document, separators=(",", ":")).encode()


def bitget_headers(
    method: str,
    path: str,
    body: bytes,
    *,
    query: str = "",
    timestamp_ms: int = NOW_MS,
    secret: str = SECRET,
    key: str = KEY,
    passphrase: str = PASSPHRASE,
) -> dict[str, str]:
    timestamp = str(timestamp_ms)
    return {
        "ACCESS-KEY": key,
        "ACCESS-SIGN": bitget_sign(secret, timestamp, method, path, query, body),
        "ACCESS-TIMESTAMP": timestamp,
        "ACCESS-PASSPHRASE": passphrase,
        "Content-Type": "application/json",
    }


def bitget_post(sb: Sandbox, path: str, document: Any, *, timeout: float = 5.0, **options: Any) -> Answer:
    body = compact(document)
    headers = bitget_headers("POST", path, body, **options)
    return call(sb, "POST", path, body=body, headers=headers, timeout=timeout)


def gate_headers(
    method: str, path: str, body: bytes, *, query: str = "", timestamp: str = str(int(NOW)), secret: str = SECRET
) -> dict[str, str]:
    return {
        "KEY": KEY,
        "Timestamp": timestamp,
        "SIGN": gate_sign(secret, method, "/api/v4" + path, query, body, timestamp),
        "Content-Type": "application/json",
    }


def gate_post(sb: Sandbox, document: Any, **options: Any) -> Answer:
    body = compact(document)
    return call(sb, "POST", GATE_ORDERS, body=body, headers=gate_headers("POST", GATE_ORDERS, body, **options))


def bingx_target(params: list[tuple[str, str]], *, secret: str = SECRET, timestamp_ms: int = NOW_MS) -> str:
    """The sorted parameters plus ``timestamp``, URL-encoded, with ``&signature=`` over the unencoded text last."""
    pairs = sorted([*params, ("timestamp", str(timestamp_ms))])
    query = "&".join(f"{name}={quote(value, safe='')}" for name, value in pairs)
    return f"{BINGX_OCO}?{query}&signature={bingx_sign(secret, pairs)}"


def bingx_post(sb: Sandbox, params: list[tuple[str, str]], **options: Any) -> Answer:
    return call(sb, "POST", bingx_target(params, **options), headers={"X-BX-APIKEY": KEY})


def spot_order(**fields: Any) -> dict[str, Any]:
    order = {
        "symbol": "TRXUSDT",
        "side": "buy",
        "triggerPrice": "0.041572",
        "orderType": "limit",
        "executePrice": "0.041572",
        "size": "151",
        "triggerType": "fill_price",
        "clientOid": "12345",
    }
    order.update(fields)
    return {name: value for name, value in order.items() if value is not None}


def gate_order(*, trigger: dict[str, Any] | None = None, **put: Any) -> dict[str, Any]:
    fields = {"type": "limit", "side": "buy", "price": "2.15", "amount": "2.00000000", "account": "normal"}
    fields.update(put)
    return {
        "market": "GT_USDT",
        "trigger": trigger or {"price": "100", "rule": ">=", "expiration": 3600},
        "put": {name: value for name, value in fields.items() if value is not None},
    }


def gate_futures_order(contract: str = "BTC_USDT", **trigger: Any) -> dict[str, Any]:
    """A Gate futures auto order: sell the whole long at market when the mark price falls to 60000."""
    return {
        "initial": {"contract": contract, "size": 0, "price": "0", "tif": "ioc", "reduce_only": True},
        "trigger": {"price_type": 1, "price": "60000", "rule": 2, **trigger},
        "order_type": "close-long-position",
    }


USDT = "USDT-FUTURES"


def mix_order(**fields: Any) -> dict[str, Any]:
    """A futures trigger order (normal_plan, limit) with a take-profit; ``None`` drops a field."""
    order = {
        "planType": "normal_plan",
        "symbol": "BTCUSDT",
        "productType": USDT,
        "marginMode": "isolated",
        "marginCoin": "USDT",
        "size": "0.01",
        "price": "24000",
        "triggerPrice": "24100",
        "triggerType": "mark_price",
        "side": "buy",
        "orderType": "limit",
        "stopSurplusTriggerPrice": "25000",
        "stopSurplusTriggerType": "fill_price",
        "stopSurplusExecutePrice": "25010",
    }
    order.update(fields)
    return {name: value for name, value in order.items() if value is not None}


def trailing_stop(**fields: Any) -> dict[str, Any]:
    return mix_order(
        planType="track_plan",
        price=None,
        orderType="market",
        callbackRatio="2.5",
        stopSurplusTriggerPrice=None,
        stopSurplusTriggerType=None,
        stopSurplusExecutePrice=None,
        **fields,
    )


def isolated_order(**fields: Any) -> dict[str, Any]:
    order = {"symbol": "ETHUSDT", "side": "buy", "price": "1796.5", "orderType": "limit", "force": "gtc"}
    order.update(baseSize="0.1", loanType="normal", **fields)
    return order


OCO = [
    ("symbol", "BTC-USDT"),
    ("side", "SELL"),
    ("quantity", "0.001"),
    ("limitPrice", "70000"),
    ("orderPrice", "50000"),
    ("triggerPrice", "50100"),
]


def is_big_id(value: Any) -> bool:
    """A numeric string above 2**53, as order IDs are."""
    return isinstance(value, str) and value.isdigit() and int(value) > 2**53


def start(venue: str, **options: Any) -> Sandbox:
    if venue == "bitget":
        options.setdefault("passphrase", PASSPHRASE)
    return sandbox.start(venue, api_key=KEY, secret_key=SECRET, clock=lambda: NOW, **options)


# --------------------------------------------------------------------------------------------------------------------
# Signed requests to any operation, by operation ID: signed over the unencoded values, sent percent-encoded

Query = Mapping[str, object] | Sequence[tuple[str, str]]
"""Query parameters: a mapping (values turned into text with ``str``) or pairs, in the order to send them."""


def encoded(pairs: list[tuple[str, str]]) -> str:
    """``k=v&...`` with every value percent-encoded (space → ``%20``, ``+`` → ``%2B``, ``#`` → ``%23``, ...)."""
    return "&".join(f"{name}={quote(value, safe='')}" for name, value in pairs)


def unencoded(pairs: list[tuple[str, str]]) -> str:
    """``k=v&...`` as the venues sign it: values not encoded, in the order sent."""
    return "&".join(f"{name}={value}" for name, value in pairs)


@functools.cache
def route(venue: str, operation_id: str) -> tuple[str, str, bool]:
    """``(METHOD, path, public)`` of an operation, from the shipped spec (Gate's path below ``/api/v4``)."""
    for path, item in load_spec(venue)["paths"].items():
        for method, operation in item.items():
            if isinstance(operation, dict) and operation.get("operationId") == operation_id:
                return method.upper(), path, operation.get("security") == []
    raise KeyError(f"{venue} has no operation {operation_id}")


def send(
    sb: Sandbox,
    operation_id: str,
    query: Query = (),
    *,
    body: Any = None,
    order_id: str | None = None,
    settle: str | None = None,
    timestamp_ms: int = NOW_MS,
) -> Answer:
    """A request to ``operation_id`` of the sandbox's venue, signed unless the operation is public: ``query``
    percent-encoded in the URL (BingX: then ``timestamp`` and ``signature``), ``body`` as compact JSON, ``order_id``
    and ``settle`` in Gate's path."""
    method, path, public = route(sb.venue, operation_id)
    for name, value in (("order_id", order_id), ("settle", settle)):
        if value is not None:
            path = path.replace("{" + name + "}", quote(value, safe=""))
    pairs = [(name, str(value)) for name, value in (query.items() if isinstance(query, Mapping) else query)]
    data = b"" if body is None else compact(body)
    if public:
        return call(sb, method, path + (f"?{encoded(pairs)}" if pairs else ""), body=data)
    if sb.venue == "bingx":
        pairs.append(("timestamp", str(timestamp_ms)))
        target = f"{path}?{encoded(pairs)}&signature={bingx_sign(SECRET, pairs)}"
        return call(sb, method, target, headers={"X-BX-APIKEY": KEY})
    if sb.venue == "bitget":
        headers = bitget_headers(method, path, data, query=unencoded(pairs), timestamp_ms=timestamp_ms)
    else:
        headers = gate_headers(method, path, data, query=unencoded(pairs), timestamp=str(timestamp_ms // 1000))
    return call(sb, method, path + (f"?{encoded(pairs)}" if pairs else ""), body=data, headers=headers)


def data_of(answer: Answer) -> Any:
    """The result of a successful answer: Bitget / BingX ``data`` (after checking ``code``), Gate the body."""
    document = answer.json()
    assert 200 <= answer.status < 300, document
    if isinstance(document, dict) and "code" in document:
        assert document["code"] in ("00000", 0), document
        return document["data"]
    return document
