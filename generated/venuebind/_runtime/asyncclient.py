"""``AsyncClient``: a venue's ``prepare`` and ``parse`` joined by one aiohttp request, for asyncio programs.

Everything but the transport call and the waiting comes from ``ClientBase``, shared with ``Client``.  aiohttp (the
``async`` extra) is imported when the first ``AsyncClient`` is made, never by importing a venue.
"""

from __future__ import annotations

import contextvars
import functools
import time
from collections.abc import AsyncIterator, Awaitable, Callable, Mapping
from typing import TYPE_CHECKING, Any, Literal, Self, TypeVar

from . import pacing
from .clientbase import ClientBase
from .errors import VenuebindError
from .http import PreparedRequest
from .limits import DEADLINE, MAX_PAGES, MAX_RESPONSE_BYTES, BodyCollector, UnreadableBody
from .model import Request
from .pacing import Pacer
from .retry import DEFAULT_RETRY, RetryPolicy

# aiohttp is the optional ``async`` extra: each import of it carries an ignore that is used only where it is not
# installed, so that the package (or a vendored copy) type-checks strictly with or without it.
if TYPE_CHECKING:
    import aiohttp  # type: ignore[import-not-found, unused-ignore]
    import urllib3

__all__ = ["AsyncClient"]

R = TypeVar("R")
C = TypeVar("C")
E = TypeVar("E", bound=str)

CHUNK = 64 * 1024
"""Bytes taken from the connection at a time while reading an answer body."""
KEEPALIVE = 5.0
"""Seconds an idle pooled connection is kept.  Below the idle timeouts of common servers (and the sandbox's 10 s), so
that the client closes it first: a request written just as the server closes the connection is lost, and for an
order, ambiguous."""


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
    ``await client.aclose()`` when done.  Needs the ``async`` extra (aiohttp).
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
            # loaded with the first AsyncClient, never with a venue
            import aiohttp  # type: ignore[import-not-found, unused-ignore]  # noqa: F401
        except ImportError as error:
            raise ImportError("AsyncClient needs the 'aiohttp' package: install the venuebind[async] extra") from error
        import asyncio  # with the first AsyncClient: importing a venue (or its sync Client) never loads asyncio

        self._sleep = sleep or asyncio.sleep
        self._session: aiohttp.ClientSession | None = None

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
        from aiohttp import ClientError, ClientSSLError  # type: ignore[import-not-found, unused-ignore]

        from .transport import Failure, tls_reason

        problem = _unsendable(prepared.headers)
        if problem is not None:  # aiohttp would send it (as UTF-8, or with the line break)
            raise Failure(f"a header value cannot be sent ({problem})", sent=False, final=True)
        session = self._session or self._open()
        attempt = _Attempt()
        _ATTEMPT.set(attempt)  # this task's attempt, which the request class marks as it starts writing
        import asyncio

        deadline = asyncio.timeout(seconds)
        try:
            async with deadline:
                async with session.request(
                    prepared.method,
                    prepared.url,
                    data=prepared.body,
                    headers=prepared.headers,
                    allow_redirects=False,
                ) as response:
                    encoding = response.headers.get("Content-Encoding")
                    collector = BodyCollector(self.max_response_bytes, encoding, response.status)
                    collector.refuse_length(response.content_length)
                    if encoding is None and response.content_length is not None:  # framed, within the cap
                        collector.feed(await response.read())
                    else:
                        async for chunk in response.content.iter_chunked(CHUNK):
                            collector.feed(chunk)
                    return response.status, response.headers, collector.body()
        except ClientSSLError as error:
            cause = getattr(error, "certificate_error", None) or error.os_error
            raise Failure(f"TLS failed: {tls_reason(cause)}", sent=False, final=True) from None
        except (ClientError, OSError, ValueError) as error:  # OSError: timeouts (the deadline's too), socket errors
            if deadline.expired():
                reason = f"no complete answer within the {seconds:g} s deadline"
            else:
                reason = f"{'no complete answer' if attempt.sent else 'could not connect'}: {type(error).__name__}"
            raise Failure(reason, sent=attempt.sent) from None

    def _open(self) -> aiohttp.ClientSession:
        """The session and its connection pool, made on the first request (inside the running event loop)."""
        import aiohttp  # type: ignore[import-not-found, unused-ignore]

        self._session = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=0, limit_per_host=self._pool_maxsize, keepalive_timeout=KEEPALIVE),
            timeout=aiohttp.ClientTimeout(
                total=None,
                sock_connect=_seconds(self.timeout.connect_timeout),
                sock_read=_seconds(self.timeout.read_timeout),
            ),
            headers={"Accept-Encoding": "identity"},
            skip_auto_headers=("Content-Type",),  # a body goes out with the venue's own Content-Type, or none
            auto_decompress=False,
            request_class=_request_class(),
        )
        # aiohttp sends GET, PUT and DELETE again, once, on a dropped connection; a DELETE cancels an order, and
        # reads are retried by ``retry`` only.  Its own test client switches this off the same way.
        self._session._retry_connection = False
        return self._session

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
        session, self._session = self._session, None
        if session is not None:
            await session.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc_info: object) -> None:
        await self.aclose()


def _unsendable(headers: Mapping[str, str]) -> str | None:
    """Why a header value cannot go on the wire as ``http.client`` would send it (a line break, or a character beyond
    Latin-1), or None; never the value itself, which may be a secret."""
    for value in headers.values():
        if "\r" in value or "\n" in value:
            return "a line break"
        try:
            value.encode("latin-1")
        except UnicodeEncodeError:
            return "a character beyond Latin-1"
    return None


def _seconds(value: object) -> float | None:
    """A ``urllib3.Timeout`` part in seconds; None for no limit (its default sentinel included)."""
    return float(value) if isinstance(value, int | float) else None


class _Attempt:
    """One attempt's transport state: ``sent`` once aiohttp starts writing the request on a connection."""

    __slots__ = ("sent",)

    def __init__(self) -> None:
        self.sent = False


_ATTEMPT: contextvars.ContextVar[_Attempt] = contextvars.ContextVar("venuebind_attempt")
"""The attempt the current task is making; aiohttp sends a request in the task that asked for it."""


@functools.cache
def _request_class() -> type[aiohttp.ClientRequest]:
    """aiohttp's request, marking the current attempt as sent when it starts writing (made on first use: aiohttp is
    imported with the first ``AsyncClient``).  Cheaper than a trace hook, which costs a fifth of a call."""
    import aiohttp  # type: ignore[import-not-found, unused-ignore]

    class Request(aiohttp.ClientRequest):  # type: ignore[misc, unused-ignore]
        async def send(self, conn: aiohttp.connector.Connection) -> aiohttp.ClientResponse:
            _ATTEMPT.get(_Attempt()).sent = True
            return await super().send(conn)

    return Request
