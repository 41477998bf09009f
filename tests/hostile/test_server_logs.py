"""Item 10 (logs): a venue message with line breaks cannot forge lines in venuebind's log."""

from __future__ import annotations

import json
import logging

import pytest

from tests.hostile.common import bitget_client, server_time
from tests.hostile.servers import json_answers, serving
from venuebind import ServerError
from venuebind._runtime.retry import RetryPolicy

FORGED = "busy\n2026-01-01 00:00:00 INFO venuebind: withdrawal of 100 BTC approved\r\nmore"


def test_a_venue_message_with_newlines_stays_on_one_log_line(caplog: pytest.LogCaptureFixture) -> None:
    body = json.dumps({"code": "45001", "msg": FORGED, "data": None}).encode()
    retry = RetryPolicy(attempts=2, base_delay=0)
    with serving(json_answers(lambda _: (503, body))) as server, bitget_client(server.url, retry=retry) as client:
        with caplog.at_level(logging.INFO, logger="venuebind"), pytest.raises(ServerError):
            client.send(server_time())
    retries = [record for record in caplog.records if "try 1 failed" in record.getMessage()]
    assert retries, "the retry was logged"
    for record in caplog.records:
        message = record.getMessage()
        assert "\n" not in message and "\r" not in message, message
    assert "withdrawal of 100 BTC" in retries[0].getMessage(), "the message is kept, escaped"
