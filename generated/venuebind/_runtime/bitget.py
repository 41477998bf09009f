"""Bitget v2: signing, the ``{code, msg, data}`` envelope, and the error codes.

Signature (doc "Signature"): ``ACCESS-SIGN = Base64(HMAC-SHA256(secret, timestamp + METHOD + path [+ "?" + query] +
body))``, or RSA-SHA256 with an RSA key; the query is sorted by key and signed unencoded.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from . import errors
from .asyncclient import AsyncClient as _AsyncClient
from .client import Client as _Client
from .credentials import BitgetCredentials as Credentials
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
from .signing import bitget_prehash, hmac_sha256_base64, rsa_sha256_base64

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
    parts = split(request, environment, base_url)
    if not request.operation.signed:
        return unsigned(request, parts)
    pairs = sorted(parts.query)
    method = request.operation.method
    body = parts.body if parts.body is not None else "{}" if method == "POST" else ""
    timestamp = str(timestamp_ms)
    prehash = bitget_prehash(timestamp, method, parts.path, query_text(pairs, encode=False), body)
    if credentials.rsa_private_key:
        signature = rsa_sha256_base64(credentials.rsa_private_key, prehash)
    else:
        signature = hmac_sha256_base64(credentials.hmac_key, prehash)
    headers = {
        **parts.headers,
        "ACCESS-KEY": credentials.api_key,
        "ACCESS-SIGN": signature,
        "ACCESS-TIMESTAMP": timestamp,
        "ACCESS-PASSPHRASE": credentials.passphrase,
        "locale": "en-US",
    }
    if body:
        headers["Content-Type"] = "application/json"
    query = query_text(pairs, encode=True)
    url = parts.base + parts.path + (f"?{query}" if query else "")
    return PreparedRequest(method, url, headers, body.encode() if body else None)


def parse(request: Request[R], *, status: int, headers: Mapping[str, str], body: bytes) -> R:
    """The result of ``request`` from Bitget's answer; pure.  Raises the ``VenueError`` the answer means."""
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
    if code != SUCCESS:
        cls = _CODES.get(code) or status_error(max(status, 400))
        message = str(document.get("msg") or "")
        raise venue_error(cls, message, operation=operation, status=status, code=code, headers=headers, body=body)
    result: R = read_result(operation, document.get("data"), status, body)
    return result


def _server_time() -> Request[Any]:
    """The public server-time request, whose result's ``server_time`` is in milliseconds."""
    from ..bitget.models import GetServerTimeRequest  # generated code imports this module: import late

    return GetServerTimeRequest()


class Client(_Client):
    """Bitget over HTTP: ``environment="demo"`` trades on Bitget's demo account (header ``PAPTRADING: 1``)."""

    _prepare = staticmethod(prepare)
    _parse = staticmethod(parse)
    _time_request = staticmethod(_server_time)


class AsyncClient(_AsyncClient):
    """Bitget over HTTP from asyncio code; the arguments and environments are ``Client``'s."""

    _prepare = staticmethod(prepare)
    _parse = staticmethod(parse)
    _time_request = staticmethod(_server_time)
