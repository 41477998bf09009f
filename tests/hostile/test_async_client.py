"""The hostile-server rules, through ``AsyncClient``: the same deadline, response cap, body, TLS, stale-connection,
header and base-URL outcomes as ``Client`` (the other files of this folder), against the same raw-socket servers."""

from __future__ import annotations

import asyncio
import json
import socket
import subprocess
import sys
import textwrap
import threading
import time
from collections.abc import Coroutine
from pathlib import Path
from typing import Any, TypeVar
from urllib.parse import parse_qs, urlsplit

import pytest
import urllib3

from tests.hostile.common import plan_order, server_time
from tests.hostile.servers import answer_head, json_answers, read_request, serving, target
from tests.hostile.test_server_bodies import HOSTILE, KEPT_AT_MOST
from tests.hostile.test_server_deadline import SLACK, drip, hold
from tests.hostile.test_server_pages import ENOUGH, gate_order
from tests.hostile.test_server_tls_and_stale import TIME, self_signed
from venuebind import ResponseError, TransportError, ValidationError, bitget, gate
from venuebind._runtime.retry import DEFAULT_RETRY, NO_RETRY

T = TypeVar("T")


def run(coroutine: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coroutine)


def async_client(base_url: str, **options: Any) -> bitget.AsyncClient:
    credentials = bitget.Credentials(api_key="hostile-key", secret_key="hostile-secret", passphrase="hostile-pass")
    return bitget.AsyncClient(credentials, base_url=base_url, pacer=None, **{"retry": NO_RETRY, **options})


async def send_timed(client: bitget.AsyncClient, request: Any, **options: Any) -> tuple[BaseException, float]:
    """The error ``client.send`` raised, and the seconds it took."""
    started = time.monotonic()
    try:
        async with client:
            await client.send(request, **options)
    except Exception as error:
        return error, time.monotonic() - started
    raise AssertionError("the call succeeded")


def test_a_dripping_answer_ends_at_the_deadline() -> None:
    with serving(drip) as server:
        error, took = run(send_timed(async_client(server.url, deadline=1.0), plan_order("slow-1")))
    assert isinstance(error, TransportError) and 1.0 <= took < 1.0 + SLACK, (error, took)
    assert error.may_have_reached and error.client_id == "slow-1" and "deadline" in str(error)


def test_the_deadline_is_set_per_call() -> None:
    with serving(drip) as server:
        error, took = run(send_timed(async_client(server.url, deadline=30.0), server_time(), deadline=0.5))
    assert isinstance(error, TransportError) and 0.5 <= took < 0.5 + SLACK, (error, took)


def test_waiting_for_a_pooled_connection_counts_and_nothing_was_sent() -> None:
    async def main(client: bitget.AsyncClient) -> tuple[BaseException, float]:
        holder = asyncio.create_task(client.send(server_time()))
        await asyncio.sleep(0.2)  # the holder has the one connection
        started = time.monotonic()
        with pytest.raises(TransportError) as caught:
            await client.send(plan_order("queued-1"), deadline=0.5)
        took = time.monotonic() - started
        with pytest.raises(TransportError):
            await holder
        await client.aclose()
        return caught.value, took

    with serving(hold) as server:
        error, took = run(main(async_client(server.url, pool_maxsize=1, deadline=1.5)))
        accepted = server.accepted
    assert isinstance(error, TransportError) and 0.5 <= took < 0.5 + SLACK, took
    assert error.may_have_reached is False and error.client_id == "queued-1"
    assert accepted == 1


def test_the_response_cap_is_set_per_client_and_keeps_the_start_of_the_body() -> None:
    body = b'{"code":"00000","msg":"success","data":{"serverTime":"1700000000000","pad":"' + b"x" * 3000 + b'"}}'

    async def main(url: str) -> ResponseError:
        async with async_client(url, max_response_bytes=len(body)) as roomy:
            assert (await roomy.send(server_time())).server_time == 1700000000000
        async with async_client(url, max_response_bytes=1000) as tight:
            with pytest.raises(ResponseError) as caught:
                await tight.send(plan_order("capped-1"))
        return caught.value

    with serving(json_answers(lambda _: (200, body))) as server:
        error = run(main(server.url))
    assert "1000" in str(error) and error.client_id == "capped-1"
    assert error.body == body[: len(error.body)]


SCRIPT = textwrap.dedent(
    """
    import asyncio, json, resource, sys, zlib
    from tests.hostile.common import server_time
    from tests.hostile.servers import answer_head, read_request, serving
    from tests.hostile.test_async_client import async_client
    from venuebind import ResponseError

    kind, size = sys.argv[1], int(sys.argv[2]) * 1024 * 1024
    chunk = b" " * (1024 * 1024)
    if kind == "gzip":
        packer = zlib.compressobj(9, zlib.DEFLATED, 31)
        packed = b"".join(packer.compress(chunk) for _ in range(size // len(chunk))) + packer.flush()

    def handle(connection):
        read_request(connection)
        if kind == "gzip":
            connection.sendall(answer_head(200, len(packed), "Content-Encoding: gzip") + packed)
            return
        length = size if kind == "plain" else None
        connection.sendall(answer_head(200, length, *([] if length else ["Connection: close"])))
        for _ in range(size // len(chunk)):
            connection.sendall(chunk)

    async def main(url):
        async with async_client(url) as client:
            await client.send(server_time())

    with serving(handle) as server:
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        try:
            asyncio.run(main(server.url))
            outcome, kept = "no error", 0
        except ResponseError as error:
            outcome, kept = "ResponseError", len(error.body)
        after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"outcome": outcome, "kept": kept, "growth_mib": (after - before) / 1024}))
    """
)


@pytest.mark.parametrize(("kind", "size_mib"), [("plain", 200), ("unframed", 200), ("gzip", 256)])
def test_a_huge_answer_is_abandoned_at_the_cap_without_the_memory(kind: str, size_mib: int) -> None:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, kind, str(size_mib)], capture_output=True, text=True, timeout=60, check=True
    )
    result = json.loads(done.stdout.splitlines()[-1])
    assert result["outcome"] == "ResponseError" and result["kept"] <= 64 * 1024
    assert result["growth_mib"] < 48, result


@pytest.mark.parametrize("body", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_hostile_body_is_a_response_error_that_keeps_the_order_identity(body: bytes) -> None:
    async def main(url: str) -> ResponseError:
        async with async_client(url) as client:
            with pytest.raises(ResponseError) as caught:
                await client.send(plan_order("hostile-order-1"))
        return caught.value

    with serving(json_answers(lambda _: (200, body))) as server:
        error = run(main(server.url))
    assert error.status == 200 and 0 < len(error.body) <= KEPT_AT_MOST and body.startswith(error.body)
    assert error.client_id == "hostile-order-1" and error.may_have_reached is True


def test_a_certificate_that_fails_verification_did_not_reach_and_is_not_retried(tmp_path: Path) -> None:
    context = self_signed(tmp_path)

    def handshake(connection: socket.socket) -> None:
        with pytest.raises(ssl_error()):
            context.wrap_socket(connection, server_side=True).recv(1)

    async def no_wait(_: float) -> None:
        pass

    with serving(handshake) as server:
        url = server.url.replace("http://", "https://")
        error, _ = run(send_timed(async_client(url, retry=DEFAULT_RETRY, sleep=no_wait), server_time()))
        accepted = server.accepted
    assert isinstance(error, TransportError) and error.may_have_reached is False
    assert "certificate" in str(error)
    assert accepted == 1, "a certificate failure is not tried again"


def ssl_error() -> type[Exception]:
    import ssl

    return ssl.SSLError


def test_a_stale_pooled_connection_did_not_reach_the_venue() -> None:
    answered = threading.Event()

    def once(connection: socket.socket) -> None:
        assert read_request(connection)
        connection.sendall(answer_head(200, len(TIME)) + TIME)
        answered.wait(5)

    async def main(client: bitget.AsyncClient, server: Any) -> TransportError:
        async with client:
            assert (await client.send(server_time())).server_time == 1700000000000
            server.close()  # no new connections
            answered.set()  # the pooled one is closed by the server, before the next request is written
            await asyncio.sleep(0.2)
            with pytest.raises(TransportError) as caught:
                await client.send(plan_order("stale-1"))
        return caught.value

    with serving(once) as server:
        error = run(main(async_client(server.url), server))
    assert error.may_have_reached is False and error.client_id == "stale-1"


@pytest.mark.parametrize("passphrase", ["passphrase-7f3a\r\nX-Injected: 1", "passphrase-\u20ac-7f3a"])
def test_an_unsendable_header_value_is_ours_and_hidden(passphrase: str) -> None:
    received: list[bytes] = []

    def record(connection: socket.socket) -> None:
        received.append(connection.recv(65536))

    # Credentials past their checks at construction (not what this test is about): the passphrase set afterwards.
    credentials = bitget.Credentials(api_key="key-1", secret_key="secret", passphrase="clean")
    object.__setattr__(credentials, "passphrase", passphrase)

    async def no_wait(_: float) -> None:
        pass

    with serving(record) as server:
        client = bitget.AsyncClient(credentials, base_url=server.url, pacer=None, retry=DEFAULT_RETRY, sleep=no_wait)
        error, _ = run(send_timed(client, bitget.models.GetCurrentPlanOrdersRequest(symbol="TRXUSDT")))
        accepted = server.accepted
    assert isinstance(error, TransportError) and error.may_have_reached is False
    assert accepted <= 1 and received in ([], [b""]), "nothing was written, and it was not tried again"
    shown = [str(error), repr(error), *(str(cause) for cause in (error.__cause__, error.__context__) if cause)]
    assert not any("7f3a" in text for text in shown), shown


def test_a_plain_http_base_url_off_this_machine_is_refused() -> None:
    with pytest.raises(ValidationError, match="base_url"):
        async_client("http://api.bitget.com")


def test_an_async_walker_stops_when_the_venue_repeats_a_page_or_never_ends() -> None:
    page = json.dumps([gate_order(1), gate_order(2)]).encode()

    def endless(request: bytes) -> tuple[int, bytes]:
        offset = int(parse_qs(urlsplit(target(request)).query).get("offset", ["0"])[0])
        return 200, json.dumps([gate_order(offset), gate_order(offset + 1)]).encode()

    async def walk(url: str, **options: Any) -> list[Any]:
        credentials = gate.Credentials(api_key="hostile-key", secret_key="hostile-secret")
        taken: list[Any] = []
        async with gate.AsyncClient(credentials, base_url=url, pacer=None, retry=NO_RETRY, **options) as client:
            async for order in gate.spot_price_orders.iter_list_spot_price_orders(client, status="open", limit=2):
                taken.append(order)
                assert len(taken) < ENOUGH, "the walk did not stop"
        return taken

    with serving(json_answers(lambda _: (200, page))) as server:
        with pytest.raises(ResponseError, match="same page"):
            run(walk(server.url))
    with serving(json_answers(endless)) as server:
        with pytest.raises(ResponseError, match="max_pages"):
            run(walk(server.url, max_pages=5))


# --------------------------------------------------------------------------------------------------------------------
# The answer's framing, read by AsyncClient's own HTTP/1.1 layer (asynchttp)


def test_an_endless_answer_head_is_a_transport_error() -> None:
    def endless_head(connection: socket.socket) -> None:
        read_request(connection)
        connection.sendall(b"HTTP/1.1 200 OK\r\n")
        for _ in range(100_000):  # 4 MB of headers, and no end to them
            connection.sendall(b"X-Pad: " + b"a" * 31 + b"\r\n")

    with serving(endless_head) as server:
        error, took = run(send_timed(async_client(server.url, deadline=10.0), plan_order("head-1")))
    assert isinstance(error, TransportError) and error.may_have_reached and error.client_id == "head-1"
    assert "head" in str(error) and took < 5, (error, took)


def test_an_answer_that_stalls_ends_at_the_read_timeout_before_the_deadline() -> None:
    def stall(connection: socket.socket) -> None:
        read_request(connection)
        connection.sendall(answer_head(200, len(TIME)) + TIME[:10])
        connection.recv(1)

    with serving(stall) as server:
        client = async_client(server.url, timeout=urllib3.Timeout(connect=1.0, read=0.5), deadline=10.0)
        error, took = run(send_timed(client, plan_order("stalled-1")))
    assert isinstance(error, TransportError) and error.may_have_reached and 0.5 <= took < 0.5 + SLACK, (error, took)
    assert "read timeout" in str(error) and "deadline" not in str(error)


def chunked(connection: socket.socket) -> None:
    """Each request answered with a chunked body, in three chunks, on a kept-alive connection."""
    while read_request(connection):
        head = answer_head(200, None, "Transfer-Encoding: chunked")
        parts = [TIME[:7], TIME[7:40], TIME[40:]]
        connection.sendall(head + b"".join(b"%x\r\n%s\r\n" % (len(part), part) for part in parts) + b"0\r\n\r\n")


def closing(connection: socket.socket) -> None:
    """One answer whose body runs to the end of the connection, sent in two pieces."""
    read_request(connection)
    connection.sendall(answer_head(200, None, "Connection: close") + TIME[:20])
    time.sleep(0.05)
    connection.sendall(TIME[20:])


@pytest.mark.parametrize(("handle", "connections"), [(chunked, 1), (closing, 3)], ids=["chunked", "until-close"])
def test_chunked_and_unframed_answers_are_read_whole_and_a_closed_connection_is_not_reused(
    handle: Any, connections: int
) -> None:
    async def main(client: bitget.AsyncClient) -> list[int]:
        async with client:
            return [(await client.send(server_time())).server_time for _ in range(3)]

    with serving(handle) as server:
        times = run(main(async_client(server.url)))
        accepted = server.accepted
    assert times == [1700000000000] * 3
    assert accepted == connections


def test_bytes_after_an_answer_are_not_read_as_the_next_answer() -> None:
    """A server that sends a second answer nobody asked for: the connection is not used again, so the next call is
    not answered by those bytes."""
    unasked = TIME.replace(b"1700000000000", b"1600000000000")

    def chatty(connection: socket.socket) -> None:
        while read_request(connection):
            connection.sendall(answer_head(200, len(TIME)) + TIME + answer_head(200, len(unasked)) + unasked)

    async def main(client: bitget.AsyncClient) -> list[int]:
        async with client:
            first = (await client.send(server_time())).server_time
            await asyncio.sleep(0.1)
            return [first, (await client.send(server_time())).server_time]

    with serving(chatty) as server:
        times = run(main(async_client(server.url)))
        accepted = server.accepted
    assert times == [1700000000000, 1700000000000] and accepted == 2, "the second call went on a new connection"
