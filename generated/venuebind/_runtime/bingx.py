"""BingX spot: signing, the ``{code, msg, data}`` envelope, and the error codes.

Signature (doc "Authentication"): ``signature = hex(HMAC-SHA256(secret, k1=v1&k2=v2...))`` over every parameter,
``timestamp`` included, values unencoded; the parameters go in the query string in the signed order (sorted by key),
``&signature=`` last, and the body stays empty, POST included.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from . import errors
from .asyncclient import AsyncClient as _AsyncClient
from .client import Client as _Client
from .credentials import BingxCredentials as Credentials
from .http import (
    PreparedRequest,
    load_json,
    query_text,
    read_result,
    split,
    status_error,
    unsigned,
    venue_error,
)
from .model import Request
from .signing import bingx_param_string, hmac_sha256_hex

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
    parts = split(request, environment, base_url)
    if not request.operation.signed:
        return unsigned(request, parts)
    if parts.body is not None:
        raise ValueError(f"{request.operation.operation_id}: BingX parameters travel in the query string only")
    pairs = sorted([*parts.query, ("timestamp", str(timestamp_ms))])
    signature = hmac_sha256_hex(credentials.hmac_key, bingx_param_string(pairs))
    url = f"{parts.base}{parts.path}?{query_text(pairs, encode=True)}&signature={signature}"
    headers = {**parts.headers, "X-BX-APIKEY": credentials.api_key}
    return PreparedRequest(request.operation.method, url, headers, None)


def parse(request: Request[R], *, status: int, headers: Mapping[str, str], body: bytes) -> R:
    """The result of ``request`` from BingX's answer; pure.  Raises the ``VenueError`` the answer means.

    Any non-zero ``code`` is an error, whatever the HTTP status.
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
    if code != "0":
        message = str(document.get("msg") or "")
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


class Client(_Client):
    """BingX over HTTP: ``environment="demo"`` uses the VST demo host."""

    _prepare = staticmethod(prepare)
    _parse = staticmethod(parse)
    _time_request = staticmethod(_server_time)


class AsyncClient(_AsyncClient):
    """BingX over HTTP from asyncio code; the arguments and environments are ``Client``'s."""

    _prepare = staticmethod(prepare)
    _parse = staticmethod(parse)
    _time_request = staticmethod(_server_time)
