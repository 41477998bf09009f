"""Bitget v2: signing, the ``{code, msg, data}`` envelope, and the error codes.

Signature (doc "Signature"): ``ACCESS-SIGN = Base64(HMAC-SHA256(secret, timestamp + METHOD + path [+ "?" + query] +
body))``, or RSA-SHA256 with an RSA key; the query is sorted by key and signed unencoded.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from . import errors
from .asyncclient import AsyncClient as _AsyncClient
from .client import Client as _Client
from .credentials import BitgetCredentials as Credentials
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
from .signing import bitget_prehash, hmac_sha256_base64, rsa_sha256_base64

if TYPE_CHECKING:
    from ..bitget.models import Environment  # noqa: F401 (a string in Client's base: importing it now would be circular)

__all__ = ["AsyncClient", "Client", "Credentials", "parse", "prepare"]

R = TypeVar("R")

SUCCESS = "00000"

_CODES: Mapping[str, type[errors.VenueError]] = {
    **dict.fromkeys(
        ("40001", "40002", "40003", "40006", "40009", "40011", "40012", "40014", "40018", "40037"),
        errors.AuthenticationError,
    ),
    **dict.fromkeys(("40005", "40008"), errors.ClockError),
    **dict.fromkeys(("40007", "40017", "40019", "40020", "40034", "43011", "43012"), errors.InvalidRequestError),
    **dict.fromkeys(("43001", "43025"), errors.NotFoundError),
    "429": errors.RateLimitError,
}
"""Bitget codes (doc "Error code") by the error class they mean; any other code falls back to the HTTP status."""


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
    method = operation.method
    body = request.wire_body()
    if body is None:
        body = "{}" if method == "POST" else ""
    timestamp = str(timestamp_ms)
    url = base + path
    signed_query = ""
    query = request.wire_query()
    if query:  # an order has none: sorted and written only for the reads that have some
        pairs = sorted(query)
        signed_query = query_text(pairs, encode=False)
        url += "?" + query_text(pairs, encode=True)
    prehash = bitget_prehash(timestamp, method, path, signed_query, body)
    if credentials.rsa_private_key:
        signature = rsa_sha256_base64(credentials.rsa_private_key, prehash)
    else:
        signature = hmac_sha256_base64(credentials.hmac_key, prehash)
    headers = {
        "ACCESS-KEY": credentials.api_key,
        "ACCESS-SIGN": signature,
        "ACCESS-TIMESTAMP": timestamp,
        "ACCESS-PASSPHRASE": credentials.passphrase,
        "locale": "en-US",
    }
    if server_headers:  # the demo's PAPTRADING: first, as the server's own
        headers = {**server_headers, **headers}
    if body:
        headers["Content-Type"] = "application/json"
    return PreparedRequest(
        method,
        url,
        Headers(headers, ("ACCESS-SIGN", "ACCESS-PASSPHRASE"), "ACCESS-KEY"),
        body.encode() if body else None,
    )


def parse(request: Request[R], *, status: int, headers: Mapping[str, str], body: bytes) -> R:
    """The result of ``request`` from Bitget's answer; pure.  Raises the ``VenueError`` the answer means.

    A ``code`` other than ``00000`` is an error, whatever the HTTP status; so is a status of 300 or more, whatever the
    code.
    """
    operation = request.operation
    document = load_json(body, operation, status, headers)
    if not isinstance(document, dict) or "code" not in document:
        cls = status_error(status) if status >= 400 else errors.ResponseError
        raise venue_error(
            cls,
            f"HTTP {status} without a Bitget envelope",
            operation=operation,
            status=status,
            code=None,
            headers=headers,
            body=body,
        )
    code = str(document["code"])
    message = str(document.get("msg") or "")
    if code != SUCCESS:
        cls = _CODES.get(code) or status_error(max(status, 400))
        raise venue_error(cls, message, operation=operation, status=status, code=code, headers=headers, body=body)
    if status >= 300:  # a redirect's or a proxy's answer is never a success, whatever its body says
        message = f"HTTP {status} with a success envelope ({message})"
        raise venue_error(
            status_error(status), message, operation=operation, status=status, code=code, headers=headers, body=body
        )
    result: R = read_result(operation, document.get("data"), status, body)
    return result


def _server_time() -> Request[Any]:
    """The public server-time request, whose result's ``server_time`` is in milliseconds."""
    from ..bitget.models import GetServerTimeRequest  # generated code imports this module: import late

    return GetServerTimeRequest()


class _Bitget:
    """What both Bitget clients know of the venue: its name and credentials, how to sign and read, its servers."""

    venue = "bitget"
    credentials_type = Credentials
    _prepare = staticmethod(prepare)
    _parse = staticmethod(parse)
    _time_request = staticmethod(_server_time)

    @classmethod
    def _servers(cls) -> tuple[Server, ...]:
        from ..bitget._shared_models import SERVERS  # late: generated code imports this module; the servers alone

        return SERVERS


class Client(_Bitget, _Client[Credentials, "Environment"]):
    """Bitget over HTTP.

    ``Client(credentials, *, environment="live", base_url=None, timeout=None, deadline=30.0,
    max_response_bytes=16 MiB, max_pages=1000, pool_maxsize=10, clock=time.time, retry=DEFAULT_RETRY,
    pacer=pacing.SHARED, sleep=time.sleep)``

    - ``credentials``: a ``bitget.Credentials`` (API key, secret or RSA key, passphrase); another venue's
      credentials are a ``TypeError``.
    - ``environment``: ``"live"`` (api.bitget.com), or ``"demo"`` (also called ``"paper"``): the same host, every
      request marked ``PAPTRADING: 1`` to trade on Bitget's demo account.  Any other name is a ``ValidationError``.
    - ``base_url``: replaces the server's URL and keeps its headers (the local sandbox venue uses it).
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


class AsyncClient(_Bitget, _AsyncClient[Credentials, "Environment"]):
    """Bitget over HTTP from asyncio code: ``Client``'s arguments and environments (``sleep`` is a coroutine
    function), ``await client.send(request)`` and ``await client.sync_time()``.

    Use it in an ``async with`` block (or ``await client.aclose()``) within one event loop; needs the ``async`` extra.
    """
