"""``AsyncConnections``: one HTTP/1.1 request and its answer on asyncio, over keep-alive connections pooled per origin,
for ``AsyncClient``.

The request is written in one piece; the answer is read by httptools (llhttp, the C parser Node.js and uvicorn use), so
that the Python work per call is a few callbacks.  Framing, chunked bodies and malformed answers are llhttp's; what is
decided here: the deadline of the whole exchange (pool wait, connecting, sending, reading), the read timeout between
bytes, the head's size, the body's cap (``limits.BodyCollector``), whether any byte of the request left (each
``Failure`` says), and which connections are used again.  A cancelled call closes the connection it was using.
"""

from __future__ import annotations

import asyncio
import re
import ssl
from collections.abc import Awaitable, Mapping
from typing import TypeVar, cast

# httptools is the optional ``async`` extra: its import carries an ignore that is used only where it is not installed,
# so that the package (or a vendored copy) type-checks strictly with or without it.
import httptools  # type: ignore[import-not-found, unused-ignore]

from .limits import BodyCollector, UnreadableBody
from .transport import Answer, Failure, _split_url, tls_reason

__all__ = ["KEEPALIVE", "MAX_HEAD_BYTES", "AsyncConnections"]

KEEPALIVE = 5.0
"""Seconds an idle pooled connection is kept.  Below the idle timeouts of common servers (and the sandbox's 10 s), so
that the client closes it first: a request written just as the server closes the connection is lost, and for an
order, ambiguous."""
MAX_HEAD_BYTES = 64 * 1024
"""The most bytes of status line and headers read; a longer head is no answer."""

T = TypeVar("T")

_BAD_TARGET = re.compile(r"[^\x21-\x7e]")
"""A request target must be visible ASCII: a space or a line break would end the request line early."""


class AsyncConnections:
    """Pools of at most ``maxsize`` connections per ``scheme://host[:port]``; callers beyond that wait their turn.

    ``connect`` bounds opening a connection (TCP and TLS), ``read`` the wait for each byte of an answer; None is no
    bound but the caller's deadline.  Made inside the event loop that uses it.
    """

    def __init__(self, *, connect: float | None, read: float | None, maxsize: int) -> None:
        self.connect_timeout = connect
        self.read_timeout = read
        self.maxsize = maxsize
        self._pools: dict[str, _Pool] = {}
        self._tls: ssl.SSLContext | None = None

    async def exchange(
        self,
        method: str,
        url: str,
        headers: Mapping[str, str],
        body: bytes | None,
        limit: int,
        seconds: float,
    ) -> Answer:
        """Send the request and read its whole answer, at most ``limit`` bytes of body, within ``seconds`` (pool wait,
        connecting, sending and reading).

        Raises ``Failure`` when no complete answer arrived (saying whether any byte of the request left), and
        ``limits.UnreadableBody`` for a body that will not be read.
        """
        origin, target = _split_url(url)
        if _BAD_TARGET.search(target):
            raise Failure("the request target cannot be sent (a space, control or non-ASCII character)", sent=False)
        deadline = asyncio.get_running_loop().time() + seconds
        pool = self._pools.get(origin) or self._pool(origin)
        if pool.slots.locked():  # every connection is in use: wait for one, within the deadline
            await _within(deadline, seconds, pool.slots.acquire())
        else:
            await pool.slots.acquire()
        try:
            connection = pool.idle()
            if connection is None:
                connection = await _within(deadline, seconds, self._connect(pool))
            try:  # from here on, bytes of the request may be out
                answer = await connection.exchange(
                    pool.request(method, target, headers, body), limit, deadline, seconds
                )
            except BaseException:
                connection.close()
                raise
            pool.keep(connection)
        finally:
            pool.slots.release()
        return answer

    async def _connect(self, pool: _Pool) -> _Connection:
        """A new connection to ``pool``'s origin; a failure here sent nothing."""
        loop = asyncio.get_running_loop()
        tls = self._tls_context() if pool.tls else None
        try:
            async with asyncio.timeout(self.connect_timeout):
                _, connection = await loop.create_connection(
                    lambda: _Connection(loop, self.read_timeout),
                    pool.host,
                    pool.port,
                    ssl=tls,
                    server_hostname=pool.host if tls else None,
                )
        except (ssl.SSLError, ssl.CertificateError) as error:
            raise Failure(f"TLS failed: {tls_reason(error)}", sent=False, final=True) from None
        except OSError as error:  # refused, unreachable, unknown host, the connect timeout
            raise Failure(f"could not connect: {type(error).__name__}", sent=False) from None
        return connection

    def _tls_context(self) -> ssl.SSLContext:
        if self._tls is None:
            self._tls = ssl.create_default_context()
        return self._tls

    def _pool(self, origin: str) -> _Pool:
        pool = self._pools[origin] = _Pool(origin, self.maxsize)
        return pool

    def close(self) -> None:
        """Close every pooled connection (those in use close as their calls end)."""
        pools, self._pools = list(self._pools.values()), {}
        for pool in pools:
            pool.close()


class _Pool:
    """Connections to one origin: ``slots`` bounds those in use, idle ones are kept most recent last."""

    def __init__(self, origin: str, maxsize: int) -> None:
        from urllib.parse import urlsplit

        parts = urlsplit(origin)
        self.tls = parts.scheme == "https"
        self.host = parts.hostname or ""
        self.port = parts.port or (443 if self.tls else 80)
        self.slots = asyncio.Semaphore(maxsize)
        self.closed = False
        self._idle: list[_Connection] = []
        self._head = f"Host: {parts.netloc}\r\nUser-Agent: venuebind\r\nAccept-Encoding: identity\r\n"

    def request(self, method: str, target: str, headers: Mapping[str, str], body: bytes | None) -> bytes:
        """The request's bytes: request line, headers, body (header values checked by the caller)."""
        lines = [f"{method} {target} HTTP/1.1\r\n", self._head]
        lines += [f"{name}: {value}\r\n" for name, value in headers.items()]
        if body is not None or method in ("POST", "PUT", "PATCH"):
            lines.append(f"Content-Length: {len(body or b'')}\r\n")
        lines.append("\r\n")
        head = "".join(lines).encode("latin-1")
        return head + body if body else head

    def idle(self) -> _Connection | None:
        """The most recently used idle connection still open and kept less than ``KEEPALIVE``; older ones closed."""
        while self._idle:
            connection = self._idle.pop()
            if connection.usable():
                return connection
            connection.close()
        return None

    def keep(self, connection: _Connection) -> None:
        """Keep ``connection`` for the next call if its answer left it fit to use, and the pool is open."""
        if connection.reusable and not connection.closed and not self.closed:
            connection.idle_since = asyncio.get_running_loop().time()
            self._idle.append(connection)
        else:
            connection.close()

    def close(self) -> None:
        self.closed = True
        idle, self._idle = self._idle, []
        for connection in idle:
            connection.close()


class _Connection(asyncio.Protocol):
    """One keep-alive connection: writes a request, feeds the answer to llhttp, resolves the caller's future."""

    def __init__(self, loop: asyncio.AbstractEventLoop, read_timeout: float | None) -> None:
        self._loop = loop
        self._read_timeout = read_timeout
        self._transport: asyncio.Transport | None = None
        self._parser = httptools.HttpResponseParser(self)
        self._waiter: asyncio.Future[Answer] | None = None
        self._timer: asyncio.TimerHandle | None = None
        self._limit = 0
        self._head_bytes = 0
        self._last_byte = 0.0
        self._deadline = 0.0
        self._seconds = 0.0
        self._headers: dict[str, str] = {}
        self._collector: BodyCollector | None = None
        self._status = 0
        self.closed = False
        """The peer closed it, or it was closed here."""
        self.reusable = False
        """Whether the last answer left the connection fit for another request."""
        self.idle_since = 0.0

    # The caller's side -----------------------------------------------------------------------------------------

    async def exchange(self, request: bytes, limit: int, deadline: float, seconds: float) -> Answer:
        """Write ``request`` and wait for its answer until ``deadline`` (the loop's time; ``seconds`` after the
        attempt began), and at most the read timeout between bytes (see ``AsyncConnections.exchange``)."""
        assert self._transport is not None
        self._waiter = self._loop.create_future()
        self._limit = limit
        self._head_bytes = 0
        self._headers = {}
        self._collector = None
        self.reusable = False
        self._deadline, self._seconds = deadline, seconds
        self._last_byte = self._loop.time()
        self._timer = self._loop.call_at(self._next_check(), self._check_time)
        self._transport.write(request)
        try:
            return await self._waiter
        finally:
            self._waiter = None
            if self._timer is not None:
                self._timer.cancel()
                self._timer = None

    def usable(self) -> bool:
        """Open, and idle for less than ``KEEPALIVE``."""
        return not self.closed and self._loop.time() - self.idle_since < KEEPALIVE

    def close(self) -> None:
        self.closed = True
        self.reusable = False
        if self._transport is not None:
            self._transport.abort()

    # asyncio's side -----------------------------------------------------------------------------------------------

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        # A stream transport, by asyncio's contract for create_connection; not always a subclass of asyncio.Transport
        # (uvloop's are not), so it is not checked with isinstance.
        self._transport = cast(asyncio.Transport, transport)

    def data_received(self, data: bytes) -> None:
        waiter = self._waiter
        if waiter is None or waiter.done():  # bytes nobody asked for: the connection is not fit to use again
            self.close()
            return
        self._last_byte = self._loop.time()
        if self._collector is None:  # still in the head: bytes before this chunk count, llhttp holds at most these
            if self._head_bytes > MAX_HEAD_BYTES:
                self._fail(Failure(f"no complete answer: its head is over {MAX_HEAD_BYTES} bytes", sent=True))
                return
            self._head_bytes += len(data)
        try:
            self._parser.feed_data(data)
        except httptools.HttpParserCallbackError as error:
            cause = error.__context__
            self._fail(cause if isinstance(cause, UnreadableBody) else Failure("no complete answer", sent=True))
        except httptools.HttpParserError as error:
            if not waiter.done():
                self._fail(Failure(f"no complete answer: a malformed answer ({error})", sent=True))
            self.close()  # bytes past the answer that are no answer

    def eof_received(self) -> bool:
        self.closed = True
        return False  # the transport closes itself

    def connection_lost(self, exc: Exception | None) -> None:
        self.closed = True
        self.reusable = False
        waiter = self._waiter
        if waiter is None or waiter.done():
            return
        if self._collector is not None and self._until_end():  # a body framed by the end of the connection
            self._complete()
            return
        reason = f": {type(exc).__name__}" if exc is not None else " (the connection was closed)"
        self._fail(Failure(f"no complete answer{reason}", sent=True))

    # llhttp's callbacks ---------------------------------------------------------------------------------------------

    def on_message_begin(self) -> None:
        if self._waiter is None or self._waiter.done():  # a second answer to one request
            self.reusable = False

    def on_header(self, name: bytes, value: bytes) -> None:
        key = name.decode("latin-1")
        text = value.decode("latin-1")
        self._headers[key] = f"{self._headers[key]}, {text}" if key in self._headers else text

    def on_headers_complete(self) -> None:
        self._status = self._parser.get_status_code()
        encoding, length = None, None
        for name, value in self._headers.items():
            lowered = name.lower()
            if lowered == "content-encoding":
                encoding = value
            elif lowered == "content-length":
                length = int(value)  # llhttp refused one that is not digits
        collector = BodyCollector(self._limit, encoding, self._status)
        collector.refuse_length(length)
        self._collector = collector

    def on_body(self, body: bytes) -> None:
        assert self._collector is not None
        self._collector.feed(body)

    def on_message_complete(self) -> None:
        if self._waiter is None or self._waiter.done():
            return
        if self._status < 200:  # an interim answer (100 Continue): the real one follows
            self._headers, self._collector, self._head_bytes = {}, None, 0
            return
        self.reusable = self._parser.should_keep_alive()
        self._complete()

    # ---------------------------------------------------------------------------------------------------------------

    def _complete(self) -> None:
        waiter, collector = self._waiter, self._collector
        if waiter is None or waiter.done() or collector is None:
            return
        try:
            answer = Answer(self._status, self._headers, collector.body())
        except UnreadableBody as unreadable:
            self._fail(unreadable)
            return
        self._headers = {}  # the answer's own now
        waiter.set_result(answer)

    def _fail(self, error: BaseException) -> None:
        waiter = self._waiter
        if waiter is not None and not waiter.done():
            waiter.set_exception(error)
        self.close()

    def _until_end(self) -> bool:
        """Whether the answer's body runs to the end of the connection (neither a length nor chunks frame it)."""
        framing = {name.lower() for name in self._headers} & {"content-length", "transfer-encoding"}
        return not framing and self._status not in (204, 304)

    def _next_check(self) -> float:
        """When the answer is late: the deadline, or sooner the read timeout after the last byte."""
        if self._read_timeout is None:
            return self._deadline
        return min(self._deadline, self._last_byte + self._read_timeout)

    def _check_time(self) -> None:
        """Fail the exchange at the deadline, or when no byte came for the read timeout; else look again later."""
        now, due = self._loop.time(), self._next_check()
        if now < due:
            self._timer = self._loop.call_at(due, self._check_time)
            return
        self._timer = None
        if now >= self._deadline:
            self._fail(Failure(_late(self._seconds), sent=True))
        else:
            self._fail(
                Failure(f"no complete answer: no byte for {self._read_timeout:g} s (the read timeout)", sent=True)
            )


async def _within(deadline: float, seconds: float, step: Awaitable[T]) -> T:
    """``step`` awaited until ``deadline`` (the loop's time): the pool wait or connecting, when nothing was sent."""
    try:
        async with asyncio.timeout_at(deadline):
            return await step
    except TimeoutError:
        raise Failure(_late(seconds), sent=False) from None


def _late(seconds: float) -> str:
    return f"no complete answer within the {seconds:g} s deadline"
