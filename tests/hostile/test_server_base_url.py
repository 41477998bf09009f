"""Item 10 (base URL): a client refuses a plain-HTTP base URL unless its host is this machine, where the sandbox
venues and test servers live; keys and signatures never cross a network in clear text."""

from __future__ import annotations

import pytest

from tests.hostile.common import bitget_client
from venuebind import ValidationError


@pytest.mark.parametrize(
    "url",
    ["http://api.bitget.com", "http://203.0.113.7:8080/api", "http://127.0.0.1.example.com", "http://[2001:db8::1]"],
)
def test_a_plain_http_base_url_off_this_machine_is_refused(url: str) -> None:
    with pytest.raises(ValidationError, match="base_url") as caught:
        bitget_client(url)
    assert "https" in str(caught.value)


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1:8080", "http://127.3.4.5", "http://localhost:9000/x", "http://[::1]:8080", "https://h.example"],
)
def test_loopback_and_https_base_urls_are_accepted(url: str) -> None:
    bitget_client(url).close()
