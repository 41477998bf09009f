"""``Client``: a venue's ``prepare`` and ``parse`` joined by one urllib3 request."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Protocol, TypeVar

from . import pacing
from .errors import TransportError, VenuebindError
from .http import PreparedRequest
from .model import Request
from .pacing import Pacer
from .retry import DEFAULT_RETRY, NO_RETRY, RetryPolicy

if TYPE_CHECKING:
    import urllib3

__all__ = ["CONNECT_TIMEOUT", "LOGGER", "READ_TIMEOUT", "Client"]

R = TypeVar("R")

CONNECT_TIMEOUT = 5.0
"""Seconds to connect, unless the client is given its own ``urllib3.Timeout``."""
READ_TIMEOUT = 10.0
"""Seconds to wait between bytes of the answer, unless the client is given its own ``urllib3.Timeout``."""

LOGGER = "venuebind"
"""The logger clients write to.  At DEBUG: each signed request (key and passphrase masked) and each answer's status
and time; at INFO: retries and clock offsets.  ``logging`` loads with the first client, as urllib3 does."""


def shown_headers(headers: Mapping[str, str], credentials: Any) -> dict[str, str]:
    """``headers`` fit to print: the passphrase hidden, the API key cut to its first 4 characters.

    Told by value, not by header name, so that no venue's header names live here.
    """
    api_key = getattr(credentials, "api_key", None)
    passphrase = getattr(credentials, "passphrase", None)
    shown = {}
    for name, value in headers.items():
        if passphrase and value == passphrase:
            value = "***"
        elif api_key and value == api_key:
            value = value[:4] + "…"
        shown[name] = value
    return shown


class _Prepare(Protocol):
    def __call__(
        self,
        request: Request[Any],
        credentials: Any,
        *,
        timestamp_ms: int,
        environment: str = ...,
        base_url: str | None = ...,
    ) -> PreparedRequest: ...


class _Parse(Protocol):
    def __call__(self, request: Request[R], *, status: int, headers: Mapping[str, str], body: bytes) -> R: ...


class Client:
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

    _prepare: ClassVar[_Prepare]
    _parse: ClassVar[_Parse]

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
        self.credentials = credentials
        self.environment = environment
        self.base_url = base_url
        # urllib3 is a third of what importing a venue costs: it loads with the first client, not with the models.
        import urllib3

        self.timeout = timeout or urllib3.Timeout(connect=CONNECT_TIMEOUT, read=READ_TIMEOUT)
        self.clock = clock
        self.offset_ms = 0
        """The venue's clock minus ``clock``, in milliseconds; 0 until ``sync_time``."""
        self.retry = retry
        self.pacer = pacer
        self._sleep = sleep
        import logging
        import random  # jitter for retries

        self._random = random.Random()
        self._log = logging.getLogger(LOGGER)
        self._pool_maxsize = pool_maxsize
        self._pools: dict[str, urllib3.HTTPConnectionPool] = {}
        self._pools_lock = threading.Lock()

    def __repr__(self) -> str:
        return f"{type(self).__name__}(environment={self.environment!r}, base_url={self.base_url!r})"

    def send(self, request: Request[R], *, retry: RetryPolicy | None = None) -> R:
        """Sign and send ``request``, and return its parsed result; raises the venue's errors as ``VenueError``s.

        ``retry`` replaces the client's policy for this call; it applies to reads (GET) only.
        """
        policy = (retry or self.retry) if request.operation.method == "GET" else NO_RETRY
        attempt = 1
        while True:
            try:
                return self._send_once(request)
            except VenuebindError as error:
                delay = policy.delay(error, attempt, self._random, self.clock())
                if delay is None:
                    raise
                self._log.info(
                    "%s: try %d failed (%s); again in %.2f s",  # pragma: no mutate: log wording
                    request.operation.operation_id,
                    attempt,
                    error,
                    delay,
                )
                self._sleep(delay)
                attempt += 1

    def _send_once(self, request: Request[R]) -> R:
        import logging  # both loaded with the first client: here, lookups in sys.modules

        from urllib3.exceptions import ConnectTimeoutError, HTTPError, NameResolutionError, NewConnectionError

        if self.pacer is not None:
            self.pacer.wait(request.operation, _api_key(self.credentials))
        timestamp_ms = int(self.clock() * 1000) + self.offset_ms
        prepared = type(self)._prepare(
            request, self.credentials, timestamp_ms=timestamp_ms, environment=self.environment, base_url=self.base_url
        )
        operation = request.operation
        if self._log.isEnabledFor(logging.DEBUG):
            self._log.debug(
                "%s %s %s\n  headers: %s\n  body: %r",  # pragma: no mutate: log wording
                operation.venue,
                prepared.method,
                prepared.url,
                shown_headers(prepared.headers, self.credentials),
                prepared.body,
            )
        origin, target = _split_url(prepared.url)
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
            raise TransportError(
                f"could not connect: {type(error).__name__}",
                venue=operation.venue,
                operation=operation.operation_id,
                may_have_reached=False,
                client_id=_client_id(request),
            ) from None
        except HTTPError as error:
            raise TransportError(
                f"no complete answer: {type(error).__name__}",
                venue=operation.venue,
                operation=operation.operation_id,
                may_have_reached=True,
                client_id=_client_id(request),
            ) from None
        self._log.debug(
            "%s %s %s -> %d in %.1f ms",  # pragma: no mutate: log wording
            operation.venue,
            prepared.method,
            prepared.url.split("?", 1)[0],  # pragma: no mutate: a prepared URL has one "?" at most
            response.status,
            (time.perf_counter() - started) * 1000,
        )
        return type(self)._parse(request, status=response.status, headers=response.headers, body=response.data)

    def sync_time(self) -> int:
        """Read the venue's public clock and sign every later request by it; returns the new ``offset_ms``.

        The offset is measured against the midpoint of the round trip.  Call it after a ``ClockError``, or at start-up
        on a machine whose clock is not kept in time.
        """
        before = self.clock()
        venue_ms = self._venue_time_ms()
        after = self.clock()
        self.offset_ms = venue_ms - round((before + after) * 500)
        self._log.info(
            "%s: clock offset %+d ms",  # pragma: no mutate: log wording
            type(self).__module__,
            self.offset_ms,
        )
        return self.offset_ms

    def _venue_time_ms(self) -> int:
        """The venue's time in milliseconds, from its public server-time endpoint."""
        raise NotImplementedError

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


def _split_url(url: str) -> tuple[str, str]:
    """``scheme://host[:port]`` and the rest (path and query) of an absolute URL."""
    path_start = url.find("/", url.index("//") + 2)
    return (url, "/") if path_start < 0 else (url[:path_start], url[path_start:])


def _api_key(credentials: Any) -> str:
    key = getattr(credentials, "api_key", "")  # pragma: no mutate: a missing key and None both give ""
    return key if isinstance(key, str) else ""


def _client_id(request: Request[Any]) -> str | None:
    """The client order id the request carries (the spec's ``x-client-id`` field), to look an order up by."""
    name = request.operation.client_id
    value = getattr(request, name) if name is not None else None
    return value if isinstance(value, str) else None
