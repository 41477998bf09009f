"""``PreparedRequest.headers``: read-only, printed with the passphrase and signature masked, sent exactly."""

from __future__ import annotations

import base64
import hashlib
import hmac
from typing import Any

import pytest

from venuebind import bingx, bitget, gate

KEY = "bg_0123456789abcdef"
SECRET = "secret-never-shown"
PASSPHRASE = "passphrase-never-shown"


def bitget_prepared() -> Any:
    creds = bitget.Credentials(api_key=KEY, secret_key=SECRET, passphrase=PASSPHRASE)
    request = bitget.models.CancelPlanOrderRequest(order_id="1")
    return bitget.prepare(request, creds, timestamp_ms=1659076670000)


def test_printing_the_headers_masks_passphrase_signature_and_key() -> None:
    prepared = bitget_prepared()
    signature = prepared.headers["ACCESS-SIGN"]
    for shown in (repr(prepared.headers), str(prepared.headers), f"{prepared.headers}"):
        assert PASSPHRASE not in shown and signature not in shown and KEY not in shown
        assert "'ACCESS-SIGN': '***'" in shown
        assert "'ACCESS-PASSPHRASE': '***'" in shown
        assert f"'ACCESS-KEY': '{KEY[:4]}…'" in shown
        assert "'ACCESS-TIMESTAMP': '1659076670000'" in shown


def test_the_values_sent_stay_exact() -> None:
    prepared = bitget_prepared()
    assert prepared.headers["ACCESS-PASSPHRASE"] == PASSPHRASE
    assert prepared.headers["ACCESS-KEY"] == KEY
    prehash = b"1659076670000POST/api/v2/spot/trade/cancel-plan-order" + prepared.body
    expected = base64.b64encode(hmac.new(SECRET.encode(), prehash, hashlib.sha256).digest()).decode()
    assert prepared.headers["ACCESS-SIGN"] == expected
    assert dict(prepared.headers)["ACCESS-SIGN"] == expected


def test_the_headers_are_read_only() -> None:
    headers = bitget_prepared().headers
    with pytest.raises(TypeError):
        headers["ACCESS-SIGN"] = "forged"  # type: ignore[index]
    assert not hasattr(headers, "update")
    copied = headers.copy()
    copied["X-Extra"] = "1"
    assert "X-Extra" not in headers


def test_gate_and_bingx_mask_their_own_secret_headers() -> None:
    gate_creds = gate.Credentials(api_key=KEY, secret_key=SECRET)
    request = gate.models.CancelSpotPriceOrderRequest(order_id="1")
    prepared = gate.prepare(request, gate_creds, timestamp_ms=1659076670000)
    assert prepared.headers["SIGN"] and prepared.headers["SIGN"] not in repr(prepared.headers)
    assert "'SIGN': '***'" in repr(prepared.headers) and KEY not in repr(prepared.headers)
    bingx_creds = bingx.Credentials(api_key=KEY, secret_key=SECRET)
    prepared = bingx.prepare(
        bingx.models.GetOpenOcoOrderListsRequest(page_index=1, page_size=10), bingx_creds, timestamp_ms=1659076670000
    )
    assert prepared.headers["X-BX-APIKEY"] == KEY
    assert repr(prepared.headers) == f"Headers({{'X-BX-APIKEY': '{KEY[:4]}…'}})"
