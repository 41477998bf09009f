"""``AsyncClient``: a venue's ``prepare`` and ``parse`` joined by one HTTP/1.1 exchange on asyncio, for asyncio
programs.

Everything but the transport call and the waiting comes from ``ClientBase``, shared with ``Client``; the transport is
``asynchttp.AsyncConnections``.  httptools (the ``async`` extra) is imported when the first ``AsyncClient`` is made,
never by importing a venue.
"""

from __future__ import annotations

import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar

from . import pacing
from .clientbase import ClientBase
from .errors import VenuebindError
from .http import PreparedRequest
from .limits import DEADLINE, MAX_PAGES, MAX_RESPONSE_BYTES, UnreadableBody
from .model import Request
from .pacing import Pacer
from .retry import DEFAULT_RETRY, RetryPolicy

if TYPE_CHECKING:
    import urllib3

    from .asynchttp import AsyncConnections

__all__ = ["AsyncClient"]

R = TypeVar("R")
C = TypeVar("C")
E = TypeVar("E", bound=str)


class AsyncClient(ClientBase[C, E]):
    """Sends requests to one venue from asyncio code and returns their parsed results.

    The arguments and their meaning are ``Client``'s: ``environment``, ``base_url`` (plain ``http://`` for loopback
    only), ``timeout`` (a ``urllib3.Timeout``: ``connect`` to open a connection, ``read`` between bytes of the
    answer), ``deadline`` (seconds for one attempt: pool wait, connecting, sending and the whole answer),
    ``max_response_bytes``, ``max_pages``, ``pool_maxsize`` (connections per host; more concurrent calls wait for a
    free one), ``clock``, ``retry`` (reads only; orders are sent at most once) and ``pacer`` (the same per-key and
    per-IP budgets as every ``Client`` of the process, waited for with ``asyncio.sleep``).  ``sleep`` is how it
    waits (tests pass a fake).  Proxies from the environment are not used, as with ``Client``.

    Use it inside one event loop: ``async with venue.AsyncClient(creds) as client: await client.send(request)``, or
    ``await client.aclose()`` when done.  Needs the ``async`` extra (httptools).
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
        sleep: Callable[[float], Awaitable[None]] | None = None,
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
        try:
            from . import asynchttp  # noqa: F401  # loaded with the first AsyncClient, never with a venue: it imports httptools
        except ImportError as error:
            raise ImportError(
                "AsyncClient needs the 'httptools' package: install the venuebind[async] extra"
            ) from error
        import asyncio  # with the first AsyncClient: importing a venue (or its sync Client) never loads asyncio

        self._sleep = sleep or asyncio.sleep
        self._connections: AsyncConnections | None = None

    async def send(self, request: Request[R], *, retry: RetryPolicy | None = None, deadline: float | None = None) -> R:
        """Sign and send ``request``, and return its parsed result; raises the venue's errors as ``VenueError``s.

        ``retry`` replaces the client's policy for this call; it applies to reads (GET) only.  ``deadline`` replaces
        the client's for each attempt of this call.
        """
        policy = self._policy(request, retry)
        attempt = 1
        while True:
            try:
                return await self._send_once(request, deadline or self.deadline)
            except VenuebindError as error:
                delay = self._retry_delay(request, error, attempt, policy)
                if delay is None:
                    raise
                await self._sleep(delay)
                attempt += 1

    def walk(self, request: Request[Any]) -> AsyncIterator[Any]:
        """Every item of a paged ``request``, one page at a time (``pages.awalk``); the endpoint walkers call this."""
        from .pages import awalk

        return awalk(self, request)

    async def _send_once(self, request: Request[R], seconds: float) -> R:
        from .transport import Failure  # loaded with the first client: here, a lookup in sys.modules

        delay = self._pace(request)
        if delay > 0:
            await self._sleep(delay)
        prepared = self._prepared(request)
        started = time.perf_counter()
        try:
            status, headers, body = await self._exchange(prepared, seconds)
        except Failure as failure:
            raise self._lost(request, failure) from failure
        except UnreadableBody as unreadable:
            raise self._unreadable(request, unreadable) from None
        return self._answered(request, prepared, status, headers, body, started)

    async def _exchange(self, prepared: PreparedRequest, seconds: float) -> tuple[int, Mapping[str, str], bytes]:
        """Send the request and read its whole answer, at most ``max_response_bytes`` of body, within ``seconds``
        (pool wait, connecting, sending and reading).

        Raises ``transport.Failure`` when no complete answer arrived, saying truthfully whether any byte of the
        request was written, and ``limits.UnreadableBody`` for a body that will not be read.
        """
        from .transport import Failure

        headers = prepared.headers.copy()
        problem = _unsendable(headers)
        if problem is not None:
            raise Failure(f"a header value cannot be sent ({problem})", sent=False, final=True)
        connections = self._connections or self._open()
        return await connections.exchange(
            prepared.method, prepared.url, headers, prepared.body, self.max_response_bytes, seconds
        )

    def _open(self) -> AsyncConnections:
        """The connection pools, made on the first request (inside the running event loop)."""
        from .asynchttp import AsyncConnections

        self._connections = AsyncConnections(
            connect=_seconds(self.timeout.connect_timeout),
            read=_seconds(self.timeout.read_timeout),
            maxsize=self._pool_maxsize,
        )
        return self._connections

    async def sync_time(self) -> int:
        """Read the venue's public clock and sign every later request by it; returns the new ``offset_ms``.

        The offset is measured against the midpoint of the round trip.  Call it after a ``ClockError``, or at start-up
        on a machine whose clock is not kept in time.
        """
        before = self.clock()
        venue_time = await self.send(type(self)._time_request())
        return self._set_offset(before, venue_time, self.clock())

    async def aclose(self) -> None:
        """Close the pooled connections (as ``Client.close``: a later call opens new ones, in its own event loop)."""
        connections, self._connections = self._connections, None
        if connections is not None:
            connections.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


def _unsendable(headers: Mapping[str, str]) -> str | None:
    """Why a header value cannot go on the wire as ``http.client`` would send it (a line break, or a character beyond
    Latin-1), or None; never the value itself, which may be a secret."""
    values = "".join(headers.values())
    if "\r" in values or "\n" in values:
        return "a line break"
    try:
        values.encode("latin-1")
    except UnicodeEncodeError:
        return "a character beyond Latin-1"
    return None


def _seconds(value: object) -> float | None:
    """A ``urllib3.Timeout`` part in seconds; None for no limit (its default sentinel included)."""
    return float(value) if isinstance(value, int | float) else None
