"""``transport``: how an absolute URL is cut into the origin a pool serves and the target sent, and one pool per
origin however it is asked for."""

from __future__ import annotations

import threading

import pytest
import urllib3

from venuebind._runtime import transport


@pytest.mark.parametrize(
    ("url", "origin", "target"),
    [
        ("http://127.0.0.1:8080/api/v2/x?a=1", "http://127.0.0.1:8080", "/api/v2/x?a=1"),
        ("https://api.bitget.com/", "https://api.bitget.com", "/"),
        ("https://api.bitget.com", "https://api.bitget.com", "/"),
        ("http://h/x/y//z", "http://h", "/x/y//z"),
        ("https://[::1]:443/p?q=//", "https://[::1]:443", "/p?q=//"),
    ],
)
def test_split_url(url: str, origin: str, target: str) -> None:
    assert transport._split_url(url) == (origin, target)


def test_an_origin_gets_one_pool_even_when_threads_ask_at_once() -> None:
    connections = transport.Connections(urllib3.Timeout(connect=1.0, read=1.0), 2)
    first = connections._pool("http://127.0.0.1:9")
    assert connections._pool("http://127.0.0.1:9") is first
    assert connections._pool("http://127.0.0.1:10") is not first
    found: list[object] = []
    threads = [
        threading.Thread(target=lambda: found.append(connections._pool("http://127.0.0.1:11"))) for _ in range(8)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert len({id(pool) for pool in found}) == 1
    connections.close()
