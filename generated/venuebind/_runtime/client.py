"""``Client``: a venue's ``prepare`` and ``parse`` joined by one urllib3 request."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, TypeVar

from . import pacing
from .clientbase import CONNECT_TIMEOUT, LOGGER, READ_TIMEOUT, ClientBase, split_url
from .errors import VenuebindError
from .model import Request
from .pacing import Pacer
from .retry import DEFAULT_RETRY, RetryPolicy

if TYPE_CHECKING:
    import urllib3

__all__ = ["CONNECT_TIMEOUT", "LOGGER", "READ_TIMEOUT", "Client"]

R = TypeVar("R")


class Client(ClientBase):
    """Sends requests to one venue and returns their parsed results.

    One ``Client`` holds a urllib3 connection pool per host (connections reused, at most ``pool_maxsize`` each) and
    is safe to share between threads. ``environment`` picks the spec's server (``live``, ``demo`` or ``testnet``);
    ``base_url`` replaces its URL (the local sandbox venues use it) and keeps its headers. ``timeout`` defaults to
    ``CONNECT_TIMEOUT`` to connect and ``READ_TIMEOUT`` between bytes of the answer. ``clock`` returns this
    machine's time in seconds; every signature uses ``clock`` plus ``offset_ms``, which ``sync_time`` measures
    against the venue.

    ``retry`` says how reads (GET) are tried again after a transport error, a rate limit or a server error; a call
    that places, changes or cancels an order is sent at most once per ``send``, whatever the policy.  ``pacer``
    keeps each operation under the spec's rate limit before sending (``None`` switches that off).  ``sleep`` is how
    the client waits (tests pass a fake).
    """

    def __init__(
        self,
        credentials: Any,
        *,
        environment: str = "live",
        base_url: str | None = None,
        timeout: urllib3.Timeout | None = None,
        pool_maxsize: int = 10,
        clock: Callable[[], float] = time.time,
        retry: RetryPolicy = DEFAULT_RETRY,
        pacer: Pacer | None = pacing.SHARED,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        super().__init__(
            credentials,
            environment=environment,
            base_url=base_url,
            timeout=timeout,
            pool_maxsize=pool_maxsize,
            clock=clock,
            retry=retry,
            pacer=pacer,
        )
        self._sleep = sleep
        self._pools: dict[str, urllib3.HTTPConnectionPool] = {}
        self._pools_lock = threading.Lock()

    def send(self, request: Request[R], *, retry: RetryPolicy | None = None) -> R:
        """Sign and send ``request``, and return its parsed result; raises the venue's errors as ``VenueError``s.

        ``retry`` replaces the client's policy for this call; it applies to reads (GET) only.
        """
        policy = self._policy(request, retry)
        attempt = 1
        while True:
            try:
                return self._send_once(request)
            except VenuebindError as error:
                delay = self._retry_delay(request, error, attempt, policy)
                if delay is None:
                    raise
                self._sleep(delay)
                attempt += 1

    def walk(self, request: Request[Any]) -> Iterator[Any]:
        """Every item of a paged ``request``, one page at a time (``pages.walk``); the endpoint walkers call this."""
        from .pages import walk

        return walk(self, request)

    def _send_once(self, request: Request[R]) -> R:
        from urllib3.exceptions import ConnectTimeoutError, HTTPError, NameResolutionError, NewConnectionError

        delay = self._pace(request)
        if delay > 0:
            self._sleep(delay)
        prepared = self._prepared(request)
        origin, target = split_url(prepared.url)
        pool = self._pools.get(origin) or self._new_pool(origin)
        started = time.perf_counter()
        try:
            response = pool.urlopen(
                prepared.method,
                target,
                body=prepared.body,
                headers=prepared.headers,
                timeout=self.timeout,
                retries=False,
                redirect=False,
            )
        except (NewConnectionError, ConnectTimeoutError, NameResolutionError) as error:
            raise self._lost(request, f"could not connect: {type(error).__name__}", may_have_reached=False) from None
        except HTTPError as error:
            raise self._lost(request, f"no complete answer: {type(error).__name__}", may_have_reached=True) from None
        return self._answered(request, prepared, response.status, response.headers, response.data, started)

    def sync_time(self) -> int:
        """Read the venue's public clock and sign every later request by it; returns the new ``offset_ms``.

        The offset is measured against the midpoint of the round trip.  Call it after a ``ClockError``, or at start-up
        on a machine whose clock is not kept in time.
        """
        before = self.clock()
        venue_time = self.send(type(self)._time_request())
        return self._set_offset(before, venue_time, self.clock())

    def _new_pool(self, origin: str) -> urllib3.HTTPConnectionPool:
        """The connection pool for ``origin`` (``scheme://host[:port]``), made on its first request.

        One pool per host, used directly: ``PoolManager`` would parse the URL and look the pool up again on every
        request, about a sixth of the client's own time per call.
        """
        import urllib3

        with self._pools_lock:
            pool = self._pools.get(origin)
            if pool is None:
                pool = urllib3.connection_from_url(origin, maxsize=self._pool_maxsize, block=True, retries=False)
                self._pools[origin] = pool
            return pool

    def close(self) -> None:
        """Close the pooled connections."""
        with self._pools_lock:
            pools, self._pools = list(self._pools.values()), {}
        for pool in pools:
            pool.close()

    def __enter__(self) -> Client:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
