"""Credentials: secrets never appear in repr/str/format or error messages; from_env reads the documented variables."""

from __future__ import annotations

import hashlib
import hmac
import pickle
from typing import Any

import pytest

from venuebind._runtime.credentials import BingxCredentials, BitgetCredentials, GateCredentials

API_KEY = "AKEYzq81distinctiveApiKey"
SECRET = "SECRETxq93distinctiveSecret"
PASSPHRASE = "PASSzq77distinctivePassphrase"
RSA_PEM = "-----BEGIN PRIVATE KEY-----\nRSAzq55distinctivePemBody\n-----END PRIVATE KEY-----\n"
SENSITIVE = (API_KEY, SECRET, PASSPHRASE, RSA_PEM, "distinctive", "RSAzq55")


def _renderings(obj: object) -> list[str]:
    return [repr(obj), str(obj), format(obj), f"{obj}", f"{obj!r}", f"{obj:}", repr([obj]), str({"c": obj})]


def _assert_clean(text: str) -> None:
    for value in SENSITIVE:
        assert value not in text


CREDENTIALS = [
    pytest.param(BitgetCredentials(api_key=API_KEY, secret_key=SECRET, passphrase=PASSPHRASE), id="bitget-hmac"),
    pytest.param(
        BitgetCredentials(api_key=API_KEY, secret_key="", passphrase=PASSPHRASE, rsa_private_key=RSA_PEM),
        id="bitget-rsa",
    ),
    pytest.param(
        BitgetCredentials(api_key=API_KEY, secret_key=SECRET, passphrase=PASSPHRASE, rsa_private_key=RSA_PEM),
        id="bitget-both",
    ),
    pytest.param(GateCredentials(api_key=API_KEY, secret_key=SECRET), id="gate"),
    pytest.param(BingxCredentials(api_key=API_KEY, secret_key=SECRET), id="bingx"),
]


@pytest.mark.parametrize("creds", CREDENTIALS)
def test_repr_str_format_hide_secrets(creds: object) -> None:
    for text in _renderings(creds):
        _assert_clean(text)
        assert type(creds).__name__ in text
        assert "AKEY…" in text  # api_key masked: first 4 characters only


def test_short_api_key_is_fully_masked() -> None:
    text = repr(GateCredentials(api_key="abcd1234", secret_key=SECRET))
    assert "abcd" not in text
    _assert_clean(text)


@pytest.mark.parametrize(
    ("cls", "kwargs"),
    [
        (BitgetCredentials, {"secret_key": SECRET, "passphrase": PASSPHRASE}),
        (GateCredentials, {"secret_key": SECRET}),
        (BingxCredentials, {"secret_key": SECRET}),
    ],
)
def test_equality_and_hash(cls: Any, kwargs: dict[str, str]) -> None:
    a, b = cls(api_key=API_KEY, **kwargs), cls(api_key=API_KEY, **kwargs)
    assert a == b
    assert hash(a) == hash(b)
    assert a != cls(api_key=API_KEY + "x", **kwargs)
    assert a != cls(api_key=API_KEY, **{k: v + "x" for k, v in kwargs.items()})


def test_fields_are_readable_and_frozen() -> None:
    creds = BitgetCredentials(api_key=API_KEY, secret_key=SECRET, passphrase=PASSPHRASE)
    assert (creds.api_key, creds.secret_key, creds.passphrase, creds.rsa_private_key) == (
        API_KEY,
        SECRET,
        PASSPHRASE,
        None,
    )
    with pytest.raises(AttributeError):
        creds.secret_key = "other"  # type: ignore[misc]


@pytest.mark.parametrize("bad", ["", "   ", "\t\n"])
@pytest.mark.parametrize(
    ("cls", "kwargs"),
    [
        (BitgetCredentials, {"secret_key": SECRET, "passphrase": PASSPHRASE}),
        (GateCredentials, {"secret_key": SECRET}),
        (BingxCredentials, {"secret_key": SECRET}),
    ],
)
def test_blank_api_key_rejected(cls: Any, kwargs: dict[str, str], bad: str) -> None:
    with pytest.raises(ValueError, match="api_key") as excinfo:
        cls(api_key=bad, **kwargs)
    _assert_clean(str(excinfo.value))


@pytest.mark.parametrize(
    ("make", "field"),
    [
        (lambda: GateCredentials(api_key=API_KEY, secret_key=" "), "secret_key"),
        (lambda: BingxCredentials(api_key=API_KEY, secret_key=""), "secret_key"),
        (lambda: BitgetCredentials(api_key=API_KEY, secret_key=SECRET, passphrase=""), "passphrase"),
        (lambda: BitgetCredentials(api_key=API_KEY, secret_key="", passphrase=PASSPHRASE), "secret_key"),
    ],
)
def test_other_blank_fields_rejected(make: Any, field: str) -> None:
    with pytest.raises(ValueError, match=field) as excinfo:
        make()
    _assert_clean(str(excinfo.value))


def test_wrong_type_message_has_no_value() -> None:
    with pytest.raises(TypeError, match="secret_key") as excinfo:
        GateCredentials(api_key=API_KEY, secret_key=SECRET.encode())  # type: ignore[arg-type]
    _assert_clean(str(excinfo.value))


# --------------------------------------------------------------------------------------------------------------------
# from_env


def test_bitget_from_env() -> None:
    env = {"BITGET_API_KEY": API_KEY, "BITGET_SECRET_KEY": SECRET, "BITGET_PASSPHRASE": PASSPHRASE}
    assert BitgetCredentials.from_env(env) == BitgetCredentials(API_KEY, SECRET, PASSPHRASE)


def test_bitget_from_env_rsa_without_secret() -> None:
    env = {"BITGET_API_KEY": API_KEY, "BITGET_PASSPHRASE": PASSPHRASE, "BITGET_RSA_PRIVATE_KEY": RSA_PEM}
    creds = BitgetCredentials.from_env(env)
    assert creds == BitgetCredentials(API_KEY, "", PASSPHRASE, rsa_private_key=RSA_PEM)


def test_gate_and_bingx_from_env() -> None:
    env = {"GATE_API_KEY": API_KEY, "GATE_SECRET_KEY": SECRET, "BINGX_API_KEY": API_KEY, "BINGX_SECRET_KEY": SECRET}
    assert GateCredentials.from_env(env) == GateCredentials(API_KEY, SECRET)
    assert BingxCredentials.from_env(env) == BingxCredentials(API_KEY, SECRET)


def test_from_env_defaults_to_os_environ(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("GATE_API_KEY", API_KEY)
    monkeypatch.setenv("GATE_SECRET_KEY", SECRET)
    assert GateCredentials.from_env() == GateCredentials(API_KEY, SECRET)


@pytest.mark.parametrize(
    ("cls", "env", "missing", "present"),
    [
        (
            BitgetCredentials,
            {"BITGET_API_KEY": API_KEY, "BITGET_PASSPHRASE": PASSPHRASE},
            ["BITGET_SECRET_KEY"],
            ["BITGET_API_KEY", "BITGET_PASSPHRASE"],
        ),
        (
            BitgetCredentials,
            {"BITGET_SECRET_KEY": SECRET, "BITGET_RSA_PRIVATE_KEY": RSA_PEM, "BITGET_PASSPHRASE": "  "},
            ["BITGET_API_KEY", "BITGET_PASSPHRASE"],
            ["BITGET_SECRET_KEY", "BITGET_RSA_PRIVATE_KEY"],
        ),
        (GateCredentials, {"GATE_API_KEY": API_KEY}, ["GATE_SECRET_KEY"], ["GATE_API_KEY"]),
        (GateCredentials, {"GATE_SECRET_KEY": SECRET}, ["GATE_API_KEY"], ["GATE_SECRET_KEY"]),
        (BingxCredentials, {"BINGX_SECRET_KEY": SECRET, "BINGX_API_KEY": ""}, ["BINGX_API_KEY"], ["BINGX_SECRET_KEY"]),
        (BingxCredentials, {}, ["BINGX_API_KEY", "BINGX_SECRET_KEY"], []),
    ],
)
def test_from_env_missing_names_variables_not_values(
    cls: Any, env: dict[str, str], missing: list[str], present: list[str]
) -> None:
    with pytest.raises(ValueError) as excinfo:
        cls.from_env(env)
    for text in (str(excinfo.value), repr(excinfo.value), repr(excinfo.value.args)):
        for name in missing:
            assert name in text
        for name in present:
            assert name not in text
        _assert_clean(text)


@pytest.mark.parametrize("creds", CREDENTIALS)
def test_the_keyed_hmac_is_hidden_and_survives_pickling(creds: Any) -> None:
    _assert_clean(repr(creds.hmac_key))
    restored = pickle.loads(pickle.dumps(creds))
    assert restored == creds
    assert restored.hmac_key.digest("message") == creds.hmac_key.digest("message")


def test_the_keyed_hmac_signs_each_message_afresh() -> None:
    key = GateCredentials(api_key=API_KEY, secret_key=SECRET).hmac_key
    first = key.hexdigest("one")
    assert key.hexdigest("two") != first
    assert key.hexdigest("one") == first == hmac.new(SECRET.encode(), b"one", hashlib.sha512).hexdigest()
