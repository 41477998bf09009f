"""``ClientBase``: what ``Client`` and ``AsyncClient`` share, that is every step of a call except the I/O.

Choosing the retry policy, booking a send time with the pacer, stamping and signing the request, logging, turning a
lost answer into a ``TransportError`` that says truthfully whether the venue may have it, parsing the answer, and
deciding whether (and after how long) a read is tried again.  The two clients differ only in the transport call and
in how they wait (``time.sleep`` or ``asyncio.sleep``).
"""

from __future__ import annotations

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
    import logging
    import random

    import urllib3

__all__ = ["CONNECT_TIMEOUT", "LOGGER", "READ_TIMEOUT", "ClientBase", "shown_headers"]

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


class ClientBase:
    """The configuration of a client and the steps of a call that do no I/O; see ``Client`` for the arguments."""

    _prepare: ClassVar[_Prepare]
    _parse: ClassVar[_Parse]
    _time_request: ClassVar[Callable[[], Request[Any]]]
    """The venue's public server-time request, whose result has ``server_time`` in milliseconds."""

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
        import logging
        import random  # jitter for retries

        self._random: random.Random = random.Random()
        self._log: logging.Logger = logging.getLogger(LOGGER)
        self._pool_maxsize = pool_maxsize

    def __repr__(self) -> str:
        return f"{type(self).__name__}(environment={self.environment!r}, base_url={self.base_url!r})"

    def _policy(self, request: Request[Any], retry: RetryPolicy | None) -> RetryPolicy:
        """The retry policy of this call: the given or the client's for a read (GET), none for anything else."""
        return (retry or self.retry) if request.operation.method == "GET" else NO_RETRY

    def _pace(self, request: Request[Any]) -> float:
        """Book the request's send time with the pacer; the seconds to wait before sending it."""
        if self.pacer is None:
            return 0.0
        return self.pacer.reserve(request.operation, _api_key(self.credentials))

    def _prepared(self, request: Request[Any]) -> PreparedRequest:
        """``request`` stamped with the venue's time now and signed (logged at DEBUG, secrets masked)."""
        timestamp_ms = int(self.clock() * 1000) + self.offset_ms
        prepared = type(self)._prepare(
            request, self.credentials, timestamp_ms=timestamp_ms, environment=self.environment, base_url=self.base_url
        )
        if self._log.isEnabledFor(10):  # logging.DEBUG
            self._log.debug(
                "%s %s %s\n  headers: %s\n  body: %r",
                request.operation.venue,
                prepared.method,
                prepared.url,
                shown_headers(prepared.headers, self.credentials),
                prepared.body,
            )
        return prepared

    def _lost(self, request: Request[Any], reason: str, *, may_have_reached: bool) -> TransportError:
        """The error for a call that got no complete answer; it names the order's client id to look it up by."""
        return TransportError(
            reason,
            venue=request.operation.venue,
            operation=request.operation.operation_id,
            may_have_reached=may_have_reached,
            client_id=_client_id(request),
        )

    def _answered(
        self, request: Request[R], prepared: PreparedRequest, status: int, headers: Mapping[str, str], body: bytes,
        started: float,
    ) -> R:  # fmt: skip
        """The parsed answer (logged at DEBUG with its status and time since ``started``, a ``perf_counter``)."""
        self._log.debug(
            "%s %s %s -> %d in %.1f ms",
            request.operation.venue,
            prepared.method,
            prepared.url.split("?", 1)[0],
            status,
            (time.perf_counter() - started) * 1000,
        )
        return type(self)._parse(request, status=status, headers=headers, body=body)

    def _retry_delay(
        self, request: Request[Any], error: VenuebindError, attempt: int, policy: RetryPolicy
    ) -> float | None:
        """Seconds to wait before trying ``request`` again after ``error`` on try ``attempt``; None to raise."""
        delay = policy.delay(error, attempt, self._random, self.clock())
        if delay is not None:
            self._log.info(
                "%s: try %d failed (%s); again in %.2f s", request.operation.operation_id, attempt, error, delay
            )
        return delay

    def _set_offset(self, before: float, venue_time: Any, after: float) -> int:
        """Keep the venue's clock offset, measured against the midpoint of the round trip; returns it."""
        self.offset_ms = int(venue_time.server_time) - round((before + after) * 500)
        self._log.info("%s: clock offset %+d ms", type(self).__module__, self.offset_ms)
        return self.offset_ms


def split_url(url: str) -> tuple[str, str]:
    """``scheme://host[:port]`` and the rest (path and query) of an absolute URL."""
    path_start = url.find("/", url.index("//") + 2)
    return (url, "/") if path_start < 0 else (url[:path_start], url[path_start:])


def _api_key(credentials: Any) -> str:
    key = getattr(credentials, "api_key", "")
    return key if isinstance(key, str) else ""


def _client_id(request: Request[Any]) -> str | None:
    """The client order id the request carries (the spec's ``x-client-id`` field), to look an order up by."""
    name = request.operation.client_id
    value = getattr(request, name) if name is not None else None
    return value if isinstance(value, str) else None
