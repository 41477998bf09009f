"""Item 3: a credential that travels in an HTTP header cannot carry a line break or a character outside Latin-1.

Such a value (a trailing newline from an env file is the common case) used to reach urllib3, whose ``ValueError`` or
``UnicodeEncodeError`` printed the secret.  It is refused when the credentials are built, with a ``ValidationError``
that names the field and never shows the value.
"""

from __future__ import annotations

import traceback
from typing import Any

import pytest

from venuebind import ValidationError
from venuebind._runtime.credentials import BingxCredentials, BitgetCredentials, GateCredentials

SECRET_PART = "zq81distinctive"
GOOD = {
    BitgetCredentials: {"api_key": "bg_" + "a" * 20, "secret_key": "s" * 20, "passphrase": "pass" * 3},
    GateCredentials: {"api_key": "k" * 32, "secret_key": "s" * 32},
    BingxCredentials: {"api_key": "k" * 32, "secret_key": "s" * 32},
}
HEADER_FIELDS = [
    (BitgetCredentials, "api_key"),
    (BitgetCredentials, "passphrase"),
    (GateCredentials, "api_key"),
    (BingxCredentials, "api_key"),
]
BAD_VALUES = {
    "trailing-newline": SECRET_PART + "\n",
    "crlf-header-split": SECRET_PART + "\r\nX-Evil: 1",
    "carriage-return": SECRET_PART + "\r",
    "nul": SECRET_PART + "\x00",
    "outside-latin-1": SECRET_PART + "€",
    "emoji": SECRET_PART + "\U0001f511",
}


@pytest.mark.parametrize(("cls", "field"), HEADER_FIELDS, ids=lambda x: getattr(x, "__name__", x))
@pytest.mark.parametrize("value", BAD_VALUES.values(), ids=BAD_VALUES.keys())
def test_a_value_no_header_can_carry_is_refused_without_showing_it(cls: Any, field: str, value: str) -> None:
    with pytest.raises(ValidationError) as refused:
        cls(**{**GOOD[cls], field: value})
    shown = "".join(traceback.format_exception(refused.value)) + repr(refused.value.args)
    assert SECRET_PART not in shown
    assert field in str(refused.value)


@pytest.mark.parametrize(("cls", "field"), HEADER_FIELDS, ids=lambda x: getattr(x, "__name__", x))
def test_latin_1_text_is_still_accepted(cls: Any, field: str) -> None:
    built = cls(**{**GOOD[cls], field: "Ünïcödé-but-latin-1"})
    assert getattr(built, field) == "Ünïcödé-but-latin-1"


def test_from_env_with_a_trailing_newline_is_refused_by_field() -> None:
    environ = {"BITGET_API_KEY": "k" * 20, "BITGET_SECRET_KEY": "s" * 20, "BITGET_PASSPHRASE": SECRET_PART + "\n"}
    with pytest.raises(ValidationError, match="passphrase") as refused:
        BitgetCredentials.from_env(environ)
    assert SECRET_PART not in "".join(traceback.format_exception(refused.value))


@pytest.mark.parametrize("value", ["1\r\nX-Evil: 1", "1\n", "€"])
def test_a_spec_header_no_http_header_can_carry_is_refused_by_codegen(value: str) -> None:
    from pathlib import Path

    from codegen.errors import SpecError
    from codegen.generate.build import build
    from codegen.generate.load import from_document
    from tests.conftest import load_spec

    document = load_spec("bitget")
    server = next(server for server in document["servers"] if "x-headers" in server)
    server["x-headers"] = {name: value for name in server["x-headers"]}
    with pytest.raises(SpecError, match="x-headers"):
        build(from_document(Path("bitget.yaml"), document))
