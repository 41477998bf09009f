"""BingX (spot and perpetual swap): signing, the ``{code, msg, data}`` envelope, and the error codes.

Signature (doc "Authentication"): ``signature = hex(HMAC-SHA256(secret, k1=v1&k2=v2...))`` over every parameter,
``timestamp`` included, values unencoded; the parameters go in the query string in the signed order (sorted by key),
values percent-encoded, ``&signature=`` last, and the body stays empty, POST included.  A JSON-text value (swap
``takeProfit``) is signed as its JSON and sent percent-encoded, as the venue decodes the query before it checks.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from . import errors
from .asyncclient import AsyncClient as _AsyncClient
from .client import Client as _Client
from .credentials import BingxCredentials as Credentials
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
from .signing import bingx_param_string, hmac_sha256_hex

if TYPE_CHECKING:
    from ..bingx.models import Environment  # noqa: F401 (a string in Client's base: importing it now would be circular)

__all__ = ["AsyncClient", "Client", "Credentials", "parse", "prepare"]

R = TypeVar("R")

RESET_HEADER = "X-RateLimit-Requests-Expire"
"""The answer header that says when the rate-limit window resets (NOTES section 6)."""

_CODES: Mapping[str, type[errors.VenueError]] = {
    **dict.fromkeys(("100001", "100413", "100419"), errors.AuthenticationError),
    **dict.fromkeys(("100400", "109400", "80014", "100202", "100414", "100440"), errors.InvalidRequestError),
    **dict.fromkeys(("80016", "80017", "109421"), errors.NotFoundError),
    **dict.fromkeys(("100421", "100500", "100503"), errors.ServerError),
}
"""BingX codes (NOTES section 7) by the error class they mean; any other code falls back to the HTTP status."""

_EXPIRED = "timestamp"
"""BingX has no code for a stale timestamp: its message about the timestamp or recvWindow tells it apart."""


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
    if request.wire_body() is not None:
        raise ValueError(f"{operation.operation_id}: BingX parameters travel in the query string only")
    pairs = sorted([*request.wire_query(), ("timestamp", str(timestamp_ms))])
    signature = hmac_sha256_hex(credentials.hmac_key, bingx_param_string(pairs))
    url = f"{base}{path}?{query_text(pairs, encode=True)}&signature={signature}"
    headers = {**server_headers, "X-BX-APIKEY": credentials.api_key}
    return PreparedRequest(operation.method, url, Headers(headers, (), "X-BX-APIKEY"), None)


def parse(request: Request[R], *, status: int, headers: Mapping[str, str], body: bytes) -> R:
    """The result of ``request`` from BingX's answer; pure.  Raises the ``VenueError`` the answer means.

    Any non-zero ``code`` is an error, whatever the HTTP status; so is a status of 300 or more, whatever the code.
    """
    operation = request.operation
    document = load_json(body, operation, status, headers)
    if not isinstance(document, dict) or "code" not in document:
        cls = status_error(status) if status >= 400 else errors.ResponseError
        raise venue_error(
            cls,
            f"HTTP {status} without a BingX envelope",
            operation=operation,
            status=status,
            code=None,
            headers=headers,
            body=body,
            reset_header=RESET_HEADER,
        )
    code = str(document["code"])
    message = str(document.get("msg") or "")
    if code != "0" or status >= 300:
        if code == "0":  # a redirect's or a proxy's answer is never a success, whatever its body says
            cls = status_error(status)
            message = f"HTTP {status} with a success envelope ({message})"
        else:
            cls = _CODES.get(code) or status_error(max(status, 400))
            if cls is errors.InvalidRequestError and _EXPIRED in message.lower():
                cls = errors.ClockError
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
    result: R = read_result(operation, document.get("data"), status, body)
    return result


def _server_time() -> Request[Any]:
    """The public server-time request, whose result's ``server_time`` is in milliseconds."""
    from ..bingx.models import GetServerTimeRequest  # generated code imports this module: import late

    return GetServerTimeRequest()


class _Bingx:
    """What both BingX clients know of the venue: its name and credentials, how to sign and read, its servers."""

    venue = "bingx"
    credentials_type = Credentials
    _prepare = staticmethod(prepare)
    _parse = staticmethod(parse)
    _time_request = staticmethod(_server_time)

    @classmethod
    def _servers(cls) -> tuple[Server, ...]:
        from ..bingx._shared_models import SERVERS  # late: generated code imports this module; the servers alone

        return SERVERS


class Client(_Bingx, _Client[Credentials, "Environment"]):
    """BingX over HTTP.

    ``Client(credentials, *, environment="live", base_url=None, timeout=None, deadline=30.0,
    max_response_bytes=16 MiB, max_pages=1000, pool_maxsize=10, clock=time.time, retry=DEFAULT_RETRY,
    pacer=pacing.SHARED, sleep=time.sleep)``

    - ``credentials``: a ``bingx.Credentials`` (API key and secret); another venue's credentials are a
      ``TypeError``.
    - ``environment``: ``"live"`` (open-api.bingx.com), or ``"demo"`` (also called ``"paper"``): BingX's VST demo
      host, trading virtual funds.  Any other name is a ``ValidationError``.
    - ``base_url``: replaces the server's URL (the local sandbox venue uses it).
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


class AsyncClient(_Bingx, _AsyncClient[Credentials, "Environment"]):
    """BingX over HTTP from asyncio code: ``Client``'s arguments and environments (``sleep`` is a coroutine
    function), ``await client.send(request)`` and ``await client.sync_time()``.

    Use it in an ``async with`` block (or ``await client.aclose()``) within one event loop; needs the ``async`` extra.
    """
