"""Item 10 (proxies): venuebind connects directly, whatever HTTPS_PROXY / HTTP_PROXY say, and says so in a warning
when such a variable is set (README, "Limits")."""

from __future__ import annotations

import logging

import pytest

from tests.hostile.common import bitget_client, server_time
from tests.hostile.servers import json_answers, serving

TIME = b'{"code":"00000","msg":"success","data":{"serverTime":"1700000000000"}}'


@pytest.mark.parametrize("variable", ["HTTPS_PROXY", "http_proxy"])
def test_an_environment_proxy_is_ignored_with_a_warning(
    variable: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    with serving(json_answers(lambda _: (200, TIME))) as proxy, serving(json_answers(lambda _: (200, TIME))) as venue:
        monkeypatch.setenv(variable, proxy.url)
        with caplog.at_level(logging.WARNING, logger="venuebind"), bitget_client(venue.url) as client:
            assert client.send(server_time()).server_time == 1700000000000
    assert proxy.accepted == 0 and venue.accepted == 1
    warnings = [r.getMessage() for r in caplog.records if r.levelno == logging.WARNING and r.name == "venuebind"]
    assert any(variable in message and "ignore" in message for message in warnings), warnings
