"""Signing primitives against the vectors in ../shared/venue-docs/{bitget,gate,bingx}/NOTES.md (section 4)."""

from __future__ import annotations

import base64
import hashlib
import hmac
import sys

import pytest

from venuebind._runtime import signing
from venuebind._runtime.signing import (
    HmacKey,
    bingx_param_string,
    bitget_prehash,
    gate_signature_string,
    hmac_sha256_base64,
    hmac_sha256_hex,
    hmac_sha512_hex,
    rsa_sha256_base64,
)

# --------------------------------------------------------------------------------------------------------------------
# Bitget (NOTES.md section 4): secret "test_secret", ACCESS-TIMESTAMP 1659076670000. Cross-implementation vectors.

BITGET_SECRET = "test_secret"
BITGET_TS = "1659076670000"
BG1_BODY = (
    '{"symbol":"TRXUSDT","side":"buy","triggerPrice":"0.041572","executePrice":"0.041572","size":"151",'
    '"triggerType":"mark_price","orderType":"limit","clientOid":"12345","force":"gtc"}'
)

BITGET_VECTORS = [
    # BG1 — POST /api/v2/spot/trade/place-plan-order with a JSON body, no query
    pytest.param(
        ("POST", "/api/v2/spot/trade/place-plan-order", "", BG1_BODY),
        "1659076670000POST/api/v2/spot/trade/place-plan-order" + BG1_BODY,
        "1yth6IiA+ZsoxoJ1Y6YME9Fgw33r0y3aY+Eis7Q+VWo=",
        id="BG1",
    ),
    # BG2 — GET /api/v2/spot/trade/current-plan-order?limit=10&symbol=BTCUSDT, no body
    pytest.param(
        ("GET", "/api/v2/spot/trade/current-plan-order", "limit=10&symbol=BTCUSDT", ""),
        "1659076670000GET/api/v2/spot/trade/current-plan-order?limit=10&symbol=BTCUSDT",
        "UzH8jtwsmwpq2uyO5G6u1Lr7DvHr8R+flQmvjM0KjJM=",
        id="BG2",
    ),
]


@pytest.mark.parametrize(("request_parts", "prehash", "sign"), BITGET_VECTORS)
def test_bitget_hmac_vectors(request_parts: tuple[str, str, str, str], prehash: str, sign: str) -> None:
    method, path, query, body = request_parts
    assert bitget_prehash(BITGET_TS, method, path, query, body) == prehash
    assert hmac_sha256_base64(HmacKey(BITGET_SECRET, "sha256"), prehash) == sign


@pytest.mark.parametrize(
    ("request_parts", "prehash"),
    [
        # Doc prehash example, newer revision (GET with a query; 14-digit timestamp printed as-is)
        pytest.param(
            ("16273667805456", "GET", "/api/mix/v2/market/depth", "limit=20&symbol=BTCUSDT", ""),
            "16273667805456GET/api/mix/v2/market/depth?limit=20&symbol=BTCUSDT",
            id="doc-prehash-get",
        ),
        # Doc prehash example (POST with a body)
        pytest.param(
            (
                "16273667805456",
                "POST",
                "/api/v2/mix/order/place-order",
                "",
                (
                    '{"productType":"usdt-futures","symbol":"BTCUSDT","size":"8","marginMode":"crossed","side":"buy",'
                    '"orderType":"limit","clientOid":"channel#123456"}'
                ),
            ),
            '16273667805456POST/api/v2/mix/order/place-order{"productType":"usdt-futures","symbol":"BTCUSDT",'
            '"size":"8","marginMode":"crossed","side":"buy","orderType":"limit","clientOid":"channel#123456"}',
            id="doc-prehash-post",
        ),
    ],
)
def test_bitget_doc_prehash_examples(request_parts: tuple[str, str, str, str, str], prehash: str) -> None:
    assert bitget_prehash(*request_parts) == prehash


def test_bitget_prehash_upper_cases_method_and_adds_no_question_mark_for_empty_query() -> None:
    assert bitget_prehash("1", "get", "/p", "", "") == "1GET/p"
    assert bitget_prehash("1", "get", "/p", "a=1", "") == "1GET/p?a=1"


# --------------------------------------------------------------------------------------------------------------------
# Bitget RSA (NOTES.md section 3): RSASSA-PKCS1-v1_5 SHA-256 over the same prehash, Base64; PKCS#1 or PKCS#8 PEM.


@pytest.fixture(scope="module")
def rsa_key() -> object:
    from cryptography.hazmat.primitives.asymmetric import rsa

    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.mark.parametrize("pem_format", ["PKCS1", "PKCS8"])
def test_bitget_rsa_signature_verifies(rsa_key: object, pem_format: str) -> None:
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import padding, rsa

    assert isinstance(rsa_key, rsa.RSAPrivateKey)
    fmt = serialization.PrivateFormat.TraditionalOpenSSL if pem_format == "PKCS1" else serialization.PrivateFormat.PKCS8
    pem = rsa_key.private_bytes(serialization.Encoding.PEM, fmt, serialization.NoEncryption()).decode("ascii")
    assert pem.startswith("-----BEGIN RSA PRIVATE KEY-----" if pem_format == "PKCS1" else "-----BEGIN PRIVATE KEY-----")

    prehash = bitget_prehash(BITGET_TS, "POST", "/api/v2/spot/trade/place-plan-order", "", BG1_BODY)  # BG1
    sign = rsa_sha256_base64(pem, prehash)
    raw = base64.b64decode(sign, validate=True)
    assert len(raw) == 256
    # Raises InvalidSignature on mismatch.
    rsa_key.public_key().verify(raw, prehash.encode("utf-8"), padding.PKCS1v15(), hashes.SHA256())
    # PKCS#1 v1.5 is deterministic, and the parsed key is cached per PEM.
    assert rsa_sha256_base64(pem, prehash) == sign
    assert signing._load_rsa_private_key.cache_info().hits >= 1


def test_rsa_rejects_non_rsa_key() -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec

    pem = (
        ec.generate_private_key(ec.SECP256R1())
        .private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
        .decode("ascii")
    )
    with pytest.raises(TypeError, match="not an RSA key"):
        rsa_sha256_base64(pem, "x")


def test_rsa_without_cryptography_raises_documented_import_error(monkeypatch: pytest.MonkeyPatch) -> None:
    signing._load_rsa_private_key.cache_clear()
    # Block the package and any already-imported submodule (those would otherwise be served from sys.modules).
    for name in [m for m in sys.modules if m == "cryptography" or m.startswith("cryptography.")]:
        monkeypatch.setitem(sys.modules, name, None)
    monkeypatch.setitem(sys.modules, "cryptography", None)
    try:
        with pytest.raises(ImportError, match=r"venuebind\[rsa\]"):
            rsa_sha256_base64("-----BEGIN PRIVATE KEY-----\n-----END PRIVATE KEY-----\n", "message")
    finally:
        signing._load_rsa_private_key.cache_clear()


# --------------------------------------------------------------------------------------------------------------------
# Gate (NOTES.md section 4): key "key", secret "secret", Timestamp 1541993715. G1/G2 official; D1/D2 derived.

GATE_SECRET = "secret"
GATE_TS = "1541993715"
EMPTY_SHA512 = (
    "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce"
    "47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e"
)
G2_BODY = b'{"contract":"BTC_USD","type":"limit","size":100,"price":6800,"time_in_force":"gtc"}'
GATE_D1_BODY = (
    b'{"market":"GT_USDT","trigger":{"price":"100","rule":">=","expiration":3600},"put":{"type":"limit","side":"buy",'
    b'"price":"2.15","amount":"2.00000000","account":"normal","time_in_force":"gtc","text":"api"}}'
)

GATE_VECTORS = [
    # G1 (official) — GET /api/v4/futures/orders?contract=BTC_USD&status=finished&limit=50, no body
    pytest.param(
        ("GET", "/api/v4/futures/orders", "contract=BTC_USD&status=finished&limit=50", b""),
        EMPTY_SHA512,
        "55f84ea195d6fe57ce62464daaa7c3c02fa9d1dde954e4c898289c9a2407a3d6"
        "fb3faf24deff16790d726b66ac9f74526668b13bd01029199cc4fcc522418b8a",
        id="G1",
    ),
    # G2 (official) — POST /api/v4/futures/orders, no query, JSON body
    pytest.param(
        ("POST", "/api/v4/futures/orders", "", G2_BODY),
        "ad3c169203dc3026558f01b4df307641fa1fa361f086b2306658886d5708767b"
        "1854797c68d9e62fef2f991645aa82673622ebf417e091d0bd22bafe5d956cca",
        "eae42da914a590ddf727473aff25fc87d50b64783941061f47a3fdb92742541f"
        "c4c2c14017581b4199a1418d54471c269c03a38d788d802e2c306c37636389f0",
        id="G2",
    ),
    # D1 (derived) — POST /api/v4/spot/price_orders, JSON body
    pytest.param(
        ("POST", "/api/v4/spot/price_orders", "", GATE_D1_BODY),
        "06206d5f004d6474538e403f2e088554808af293542e4eaf09c891ef807516a7"
        "651e72a6fe7fac9be2117501e998328da89d75ed8a3a96c22d6e53fc3b779a81",
        "d6dcd667742be792165b78094675250cdc38baa0fccb621bf2d075dadb954791"
        "b67bdfefcb4b89cf0e446f0a86a653097a45a28dd133ac6100a695f6cc32c6aa",
        id="D1",
    ),
    # D2 (derived) — GET /api/v4/spot/price_orders?status=open&market=GT_USDT&limit=10 (URL order, not sorted)
    pytest.param(
        ("GET", "/api/v4/spot/price_orders", "status=open&market=GT_USDT&limit=10", b""),
        EMPTY_SHA512,
        "d6f27355b4699469909ea8143f7c3ad42bdd44069b6efd9782d2155d20d81fd4"
        "418beecd5b7a45bfdd4165e7b86a7afe71f7aef520661eb29e532c1ca25876bf",
        id="D2",
    ),
]


@pytest.mark.parametrize(("request_parts", "body_hash", "sign"), GATE_VECTORS)
def test_gate_vectors(request_parts: tuple[str, str, str, bytes], body_hash: str, sign: str) -> None:
    method, path, query, body = request_parts
    string = gate_signature_string(method, path, query, body, GATE_TS)
    assert string == f"{method}\n{path}\n{query}\n{body_hash}\n{GATE_TS}"
    assert hmac_sha512_hex(HmacKey(GATE_SECRET, "sha512"), string) == sign


def test_gate_g1_signature_string_as_printed() -> None:
    # G1 — the signature string exactly as printed in NOTES.md
    expected = (
        "GET\n/api/v4/futures/orders\ncontract=BTC_USD&status=finished&limit=50\n" + EMPTY_SHA512 + "\n1541993715"
    )
    assert (
        gate_signature_string(
            "GET", "/api/v4/futures/orders", "contract=BTC_USD&status=finished&limit=50", b"", GATE_TS
        )
        == expected
    )


def test_gate_empty_body_hash() -> None:
    # The documented hash of the empty body, and that the signature string uses it.
    assert hashlib.sha512(b"").hexdigest() == EMPTY_SHA512
    assert gate_signature_string("GET", "/p", "", b"", "1").split("\n")[3] == EMPTY_SHA512


# --------------------------------------------------------------------------------------------------------------------
# BingX (NOTES.md section 4). B1/B2 official (older doc); B3/B4 official inputs (newer doc); D1 derived (OCO).

BINGX_SECRET_OLD = "UuGuyEGt6ZEkpUObCYCmIfh0elYsZVh80jlYwpJuRZEw70t6vomMH7Sjmf94ztSI"
BINGX_SECRET_NEW = "mheO6dR8ovSsxZQCOYEFCtelpuxcWGTfHw7te326y6jOwq5WpvFQ9JNljoTwBXZGv5It07m9RXSPpDQEK2w"

BINGX_VECTORS = [
    # B1 — signed string uses ETHUSDT
    pytest.param(
        BINGX_SECRET_OLD,
        [
            ("quoteOrderQty", "20"),
            ("side", "BUY"),
            ("symbol", "ETHUSDT"),
            ("timestamp", "1649404670162"),
            ("type", "MARKET"),
        ],
        "quoteOrderQty=20&side=BUY&symbol=ETHUSDT&timestamp=1649404670162&type=MARKET",
        "428a3c383bde514baff0d10d3c20e5adfaacaf799e324546dafe5ccc480dd827",
        id="B1",
    ),
    # B1 with symbol ETH-USDT (the doc's parameter list)
    pytest.param(
        BINGX_SECRET_OLD,
        [
            ("quoteOrderQty", "20"),
            ("side", "BUY"),
            ("symbol", "ETH-USDT"),
            ("timestamp", "1649404670162"),
            ("type", "MARKET"),
        ],
        "quoteOrderQty=20&side=BUY&symbol=ETH-USDT&timestamp=1649404670162&type=MARKET",
        "59b6ebf3e92a09063ad034b4a9273e1cbf3d6fb056547d0d8b678d5ce10096c7",
        id="B1-ETH-USDT",
    ),
    # B3 — newer doc inputs (the doc's printed 1e63e8cf… does not reproduce; NOTES.md value used)
    pytest.param(
        BINGX_SECRET_NEW,
        [("recvWindow", "0"), ("subAccountString", "abc12345"), ("timestamp", "1696751141337")],
        "recvWindow=0&subAccountString=abc12345&timestamp=1696751141337",
        "8d0d3ea9b592be3678c33332ab13e9102e093e67255921e15a581146c87c272f",
        id="B3",
    ),
    # B4 — newer doc inputs
    pytest.param(
        BINGX_SECRET_NEW,
        [("recvWindow", "0"), ("symbol", "BTC-USDT"), ("timestamp", "1696751141337")],
        "recvWindow=0&symbol=BTC-USDT&timestamp=1696751141337",
        "f8d883609dfd31c824feb4de865b071008dedb1d461451fa70847875c8e7a7a2",
        id="B4",
    ),
    # D1 — derived, OCO order (secret as in B1/B2)
    pytest.param(
        BINGX_SECRET_OLD,
        [
            ("limitPrice", "70000"),
            ("orderPrice", "50000"),
            ("quantity", "0.001"),
            ("side", "SELL"),
            ("symbol", "BTC-USDT"),
            ("timestamp", "1649404670162"),
            ("triggerPrice", "50100"),
        ],
        "limitPrice=70000&orderPrice=50000&quantity=0.001&side=SELL&symbol=BTC-USDT&timestamp=1649404670162"
        "&triggerPrice=50100",
        "a6d4d9979b0dbc7289d8ff87e3ff9ed38a64167f5029f8fa64f31cc0c67cede9",
        id="D1",
    ),
]


@pytest.mark.parametrize(("secret", "params", "string", "signature"), BINGX_VECTORS)
def test_bingx_vectors(secret: str, params: list[tuple[str, str]], string: str, signature: str) -> None:
    assert bingx_param_string(params) == string
    assert bingx_param_string(iter(params)) == string  # any iterable
    assert hmac_sha256_hex(HmacKey(secret, "sha256"), string) == signature


def test_bingx_b2_split_form() -> None:
    # B2 — split query/body form: query string + body string joined WITHOUT "&"
    query = bingx_param_string([("quoteOrderQty", "20"), ("side", "BUY"), ("symbol", "ETHUSDT")])
    body = bingx_param_string([("timestamp", "1649404670162"), ("type", "MARKET")])
    string = query + body
    assert string == "quoteOrderQty=20&side=BUY&symbol=ETHUSDTtimestamp=1649404670162&type=MARKET"
    assert (
        hmac_sha256_hex(HmacKey(BINGX_SECRET_OLD, "sha256"), string)
        == "94e0b4925060a615e1e372d4c929015d4b59d3c89067dc0beeafcfb33a6d8d10"
    )


def test_bingx_param_string_preserves_order_and_does_not_encode() -> None:
    assert bingx_param_string([("b", "2"), ("a", "x y&z=/")]) == "b=2&a=x y&z=/"
    assert bingx_param_string([]) == ""


def test_bingx_newer_doc_printed_signature_does_not_reproduce() -> None:
    # NOTES.md: the newer page prints 1e63e8cf… for both B3 and B4; it matches neither (doc error).
    printed = "1e63e8cfd1c04919881e60cf369e404b9b7c87d3a09bc300f1abfdcce7da57e8"
    for string in (
        "recvWindow=0&subAccountString=abc12345&timestamp=1696751141337",
        "recvWindow=0&symbol=BTC-USDT&timestamp=1696751141337",
    ):
        assert hmac_sha256_hex(HmacKey(BINGX_SECRET_NEW, "sha256"), string) != printed


def test_hmac_helpers_match_stdlib_on_utf8() -> None:
    secret, message = "sécret", "mëssage"
    key, msg = secret.encode(), message.encode()
    assert hmac_sha256_hex(HmacKey(secret, "sha256"), message) == hmac.new(key, msg, hashlib.sha256).hexdigest()
    assert hmac_sha512_hex(HmacKey(secret, "sha512"), message) == hmac.new(key, msg, hashlib.sha512).hexdigest()
    assert (
        hmac_sha256_base64(HmacKey(secret, "sha256"), message)
        == base64.b64encode(hmac.new(key, msg, hashlib.sha256).digest()).decode()
    )
