"""``Client``: what it sends and how, against a tiny HTTP server on 127.0.0.1.

Pinned here: a redirect is never followed (a 3xx answer to an order is an error), urllib3 never retries on its own,
transport failures say whether the request may have reached the venue, default timeouts, pools closed by ``close()``
and ``with``, which calls are retried, the timestamp and clock offset, and how much of a key a log shows.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Iterator, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import pytest
import urllib3

from venuebind import gate
from venuebind._runtime import client as client_module
from venuebind._runtime.client import CONNECT_TIMEOUT, READ_TIMEOUT, Client, shown_headers
from venuebind._runtime.credentials import BingxCredentials, BitgetCredentials, GateCredentials
from venuebind._runtime.errors import (
    InvalidRequestError,
    RateLimitError,
    ResponseError,
    ServerError,
    TransportError,
    VenuebindError,
)
from venuebind._runtime.http import PreparedRequest
from venuebind._runtime.model import Operation, RateLimit, Request, Server
from venuebind._runtime.pacing import Pacer
from venuebind._runtime.retry import RetryPolicy

KEY = "bg_0123456789abcdef"
PASSPHRASE = "correct horse"


# --- a loopback server -----------------------------------------------------------------------------------------------


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    hits: ClassVar[list[tuple[str, str, dict[str, str]]]] = []
    bodies: ClassVar[list[bytes | None]] = []

    def log_message(self, *args: Any) -> None:
        pass

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        Handler.bodies.append(self.rfile.read(length) if length else None)
        Handler.hits.append((self.command, self.path, dict(self.headers)))
        path = self.path.split("?", 1)[0]
        if path.endswith("/slow"):
            time.sleep(0.03)
        if path.endswith("/drop"):
            self.close_connection = True
            self.connection.shutdown(socket.SHUT_RDWR)
            return
        if path.endswith("/spot/price_orders") or path.endswith("/moved"):
            self._send(302, b"", {"Location": f"http://127.0.0.1:{self.server.server_address[1]}/elsewhere"})
            return
        if path.endswith("/permanent"):
            self._send(308, b"", {"Location": "/elsewhere"})
            return
        if path.endswith("/status429"):
            self._send(429, b'{"label":"TOO_MANY_REQUESTS","message":"slow"}', {"Retry-After": "1"})
            return
        self._send(200, b'{"id": "42"}', {"Content-Type": "application/json", "X-Answer": "yes"})

    def _send(self, status: int, body: bytes, headers: Mapping[str, str]) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_DELETE = _answer


@pytest.fixture(scope="module")
def server() -> Iterator[str]:
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}"
    httpd.shutdown()
    httpd.server_close()


@pytest.fixture(autouse=True)
def no_hits() -> None:
    Handler.hits.clear()
    Handler.bodies.clear()


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# --- a minimal venue -------------------------------------------------------------------------------------------------


def operation(method: str, path: str, *, client_id: str | None = None, limit: RateLimit | None = None) -> Operation:
    return Operation(
        venue="testvenue",
        operation_id=f"{method.lower()}_{path.strip('/')}",
        method=method,
        path=path,
        result=dict,
        result_shape="model",
        success_status=200,
        rate_limit=limit,
        docs_url="",
        servers=(Server("live", "https://live.example.test"), Server("demo", "https://demo.example.test")),
        client_id=client_id,
    )


class Call(Request[Any]):
    """A request to ``path``; ``client_oid`` is its client id when the operation names one."""

    def __init__(self, method: str, path: str, client_oid: object = None, **options: Any) -> None:
        self.operation = operation(method, path, **options)  # type: ignore[misc]
        self.client_oid = client_oid

    def wire_path(self) -> str:
        return self.operation.path


class Recorded:
    prepared: ClassVar[list[dict[str, Any]]] = []


def prepare(
    request: Request[Any],
    credentials: Any,
    *,
    timestamp_ms: int,
    environment: str = "live",
    base_url: str | None = None,
) -> PreparedRequest:
    Recorded.prepared.append({"timestamp_ms": timestamp_ms, "environment": environment, "base_url": base_url})
    headers = {"X-KEY": credentials.api_key, "X-PASSPHRASE": credentials.passphrase, "X-TS": str(timestamp_ms)}
    body = b'{"size":"1"}' if request.operation.method == "POST" else None
    return PreparedRequest(request.operation.method, f"{base_url}{request.wire_path()}?a=1", headers, body)


def parse(request: Request[Any], *, status: int, headers: Mapping[str, str], body: bytes) -> Any:
    if 300 <= status < 400:
        raise ResponseError(f"HTTP {status}", venue="testvenue", operation="x", status=status, body=body)
    return status, body, headers.get("X-Answer")


class LocalClient(Client):
    _prepare = staticmethod(prepare)
    _parse = staticmethod(parse)

    def _venue_time_ms(self) -> int:
        return self.venue_ms

    venue_ms = 0


def credentials() -> BitgetCredentials:
    return BitgetCredentials(api_key=KEY, secret_key="s3cret", passphrase=PASSPHRASE)


def make(server: str = "http://127.0.0.1:9", **options: Any) -> LocalClient:
    Recorded.prepared.clear()
    return LocalClient(credentials(), base_url=server, pacer=None, **options)


# --- redirects and urllib3's own retries -----------------------------------------------------------------------------


def test_a_redirect_answering_an_order_is_an_error_and_is_never_followed(server: str) -> None:
    client = gate.Client(GateCredentials(api_key="k" * 16, secret_key="s"), base_url=server, pacer=None)
    order = gate.models.CreateSpotPriceOrderRequest(
        market="GT_USDT",
        trigger=gate.models.SpotPriceTrigger(price="1", rule=">=", expiration=60),
        put=gate.models.SpotPricePutOrder(side="buy", price="1", amount="1", account="normal"),
    )
    with client, pytest.raises(ResponseError) as caught:
        client.send(order)
    assert caught.value.status == 302
    assert [(method, path) for method, path, _ in Handler.hits] == [("POST", "/spot/price_orders")]


@pytest.mark.parametrize("path", ["/moved", "/permanent"])
def test_a_redirect_is_not_followed_for_reads_either(server: str, path: str) -> None:
    with make(server) as client, pytest.raises(ResponseError) as caught:
        client.send(Call("GET", path))
    assert caught.value.status in (302, 308)
    assert [hit[1].split("?")[0] for hit in Handler.hits] == [path]


def test_urllib3_never_retries_on_its_own(server: str) -> None:
    with make(server) as client, pytest.raises(TransportError) as caught:
        client.send(Call("POST", "/drop", client_oid="my-order-1", client_id="client_oid"))
    assert caught.value.may_have_reached is True
    assert caught.value.client_id == "my-order-1"
    assert (caught.value.venue, caught.value.operation) == ("testvenue", "post_drop")
    assert len(Handler.hits) == 1, "sent once"


def test_a_read_that_loses_its_answer_is_retried_by_the_policy_only(server: str) -> None:
    slept: list[float] = []
    client = make(server, retry=RetryPolicy(attempts=3, base_delay=0.0), sleep=slept.append)
    with client, pytest.raises(TransportError) as caught:
        client.send(Call("GET", "/drop"))
    assert caught.value.client_id is None
    assert len(Handler.hits) == 3 and slept == [0.0, 0.0]


# --- transport errors ------------------------------------------------------------------------------------------------


def test_a_refused_connection_certainly_did_not_reach_the_venue() -> None:
    client = make(f"http://127.0.0.1:{closed_port()}", retry=RetryPolicy(attempts=1))
    with client, pytest.raises(TransportError) as caught:
        client.send(Call("POST", "/order", client_oid="abc", client_id="client_oid"))
    error = caught.value
    assert error.may_have_reached is False
    assert (error.venue, error.operation, error.client_id) == ("testvenue", "post_order", "abc")
    assert "NewConnectionError" in error.message


def test_a_read_timeout_may_have_reached_the_venue() -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)  # accepts, never answers
        client = make(f"http://127.0.0.1:{listener.getsockname()[1]}", timeout=urllib3.Timeout(connect=2.0, read=0.05))
        with client, pytest.raises(TransportError) as caught:
            client.send(Call("POST", "/order"))
    assert caught.value.may_have_reached is True
    assert caught.value.client_id is None
    assert "ReadTimeoutError" in caught.value.message


# --- timeouts, pools, close ------------------------------------------------------------------------------------------


def test_default_timeouts() -> None:
    assert (CONNECT_TIMEOUT, READ_TIMEOUT) == (5.0, 10.0)
    client = LocalClient(credentials())
    assert client.timeout.connect_timeout == 5.0
    assert client.timeout.read_timeout == 10.0
    own = urllib3.Timeout(connect=1.0, read=2.0)
    assert LocalClient(credentials(), timeout=own).timeout is own


def test_the_timeout_is_used_for_each_request(server: str, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[dict[str, Any]] = []
    original = urllib3.HTTPConnectionPool.urlopen

    def spy(self: Any, method: str, url: str, **kwargs: Any) -> Any:
        seen.append(kwargs)
        return original(self, method, url, **kwargs)

    monkeypatch.setattr(urllib3.HTTPConnectionPool, "urlopen", spy)
    own = urllib3.Timeout(connect=1.5, read=2.5)
    with make(server, timeout=own) as client:
        client.send(Call("GET", "/ok"))
    assert seen[0]["timeout"] is own
    assert seen[0]["retries"] is False and seen[0]["redirect"] is False
    assert seen[0]["body"] is None and seen[0]["headers"]["X-KEY"] == KEY


def test_the_client_defaults() -> None:
    client = LocalClient(credentials())
    assert (client.environment, client.base_url, client.offset_ms, client.pacer) == (
        "live",
        None,
        0,
        client_module.pacing.SHARED,
    )
    assert client.retry.attempts == 4
    assert client.credentials == credentials()


def test_one_pool_per_host_reused_and_bounded(server: str) -> None:
    with make(server, pool_maxsize=3) as client:
        client.send(Call("GET", "/a"))
        client.send(Call("GET", "/b"))
        assert list(client._pools) == [server]
        pool = client._pools[server]
        assert pool.pool is not None and pool.pool.maxsize == 3 and pool.block is True
        assert Handler.hits[0][1] == "/a?a=1" and Handler.hits[1][1] == "/b?a=1"


def test_close_closes_every_pool_and_the_client_still_works_after(server: str) -> None:
    client = make(server)
    client.send(Call("GET", "/ok"))
    pool = client._pools[server]
    client.close()
    assert pool.pool is None, "the pool's connections are closed"
    assert client._pools == {}
    assert client.send(Call("GET", "/ok"))[0] == 200
    assert client._pools[server] is not pool
    client.close()


def test_with_closes_the_pools_even_after_an_error(server: str) -> None:
    client = make(server)
    with pytest.raises(ResponseError), client as entered:
        assert entered is client
        client.send(Call("GET", "/ok"))
        pool = client._pools[server]
        client.send(Call("GET", "/moved"))
    assert pool.pool is None and client._pools == {}


# --- what is sent ----------------------------------------------------------------------------------------------------


def test_the_timestamp_is_the_clock_in_milliseconds_plus_the_offset(server: str) -> None:
    client = make(server, clock=lambda: 1_700_000_000.1239)
    with client:
        client.send(Call("GET", "/ok"))
        client.offset_ms = -250
        client.send(Call("GET", "/ok"))
    assert [p["timestamp_ms"] for p in Recorded.prepared] == [1_700_000_000_123, 1_700_000_000_123 - 250]
    assert Handler.hits[0][2]["X-TS"] == "1700000000123"
    assert Recorded.prepared[0]["environment"] == "live" and Recorded.prepared[0]["base_url"] == server


def test_the_environment_goes_to_prepare(server: str) -> None:
    with make(server, environment="demo") as client:
        client.send(Call("GET", "/ok"))
    assert Recorded.prepared[0]["environment"] == "demo"


def test_sync_time_measures_the_offset_against_the_midpoint_of_the_round_trip() -> None:
    times = iter([1000.0, 1000.2, 1000.5])
    client = make(clock=lambda: next(times))
    client.venue_ms = 1_000_600
    assert client.sync_time() == 500
    assert client.offset_ms == 500
    times = iter([1000.0, 1000.0])
    client.venue_ms = 999_000
    assert client.sync_time() == -1000 and client.offset_ms == -1000


def test_the_pacer_is_asked_before_each_send_with_the_key(server: str) -> None:
    asked: list[tuple[str, str]] = []

    class Spy(Pacer):
        def wait(self, operation: Operation, api_key: str) -> float:
            asked.append((operation.operation_id, api_key))
            return 0.0

    Recorded.prepared.clear()
    client = LocalClient(credentials(), base_url=server, pacer=Spy())
    with client:
        client.send(Call("GET", "/ok", limit=RateLimit(limit=1, per_seconds=1, scope="uid")))
    assert asked == [("get_ok", KEY)]


def test_the_pacer_gets_no_key_from_credentials_without_one() -> None:
    assert client_module._api_key(credentials()) == KEY
    assert client_module._api_key(object()) == ""
    assert client_module._api_key(type("C", (), {"api_key": 5})()) == ""


def test_a_client_id_is_found_only_where_the_spec_names_one() -> None:
    assert client_module._client_id(Call("POST", "/o", client_oid="x1", client_id="client_oid")) == "x1"
    assert client_module._client_id(Call("POST", "/o", client_oid="x1")) is None
    assert client_module._client_id(Call("POST", "/o", client_oid=None, client_id="client_oid")) is None
    assert client_module._client_id(Call("POST", "/o", client_oid=12, client_id="client_oid")) is None


@pytest.mark.parametrize(
    ("url", "origin", "target"),
    [
        ("http://127.0.0.1:8080/api/v2/x?a=1", "http://127.0.0.1:8080", "/api/v2/x?a=1"),
        ("https://api.bitget.com/", "https://api.bitget.com", "/"),
        ("https://api.bitget.com", "https://api.bitget.com", "/"),
        ("http://h/x/y//z", "http://h", "/x/y//z"),
    ],
)
def test_split_url(url: str, origin: str, target: str) -> None:
    assert client_module._split_url(url) == (origin, target)


# --- which calls are tried again -------------------------------------------------------------------------------------


class Scripted(LocalClient):
    def __init__(self, script: list[Exception], **options: Any) -> None:
        self.slept: list[float] = []
        super().__init__(credentials(), pacer=None, sleep=self.slept.append, **options)
        self.script = script
        self.sends = 0

    def _send_once(self, request: Any) -> Any:
        self.sends += 1
        if self.script:
            raise self.script.pop(0)
        return "answer"


COMMON: dict[str, Any] = {"venue": "testvenue", "operation": "x"}


def busy() -> ServerError:
    return ServerError("busy", status=503, **COMMON)


def test_a_read_is_retried_with_the_clients_policy() -> None:
    client = Scripted([busy(), RateLimitError("slow", status=429, retry_after=0.75, **COMMON)])
    assert client.send(Call("GET", "/r")) == "answer"
    assert client.sends == 3 and len(client.slept) == 2 and client.slept[1] == 0.75


@pytest.mark.parametrize("method", ["POST", "DELETE", "PUT", "PATCH", "get"])
def test_anything_but_a_get_is_sent_once_whatever_the_policy(method: str) -> None:
    client = Scripted([busy()], retry=RetryPolicy(attempts=5))
    with pytest.raises(ServerError):
        client.send(Call(method, "/w"), retry=RetryPolicy(attempts=5))
    assert client.sends == 1 and client.slept == []


def test_a_policy_per_call_replaces_the_clients() -> None:
    client = Scripted([busy(), busy(), busy()], retry=RetryPolicy(attempts=2))
    assert client.send(Call("GET", "/r"), retry=RetryPolicy(attempts=4, base_delay=0.0)) == "answer"
    assert client.sends == 4 and client.slept == [0.0, 0.0, 0.0]
    client = Scripted([busy(), busy()], retry=RetryPolicy(attempts=2))
    with pytest.raises(ServerError):
        client.send(Call("GET", "/r"))
    assert client.sends == 2


def test_an_error_a_retry_cannot_help_is_raised_at_once() -> None:
    error = InvalidRequestError("bad", status=400, **COMMON)
    client = Scripted([error])
    with pytest.raises(InvalidRequestError) as caught:
        client.send(Call("GET", "/r"))
    assert caught.value is error and client.sends == 1


def test_the_retry_attempt_numbers_count_from_one() -> None:
    attempts: list[int] = []

    class Counting(RetryPolicy):
        def delay(self, error: VenuebindError, attempt: int, rng: Any, now: float) -> float | None:
            attempts.append(attempt)
            return super().delay(error, attempt, rng, now)

    client = Scripted([busy(), busy(), busy(), busy()], retry=Counting(attempts=3, base_delay=0.0))
    with pytest.raises(ServerError):
        client.send(Call("GET", "/r"))
    assert attempts == [1, 2, 3] and client.sends == 3


def test_a_retry_is_logged_at_info(caplog: pytest.LogCaptureFixture) -> None:
    client = Scripted([busy()], retry=RetryPolicy(base_delay=0.0))
    with caplog.at_level(logging.INFO, logger="venuebind"):
        client.send(Call("GET", "/r"))
    assert [record.levelno for record in caplog.records] == [logging.INFO]
    assert "get_r" in caplog.text and "busy" in caplog.text


# --- masks -----------------------------------------------------------------------------------------------------------


def test_logged_headers_show_four_characters_of_the_key_and_none_of_the_passphrase() -> None:
    headers = {"X-KEY": KEY, "X-PASSPHRASE": PASSPHRASE, "X-SIGN": "sig", "X-TS": "1"}
    shown = shown_headers(headers, credentials())
    assert shown == {"X-KEY": "bg_0…", "X-PASSPHRASE": "***", "X-SIGN": "sig", "X-TS": "1"}
    assert headers["X-KEY"] == KEY, "the headers sent are left alone"


def test_logged_headers_without_credentials_to_hide() -> None:
    headers = {"X-KEY": "", "X-A": "b"}
    assert shown_headers(headers, object()) == headers
    gate_credentials = GateCredentials(api_key="gate_key_123456", secret_key="s")
    assert shown_headers({"KEY": "gate_key_123456", "P": ""}, gate_credentials) == {"KEY": "gate…", "P": ""}


def test_the_debug_log_shows_the_request_with_its_secrets_masked(server: str, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.DEBUG, logger="venuebind"), make(server) as client:
        client.send(Call("GET", "/ok"))
    assert KEY not in caplog.text and PASSPHRASE not in caplog.text and "s3cret" not in caplog.text
    assert "bg_0…" in caplog.text and "***" in caplog.text
    assert [record.levelno for record in caplog.records] == [logging.DEBUG, logging.DEBUG]
    assert "/ok" in caplog.records[0].getMessage() and "200" in caplog.records[1].getMessage()
    assert "?a=1" not in caplog.records[1].getMessage(), "the answer's line leaves the query out"


def test_nothing_is_logged_below_info_by_default(server: str, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.INFO, logger="venuebind"), make(server) as client:
        client.send(Call("GET", "/ok"))
    assert caplog.records == []


@pytest.mark.parametrize(
    ("key", "shown"),
    [("abcdefghi", "'abcd…'"), ("abcdefgh", "'…'"), ("abcdefghijklmnopqrstuvwxyz", "'abcd…'"), ("a", "'…'")],
)
def test_a_credentials_repr_shows_at_most_four_characters_of_the_key(key: str, shown: str) -> None:
    for made in (
        BitgetCredentials(api_key=key, secret_key="topsecret", passphrase="pass-phrase"),
        GateCredentials(api_key=key, secret_key="topsecret"),
        BingxCredentials(api_key=key, secret_key="topsecret"),
    ):
        text = repr(made)
        assert f"api_key={shown}" in text
        assert "topsecret" not in text and "pass-phrase" not in text


def test_a_clients_repr_shows_no_credentials() -> None:
    client = LocalClient(credentials(), environment="demo", base_url="http://127.0.0.1:1")
    assert repr(client) == "LocalClient(environment='demo', base_url='http://127.0.0.1:1')"


def test_the_answer_and_the_body_sent_go_where_they_belong(server: str) -> None:
    with make(server) as client:
        assert client.send(Call("POST", "/ok")) == (200, b'{"id": "42"}', "yes")
    assert Handler.bodies == [b'{"size":"1"}']


def test_the_default_pool_holds_ten_connections(server: str) -> None:
    with make(server) as client:
        client.send(Call("GET", "/ok"))
        pool = client._pools[server]
        assert pool.pool is not None and pool.pool.maxsize == 10


def test_a_host_gets_one_pool_even_when_two_threads_ask_at_once() -> None:
    client = make()
    first = client._new_pool("http://127.0.0.1:9")
    assert client._new_pool("http://127.0.0.1:9") is first
    client.close()


def test_a_reset_time_is_read_against_the_clients_clock() -> None:
    client = Scripted(
        [RateLimitError("slow", status=429, reset_at=1_000_000_002.5, **COMMON)],
        clock=lambda: 1_000_000_000.0,
        retry=RetryPolicy(base_delay=0.0),
    )
    assert client.send(Call("GET", "/r")) == "answer"
    assert client.slept == [2.5]


def test_the_debug_log_says_what_was_sent_and_how_long_the_answer_took(
    server: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.DEBUG, logger="venuebind"), make(server) as client:
        client.send(Call("POST", "/slow"))
    sent, answered = caplog.records
    assert sent.args == (
        "testvenue",
        "POST",
        f"{server}/slow?a=1",
        {"X-KEY": "bg_0…", "X-PASSPHRASE": "***", "X-TS": str(Recorded.prepared[0]["timestamp_ms"])},
        b'{"size":"1"}',
    )
    assert isinstance(answered.args, tuple)
    venue, method, url, status, milliseconds = answered.args
    assert (venue, method, url, status) == ("testvenue", "POST", f"{server}/slow", 200)
    assert 25 <= milliseconds < 10_000


def test_the_retry_log_names_the_operation_the_try_the_error_and_the_wait(caplog: pytest.LogCaptureFixture) -> None:
    error = busy()
    client = Scripted([error], retry=RetryPolicy(base_delay=0.0))
    with caplog.at_level(logging.INFO, logger="venuebind"):
        client.send(Call("GET", "/r"))
    assert caplog.records[0].args == ("get_r", 1, error, 0.0)


def test_sync_time_logs_the_offset(caplog: pytest.LogCaptureFixture) -> None:
    times = iter([10.0, 10.0])
    client = make(clock=lambda: next(times))
    client.venue_ms = 10_250
    with caplog.at_level(logging.INFO, logger="venuebind"):
        client.sync_time()
    assert caplog.records[0].args == (__name__, 250)
    assert "+250" in caplog.records[0].getMessage()
