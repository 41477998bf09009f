"""``Client``: a venue's ``prepare`` and ``parse`` joined by one HTTP exchange over urllib3's connections."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar

from . import pacing
from .clientbase import CONNECT_TIMEOUT, LOGGER, READ_TIMEOUT, ClientBase
from .errors import VenuebindError
from .limits import DEADLINE, MAX_PAGES, MAX_RESPONSE_BYTES, Deadline, UnreadableBody
from .model import Request
from .pacing import Pacer
from .retry import DEFAULT_RETRY, RetryPolicy

if TYPE_CHECKING:
    import urllib3

    from .transport import Connections

__all__ = ["CONNECT_TIMEOUT", "DEADLINE", "LOGGER", "MAX_PAGES", "MAX_RESPONSE_BYTES", "READ_TIMEOUT", "Client"]

R = TypeVar("R")
C = TypeVar("C")
E = TypeVar("E", bound=str)


class Client(ClientBase[C, E]):
    """Sends requests to one venue and returns their parsed results: the base of each venue's ``Client``.

    One ``Client`` holds a pool of urllib3 connections per host (connections reused, at most ``pool_maxsize`` each)
    and is safe to share between threads. ``environment`` picks the spec's server (``live``, ``demo`` or
    ``testnet``; ``paper`` names the venue's demo or testnet server on every venue); ``base_url`` replaces its URL
    (the local sandbox venues use it) and keeps its headers; a plain ``http://`` one is refused unless its host is
    this machine (loopback). Proxies from the environment
    (``HTTPS_PROXY``) are not used: the client connects directly, and warns when such a variable is set.

    ``deadline`` is the most seconds one attempt may take: waiting for a pooled connection, connecting, sending and
    reading the whole answer (each retry of a read gets its own). Within it, ``timeout`` defaults to
    ``CONNECT_TIMEOUT`` to connect and ``READ_TIMEOUT`` between bytes of the answer. ``max_response_bytes`` caps an
    answer body (after decompression), ``max_pages`` the pages a page walker asks for. ``clock`` returns this
    machine's time in seconds; every signature uses ``clock`` plus ``offset_ms``, which ``sync_time`` measures
    against the venue.

    ``retry`` says how reads (GET) are tried again after a transport error, a rate limit or a server error; a call
    that places, changes or cancels an order is sent at most once per ``send``, whatever the policy.  ``pacer``
    keeps each operation under the spec's rate limit before sending (``None`` switches that off).  ``sleep`` is how
    the client waits (tests pass a fake).
    """

    def __init__(
        self,
        credentials: C,
        *,
        environment: E | Literal["live"] = "live",
        base_url: str | None = None,
        timeout: urllib3.Timeout | None = None,
        deadline: float = DEADLINE,
        max_response_bytes: int = MAX_RESPONSE_BYTES,
        max_pages: int = MAX_PAGES,
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
            deadline=deadline,
            max_response_bytes=max_response_bytes,
            max_pages=max_pages,
            pool_maxsize=pool_maxsize,
            clock=clock,
            retry=retry,
            pacer=pacer,
        )
        from .transport import Connections

        self._sleep = sleep
        self._connections: Connections = Connections(self.timeout, pool_maxsize)

    def send(self, request: Request[R], *, retry: RetryPolicy | None = None, deadline: float | None = None) -> R:
        """Sign and send ``request``, and return its parsed result; raises the venue's errors as ``VenueError``s.

        ``retry`` replaces the client's policy for this call; it applies to reads (GET) only.  ``deadline`` replaces
        the client's for each attempt of this call.
        """
        policy = self._policy(request, retry)
        attempt = 1
        while True:
            try:
                return self._send_once(request, deadline or self.deadline)
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

    def _send_once(self, request: Request[R], seconds: float) -> R:
        from .transport import Failure  # loaded with the first client: here, a lookup in sys.modules

        delay = self._pace(request)
        if delay > 0:
            self._sleep(delay)
        prepared = self._prepared(request)
        started = time.perf_counter()
        try:
            answer = self._connections.exchange(
                prepared.method,
                prepared.url,
                prepared.headers,
                prepared.body,
                Deadline(seconds),
                self.max_response_bytes,
            )
        except Failure as failure:
            raise self._lost(request, failure) from failure
        except UnreadableBody as unreadable:
            raise self._unreadable(request, unreadable) from None
        return self._answered(request, prepared, answer.status, answer.headers, answer.body, started)

    def sync_time(self) -> int:
        """Read the venue's public clock and sign every later request by it; returns the new ``offset_ms``.

        The offset is measured against the midpoint of the round trip.  Call it after a ``ClockError``, or at start-up
        on a machine whose clock is not kept in time.
        """
        before = self.clock()
        venue_time = self.send(type(self)._time_request())
        return self._set_offset(before, venue_time, self.clock())

    def close(self) -> None:
        """Close the pooled connections."""
        self._connections.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()
