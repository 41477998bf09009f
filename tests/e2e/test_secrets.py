"""No key, secret or passphrase in any repr, str, log record or error message; signatures only at DEBUG.

The scenarios run every path that talks about a request: success, refusals, clock errors, broken answers, dropped
connections, retried reads, clock sync, with logging at DEBUG for every logger.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from typing import Any

import pytest

from tests.e2e.conftest import PLACE_ONE, binding
from venuebind import VenuebindError, sandbox
from venuebind._runtime.retry import RetryPolicy

API_KEY = "APIKEY-zq81-distinctive-key"
SECRET = "SECRET-q93x-distinctive-secret"
PASSPHRASE = "PASSPHRASE-w7k2-distinctive"
SECRETS = (API_KEY, SECRET, PASSPHRASE)

FAULTS: list[Callable[[], sandbox.Fault]] = [
    lambda: sandbox.Fault.html_page(502),
    sandbox.Fault.empty_body,
    sandbox.Fault.truncated_body,
    sandbox.Fault.drop_after,
    sandbox.Fault.drop_before,
    lambda: sandbox.Fault.rate_limited(1),
]


class Collect(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


@pytest.fixture
def records() -> Iterator[list[logging.LogRecord]]:
    handler = Collect()
    root = logging.getLogger()
    old_level = root.level
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    try:
        yield handler.records
    finally:
        root.removeHandler(handler)
        root.setLevel(old_level)


def scenarios(venue: str, texts: list[str], signatures: list[str]) -> None:
    """Run every scenario against a sandbox of ``venue``; put every repr, str and error text into ``texts``."""
    module = binding(venue)
    keys = {"api_key": API_KEY, "secret_key": SECRET} | ({"passphrase": PASSPHRASE} if venue == "bitget" else {})
    with sandbox.start(venue, **keys) as running:
        credentials = module.Credentials(**keys)
        texts += [repr(credentials), str(credentials), repr(running), str(running)]
        client = module.Client(credentials, base_url=running.base_url, pacer=None, retry=RetryPolicy(base_delay=0))
        texts += [repr(client), str(client)]
        prepared = module.prepare(PLACE_ONE[venue](), credentials, timestamp_ms=int(running.clock() * 1000))
        texts += [repr(prepared), str(prepared)]
        signatures += [v for k, v in prepared.headers.items() if "SIGN" in k.upper()]
        signatures += [prepared.url.rsplit("signature=", 1)[1]] if "signature=" in prepared.url else []

        def attempt(call: Callable[[], Any]) -> None:
            try:
                texts.append(repr(call()))
            except VenuebindError as error:
                texts.extend([repr(error), str(error), error.args[0] if error.args else ""])

        attempt(lambda: client.send(PLACE_ONE[venue]()))
        for fault in FAULTS:
            running.inject(fault())
            attempt(lambda: client.send(PLACE_ONE[venue]()))
        running.inject(sandbox.Fault.html_page(503, times=2))
        attempt(client.sync_time)  # a read: retried through the two 503s
        running.clock = lambda: __import__("time").time() + 600
        attempt(lambda: client.send(PLACE_ONE[venue]()))
        wrong = module.Client(
            module.Credentials(**{**keys, "secret_key": SECRET[::-1]}), base_url=running.base_url, pacer=None
        )
        attempt(lambda: wrong.send(PLACE_ONE[venue]()))
        texts += [repr(record) for record in running.requests]


@pytest.mark.parametrize("venue", ["bitget", "gate", "bingx"])
def test_no_secret_appears_anywhere(venue: str, records: list[logging.LogRecord]) -> None:
    texts: list[str] = []
    signatures: list[str] = []
    scenarios(venue, texts, signatures)
    logged = [(record.levelno, record.getMessage()) for record in records]
    assert any(level == logging.DEBUG for level, _ in logged), "the scenarios logged at DEBUG"
    everything = texts + [message for _, message in logged]
    for secret in SECRETS:
        leaks = [text for text in everything if secret in text]
        assert not leaks, f"{secret[:10]}... leaked: {leaks[0][:300]}"
    assert signatures
    for level, message in logged:
        if level > logging.DEBUG:
            assert not any(signature in message for signature in signatures), message
