"""Gate API v4: signing, bare JSON answers, and the error labels.

Signature (doc "API Signature string generation"): ``SIGN = hex(HMAC-SHA512(secret, METHOD \\n /api/v4 path \\n
query \\n hex(SHA512(body)) \\n timestamp))``, the query in URL order and unencoded, the timestamp in seconds.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from . import errors
from .asyncclient import AsyncClient as _AsyncClient
from .client import Client as _Client
from .credentials import GateCredentials as Credentials
from .http import (
    Headers,
    PreparedRequest,
    load_json,
    query_text,
    read_result,
    route,
    status_error,
    unsigned,
    venue_error,
)
from .model import Request, Server
from .signing import gate_signature_string, hmac_sha512_hex

if TYPE_CHECKING:
    from ..gate.models import Environment  # noqa: F401 (a string in Client's base: importing it now would be circular)

__all__ = ["AsyncClient", "Client", "Credentials", "parse", "prepare"]

R = TypeVar("R")

RESET_HEADER = "X-Gate-RateLimit-Reset-Timestamp"
"""The answer header that says when the rate-limit window resets (NOTES section 6)."""

_LABELS: Mapping[str, type[errors.VenueError]] = {
    **dict.fromkeys(
        (
            "INVALID_SIGNATURE",
            "MISSING_REQUIRED_HEADER",
            "INVALID_KEY",
            "INVALID_CREDENTIALS",
            "IP_FORBIDDEN",
            "READ_ONLY",
            "ACCOUNT_LOCKED",
            "FORBIDDEN",
        ),
        errors.AuthenticationError,
    ),
    "REQUEST_EXPIRED": errors.ClockError,
    **dict.fromkeys(
        (
            "INVALID_PARAM_VALUE",
            "INVALID_ARGUMENT",
            "MISSING_REQUIRED_PARAM",
            "INVALID_REQUEST_BODY",
            "BAD_REQUEST",
            "INVALID_CONTENT_TYPE",
            "BALANCE_NOT_ENOUGH",
            "INVALID_CURRENCY_PAIR",
            "INVALID_PRECISION",
            "AMOUNT_TOO_LITTLE",
            "ORDER_CLOSED",
            "ORDER_CANCELLED",
        ),
        errors.InvalidRequestError,
    ),
    "ORDER_NOT_FOUND": errors.NotFoundError,
    **dict.fromkeys(("TOO_MANY_REQUESTS", "TOO_FAST"), errors.RateLimitError),
}
"""Gate labels (NOTES section 7) by the error class they mean; any other label falls back to the HTTP status."""


def prepare(
    request: Request[Any],
    credentials: Credentials,
    *,
    timestamp_ms: int,
    environment: str = "live",
    base_url: str | None = None,
) -> PreparedRequest:
    """The signed HTTP request for ``request``; pure, no I/O."""
    base, path, server_headers = route(request, environment, base_url)
    operation = request.operation
    if not operation.signed:
        return unsigned(request, base, path, server_headers)
    text = request.wire_body()
    body = text.encode() if text is not None else b""
    timestamp = str(timestamp_ms // 1000)
    method = operation.method
    pairs = request.wire_query()
    message = gate_signature_string(method, path, query_text(pairs, encode=False), body, timestamp)
    headers = {
        **server_headers,
        "KEY": credentials.api_key,
        "Timestamp": timestamp,
        "SIGN": hmac_sha512_hex(credentials.hmac_key, message),
        "Accept": "application/json",
    }
    if body:
        headers["Content-Type"] = "application/json"
    query = query_text(pairs, encode=True)
    url = base + path + (f"?{query}" if query else "")
    return PreparedRequest(method, url, Headers(headers, ("SIGN",), "KEY"), body or None)


def parse(request: Request[R], *, status: int, headers: Mapping[str, str], body: bytes) -> R:
    """The result of ``request`` from Gate's answer; pure.  Raises the ``VenueError`` the answer means."""
    operation = request.operation
    document = load_json(body, operation, status, headers)
    if status >= 300:
        label = document.get("label") if isinstance(document, dict) else None
        message = ""
        if isinstance(document, dict):
            message = str(document.get("message") or document.get("detail") or "")
        cls = _LABELS.get(str(label)) or status_error(status)
        code = str(label) if label is not None else None
        raise venue_error(
            cls,
            message,
            operation=operation,
            status=status,
            code=code,
            headers=headers,
            body=body,
            reset_header=RESET_HEADER,
        )
    result: R = read_result(operation, document, status, body)
    return result


def _server_time() -> Request[Any]:
    """The public server-time request, whose result's ``server_time`` is in milliseconds."""
    from ..gate.models import GetServerTimeRequest  # generated code imports this module: import late

    return GetServerTimeRequest()


class _Gate:
    """What both Gate clients know of the venue: its name and credentials, how to sign and read, its servers."""

    venue = "gate"
    credentials_type = Credentials
    _prepare = staticmethod(prepare)
    _parse = staticmethod(parse)
    _time_request = staticmethod(_server_time)

    @classmethod
    def _servers(cls) -> tuple[Server, ...]:
        from ..gate._shared_models import SERVERS  # late: generated code imports this module; the servers alone

        return SERVERS


class Client(_Gate, _Client[Credentials, "Environment"]):
    """Gate API v4 over HTTP.

    ``Client(credentials, *, environment="live", base_url=None, timeout=None, deadline=30.0,
    max_response_bytes=16 MiB, max_pages=1000, pool_maxsize=10, clock=time.time, retry=DEFAULT_RETRY,
    pacer=pacing.SHARED, sleep=time.sleep)``

    - ``credentials``: a ``gate.Credentials`` (APIv4 key and secret); another venue's credentials are a
      ``TypeError``.
    - ``environment``: ``"live"`` (api.gateio.ws), or ``"testnet"`` (also called ``"paper"``): Gate's testnet host,
      which needs testnet keys.  Any other name is a ``ValidationError``.
    - ``base_url``: replaces the server's URL, ``/api/v4`` prefix included (the local sandbox venue uses it).
    - ``timeout``: a ``urllib3.Timeout``; by default 5 s to connect, 10 s between bytes of the answer.
    - ``deadline``: the most seconds one attempt takes, pool wait, connecting, sending and the whole answer;
      ``send(..., deadline=...)`` sets it per call.
    - ``max_response_bytes``, ``max_pages``: the largest answer body read, the most pages a walker asks for.
    - ``pool_maxsize``: connections kept per host; more threads than that wait for one.
    - ``clock``: this machine's time in seconds; ``sync_time()`` measures the venue's offset from it.
    - ``retry``: how reads (GET) are tried again; orders are never sent twice.  ``NO_RETRY`` to switch it off.
    - ``pacer``: keeps each operation under its rate limit (shared by every client in the process); ``None``
      switches it off.
    - ``sleep``: how the client waits (tests pass a fake).

    Use it in a ``with`` block to close its connections at the end.
    """


class AsyncClient(_Gate, _AsyncClient[Credentials, "Environment"]):
    """Gate over HTTP from asyncio code: ``Client``'s arguments and environments (``sleep`` is a coroutine
    function), ``await client.send(request)`` and ``await client.sync_time()``.

    Use it in an ``async with`` block (or ``await client.aclose()``) within one event loop; needs the ``async`` extra.
    """
