"""Item 6: ``deadline`` bounds one attempt (pool wait, connect, send and the whole answer); past it the call ends
with a TransportError that says truthfully whether the request may have reached the venue."""

from __future__ import annotations

import multiprocessing
import socket
import threading
import time
from typing import Any

import pytest

from tests.hostile.common import bitget_client, plan_order, server_time
from tests.hostile.servers import answer_head, read_request, serving
from venuebind import TransportError

SLACK = 0.5
"""Seconds a call may run past its deadline: generous for a loaded machine; the fix ends it within milliseconds."""

BODY = b'{"code":"00000","msg":"success","data":{"serverTime":"1700000000000"}}'


def drip(connection: socket.socket) -> None:
    """Answers one byte every 0.2 s, headers included: a whole answer takes about 30 s."""
    read_request(connection)
    for byte in answer_head(200, len(BODY)) + BODY:
        connection.sendall(bytes([byte]))
        time.sleep(0.2)


def hold(connection: socket.socket) -> None:
    """Reads the request and never answers (until the client goes away)."""
    read_request(connection)
    connection.recv(1)


def test_a_dripping_answer_ends_at_the_client_deadline() -> None:
    with serving(drip) as server, bitget_client(server.url, deadline=1.0) as client:
        started = time.monotonic()
        with pytest.raises(TransportError) as caught:
            client.send(plan_order("slow-1"))
        took = time.monotonic() - started
    assert 1.0 <= took < 1.0 + SLACK, took
    assert caught.value.may_have_reached and caught.value.client_id == "slow-1"
    assert "deadline" in str(caught.value)


def test_the_deadline_is_set_per_call() -> None:
    with serving(drip) as server, bitget_client(server.url, deadline=30.0) as client:
        started = time.monotonic()
        with pytest.raises(TransportError):
            client.send(server_time(), deadline=0.5)
        took = time.monotonic() - started
    assert 0.5 <= took < 0.5 + SLACK, took


def test_waiting_for_a_pooled_connection_counts_and_nothing_was_sent() -> None:
    with serving(hold) as server, bitget_client(server.url, pool_maxsize=1, deadline=1.5) as client:

        def hold_the_connection() -> None:
            with pytest.raises(TransportError):
                client.send(server_time())

        holder = threading.Thread(target=hold_the_connection)
        holder.start()
        time.sleep(0.2)  # the holder has the one connection
        started = time.monotonic()
        with pytest.raises(TransportError) as caught:
            client.send(plan_order("queued-1"), deadline=0.5)
        took = time.monotonic() - started
        holder.join()
    assert 0.5 <= took < 0.5 + SLACK, took
    assert caught.value.may_have_reached is False
    assert server.accepted == 1


def _send_slowly(url: str, results: Any) -> None:
    with bitget_client(url) as client:
        started = time.monotonic()
        try:
            client.send(server_time(), deadline=0.5)
        except TransportError:
            results.put(time.monotonic() - started)


def test_a_forked_child_keeps_its_deadlines() -> None:
    """The deadline watchdog is a thread: a child forked after it started gets its own."""
    with serving(drip) as server, bitget_client(server.url, deadline=0.3) as client:
        with pytest.raises(TransportError):
            client.send(server_time())  # the watchdog thread now runs in this process
        fork = multiprocessing.get_context("fork")
        results = fork.Queue()
        child = fork.Process(target=_send_slowly, args=(server.url, results))
        child.start()
        took = results.get(timeout=10)
        child.join(5)
    assert 0.5 <= took < 0.5 + SLACK, took
