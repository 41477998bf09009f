"""A header value HTTP cannot carry (CR/LF, or beyond Latin-1) that gets past the credential checks still ends as a
TransportError that did not reach the venue, is not tried again, and never shows the value."""

from __future__ import annotations

import socket

import pytest

from tests.hostile.servers import serving
from venuebind import TransportError, bitget
from venuebind._runtime.retry import DEFAULT_RETRY

SECRET_PASSPHRASES = ["passphrase-7f3a\r\nX-Injected: 1", "passphrase-\u20ac-7f3a"]


@pytest.mark.parametrize("passphrase", SECRET_PASSPHRASES, ids=["crlf", "euro-sign"])
def test_an_unsendable_header_value_is_ours_and_hidden(passphrase: str) -> None:
    received: list[bytes] = []

    def record(connection: socket.socket) -> None:
        received.append(connection.recv(65536))

    # Credentials past their checks at construction (not what this test is about): the passphrase set afterwards.
    credentials = bitget.Credentials(api_key="key-1", secret_key="secret", passphrase="clean")
    object.__setattr__(credentials, "passphrase", passphrase)
    with serving(record) as server:
        client = bitget.Client(credentials, base_url=server.url, pacer=None, retry=DEFAULT_RETRY, sleep=lambda _: None)
        with client, pytest.raises(TransportError) as caught:
            client.send(bitget.models.GetCurrentPlanOrdersRequest(symbol="TRXUSDT"))
    error = caught.value
    assert error.may_have_reached is False
    assert server.accepted <= 1 and received in ([], [b""]), "nothing was written, and it was not tried again"
    shown = [str(error), repr(error), *(str(cause) for cause in (error.__cause__, error.__context__) if cause)]
    assert not any("7f3a" in text for text in shown), shown
