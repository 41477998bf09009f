"""``Client``: what it sends and how, against a tiny HTTP server on 127.0.0.1.

Pinned here: a redirect is never followed (a 3xx answer to an order is an error), the transport never retries on
its own, transport failures say whether the request may have reached the venue, default timeouts and limits,
connections reused and bounded per host and closed by ``close()`` and ``with``, which calls are retried, the
timestamp and clock offset, and how much of a key a log shows.  Everything goes through ``Client.send`` and a real
HTTP exchange on loopback, not through the client's private methods.
"""

from __future__ import annotations

import logging
import os
import socket
import threading
import time
import types
from collections.abc import Iterator, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any, ClassVar

import attrs
import pytest
import urllib3

from venuebind import gate
from venuebind._runtime import clientbase as client_module
from venuebind._runtime.client import Client
from venuebind._runtime.clientbase import CONNECT_TIMEOUT, READ_TIMEOUT, shown_headers
from venuebind._runtime.credentials import BingxCredentials, BitgetCredentials, GateCredentials
from venuebind._runtime.errors import (
    InvalidRequestError,
    ResponseError,
    ServerError,
    TransportError,
    ValidationError,
    VenuebindError,
)
from venuebind._runtime.http import PreparedRequest, status_error, venue_error
from venuebind._runtime.limits import DEADLINE, MAX_PAGES, MAX_RESPONSE_BYTES
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
    ports: ClassVar[list[int]] = []
    """The client's port of each request: one port, one connection."""
    closed: ClassVar[list[int]] = []
    """The client's port of each connection the client closed."""
    script: ClassVar[list[tuple[int, bytes, dict[str, str]]]] = []
    """Answers to ``/script``, in order; a 200 once it is empty."""
    held = threading.Semaphore(0)
    """``/hold`` answers once released; ``holding`` counts the requests it keeps waiting."""
    holding: ClassVar[list[int]] = []

    def log_message(self, *args: Any) -> None:
        pass

    def finish(self) -> None:
        super().finish()
        Handler.closed.append(self.client_address[1])

    def _answer(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        Handler.bodies.append(self.rfile.read(length) if length else None)
        Handler.hits.append((self.command, self.path, dict(self.headers)))
        Handler.ports.append(self.client_address[1])
        path = self.path.split("?", 1)[0]
        if path.endswith("/slow"):
            time.sleep(0.03)
        if path.endswith("/hold"):
            Handler.holding.append(1)
            Handler.held.acquire(timeout=5)
        if path.endswith("/silent"):
            time.sleep(0.5)
            self.close_connection = True
            return
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
        if path.endswith("/unsized"):  # no Content-Length: the body ends when the connection does
            self.send_response(200)
            self.send_header("Connection", "close")
            self.end_headers()
            self.wfile.write(b'{"id": "42"}')
            self.close_connection = True
            return
        if path.endswith("/script") and Handler.script:
            self._send(*Handler.script.pop(0))
            return
        self._send(200, b'{"id": "42"}', {"Content-Type": "application/json", "X-Answer": "yes"})

    def _send(self, status: int, body: bytes, headers: Mapping[str, str]) -> None:
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    do_GET = do_POST = do_DELETE = do_PUT = do_PATCH = do_get = _answer


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
    for kept in (Handler.hits, Handler.bodies, Handler.ports, Handler.closed, Handler.script, Handler.holding):
        kept.clear()


def closed_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


# --- a minimal venue -------------------------------------------------------------------------------------------------

SERVERS = (Server("live", "https://live.example.test"), Server("demo", "https://demo.example.test"))


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
        servers=SERVERS,
        client_id=client_id,
    )


class Call(Request[Any]):
    """A request to ``path``; ``client_oid`` is its client id when the operation names one."""

    def __init__(
        self, method: str, path: str, client_oid: object = None, header: str | None = None, **options: Any
    ) -> None:
        self.operation = operation(method, path, **options)  # type: ignore[misc]
        self.client_oid = client_oid
        self.header = header

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
    if getattr(request, "header", None) is not None:
        headers["X-Extra"] = request.header  # type: ignore[attr-defined]
    body = b'{"size":"1"}' if request.operation.method == "POST" else None
    return PreparedRequest(request.operation.method, f"{base_url}{request.wire_path()}?a=1", headers, body)


def parse(request: Request[Any], *, status: int, headers: Mapping[str, str], body: bytes) -> Any:
    if 300 <= status < 400:
        raise ResponseError(f"HTTP {status}", venue="testvenue", operation="x", status=status, body=body)
    if status >= 400:
        cls = status_error(status)
        message = body.decode()
        raise venue_error(
            cls,
            message,
            operation=request.operation,
            status=status,
            code=None,
            headers=headers,
            body=body,
            reset_header="X-Reset",
        )
    return status, body, headers.get("X-Answer")


class LocalClient(Client[BitgetCredentials, str]):
    venue = "testvenue"
    credentials_type = BitgetCredentials
    _prepare = staticmethod(prepare)
    _parse = staticmethod(parse)

    @classmethod
    def _servers(cls) -> tuple[Server, ...]:
        return SERVERS

    @staticmethod
    def _time_request() -> Request[Any]:
        return Call("GET", "/time")

    def send(self, request: Request[Any], **options: Any) -> Any:
        """The venue's clock is ``venue_ms``; every other request goes out as any client sends it."""
        if request.operation.operation_id == "get_time":
            return types.SimpleNamespace(server_time=self.venue_ms)
        return super().send(request, **options)

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
    assert caught.value.client_id is None
    assert [hit[1].split("?")[0] for hit in Handler.hits] == [path]


def test_an_answer_that_is_not_a_result_keeps_the_orders_client_id(server: str) -> None:
    with make(server) as client, pytest.raises(ResponseError) as caught:
        client.send(Call("POST", "/moved", client_oid="o-9", client_id="client_oid"))
    assert (caught.value.status, caught.value.client_id) == (302, "o-9")


def test_the_transport_never_retries_on_its_own(server: str) -> None:
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
    assert "could not connect" in error.message and "NewConnectionError" in error.message


def test_a_read_timeout_may_have_reached_the_venue() -> None:
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)  # accepts, never answers
        client = make(f"http://127.0.0.1:{listener.getsockname()[1]}", timeout=urllib3.Timeout(connect=2.0, read=0.05))
        started = time.monotonic()
        with client, pytest.raises(TransportError) as caught:
            client.send(Call("POST", "/order"))
    assert caught.value.may_have_reached is True
    assert caught.value.client_id is None
    assert "no complete answer" in caught.value.message and "deadline" not in caught.value.message
    assert time.monotonic() - started < 5, "the read timeout, not the 30 s deadline"


def test_a_header_that_cannot_be_sent_is_raised_at_once_and_never_retried(server: str) -> None:
    slept: list[float] = []
    client = make(server, retry=RetryPolicy(attempts=4, base_delay=0.0), sleep=slept.append)
    with client, pytest.raises(TransportError) as caught:
        client.send(Call("GET", "/ok", header="a\r\nX-Forged: 1"))
    assert caught.value.may_have_reached is False
    assert slept == [] and Handler.hits == []


def test_the_deadline_bounds_an_attempt_and_a_call_may_replace_it(server: str) -> None:
    with make(server, deadline=0.2) as client:
        started = time.monotonic()
        with pytest.raises(TransportError) as caught:
            client.send(Call("POST", "/silent"))
        assert "0.2 s deadline" in caught.value.message and caught.value.may_have_reached is True
        assert time.monotonic() - started < 5, "the deadline, not the server closing at 0.5 s (the message says which)"
        with pytest.raises(TransportError) as caught:
            client.send(Call("POST", "/silent"), deadline=0.1)
        assert "0.1 s deadline" in caught.value.message
        assert client.send(Call("POST", "/slow"), deadline=2.0)[0] == 200


def test_an_answer_over_max_response_bytes_is_a_response_error(server: str) -> None:
    with make(server, max_response_bytes=12) as client:
        assert client.send(Call("POST", "/ok"))[1] == b'{"id": "42"}', "12 bytes: at the cap"
    for path in ("/ok", "/unsized"):  # refused by its Content-Length, or cut off while read
        with make(server, max_response_bytes=11) as client, pytest.raises(ResponseError) as caught:
            client.send(Call("POST", path, client_oid="o-1", client_id="client_oid"))
        error = caught.value
        assert (error.venue, error.operation, error.status, error.client_id) == (
            "testvenue",
            f"post_{path[1:]}",
            200,
            "o-1",
        )
        assert "max_response_bytes (11 bytes)" in error.message
    assert error.body == b'{"id": "42"}', "what was read is kept"


@pytest.mark.parametrize("name", ["deadline", "max_response_bytes", "max_pages"])
@pytest.mark.parametrize("value", [0, -1, 0.0])
def test_limits_must_be_positive(name: str, value: float) -> None:
    with pytest.raises(ValidationError) as caught:
        LocalClient(credentials(), **{name: value})
    assert caught.value.path == name
    assert f"must be positive, got {value!r}" in str(caught.value)
    assert LocalClient(credentials(), **{name: 1}).__dict__[name] == 1


# --- timeouts, pools, close ------------------------------------------------------------------------------------------


def test_default_timeouts() -> None:
    assert (CONNECT_TIMEOUT, READ_TIMEOUT) == (5.0, 10.0)
    client = LocalClient(credentials())
    assert client.timeout.connect_timeout == 5.0
    assert client.timeout.read_timeout == 10.0
    own = urllib3.Timeout(connect=1.0, read=2.0)
    assert LocalClient(credentials(), timeout=own).timeout is own


def test_the_timeout_is_used_for_each_request(server: str) -> None:
    own = urllib3.Timeout(connect=1.5, read=0.05)
    with make(server, timeout=own) as client:
        assert client.timeout is own
        client.send(Call("GET", "/ok"))
        with pytest.raises(TransportError) as caught:
            client.send(Call("GET", "/silent"))
    assert "no complete answer" in caught.value.message, "the read timeout, well before the deadline"
    assert Handler.bodies[0] is None and Handler.hits[0][2]["X-KEY"] == KEY


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
    assert (DEADLINE, MAX_RESPONSE_BYTES, MAX_PAGES) == (30.0, 16 * 1024 * 1024, 1000)
    assert (client.deadline, client.max_response_bytes, client.max_pages) == (DEADLINE, MAX_RESPONSE_BYTES, MAX_PAGES)


def test_connections_are_reused(server: str) -> None:
    with make(server) as client:
        client.send(Call("GET", "/a"))
        client.send(Call("GET", "/b"))
        client.send(Call("POST", "/c"))
    assert [hit[1] for hit in Handler.hits] == ["/a?a=1", "/b?a=1", "/c?a=1"]
    assert len(set(Handler.ports)) == 1, "one connection, kept open between calls"


def hold(client: LocalClient, count: int) -> list[threading.Thread]:
    """``count`` calls to ``/hold`` running in threads, each holding a connection until released."""
    threads = [threading.Thread(target=client.send, args=(Call("GET", "/hold"),)) for _ in range(count)]
    for thread in threads:
        thread.start()
    waited = time.monotonic() + 5
    while len(Handler.holding) < count and time.monotonic() < waited:
        time.sleep(0.005)
    assert len(Handler.holding) == count
    return threads


def release(threads: list[threading.Thread]) -> None:
    for _ in threads:
        Handler.held.release()
    for thread in threads:
        thread.join(5)


@pytest.mark.parametrize(("options", "size"), [({}, 10), ({"pool_maxsize": 2}, 2)])
def test_connections_per_host_are_bounded_and_callers_beyond_wait(
    server: str, options: dict[str, Any], size: int
) -> None:
    with make(server, **options) as client:
        threads = hold(client, size)
        try:
            with pytest.raises(TransportError) as caught:
                client.send(Call("POST", "/ok"), deadline=0.1)
            assert caught.value.may_have_reached is False, "it waited for a connection and sent nothing"
            assert "no pooled connection came free within the 0.1 s deadline" in caught.value.message
            assert len(Handler.hits) == size
            waiting = threading.Thread(target=client.send, args=(Call("GET", "/after"),))
            waiting.start()
            time.sleep(0.05)
            assert len(Handler.hits) == size, "the next caller waits its turn"
        finally:
            release(threads)
        waiting.join(5)
    assert Handler.hits[-1][1] == "/after?a=1"
    assert len(set(Handler.ports)) == size, "the waiting call took a freed connection"


def wait_closed(ports: set[int]) -> bool:
    waited = time.monotonic() + 5
    while not ports <= set(Handler.closed) and time.monotonic() < waited:
        time.sleep(0.005)
    return ports <= set(Handler.closed)


def test_close_closes_every_connection_and_the_client_still_works_after(server: str) -> None:
    client = make(server)
    client.send(Call("GET", "/ok"))
    first = set(Handler.ports)
    assert not first & set(Handler.closed), "open until close()"
    client.close()
    assert wait_closed(first), "the pooled connection is closed"
    assert client.send(Call("GET", "/ok"))[0] == 200
    assert Handler.ports[-1] not in first, "a new connection after close"
    client.close()
    assert wait_closed(set(Handler.ports))


def test_with_closes_the_connections_even_after_an_error(server: str) -> None:
    client = make(server)
    with pytest.raises(ResponseError), client as entered:
        assert entered is client
        client.send(Call("GET", "/ok"))
        client.send(Call("GET", "/moved"))
    assert wait_closed(set(Handler.ports))


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
        def reserve(self, operation: Operation, api_key: str) -> float:
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


# --- which calls are tried again -------------------------------------------------------------------------------------


BUSY = (503, b"busy", {})


def scripted(
    server: str, answers: list[tuple[int, bytes, dict[str, str]]], **options: Any
) -> tuple[LocalClient, list[float]]:
    """A client whose calls to ``/script`` get ``answers`` in turn, then 200s; and the waits it slept."""
    Handler.script[:] = answers
    slept: list[float] = []
    return make(server, sleep=slept.append, **options), slept


def sends() -> int:
    return sum(hit[1].startswith("/script") for hit in Handler.hits)


def test_a_read_is_retried_with_the_clients_policy(server: str) -> None:
    client, slept = scripted(server, [BUSY, (429, b"slow", {"Retry-After": "0.75"})])
    with client:
        assert client.send(Call("GET", "/script"))[0] == 200
    assert sends() == 3 and len(slept) == 2 and slept[1] == 0.75


@pytest.mark.parametrize("method", ["POST", "DELETE", "PUT", "PATCH", "get"])
def test_anything_but_a_get_is_sent_once_whatever_the_policy(server: str, method: str) -> None:
    client, slept = scripted(server, [BUSY], retry=RetryPolicy(attempts=5))
    with client, pytest.raises(ServerError):
        client.send(Call(method, "/script"), retry=RetryPolicy(attempts=5))
    assert sends() == 1 and slept == []


def test_a_policy_per_call_replaces_the_clients(server: str) -> None:
    client, slept = scripted(server, [BUSY, BUSY, BUSY], retry=RetryPolicy(attempts=2))
    with client:
        assert client.send(Call("GET", "/script"), retry=RetryPolicy(attempts=4, base_delay=0.0))[0] == 200
    assert sends() == 4 and slept == [0.0, 0.0, 0.0]
    Handler.hits.clear()
    client, slept = scripted(server, [BUSY, BUSY], retry=RetryPolicy(attempts=2, base_delay=0.0))
    with client, pytest.raises(ServerError):
        client.send(Call("GET", "/script"))
    assert sends() == 2


def test_an_error_a_retry_cannot_help_is_raised_at_once(server: str) -> None:
    client, slept = scripted(server, [(400, b"bad", {})])
    with client, pytest.raises(InvalidRequestError) as caught:
        client.send(Call("GET", "/script"))
    assert caught.value.message == "bad" and caught.value.status == 400
    assert sends() == 1 and slept == []


def test_the_retry_attempt_numbers_count_from_one(server: str) -> None:
    attempts: list[int] = []

    class Counting(RetryPolicy):
        def delay(self, error: VenuebindError, attempt: int, rng: Any, now: float) -> float | None:
            attempts.append(attempt)
            return super().delay(error, attempt, rng, now)

    client, _ = scripted(server, [BUSY, BUSY, BUSY, BUSY], retry=Counting(attempts=3, base_delay=0.0))
    with client, pytest.raises(ServerError):
        client.send(Call("GET", "/script"))
    assert attempts == [1, 2, 3] and sends() == 3


def test_a_retry_is_logged_at_info(server: str, caplog: pytest.LogCaptureFixture) -> None:
    client, _ = scripted(server, [BUSY], retry=RetryPolicy(base_delay=0.0))
    with caplog.at_level(logging.INFO, logger="venuebind"), client:
        client.send(Call("GET", "/script"))
    assert [record.levelno for record in caplog.records] == [logging.INFO]
    assert "get_script" in caplog.text and "busy" in caplog.text


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


def test_a_reset_time_is_read_against_the_clients_clock(server: str) -> None:
    client, slept = scripted(
        server,
        [(429, b"slow", {"X-Reset": "1000000002500"})],  # milliseconds
        clock=lambda: 1_000_000_000.0,
        retry=RetryPolicy(base_delay=0.0),
    )
    with client:
        assert client.send(Call("GET", "/script"))[0] == 200
    assert slept == [2.5]


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


def test_the_retry_log_names_the_operation_the_try_the_error_and_the_wait(
    server: str, caplog: pytest.LogCaptureFixture
) -> None:
    client, _ = scripted(server, [(503, b"busy\nINFO forged line", {})], retry=RetryPolicy(base_delay=0.0))
    with caplog.at_level(logging.INFO, logger="venuebind"), client:
        client.send(Call("GET", "/script"))
    (record,) = caplog.records
    assert record.getMessage() == (
        "get_script: try 1 failed ('testvenue get_script: HTTP 503: busy\\nINFO forged line'); again in 0.00 s"
    )
    assert "\n" not in record.getMessage(), "a venue's line break cannot forge a log line"


def test_sync_time_logs_the_offset(caplog: pytest.LogCaptureFixture) -> None:
    times = iter([10.0, 10.0])
    client = make(clock=lambda: next(times))
    client.venue_ms = 10_250
    with caplog.at_level(logging.INFO, logger="venuebind"):
        client.sync_time()
    assert caplog.records[0].args == (__name__, 250)
    assert "+250" in caplog.records[0].getMessage()


# --- what the constructor and send refuse ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "url",
    ["http://127.0.0.1:1", "http://127.9.9.9:1/api", "http://localhost:8080", "http://[::1]:1", "https://example.com"],
)
def test_a_base_url_is_https_or_this_machine(url: str) -> None:
    assert LocalClient(credentials(), base_url=url).base_url == url


@pytest.mark.parametrize(
    ("url", "says"),
    [
        ("http://10.0.0.1:80", "not '10.0.0.1'"),
        ("http://example.com", "not 'example.com'"),
        ("http://localhost.example.com", "not 'localhost.example.com'"),
        ("http://", "not ''"),
        ("ftp://127.0.0.1", "it starts with 'ftp'"),
        ("127.0.0.1:80", "it starts with ''"),
    ],
)
def test_any_other_base_url_is_refused(url: str, says: str) -> None:
    with pytest.raises(ValidationError) as caught:
        LocalClient(credentials(), base_url=url)
    assert caught.value.path == "base_url"
    assert says in str(caught.value)


@pytest.mark.parametrize(("asked", "server"), [("live", "live"), ("demo", "demo"), ("paper", "demo")])
def test_the_environment_is_the_spec_servers_name(asked: str, server: str) -> None:
    assert LocalClient(credentials(), environment=asked).environment == server


def test_an_unknown_environment_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        LocalClient(credentials(), environment="testnet")
    assert caught.value.path == "environment"
    assert "'testnet' is not a testvenue server; use one of 'live', 'demo', 'paper'" in str(caught.value)


def test_another_venues_credentials_are_a_type_error_naming_both() -> None:
    with pytest.raises(TypeError) as caught:
        LocalClient(GateCredentials(api_key="k", secret_key="s"))  # type: ignore[arg-type]
    assert str(caught.value) == (
        "testvenue.LocalClient takes testvenue.Credentials, not gate.Credentials: gate keys sign for gate only "
        "(use gate.LocalClient)"
    )
    with pytest.raises(TypeError) as caught:
        LocalClient(object())  # type: ignore[arg-type]
    assert str(caught.value) == "testvenue.LocalClient takes testvenue.Credentials, not object"


def test_another_venues_request_is_a_type_error(server: str) -> None:
    request = Call("GET", "/ok")
    request.operation = attrs.evolve(request.operation, venue="gate")  # type: ignore[misc]
    with make(server) as client, pytest.raises(TypeError) as caught:
        client.send(request)
    assert str(caught.value) == "testvenue.LocalClient cannot send a gate request (Call): use gate.LocalClient"
    assert Handler.hits == []


@pytest.mark.parametrize("variable", ["HTTPS_PROXY", "http_proxy", "ALL_PROXY"])
def test_a_proxy_in_the_environment_is_ignored_with_a_warning(
    variable: str, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    monkeypatch.setenv(variable, "http://10.9.9.9:3128")
    with caplog.at_level(logging.WARNING, logger="venuebind"):
        LocalClient(credentials())
    (record,) = caplog.records
    assert record.levelno == logging.WARNING
    assert record.getMessage() == (
        f"{variable} set: venuebind ignores proxies from the environment and connects directly"
    )


def test_no_proxy_no_warning(monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture) -> None:
    for name in list(os.environ):
        if name.lower().endswith("_proxy"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("NO_PROXY", "*")
    with caplog.at_level(logging.DEBUG, logger="venuebind"):
        LocalClient(credentials())
    assert caplog.records == []


def test_the_proxy_warning_names_every_variable_set(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    for name in list(os.environ):
        if name.lower().endswith("_proxy"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("HTTPS_PROXY", "http://10.9.9.9:3128")
    monkeypatch.setenv("all_proxy", "http://10.9.9.9:3128")
    with caplog.at_level(logging.WARNING, logger="venuebind"):
        LocalClient(credentials())
    names = [name for name in os.environ if name in ("HTTPS_PROXY", "all_proxy")]
    assert caplog.records[0].getMessage().startswith(f"{names[0]}, {names[1]} set: ")
