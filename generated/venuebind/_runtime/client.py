"""``Client``: a venue's ``prepare`` and ``parse`` joined by one urllib3 request."""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Literal, Protocol, Self, TypeVar

from . import pacing
from .errors import ResponseError, TransportError, ValidationError, VenuebindError
from .http import PreparedRequest
from .limits import DEADLINE, MAX_PAGES, MAX_RESPONSE_BYTES, Deadline, UnreadableBody
from .model import Request, Server, find_server
from .pacing import Pacer
from .retry import DEFAULT_RETRY, NO_RETRY, RetryPolicy

if TYPE_CHECKING:
    import urllib3

    from .transport import Connections

__all__ = ["CONNECT_TIMEOUT", "DEADLINE", "LOGGER", "MAX_PAGES", "MAX_RESPONSE_BYTES", "READ_TIMEOUT", "Client"]

R = TypeVar("R")
C = TypeVar("C")
E = TypeVar("E", bound=str)

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


class Client(Generic[C, E]):
    """Sends requests to one venue and returns their parsed results: the base of each venue's ``Client``.

    ``C`` is the venue's credentials class, ``E`` the names of its servers (a ``Literal``): each venue's ``Client``
    takes only its own credentials and environments, which the type checker sees and the constructor checks.

    One ``Client`` holds a pool of urllib3 connections per host (connections reused, at most ``pool_maxsize`` each)
    and is safe to share between threads. ``environment`` picks the spec's server (``live``, ``demo`` or
    ``testnet``; ``paper`` names the venue's demo or testnet server on every venue); ``base_url`` replaces its URL
    (the local sandbox venues use it) and keeps its headers; a plain ``http://`` one is refused unless its host is
    this machine (loopback). Proxies from the environment (``HTTPS_PROXY``) are not used: the client connects
    directly, and warns when such a variable is set.

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

    venue: ClassVar[str]
    """The venue's package name: ``bitget``, ``gate``, ``bingx``."""
    credentials_type: ClassVar[type[Any]]
    _prepare: ClassVar[_Prepare]
    _parse: ClassVar[_Parse]

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
        if not isinstance(credentials, self.credentials_type):
            raise TypeError(_credentials_mix_up(self.venue, credentials))
        if base_url is not None:
            _check_base_url(base_url)
        for name, value in (
            ("deadline", deadline),
            ("max_response_bytes", max_response_bytes),
            ("max_pages", max_pages),
        ):
            if not value > 0:
                raise ValidationError(name, f"must be positive, got {value!r}")
        self.credentials = credentials
        self.environment: str = find_server(self._servers(), environment, self.venue).environment
        """The server's name in the spec (``paper`` resolved to it)."""
        self.base_url = base_url
        # urllib3 is a third of what importing a venue costs: it loads with the first client, not with the models.
        import urllib3

        from .transport import Connections

        self.timeout = timeout or urllib3.Timeout(connect=CONNECT_TIMEOUT, read=READ_TIMEOUT)
        self.deadline = deadline
        self.max_response_bytes = max_response_bytes
        self.max_pages = max_pages
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
        self._connections: Connections = Connections(self.timeout, pool_maxsize)
        _warn_about_proxies(self._log)

    @classmethod
    def _servers(cls) -> tuple[Server, ...]:
        """The venue's servers, from its generated models."""
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}(environment={self.environment!r}, base_url={self.base_url!r})"

    def send(self, request: Request[R], *, retry: RetryPolicy | None = None, deadline: float | None = None) -> R:
        """Sign and send ``request``, and return its parsed result; raises the venue's errors as ``VenueError``s.

        ``retry`` replaces the client's policy for this call; it applies to reads (GET) only.  ``deadline`` replaces
        the client's for each attempt of this call.
        """
        if request.operation.venue != self.venue:
            raise TypeError(
                f"{self.venue}.Client cannot send a {request.operation.venue} request ({type(request).__name__}): "
                f"use {request.operation.venue}.Client"
            )
        policy = (retry or self.retry) if request.operation.method == "GET" else NO_RETRY
        attempt = 1
        while True:
            try:
                return self._send_once(request, deadline or self.deadline)
            except VenuebindError as error:
                delay = None if _final(error) else policy.delay(error, attempt, self._random, self.clock())
                if delay is None:
                    raise
                self._log.info(  # %r: a venue's message may hold line breaks, which must not forge log lines
                    "%s: try %d failed (%r); again in %.2f s",
                    request.operation.operation_id,
                    attempt,
                    str(error),
                    delay,
                )
                self._sleep(delay)
                attempt += 1

    def _send_once(self, request: Request[R], seconds: float) -> R:
        import logging  # loaded with the first client: here, a lookup in sys.modules

        from .transport import Failure

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
        except Failure as failure:  # the cause keeps whether trying again could help (``_final``)
            raise TransportError(
                str(failure),
                venue=operation.venue,
                operation=operation.operation_id,
                may_have_reached=failure.sent,
                client_id=_client_id(request),
            ) from failure
        except UnreadableBody as unreadable:
            raise ResponseError(
                str(unreadable),
                venue=operation.venue,
                operation=operation.operation_id,
                status=unreadable.status,
                body=unreadable.kept,
                client_id=_client_id(request),
            ) from None
        self._log.debug(
            "%s %s %s -> %d in %.1f ms",  # pragma: no mutate: log wording
            operation.venue,
            prepared.method,
            prepared.url.split("?", 1)[0],
            answer.status,
            (time.perf_counter() - started) * 1000,
        )
        try:
            return type(self)._parse(request, status=answer.status, headers=answer.headers, body=answer.body)
        except ResponseError as error:  # the venue may have taken the order: keep what finds it again
            error.client_id = _client_id(request)
            raise

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

    def close(self) -> None:
        """Close the pooled connections."""
        self._connections.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.close()


def _final(error: VenuebindError) -> bool:
    """Whether trying again cannot mend ``error``: a TLS failure, or a header that cannot be sent."""
    from .transport import Failure

    return isinstance(error.__cause__, Failure) and error.__cause__.final


def _check_base_url(url: str) -> None:
    """Refuse a plain-HTTP URL whose host is not this machine: keys and signatures would cross a network in clear."""
    import ipaddress
    from urllib.parse import urlsplit

    parts = urlsplit(url)
    if parts.scheme == "https":
        return
    if parts.scheme != "http":
        raise ValidationError("base_url", f"must start with https:// (it starts with {parts.scheme!r})")
    host = parts.hostname or ""
    try:
        loopback = host == "localhost" or ipaddress.ip_address(host).is_loopback
    except ValueError:
        loopback = False  # pragma: no mutate: None is as false here
    if not loopback:
        raise ValidationError(
            "base_url", f"must be https:// unless the host is this machine (127.0.0.1, ::1, localhost), not {host!r}"
        )


def _warn_about_proxies(log: Any) -> None:
    """Say so when the environment names a proxy: the client connects directly, whatever it says."""
    import os

    names = [name for name in os.environ if name.lower() in ("https_proxy", "http_proxy", "all_proxy")]
    if names:
        log.warning("%s set: venuebind ignores proxies from the environment and connects directly", ", ".join(names))


def _credentials_mix_up(venue: str, credentials: object) -> str:
    """Why ``credentials`` do not fit a client of ``venue``: both venues named, no value shown."""
    other = getattr(type(credentials), "venue", None)
    if isinstance(other, str):
        return (
            f"{venue}.Client takes {venue}.Credentials, not {other}.Credentials: "
            f"{other} keys sign for {other} only (use {other}.Client)"
        )
    return f"{venue}.Client takes {venue}.Credentials, not {type(credentials).__name__}"


def _api_key(credentials: Any) -> str:
    key = getattr(credentials, "api_key", "")  # pragma: no mutate: a missing key and None both give ""
    return key if isinstance(key, str) else ""


def _client_id(request: Request[Any]) -> str | None:
    """The client order id the request carries (the spec's ``x-client-id`` field), to look an order up by."""
    name = request.operation.client_id
    value = getattr(request, name) if name is not None else None
    return value if isinstance(value, str) else None
