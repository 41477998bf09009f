"""The sandbox venues over real loopback HTTP, with requests signed here by hand from the NOTES.md formulas.

Nothing here uses the client: each signer in ``helpers`` is checked against the published vectors first, and every
request is built with ``http.client``.
"""

from __future__ import annotations

import base64
import http.client
import json
import socket
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import quote, urlsplit

import pytest

import venuebind
from tests.sandbox.helpers import (
    BG1_BODY,
    BINGX_D1,
    BINGX_OCO,
    BITGET_BATCH,
    BITGET_MIX,
    BITGET_SPOT,
    GATE_D1_BODY,
    GATE_ORDERS,
    KEY,
    NOW,
    NOW_MS,
    OCO,
    PASSPHRASE,
    SECRET,
    bingx_post,
    bingx_sign,
    bingx_target,
    bitget_headers,
    bitget_post,
    bitget_sign,
    call,
    compact,
    gate_headers,
    gate_order,
    gate_post,
    gate_sign,
    is_big_id,
    spot_order,
    start,
)
from venuebind import sandbox
from venuebind.sandbox import Fault, Sandbox
from venuebind.sandbox.server import Keys

# --------------------------------------------------------------------------------------------------------------------
# The signers against the NOTES.md vectors


def test_signers_match_the_notes_vectors() -> None:
    bg1 = bitget_sign("test_secret", "1659076670000", "POST", BITGET_SPOT, "", BG1_BODY)
    assert bg1 == "1yth6IiA+ZsoxoJ1Y6YME9Fgw33r0y3aY+Eis7Q+VWo="
    current = "/api/v2/spot/trade/current-plan-order"
    bg2 = bitget_sign("test_secret", "1659076670000", "GET", current, "limit=10&symbol=BTCUSDT", b"")
    assert bg2 == "UzH8jtwsmwpq2uyO5G6u1Lr7DvHr8R+flQmvjM0KjJM="
    assert gate_sign("secret", "POST", "/api/v4/spot/price_orders", "", GATE_D1_BODY, "1541993715") == (
        "d6dcd667742be792165b78094675250cdc38baa0fccb621bf2d075dadb954791"
        "b67bdfefcb4b89cf0e446f0a86a653097a45a28dd133ac6100a695f6cc32c6aa"
    )
    bingx_secret = "UuGuyEGt6ZEkpUObCYCmIfh0elYsZVh80jlYwpJuRZEw70t6vomMH7Sjmf94ztSI"
    assert bingx_sign(bingx_secret, BINGX_D1) == "a6d4d9979b0dbc7289d8ff87e3ff9ed38a64167f5029f8fa64f31cc0c67cede9"


# --------------------------------------------------------------------------------------------------------------------
# Bitget


def test_bitget_accepts_a_spot_plan_order(bitget: Sandbox) -> None:
    answer = bitget_post(bitget, BITGET_SPOT, spot_order())
    assert answer.status == 200
    document = answer.json()
    assert document["code"] == "00000"
    assert document["msg"] == "success"
    assert document["requestTime"] == NOW_MS
    assert is_big_id(document["data"]["orderId"])
    assert document["data"]["clientOid"] == "12345"
    [order] = bitget.orders
    assert (order.venue, order.operation_id, order.id, order.client_id) == (
        "bitget",
        "place_plan_order",
        document["data"]["orderId"],
        "12345",
    )
    assert order.params == spot_order()


def test_bitget_generates_a_client_oid_when_absent(bitget: Sandbox) -> None:
    data = bitget_post(bitget, BITGET_SPOT, spot_order(clientOid=None)).json()["data"]
    assert isinstance(data["clientOid"], str) and data["clientOid"]
    assert bitget.orders[0].client_id == data["clientOid"]


def test_bitget_accepts_a_mix_trailing_stop(bitget: Sandbox) -> None:
    order = {
        "planType": "track_plan",
        "symbol": "BTCUSDT",
        "productType": "USDT-FUTURES",
        "marginMode": "isolated",
        "marginCoin": "USDT",
        "size": "0.01",
        "callbackRatio": "2.5",
        "triggerPrice": "24100",
        "triggerType": "mark_price",
        "side": "buy",
        "orderType": "market",
        "clientOid": "mix-1",
    }
    answer = bitget_post(bitget, BITGET_MIX, order)
    assert answer.status == 200
    assert answer.json()["data"]["clientOid"] == "mix-1"
    assert is_big_id(answer.json()["data"]["orderId"])
    assert bitget.orders[0].operation_id == "place_mix_plan_order"


def flip_one_byte(signature: str) -> str:
    raw = bytearray(base64.b64decode(signature))
    raw[0] ^= 0x01
    return base64.b64encode(bytes(raw)).decode()


def test_bitget_rejects_a_signature_off_by_one_byte(bitget: Sandbox) -> None:
    body = compact(spot_order())
    headers = bitget_headers("POST", BITGET_SPOT, body)
    headers["ACCESS-SIGN"] = flip_one_byte(headers["ACCESS-SIGN"])
    answer = call(bitget, "POST", BITGET_SPOT, body=body, headers=headers)
    assert answer.status == 400
    assert answer.json() == {"code": "40009", "msg": "sign signature error", "requestTime": NOW_MS, "data": None}
    assert bitget.orders == []


def test_bitget_rejects_a_body_changed_after_signing(bitget: Sandbox) -> None:
    body = compact(spot_order())
    headers = bitget_headers("POST", BITGET_SPOT, body)
    answer = call(bitget, "POST", BITGET_SPOT, body=body.replace(b'"151"', b'"152"'), headers=headers)
    assert (answer.status, answer.json()["code"]) == (400, "40009")


@pytest.mark.parametrize(
    ("options", "code"),
    [({"key": "other-key-123"}, "40006"), ({"passphrase": "wrong"}, "40012"), ({"secret": "other"}, "40009")],
)
def test_bitget_rejects_wrong_credentials(bitget: Sandbox, options: dict[str, Any], code: str) -> None:
    answer = bitget_post(bitget, BITGET_SPOT, spot_order(), **options)
    assert (answer.status, answer.json()["code"], answer.json()["data"]) == (400, code, None)


@pytest.mark.parametrize(
    ("header", "code"),
    [("ACCESS-KEY", "40001"), ("ACCESS-SIGN", "40002"), ("ACCESS-TIMESTAMP", "40005"), ("ACCESS-PASSPHRASE", "40011")],
)
def test_bitget_rejects_a_missing_header(bitget: Sandbox, header: str, code: str) -> None:
    body = compact(spot_order())
    headers = bitget_headers("POST", BITGET_SPOT, body)
    del headers[header]
    answer = call(bitget, "POST", BITGET_SPOT, body=body, headers=headers)
    assert (answer.status, answer.json()["code"]) == (400, code)


def test_bitget_timestamp_window_is_30_seconds(bitget: Sandbox) -> None:
    bitget.clock = lambda: NOW + 30
    assert bitget_post(bitget, BITGET_SPOT, spot_order(clientOid="a")).status == 200
    bitget.clock = lambda: NOW - 30
    assert bitget_post(bitget, BITGET_SPOT, spot_order(clientOid="b")).status == 200
    bitget.clock = lambda: NOW + 31
    answer = bitget_post(bitget, BITGET_SPOT, spot_order(clientOid="c"))
    assert (answer.status, answer.json()["code"], answer.json()["msg"]) == (400, "40008", "Request timestamp expired")
    assert [order.client_id for order in bitget.orders] == ["a", "b"]


def test_bitget_wants_json_content_type(bitget: Sandbox) -> None:
    body = compact(spot_order())
    headers = bitget_headers("POST", BITGET_SPOT, body)
    headers["Content-Type"] = "text/plain"
    answer = call(bitget, "POST", BITGET_SPOT, body=body, headers=headers)
    assert (answer.status, answer.json()["code"]) == (400, "40007")


@pytest.mark.parametrize(
    ("fields", "named"),
    [
        ({"orderType": "bogus"}, "orderType"),
        ({"size": None}, "size"),
        ({"executePrice": None}, "executePrice"),
        ({"triggerPrice": "1e-8"}, "triggerPrice"),
        ({"force": "gtc"}, "force"),
    ],
)
def test_bitget_rejects_schema_violations(bitget: Sandbox, fields: dict[str, Any], named: str) -> None:
    answer = bitget_post(bitget, BITGET_SPOT, spot_order(**fields))
    document = answer.json()
    assert (answer.status, document["code"], document["data"]) == (400, "40017", None)
    assert named in document["msg"]
    assert bitget.orders == []


def test_bitget_refuses_a_duplicate_client_oid(bitget: Sandbox) -> None:
    assert bitget_post(bitget, BITGET_SPOT, spot_order()).status == 200
    answer = bitget_post(bitget, BITGET_SPOT, spot_order())
    assert (answer.status, answer.json()["code"], answer.json()["msg"]) == (400, "40017", "Duplicate clientOid")
    assert len(bitget.orders) == 1


def test_bitget_batch_reports_a_duplicate_entry_as_a_failure(bitget: Sandbox) -> None:
    assert bitget_post(bitget, BITGET_SPOT, spot_order(clientOid="used-before")).status == 200
    entry = {"orderType": "limit", "price": "100", "loanType": "normal", "force": "gtc", "baseSize": "1", "side": "buy"}
    batch = {
        "symbol": "BTCUSDT",
        "orderList": [
            {**entry, "clientOid": "used-before"},
            {**entry, "clientOid": "fresh"},
            {**entry, "clientOid": "fresh"},
            entry,
        ],
    }
    answer = bitget_post(bitget, BITGET_BATCH, batch)
    assert answer.status == 200
    document = answer.json()
    assert document["code"] == "00000"
    placed, failed = document["data"]["successList"], document["data"]["failureList"]
    assert placed[0]["clientOid"] == "fresh"
    assert len(placed) == 2 and all(is_big_id(item["orderId"]) for item in placed)
    assert failed == [
        {"clientOid": "used-before", "errorMsg": "Duplicate clientOid"},
        {"clientOid": "fresh", "errorMsg": "Duplicate clientOid"},
    ]
    batch_orders = [order for order in bitget.orders if order.operation_id == "batch_place_isolated_orders"]
    assert len(batch_orders) == 2
    assert batch_orders[0].params == {"symbol": "BTCUSDT", **entry, "clientOid": "fresh"}


def test_bitget_batch_entries_are_checked_against_the_schema(bitget: Sandbox) -> None:
    entry = {"orderType": "limit", "loanType": "normal", "force": "gtc", "side": "buy"}
    answer = bitget_post(bitget, BITGET_BATCH, {"symbol": "BTCUSDT", "orderList": [entry]})
    assert (answer.status, answer.json()["code"]) == (400, "40017")
    assert "orderList[0].baseSize" in answer.json()["msg"]


def test_bitget_signs_the_query_percent_decoded_in_received_order(bitget: Sandbox) -> None:
    body = compact(spot_order())
    decoded = bitget_headers("POST", BITGET_SPOT, body, query="note=a b&x=1")
    encoded = bitget_headers("POST", BITGET_SPOT, body, query="note=a%20b&x=1")
    target = BITGET_SPOT + "?note=a%20b&x=1"
    assert call(bitget, "POST", target, body=body, headers=encoded).json()["code"] == "40009"
    assert call(bitget, "POST", target, body=body, headers=decoded).json()["code"] == "00000"


def test_bitget_unknown_path_is_404(bitget: Sandbox) -> None:
    answer = bitget_post(bitget, "/api/v2/spot/trade/place-order", spot_order())
    assert (answer.status, answer.json()["code"]) == (404, "40404")
    assert call(bitget, "GET", BITGET_SPOT).status == 404


def test_bitget_checks_rsa_signatures_with_an_rsa_key() -> None:
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import padding, rsa

    private_key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    public_pem = private_key.public_key().public_bytes(
        serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
    )
    body = compact(spot_order())
    prehash = f"{NOW_MS}POST{BITGET_SPOT}".encode() + body
    signature = private_key.sign(prehash, padding.PKCS1v15(), hashes.SHA256())
    with start("bitget", rsa_public_key=public_pem.decode()) as sb:
        headers = bitget_headers("POST", BITGET_SPOT, body)
        assert call(sb, "POST", BITGET_SPOT, body=body, headers=headers).json()["code"] == "40009"
        headers["ACCESS-SIGN"] = base64.b64encode(signature).decode()
        assert call(sb, "POST", BITGET_SPOT, body=body, headers=headers).json()["code"] == "00000"
        headers["ACCESS-SIGN"] = flip_one_byte(headers["ACCESS-SIGN"])
        assert call(sb, "POST", BITGET_SPOT, body=body, headers=headers).json()["code"] == "40009"


# --------------------------------------------------------------------------------------------------------------------
# Gate


def test_gate_accepts_a_price_order_with_201(gate: Sandbox) -> None:
    answer = gate_post(gate, gate_order())
    assert answer.status == 201
    document = json.loads(answer.body)
    assert list(document) == ["id"]
    assert isinstance(document["id"], int) and document["id"] > 2**53
    assert str(document["id"]).encode() in answer.body
    [order] = gate.orders
    assert (order.operation_id, order.id, order.client_id) == ("create_spot_price_order", str(document["id"]), None)


def test_gate_base_url_includes_the_api_prefix(gate: Sandbox) -> None:
    assert gate.base_url.endswith("/api/v4")
    assert urlsplit(gate.base_url).path == "/api/v4"


def test_gate_sends_rate_limit_headers_on_every_answer(gate: Sandbox) -> None:
    answers = [gate_post(gate, gate_order()), gate_post(gate, gate_order(), secret="x"), call(gate, "GET", "/nowhere")]
    for answer in answers:
        assert answer.headers["X-Gate-RateLimit-Limit"]
        assert answer.headers["X-Gate-RateLimit-Requests-Remain"].isdigit()
        assert answer.headers["X-Gate-RateLimit-Reset-Timestamp"].isdigit()
    assert answers[0].headers["X-Gate-RateLimit-Limit"] == "10"
    assert answers[1].headers["X-Gate-RateLimit-Requests-Remain"] == "8"


def test_gate_rejects_a_signature_off_by_one_byte(gate: Sandbox) -> None:
    body = compact(gate_order())
    headers = gate_headers("POST", GATE_ORDERS, body)
    sign = headers["SIGN"]
    headers["SIGN"] = sign[:-2] + f"{int(sign[-2:], 16) ^ 1:02x}"
    answer = call(gate, "POST", GATE_ORDERS, body=body, headers=headers)
    assert answer.status == 401
    assert answer.json()["label"] == "INVALID_SIGNATURE"
    assert gate.orders == []


def test_gate_rejects_an_unknown_key(gate: Sandbox) -> None:
    body = compact(gate_order())
    headers = {**gate_headers("POST", GATE_ORDERS, body), "KEY": "someone-else"}
    answer = call(gate, "POST", GATE_ORDERS, body=body, headers=headers)
    assert (answer.status, answer.json()["label"]) == (401, "INVALID_KEY")


@pytest.mark.parametrize("header", ["KEY", "Timestamp", "SIGN"])
def test_gate_rejects_a_missing_header(gate: Sandbox, header: str) -> None:
    body = compact(gate_order())
    headers = gate_headers("POST", GATE_ORDERS, body)
    del headers[header]
    answer = call(gate, "POST", GATE_ORDERS, body=body, headers=headers)
    assert (answer.status, answer.json()["label"]) == (401, "MISSING_REQUIRED_HEADER")
    assert header in answer.json()["message"]


def test_gate_timestamp_window_is_60_seconds(gate: Sandbox) -> None:
    gate.clock = lambda: NOW + 60
    assert gate_post(gate, gate_order()).status == 201
    gate.clock = lambda: NOW - 61
    answer = gate_post(gate, gate_order())
    assert (answer.status, answer.json()["label"]) == (401, "REQUEST_EXPIRED")
    assert len(gate.orders) == 1


def test_gate_accepts_a_decimal_timestamp_as_signed(gate: Sandbox) -> None:
    assert gate_post(gate, gate_order(), timestamp=f"{NOW + 0.123:.3f}").status == 201


def test_gate_signs_the_query_unencoded_in_url_order(gate: Sandbox) -> None:
    body = compact(gate_order())
    target = GATE_ORDERS + "?note=a%20b&x=1"
    raw = gate_headers("POST", GATE_ORDERS, body, query="note=a%20b&x=1")
    decoded = gate_headers("POST", GATE_ORDERS, body, query="note=a b&x=1")
    reordered = gate_headers("POST", GATE_ORDERS, body, query="x=1&note=a b")
    assert call(gate, "POST", target, body=body, headers=raw).json()["label"] == "INVALID_SIGNATURE"
    assert call(gate, "POST", target, body=body, headers=reordered).json()["label"] == "INVALID_SIGNATURE"
    assert call(gate, "POST", target, body=body, headers=decoded).status == 201


@pytest.mark.parametrize(
    ("document", "label", "named"),
    [
        (gate_order(trigger={"price": "1", "rule": ">>", "expiration": 9}), "INVALID_PARAM_VALUE", "trigger.rule"),
        (gate_order(side="bogus"), "INVALID_PARAM_VALUE", "put.side"),
        (gate_order(amount="-1"), "INVALID_PARAM_VALUE", "put.amount"),
        (gate_order(account=None), "MISSING_REQUIRED_PARAM", "put.account"),
        (gate_order(trigger={"price": "100", "rule": ">="}), "MISSING_REQUIRED_PARAM", "trigger.expiration"),
    ],
)
def test_gate_rejects_schema_violations(gate: Sandbox, document: dict[str, Any], label: str, named: str) -> None:
    answer = gate_post(gate, document)
    assert (answer.status, answer.json()["label"]) == (400, label)
    assert named in answer.json()["message"]
    assert gate.orders == []


def test_gate_unknown_path_is_404(gate: Sandbox) -> None:
    answer = call(gate, "GET", "/spot/orders")
    assert (answer.status, answer.json()["label"]) == (404, "NOT_FOUND")


# --------------------------------------------------------------------------------------------------------------------
# BingX


def test_bingx_answers_an_array_of_two_legs(bingx: Sandbox) -> None:
    params = [*OCO, ("listClientOrderId", "100"), ("aboveClientOrderId", "101"), ("belowClientOrderId", "102")]
    answer = bingx_post(bingx, params)
    assert answer.status == 200
    document = answer.json()
    assert (document["code"], document["msg"]) == (0, "")
    limit_leg, stop_leg = document["data"]
    assert limit_leg["orderType"] == "ocoLimit" and stop_leg["orderType"] == "ocoTps"
    assert limit_leg["price"] == Decimal("70000") and "triggerPrice" not in limit_leg
    assert (stop_leg["price"], stop_leg["triggerPrice"]) == (Decimal("50000"), Decimal("50100"))
    for leg, client_id in ((limit_leg, "101"), (stop_leg, "102")):
        assert is_big_id(leg["orderId"])
        assert leg["clientOrderId"] == client_id
        assert (leg["symbol"], leg["side"], leg["status"]) == ("BTC-USDT", "SELL", "NEW")
        assert leg["quantity"] == Decimal("0.001")
    assert b'"quantity":0.001' in answer.body and b'"price":70000' in answer.body
    [order] = bingx.orders
    assert (order.operation_id, order.client_id, order.result) == ("create_oco_order", "100", document["data"])
    assert order.params["limitPrice"] == "70000" and "timestamp" not in order.params


def test_bingx_rejects_a_signature_off_by_one_byte(bingx: Sandbox) -> None:
    target = bingx_target(OCO)
    head, signature = target.rsplit("=", 1)
    flipped = signature[:-2] + f"{int(signature[-2:], 16) ^ 1:02x}"
    answer = call(bingx, "POST", f"{head}={flipped}", headers={"X-BX-APIKEY": KEY})
    assert answer.status == 200
    assert answer.json() == {"code": 100001, "msg": "Signature verification failed", "data": {}}
    assert bingx.orders == []


def test_bingx_rejects_a_wrong_secret_and_a_wrong_key(bingx: Sandbox) -> None:
    assert bingx_post(bingx, OCO, secret="other").json()["code"] == 100001
    answer = call(bingx, "POST", bingx_target(OCO), headers={"X-BX-APIKEY": "someone-else"})
    assert (answer.status, answer.json()["code"]) == (200, 100413)
    assert call(bingx, "POST", bingx_target(OCO)).json()["code"] == 100413


def test_bingx_signature_must_come_last(bingx: Sandbox) -> None:
    head, _, tail = bingx_target(OCO).partition("?")
    pairs = tail.split("&")
    answer = call(bingx, "POST", head + "?" + "&".join([pairs[-1], *pairs[:-1]]), headers={"X-BX-APIKEY": KEY})
    assert answer.json()["code"] == 100001


def test_bingx_signs_percent_decoded_values(bingx: Sandbox) -> None:
    pairs = sorted([*OCO, ("timestamp", str(NOW_MS))])
    signature = bingx_sign(SECRET, pairs)
    query = "&".join(f"{name}={quote(value, safe='').replace('-', '%2D')}" for name, value in pairs)
    assert "BTC%2DUSDT" in query
    answer = call(bingx, "POST", f"{BINGX_OCO}?{query}&signature={signature}", headers={"X-BX-APIKEY": KEY})
    assert answer.json()["code"] == 0


@pytest.mark.parametrize("skew_ms", [-5001, 5001])
def test_bingx_rejects_a_stale_or_future_timestamp(bingx: Sandbox, skew_ms: int) -> None:
    answer = bingx_post(bingx, OCO, timestamp_ms=NOW_MS + skew_ms)
    document = answer.json()
    assert (answer.status, document["code"]) == (200, 100400)
    assert "timestamp" in document["msg"]
    assert bingx.orders == []


def test_bingx_timestamp_window_follows_recv_window(bingx: Sandbox) -> None:
    assert bingx_post(bingx, OCO, timestamp_ms=NOW_MS - 5000).json()["code"] == 0
    assert bingx_post(bingx, [*OCO, ("recvWindow", "10000")], timestamp_ms=NOW_MS - 9000).json()["code"] == 0
    assert bingx_post(bingx, [*OCO, ("recvWindow", "1000")], timestamp_ms=NOW_MS - 2000).json()["code"] == 100400
    bingx.clock = lambda: NOW + 60
    assert bingx_post(bingx, OCO).json()["code"] == 100400


def test_bingx_default_recv_window_is_configurable() -> None:
    with start("bingx", recv_window_ms=60_000) as sb:
        assert bingx_post(sb, OCO, timestamp_ms=NOW_MS - 59_000).json()["code"] == 0


@pytest.mark.parametrize(
    ("params", "named"),
    [
        ([*OCO[:1], ("side", "bogus"), *OCO[2:]], "side"),
        (OCO[:-1], "triggerPrice"),
        ([("symbol", "BTCUSDT"), *OCO[1:]], "symbol"),
        ([*OCO, ("listClientOrderId", "abc")], "listClientOrderId"),
        ([*OCO, ("recvWindow", "soon")], "recvWindow"),
        ([*OCO, ("price", "1")], "price"),
    ],
)
def test_bingx_rejects_schema_violations(bingx: Sandbox, params: list[tuple[str, str]], named: str) -> None:
    answer = bingx_post(bingx, params)
    document = answer.json()
    assert (answer.status, document["code"], document["data"]) == (200, 100400, {})
    assert named in document["msg"]
    assert bingx.orders == []


def test_bingx_refuses_a_body(bingx: Sandbox) -> None:
    answer = call(bingx, "POST", bingx_target(OCO), body=b'{"symbol":"BTC-USDT"}', headers={"X-BX-APIKEY": KEY})
    assert answer.json()["code"] == 100400
    assert bingx.orders == []


def test_bingx_refuses_a_duplicate_list_client_order_id(bingx: Sandbox) -> None:
    assert bingx_post(bingx, [*OCO, ("listClientOrderId", "555")]).json()["code"] == 0
    answer = bingx_post(bingx, [*OCO, ("listClientOrderId", "555")], timestamp_ms=NOW_MS + 1)
    assert answer.json()["code"] == 100400
    assert "once" in answer.json()["msg"]
    assert len(bingx.orders) == 1


def test_bingx_unknown_path_is_404(bingx: Sandbox) -> None:
    answer = call(bingx, "POST", "/openApi/spot/v1/trade/order", headers={"X-BX-APIKEY": KEY})
    assert answer.status == 404


# --------------------------------------------------------------------------------------------------------------------
# Faults (on Bitget: the plumbing is the same for every venue)


def test_fault_respond_replaces_the_answer_without_processing(bitget: Sandbox) -> None:
    bitget.inject(Fault.html_page(502))
    answer = bitget_post(bitget, BITGET_SPOT, spot_order())
    assert answer.status == 502
    assert answer.headers["Content-Type"].startswith("text/html")
    assert answer.body.startswith(b"<html>")
    assert bitget.orders == []
    record = bitget.requests[-1]
    assert (record.status, record.outcome, record.fault) == (502, "not processed", "respond")
    assert bitget_post(bitget, BITGET_SPOT, spot_order()).status == 200


@pytest.mark.parametrize("status", [500, 503])
def test_fault_respond_any_status(bitget: Sandbox, status: int) -> None:
    bitget.inject(Fault.respond(status, b'{"code":"50000","msg":"busy"}', content_type="application/json"))
    answer = bitget_post(bitget, BITGET_SPOT, spot_order())
    assert (answer.status, answer.body) == (status, b'{"code":"50000","msg":"busy"}')


def test_fault_rate_limited_sends_retry_after(bitget: Sandbox) -> None:
    bitget.inject(Fault.rate_limited(3))
    answer = bitget_post(bitget, BITGET_SPOT, spot_order())
    assert (answer.status, answer.headers["Retry-After"]) == (429, "3")
    assert bitget.orders == []


def test_fault_respond_can_send_unknown_enum_values_and_fields(bingx: Sandbox) -> None:
    leg = {"orderId": "1", "orderType": "ocoNew", "symbol": "BTC-USDT", "status": "X", "side": "SELL", "more": 1}
    body = compact({"code": 0, "msg": "", "data": [leg]})
    bingx.inject(Fault.respond(200, body, content_type="application/json"))
    answer = bingx_post(bingx, OCO)
    assert (answer.status, answer.body) == (200, body)


def test_fault_empty_body_after_processing(bitget: Sandbox) -> None:
    bitget.inject(Fault.empty_body())
    answer = bitget_post(bitget, BITGET_SPOT, spot_order())
    assert (answer.status, answer.body, answer.headers["Content-Length"]) == (200, b"", "0")
    assert len(bitget.orders) == 1
    assert bitget.requests[-1].outcome == "accepted"


def test_fault_truncated_body_after_processing(gate: Sandbox) -> None:
    gate.inject(Fault.truncated_body())
    answer = gate_post(gate, gate_order())
    assert answer.status == 201
    assert answer.body and f'{{"id":{gate.orders[0].id}}}'.encode().startswith(answer.body)
    with pytest.raises(json.JSONDecodeError):
        json.loads(answer.body)


def test_fault_delay_beyond_the_read_timeout(bitget: Sandbox) -> None:
    bitget.inject(Fault.delay(30))
    started = time.monotonic()
    with pytest.raises(TimeoutError):
        bitget_post(bitget, BITGET_SPOT, spot_order(), timeout=0.3)
    assert len(bitget.orders) == 1
    bitget.stop()
    assert time.monotonic() - started < 5


def test_fault_delay_shorter_than_the_timeout_still_answers(bitget: Sandbox) -> None:
    bitget.inject(Fault.delay(0.2))
    started = time.monotonic()
    assert bitget_post(bitget, BITGET_SPOT, spot_order()).status == 200
    assert time.monotonic() - started >= 0.2


def test_fault_drop_before_reading(bitget: Sandbox) -> None:
    bitget.inject(Fault.drop_before())
    with pytest.raises((OSError, http.client.HTTPException)):
        bitget_post(bitget, BITGET_SPOT, spot_order())
    assert bitget.orders == []
    record = bitget.requests[-1]
    assert (record.status, record.outcome, record.fault, record.body) == (None, "not processed", "drop_before", b"")


def test_fault_drop_after_reading(bitget: Sandbox) -> None:
    bitget.inject(Fault.drop_after())
    with pytest.raises((OSError, http.client.HTTPException)):
        bitget_post(bitget, BITGET_SPOT, spot_order())
    assert [order.client_id for order in bitget.orders] == ["12345"]
    record = bitget.requests[-1]
    assert (record.status, record.outcome, record.fault) == (None, "accepted", "drop_after")


def test_faults_apply_to_the_next_n_requests_in_order(bitget: Sandbox) -> None:
    bitget.inject(Fault.html_page(503, times=2))
    bitget.inject(Fault.empty_body())
    assert bitget.pending_faults == 3
    statuses = [bitget_post(bitget, BITGET_SPOT, spot_order(clientOid=str(n))) for n in range(4)]
    assert [(a.status, bool(a.body)) for a in statuses] == [(503, True), (503, True), (200, False), (200, True)]
    assert [record.fault for record in bitget.requests] == ["respond", "respond", "empty_body", None]
    assert bitget.pending_faults == 0


def test_clear_faults(bitget: Sandbox) -> None:
    bitget.inject(Fault.drop_before(times=5))
    bitget.clear_faults()
    assert bitget_post(bitget, BITGET_SPOT, spot_order()).status == 200


def test_fault_needs_a_positive_count() -> None:
    with pytest.raises(ValueError):
        Fault.empty_body(times=0)


# --------------------------------------------------------------------------------------------------------------------
# Server


def test_binds_127_0_0_1_only(bitget: Sandbox) -> None:
    host, port = bitget.address
    assert host == "127.0.0.1"
    assert bitget.base_url == f"http://127.0.0.1:{port}"
    with socket.create_connection(("127.0.0.1", port), timeout=2):
        pass
    with pytest.raises(OSError), socket.create_connection(("127.0.0.2", port), timeout=2):
        pass


def test_stop_closes_the_port_and_can_be_repeated() -> None:
    sb = start("gate")
    port = sb.address[1]
    sb.stop()
    sb.stop()
    with pytest.raises(OSError), socket.create_connection(("127.0.0.1", port), timeout=2):
        pass


def test_stop_closes_idle_keep_alive_connections(bitget: Sandbox) -> None:
    base = urlsplit(bitget.base_url)
    assert base.hostname and base.port
    connection = http.client.HTTPConnection(base.hostname, base.port, timeout=5)
    body = compact(spot_order(clientOid=None))
    sockets = []
    for _ in range(2):
        connection.request("POST", BITGET_SPOT, body=body, headers=bitget_headers("POST", BITGET_SPOT, body))
        assert connection.getresponse().read()
        sockets.append(connection.sock)
    assert sockets[0] is sockets[1] is not None  # both answers came on one kept-alive connection
    started = time.monotonic()
    bitget.stop()
    assert sockets[0].recv(1) == b""  # the server closed it
    assert time.monotonic() - started < 2
    connection.close()


def raw_exchange(sandbox: Sandbox, data: bytes) -> bytes:
    """Send ``data`` on a new connection and read until the sandbox closes it (or 5 s pass)."""
    answer = b""
    with socket.create_connection(sandbox.address, timeout=5) as connection:
        connection.sendall(data)
        while chunk := connection.recv(65536):
            answer += chunk
    return answer


def test_connection_close_is_honoured_after_the_answer(bitget: Sandbox) -> None:
    body = compact(spot_order())
    headers = {**bitget_headers("POST", BITGET_SPOT, body), "Content-Length": str(len(body)), "Connection": "close"}
    head = f"POST {BITGET_SPOT} HTTP/1.1\r\nHost: x\r\n" + "".join(f"{k}: {v}\r\n" for k, v in headers.items())
    answer = raw_exchange(bitget, head.encode() + b"\r\n" + body)
    assert answer.startswith(b"HTTP/1.1 200 ") and b"Connection: close" in answer
    assert [order.client_id for order in bitget.orders] == ["12345"]


@pytest.mark.parametrize(
    ("data", "status"),
    [
        (b"GET / HTTP/1.1\r\nX-Pad: " + b"a" * 70_000 + b"\r\n", b"431"),
        (b"GET / HTTP/1.1\r\nno colon here\r\n\r\n", b"400"),
        (b"GET /\r\n\r\n", b"400"),
        (b"HEAD / HTTP/1.1\r\nHost: x\r\n\r\n", b"501"),
    ],
    ids=["endless head", "header without colon", "no version", "unknown method"],
)
def test_a_request_the_sandbox_cannot_read_is_refused_and_it_serves_on(
    bitget: Sandbox, data: bytes, status: bytes
) -> None:
    assert raw_exchange(bitget, data).startswith(b"HTTP/1.1 " + status + b" ")
    assert bitget_post(bitget, BITGET_SPOT, spot_order()).status == 200


def test_request_log_redacts_secrets_and_reprs_show_none(bitget: Sandbox, bingx: Sandbox) -> None:
    bitget_post(bitget, BITGET_SPOT, spot_order())
    bingx_post(bingx, OCO)
    bitget_record, bingx_record = bitget.requests[0], bingx.requests[0]
    assert bitget_record.headers["ACCESS-SIGN"] == "***"
    assert bitget_record.headers["ACCESS-PASSPHRASE"] == "***"
    assert bitget_record.headers["ACCESS-KEY"] == KEY[:4] + "…"
    assert bitget_record.headers["ACCESS-TIMESTAMP"] == str(NOW_MS)
    assert bitget_record.body == compact(spot_order())
    assert bingx_record.query.endswith("&signature=***")
    assert "symbol=BTC-USDT" in bingx_record.query
    shown = repr(bitget) + repr(bingx) + repr(bitget.requests) + repr(bingx.requests) + repr(bingx.orders)
    for secret in (SECRET, PASSPHRASE, KEY):
        assert secret not in shown
    keys = repr(Keys(KEY, SECRET, PASSPHRASE, rsa_public_key="-----BEGIN PUBLIC KEY-----"))
    assert SECRET not in keys and PASSPHRASE not in keys and "BEGIN" not in keys


def test_concurrent_duplicates_place_exactly_one_order(bitget: Sandbox) -> None:
    def place(_: int) -> int:
        return bitget_post(bitget, BITGET_SPOT, spot_order(clientOid="same")).status

    with ThreadPoolExecutor(max_workers=8) as pool:
        statuses = list(pool.map(place, range(24)))
    assert sorted(statuses) == [200] + [400] * 23
    assert len(bitget.orders) == 1


def test_concurrent_orders_get_distinct_ids(gate: Sandbox) -> None:
    with ThreadPoolExecutor(max_workers=8) as pool:
        answers = list(pool.map(lambda _: gate_post(gate, gate_order()), range(24)))
    ids = {json.loads(answer.body)["id"] for answer in answers}
    assert len(ids) == 24 == len(gate.orders)


def test_sixty_four_connections_are_served_at_once(bitget: Sandbox) -> None:
    """The async client's test peer: 64 open connections, each with a request in flight, all answered together."""
    bitget.inject(Fault.delay(1.0, times=64))
    started = time.monotonic()
    with ThreadPoolExecutor(max_workers=64) as pool:
        answers = list(pool.map(lambda n: bitget_post(bitget, BITGET_SPOT, spot_order(clientOid=f"c{n}")), range(64)))
    elapsed = time.monotonic() - started
    assert [answer.status for answer in answers] == [200] * 64
    assert sorted(answer.json()["data"]["clientOid"] for answer in answers) == sorted(f"c{n}" for n in range(64))
    assert bitget.connections_accepted == 64 and len(bitget.orders) == 64
    assert elapsed < 16, f"64 requests delayed 1 s each took {elapsed:.1f} s: served one after another"


def test_start_checks_its_arguments() -> None:
    with pytest.raises(ValueError, match="venue"):
        sandbox.start("kraken", api_key=KEY, secret_key=SECRET)
    with pytest.raises(ValueError, match="passphrase"):
        sandbox.start("bitget", api_key=KEY, secret_key=SECRET)


def test_no_sandbox_threads_outlive_their_sandbox() -> None:
    with start("bingx") as sb:
        bingx_post(sb, OCO)
        name = f"venuebind-sandbox-bingx-{sb.address[1]}"
        assert any(thread.name == name for thread in threading.enumerate())
    assert not any(thread.name == name for thread in threading.enumerate())


def test_the_sandbox_does_not_load_the_clients_signing_models_or_wire() -> None:
    script = (
        "import sys, venuebind.sandbox as s\n"
        "with s.start('bingx', api_key='k', secret_key='s') as sb: pass\n"
        "print(sorted(m for m in sys.modules if m.startswith('venuebind') and 'sandbox' not in m))\n"
    )
    generated = str(Path(venuebind.__file__).parent.parent)
    loaded = subprocess.run(
        [sys.executable, "-c", script], env={"PYTHONPATH": generated}, capture_output=True, text=True, timeout=60
    )
    assert loaded.returncode == 0, loaded.stderr
    assert loaded.stdout.strip() == "['venuebind', 'venuebind._runtime', 'venuebind._runtime.errors']"


@pytest.mark.parametrize("missing", ["jsonschema", "jsonschema_rs"])
def test_importing_the_sandbox_without_its_extra_names_the_extra(missing: str) -> None:
    script = (
        f"import sys; sys.modules[{missing!r}] = None\n"
        "try:\n    import venuebind.sandbox\nexcept ImportError as error:\n    print(error)\n"
    )
    generated = str(Path(venuebind.__file__).parent.parent)
    result = subprocess.run(
        [sys.executable, "-c", script], env={"PYTHONPATH": generated}, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert "pip install 'venuebind[sandbox]'" in result.stdout and missing in result.stdout
