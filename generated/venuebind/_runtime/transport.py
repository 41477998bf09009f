"""``Connections``: one request and its answer over urllib3's HTTP connections, kept in a small pool per host, within
a deadline and a size cap.

urllib3's own pool is not used: a deadline must also bound the wait for a pooled connection and an answer that
arrives one byte at a time (a socket timeout restarts with every byte), and the transport must know whether any byte
of the request left.  A watchdog thread shuts the socket of an attempt that outlives its deadline.
"""

from __future__ import annotations

import os
import queue
import socket
import threading
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, NamedTuple

from .limits import BodyCollector, Deadline

if TYPE_CHECKING:
    import urllib3
    from urllib3.connection import HTTPConnection

__all__ = ["Answer", "Connections", "Failure", "tls_reason"]

CHUNK = 64 * 1024
"""Bytes asked of the socket at a time while reading an answer body."""


class Answer(NamedTuple):
    status: int
    headers: Mapping[str, str]
    body: bytes


class Failure(Exception):
    """No answer arrived.  ``sent`` says whether any byte of the request may have left this machine; ``final`` marks
    a failure that trying again cannot mend (a TLS certificate or handshake refused, a header that cannot be sent)."""

    def __init__(self, message: str, *, sent: bool, final: bool = False) -> None:
        super().__init__(message)
        self.sent = sent
        self.final = final


class Connections:
    """Pools of at most ``maxsize`` connections per ``scheme://host[:port]``; callers beyond that wait their turn."""

    def __init__(self, timeout: urllib3.Timeout, maxsize: int) -> None:
        self.timeout = timeout
        self.maxsize = maxsize
        self._pools: dict[str, _Pool] = {}
        self._lock = threading.Lock()

    def exchange(
        self, method: str, url: str, headers: Mapping[str, str], body: bytes | None, deadline: Deadline, limit: int
    ) -> Answer:
        """Send the request and read its whole answer, at most ``limit`` bytes of body, before ``deadline``.

        Raises ``Failure`` when no complete answer arrived, ``limits.UnreadableBody`` for a body that will not be read.
        """
        origin, target = _split_url(url)
        pool = self._pools.get(origin) or self._pool(origin)
        connection = pool.take(deadline)
        try:
            answer = self._exchange(connection, method, target, headers, body, deadline, limit)
        except BaseException:
            connection.close()
            raise
        finally:
            pool.give(connection)
        return answer

    def _exchange(
        self,
        connection: HTTPConnection,
        method: str,
        target: str,
        headers: Mapping[str, str],
        body: bytes | None,
        deadline: Deadline,
        limit: int,
    ) -> Answer:
        from http.client import HTTPException

        from urllib3.exceptions import HTTPError

        watch = _WATCHDOG.watch(connection, deadline.at)
        fired = False  # whether the watchdog shut the socket at the deadline
        try:
            try:
                self._open(connection, deadline)
                try:
                    connection.request(
                        method, target, body=body, headers=headers, preload_content=False, decode_content=False
                    )
                except ValueError as error:  # http.client refuses a header value before writing anything
                    message = f"a header value cannot be sent ({_name(error)})"
                    raise Failure(message, sent=False, final=True) from None
                response = connection.getresponse()
                collector = BodyCollector(limit, response.headers.get("Content-Encoding"), response.status)
                collector.refuse_length(response.length_remaining)
                while chunk := response.read(CHUNK, decode_content=False):
                    collector.feed(chunk)
                answer = Answer(response.status, response.headers, collector.body())
            finally:
                fired = _WATCHDOG.release(watch)
        except Failure as failure:
            if fired:
                raise Failure(_late(deadline), sent=failure.sent) from None
            raise
        except (OSError, HTTPException, HTTPError) as error:
            raise Failure(_late(deadline) if fired else f"no complete answer: {_name(error)}", sent=True) from None
        if fired:  # the answer looked complete, but its socket was shut at the deadline
            raise Failure(_late(deadline), sent=True)
        return answer

    def _open(self, connection: HTTPConnection, deadline: Deadline) -> None:
        """Make ``connection`` ready to send on, within the deadline; a failure here sent nothing."""
        if connection.sock is not None and not connection.is_connected:
            connection.close()  # the server closed it while it waited in the pool: nothing was written on it
        if connection.sock is None:
            _connect(connection, min(_seconds(self.timeout.connect_timeout), deadline.remaining()))
        if deadline.remaining() <= 0:
            raise Failure(_late(deadline), sent=False)
        connection.timeout = min(_seconds(self.timeout.read_timeout), deadline.remaining())

    def _pool(self, origin: str) -> _Pool:
        with self._lock:
            pool = self._pools.get(origin)
            if pool is None:
                pool = self._pools[origin] = _Pool(origin, self.maxsize)
            return pool

    def close(self) -> None:
        """Close every pooled connection."""
        with self._lock:
            pools, self._pools = list(self._pools.values()), {}
        for pool in pools:
            pool.close()


class _Pool:
    """Connections to one origin, the most recently used first; an empty slot (None) is connected on first use."""

    def __init__(self, origin: str, maxsize: int) -> None:
        from urllib3.connection import HTTPConnection, HTTPSConnection
        from urllib3.util import parse_url

        url = parse_url(origin)
        self._cls = HTTPSConnection if url.scheme == "https" else HTTPConnection
        self._host = (url.host or "").strip("[]")
        self._port = url.port
        self._idle: queue.LifoQueue[HTTPConnection | None] = queue.LifoQueue(maxsize)
        for _ in range(maxsize):
            self._idle.put(None)

    def take(self, deadline: Deadline) -> HTTPConnection:
        try:
            connection = self._idle.get(timeout=max(0.0, deadline.remaining()))
        except queue.Empty:
            message = f"no pooled connection came free within the {deadline.seconds:g} s deadline"
            raise Failure(message, sent=False) from None
        return connection or self._cls(self._host, self._port)

    def give(self, connection: HTTPConnection) -> None:
        self._idle.put_nowait(connection)

    def close(self) -> None:
        while True:
            try:
                connection = self._idle.get_nowait()
            except queue.Empty:
                return
            if connection is not None:
                connection.close()


def _connect(connection: HTTPConnection, seconds: float) -> None:
    """Open the connection (TCP, then TLS for https); a failure here sent nothing."""
    import ssl

    from urllib3.exceptions import HTTPError

    if seconds <= 0:
        raise Failure("the deadline passed before connecting", sent=False)
    connection.timeout = seconds
    try:
        connection.connect()
    except (ssl.SSLError, ssl.CertificateError) as error:
        connection.close()
        raise Failure(f"TLS failed: {tls_reason(error)}", sent=False, final=True) from None
    except (OSError, HTTPError) as error:
        connection.close()
        if isinstance(error.__context__, ssl.SSLError):  # urllib3 wraps some TLS errors
            raise Failure(f"TLS failed: {tls_reason(error.__context__)}", sent=False, final=True) from None
        raise Failure(f"could not connect: {_name(error)}", sent=False) from None


def tls_reason(error: BaseException) -> str:
    """What a TLS error says went wrong: its verify message or reason (``AsyncClient`` uses it too)."""
    import ssl

    reason = getattr(error, "verify_message", None) or getattr(error, "reason", None) or type(error).__name__
    if isinstance(error, ssl.SSLCertVerificationError):
        return f"certificate verify failed ({reason})"
    return str(reason)


def _name(error: BaseException) -> str:
    return type(error).__name__


def _late(deadline: Deadline) -> str:
    return f"no complete answer within the {deadline.seconds:g} s deadline"


def _seconds(value: object) -> float:
    """A urllib3 timeout in seconds; none set (None, or urllib3's default marker) is no limit but the deadline."""
    return float(value) if isinstance(value, (int, float)) else float("inf")


def _split_url(url: str) -> tuple[str, str]:
    """``scheme://host[:port]`` and the rest (path and query) of an absolute URL."""
    path_start = url.find("/", url.index("//") + 2)
    return (url, "/") if path_start < 0 else (url[:path_start], url[path_start:])


class _Watchdog:
    """One daemon thread that shuts the socket of each attempt still running at its deadline (in the TLS handshake,
    sending or reading; a TCP connect is bounded by its own timeout, cut to the time left).

    A blocked read then returns at once, however slowly the server was sending.  It holds only the attempts in flight,
    and sleeps until the earliest of their deadlines.
    """

    def __init__(self) -> None:
        self._start()
        os.register_at_fork(after_in_child=self._start)  # a forked child has neither the thread nor its lock's owner

    def _start(self) -> None:
        """Fresh state, the thread not yet started: at import, and in a forked child."""
        self._cond = threading.Condition()
        self._watched: dict[int, tuple[float, HTTPConnection]] = {}
        self._fired: set[int] = set()
        self._next_key = 0
        self._wake_at = float("inf")
        self._thread: threading.Thread | None = None

    def watch(self, connection: HTTPConnection, at: float) -> int:
        """Shut ``connection``'s socket at ``at`` (monotonic) unless released first; returns the key to release."""
        with self._cond:
            self._next_key += 1
            self._watched[self._next_key] = (at, connection)
            if self._thread is None:
                self._thread = threading.Thread(target=self._run, name="venuebind-deadlines", daemon=True)
                self._thread.start()
            if at < self._wake_at:
                self._cond.notify()
            return self._next_key

    def release(self, key: int) -> bool:
        """Stop watching; True when the deadline had already shut the socket."""
        with self._cond:
            self._watched.pop(key, None)
            if key in self._fired:
                self._fired.discard(key)
                return True
            return False

    def _run(self) -> None:
        with self._cond:
            while True:
                now = time.monotonic()
                for key, (at, connection) in list(self._watched.items()):
                    if at <= now:
                        del self._watched[key]
                        self._fired.add(key)
                        sock = connection.sock  # None while connecting: the connect timeout is bounded already
                        try:  # the plain socket's shutdown, also for TLS: the reader gets an end of stream
                            if sock is not None:
                                socket.socket.shutdown(sock, socket.SHUT_RDWR)
                        except OSError:
                            pass
                self._wake_at = min((at for at, _ in self._watched.values()), default=float("inf"))
                self._cond.wait(None if self._wake_at == float("inf") else self._wake_at - now)


_WATCHDOG = _Watchdog()
