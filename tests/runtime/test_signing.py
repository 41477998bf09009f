"""Signing primitives against the venues' signing vectors, kept in tests/data/signing_vectors.json."""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import sys
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.conftest import ROOT, examples
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
VECTORS: dict[str, Any] = json.loads((ROOT / "tests" / "data" / "signing_vectors.json").read_text(encoding="utf-8"))


def cases(vectors: list[dict[str, Any]]) -> list[Any]:
    return [pytest.param(vector, id=vector["id"]) for vector in vectors]


def test_the_data_file_holds_every_venues_vectors() -> None:
    """An emptied list would only skip its parametrized test; this one fails instead."""
    counts = {venue: len(VECTORS[venue]["vectors"]) for venue in ("bitget", "gate", "bingx")}
    assert counts == {"bitget": 2, "gate": 4, "bingx": 6}
    assert len(VECTORS["bitget"]["doc_prehash_examples"]) == 2


# --------------------------------------------------------------------------------------------------------------------
# Bitget: HMAC-SHA256 over timestamp + METHOD + path ["?" + query] + body, Base64.

BITGET = VECTORS["bitget"]
BITGET_TS = BITGET["timestamp"]
BG1_BODY = BITGET["vectors"][0]["body"]


@pytest.mark.parametrize("vector", cases(BITGET["vectors"]))
def test_bitget_hmac_vectors(vector: dict[str, Any]) -> None:
    prehash = bitget_prehash(BITGET_TS, vector["method"], vector["path"], vector["query"], vector["body"])
    assert prehash == vector["prehash"]
    assert hmac_sha256_base64(HmacKey(BITGET["secret"], "sha256"), prehash) == vector["sign"]


@pytest.mark.parametrize("example", cases(BITGET["doc_prehash_examples"]))
def test_bitget_doc_prehash_examples(example: dict[str, Any]) -> None:
    parts = (example["timestamp"], example["method"], example["path"], example["query"], example["body"])
    assert bitget_prehash(*parts) == example["prehash"]


def test_bitget_prehash_upper_cases_method_and_adds_no_question_mark_for_empty_query() -> None:
    assert bitget_prehash("1", "get", "/p", "", "") == "1GET/p"
    assert bitget_prehash("1", "get", "/p", "a=1", "") == "1GET/p?a=1"


# --------------------------------------------------------------------------------------------------------------------
# Bitget RSA: RSASSA-PKCS1-v1_5 SHA-256 over the same prehash, Base64; PKCS#1 or PKCS#8 PEM.


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
# Gate: HMAC-SHA512 over METHOD \n path \n query \n hex(SHA512(body)) \n timestamp, hex.

GATE = VECTORS["gate"]
GATE_TS = GATE["timestamp"]
EMPTY_SHA512 = GATE["empty_body_hash"]


@pytest.mark.parametrize("vector", cases(GATE["vectors"]))
def test_gate_vectors(vector: dict[str, Any]) -> None:
    method, path, query, body = vector["method"], vector["path"], vector["query"], vector["body"].encode()
    string = gate_signature_string(method, path, query, body, GATE_TS)
    assert string == f"{method}\n{path}\n{query}\n{vector['body_hash']}\n{GATE_TS}"
    assert hmac_sha512_hex(HmacKey(GATE["secret"], "sha512"), string) == vector["sign"]


def test_gate_g1_signature_string_as_printed() -> None:
    # G1: the signature string exactly as the venue prints it
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
# BingX: HMAC-SHA256 over k1=v1&k2=v2 (unencoded, in the sent order), hex.

BINGX = VECTORS["bingx"]


@pytest.mark.parametrize("vector", cases(BINGX["vectors"]))
def test_bingx_vectors(vector: dict[str, Any]) -> None:
    params = [(name, value) for name, value in vector["params"]]
    assert bingx_param_string(params) == vector["string"]
    assert bingx_param_string(iter(params)) == vector["string"]  # any iterable
    key = HmacKey(BINGX["secrets"][vector["secret"]], "sha256")
    assert hmac_sha256_hex(key, vector["string"]) == vector["signature"]


def test_bingx_b2_split_form() -> None:
    split = BINGX["split_form"]
    query = bingx_param_string([(name, value) for name, value in split["query"]])
    body = bingx_param_string([(name, value) for name, value in split["body"]])
    assert query + body == split["string"]  # joined WITHOUT "&"
    assert hmac_sha256_hex(HmacKey(BINGX["secrets"][split["secret"]], "sha256"), split["string"]) == split["signature"]


def test_bingx_param_string_preserves_order_and_does_not_encode() -> None:
    assert bingx_param_string([("b", "2"), ("a", "x y&z=/")]) == "b=2&a=x y&z=/"
    assert bingx_param_string([("j", '{"a":"1"}'), ("u", "é")]) == 'j={"a":"1"}&u=é'
    assert bingx_param_string([]) == ""


def test_bingx_newer_doc_printed_signature_does_not_reproduce() -> None:
    printed = BINGX["printed_but_wrong"]
    vectors = {vector["id"]: vector for vector in BINGX["vectors"]}
    for name in printed["for"]:
        key = HmacKey(BINGX["secrets"][vectors[name]["secret"]], "sha256")
        assert hmac_sha256_hex(key, vectors[name]["string"]) != printed["signature"]


def test_hmac_helpers_match_stdlib_on_utf8() -> None:
    secret, message = "sécret", "mëssage"
    key, msg = secret.encode(), message.encode()
    assert hmac_sha256_hex(HmacKey(secret, "sha256"), message) == hmac.new(key, msg, hashlib.sha256).hexdigest()
    assert hmac_sha512_hex(HmacKey(secret, "sha512"), message) == hmac.new(key, msg, hashlib.sha512).hexdigest()
    assert (
        hmac_sha256_base64(HmacKey(secret, "sha256"), message)
        == base64.b64encode(hmac.new(key, msg, hashlib.sha256).digest()).decode()
    )


def test_bingx_prepare_signs_a_json_parameter_unencoded_and_sends_it_encoded() -> None:
    """Vector D2 through ``prepare``: the takeProfit model's JSON text is signed as JSON and sent percent-encoded, in
    the signed order, with the signature last."""
    from venuebind import bingx

    vector = next(vector for vector in BINGX["vectors"] if vector["id"] == "D2")
    request = bingx.models.PlaceSwapOrderRequest(
        symbol="ETH-USDT",
        side="BUY",
        position_side="LONG",
        type="MARKET",
        quantity=5,
        take_profit=bingx.models.SwapTakeProfit(
            type="TAKE_PROFIT_MARKET", stop_price=Decimal("31968"), price="31968", working_type="MARK_PRICE"
        ),
    )
    credentials = bingx.Credentials(api_key="key", secret_key=BINGX["secrets"][vector["secret"]])
    prepared = bingx.prepare(request, credentials, timestamp_ms=int(dict(vector["params"])["timestamp"]))
    query = prepared.url.partition("?")[2]
    assert query == f"{vector['sent']}&signature={vector['signature']}"
    assert prepared.method == "POST" and prepared.body is None


TEXT = st.characters(exclude_categories=("Cs",))
"""Any character UTF-8 carries (a lone surrogate is no text a secret or a body holds)."""


@settings(max_examples=examples(600), deadline=None)
@given(
    secret=st.one_of(st.text(TEXT, max_size=40), st.text(TEXT, min_size=60, max_size=300)),  # both block sizes: 64, 128
    message=st.text(TEXT, max_size=300),
    algorithm=st.sampled_from(["sha256", "sha512"]),
)
def test_the_keyed_hmac_equals_hmac_new(secret: str, message: str, algorithm: str) -> None:
    """HmacKey's inner and outer hash states give hmac.new's digest for any key: short, at and beyond the block size
    (where the key is hashed first), non-ASCII (its UTF-8 bytes count), and again for a second message."""
    key, msg = secret.encode(), message.encode()
    keyed = HmacKey(secret, algorithm)
    for text, data in ((message, msg), (message + "x", msg + b"x")):
        expected = hmac.new(key, data, getattr(hashlib, algorithm))
        assert keyed.digest(text) == expected.digest()
        assert keyed.hexdigest(text) == expected.hexdigest()
