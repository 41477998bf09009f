"""``ClientBase``: what ``Client`` and ``AsyncClient`` share, that is every step of a call except the I/O.

Checking the arguments (base URL, limits), choosing the retry policy, booking a send time with the pacer, stamping and
signing the request, logging, turning a transport's ``Failure`` into a ``TransportError`` that says truthfully whether
the venue may have the request and an unreadable body into a ``ResponseError``, parsing the answer, and deciding
whether (and after how long) a read is tried again.  The two clients differ only in the transport call (within the
same ``deadline`` and ``max_response_bytes``) and in how they wait (``time.sleep`` or ``asyncio.sleep``).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, Any, ClassVar, Generic, Literal, Protocol, TypeVar

from . import pacing
from .errors import ResponseError, TransportError, ValidationError, VenuebindError
from .http import PreparedRequest
from .limits import DEADLINE, MAX_PAGES, MAX_RESPONSE_BYTES, UnreadableBody
from .model import Request, Server, find_server
from .pacing import Pacer
from .retry import DEFAULT_RETRY, NO_RETRY, RetryPolicy

if TYPE_CHECKING:
    import logging
    import random

    import urllib3

    from .transport import Failure

__all__ = ["CONNECT_TIMEOUT", "LOGGER", "READ_TIMEOUT", "ClientBase", "shown_headers"]

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


class ClientBase(Generic[C, E]):
    """The configuration of a client and the steps of a call that do no I/O; see ``Client`` for the arguments.

    ``C`` is the venue's credentials class, ``E`` the names of its servers (a ``Literal``): each venue's clients take
    only its own credentials and environments, which the type checker sees and the constructor checks.
    """

    venue: ClassVar[str]
    """The venue's package name: ``bitget``, ``gate``, ``bingx``."""
    credentials_type: ClassVar[type[Any]]
    _prepare: ClassVar[_Prepare]
    _parse: ClassVar[_Parse]
    _time_request: ClassVar[Callable[[], Request[Any]]]
    """The venue's public server-time request, whose result has ``server_time`` in milliseconds."""

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
    ) -> None:
        if not isinstance(credentials, self.credentials_type):
            raise TypeError(_credentials_mix_up(type(self), credentials))
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

        self.timeout = timeout or urllib3.Timeout(connect=CONNECT_TIMEOUT, read=READ_TIMEOUT)
        self.deadline = deadline
        self.max_response_bytes = max_response_bytes
        self.max_pages = max_pages
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
        _warn_about_proxies(self._log)

    @classmethod
    def _servers(cls) -> tuple[Server, ...]:
        """The venue's servers, from its generated models."""
        raise NotImplementedError

    def __repr__(self) -> str:
        return f"{type(self).__name__}(environment={self.environment!r}, base_url={self.base_url!r})"

    def _policy(self, request: Request[Any], retry: RetryPolicy | None) -> RetryPolicy:
        """The retry policy of this call: the given or the client's for a read (GET), none for anything else.

        Another venue's request is a ``TypeError`` here, before any I/O.
        """
        if request.operation.venue != self.venue:
            name = type(self).__name__
            raise TypeError(
                f"{self.venue}.{name} cannot send a {request.operation.venue} request ({type(request).__name__}): "
                f"use {request.operation.venue}.{name}"
            )
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

    def _lost(self, request: Request[Any], failure: Failure) -> TransportError:
        """The error for a call that got no complete answer: ``failure.sent`` says whether the venue may have it, and
        the order's client id finds it.  Raise it ``from failure``: the cause keeps whether trying again can help."""
        return TransportError(
            str(failure),
            venue=request.operation.venue,
            operation=request.operation.operation_id,
            may_have_reached=failure.sent,
            client_id=_client_id(request),
        )

    def _unreadable(self, request: Request[Any], unreadable: UnreadableBody) -> ResponseError:
        """The error for an answer body that was not read (too large, or in an encoding not asked for)."""
        return ResponseError(
            str(unreadable),
            venue=request.operation.venue,
            operation=request.operation.operation_id,
            status=unreadable.status,
            body=unreadable.kept,
            client_id=_client_id(request),
        )

    def _answered(
        self, request: Request[R], prepared: PreparedRequest, status: int, headers: Mapping[str, str], body: bytes,
        started: float,
    ) -> R:  # fmt: skip
        """The parsed answer (logged at DEBUG with its status and time since ``started``, a ``perf_counter``)."""
        if self._log.isEnabledFor(10):  # logging.DEBUG: the message's arguments are worked out only then
            self._log.debug(
                "%s %s %s -> %d in %.1f ms",
                request.operation.venue,
                prepared.method,
                prepared.url.split("?", 1)[0],
                status,
                (time.perf_counter() - started) * 1000,
            )
        try:
            return type(self)._parse(request, status=status, headers=headers, body=body)
        except ResponseError as error:  # the venue may have taken the order: keep what finds it again
            error.client_id = _client_id(request)
            raise

    def _retry_delay(
        self, request: Request[Any], error: VenuebindError, attempt: int, policy: RetryPolicy
    ) -> float | None:
        """Seconds to wait before trying ``request`` again after ``error`` on try ``attempt``; None to raise."""
        delay = None if _final(error) else policy.delay(error, attempt, self._random, self.clock())
        if delay is not None:
            self._log.info(  # %r: a venue's message may hold line breaks, which must not forge log lines
                "%s: try %d failed (%r); again in %.2f s", request.operation.operation_id, attempt, str(error), delay
            )
        return delay

    def _set_offset(self, before: float, venue_time: Any, after: float) -> int:
        """Keep the venue's clock offset, measured against the midpoint of the round trip; returns it."""
        self.offset_ms = int(venue_time.server_time) - round((before + after) * 500)
        self._log.info("%s: clock offset %+d ms", type(self).__module__, self.offset_ms)
        return self.offset_ms


def _credentials_mix_up(cls: type[ClientBase[Any, Any]], credentials: object) -> str:
    """Why ``credentials`` do not fit a client of ``cls``'s venue: both venues named, no value shown."""
    venue, name = cls.venue, cls.__name__
    other = getattr(type(credentials), "venue", None)
    if isinstance(other, str):
        return (
            f"{venue}.{name} takes {venue}.Credentials, not {other}.Credentials: "
            f"{other} keys sign for {other} only (use {other}.{name})"
        )
    return f"{venue}.{name} takes {venue}.Credentials, not {type(credentials).__name__}"


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
        loopback = False
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


def _api_key(credentials: Any) -> str:
    key = getattr(credentials, "api_key", "")
    return key if isinstance(key, str) else ""


def _client_id(request: Request[Any]) -> str | None:
    """The client order id the request carries (the spec's ``x-client-id`` field), to look an order up by."""
    name = request.operation.client_id
    value = getattr(request, name) if name is not None else None
    return value if isinstance(value, str) else None
