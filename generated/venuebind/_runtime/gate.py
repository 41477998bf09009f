"""Gate API v4: signing, bare JSON answers, and the error labels.

Signature (doc "API Signature string generation"): ``SIGN = hex(HMAC-SHA512(secret, METHOD \\n /api/v4 path \\n
query \\n hex(SHA512(body)) \\n timestamp))``, the query in URL order and unencoded, the timestamp in seconds.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from . import errors
from .asyncclient import AsyncClient as _AsyncClient
from .client import Client as _Client
from .credentials import GateCredentials as Credentials
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
from .signing import gate_signature_string, hmac_sha512_hex

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
    parts = split(request, environment, base_url)
    if not request.operation.signed:
        return unsigned(request, parts)
    body = parts.body.encode() if parts.body is not None else b""
    timestamp = str(timestamp_ms // 1000)
    method = request.operation.method
    message = gate_signature_string(method, parts.path, query_text(parts.query, encode=False), body, timestamp)
    headers = {
        **parts.headers,
        "KEY": credentials.api_key,
        "Timestamp": timestamp,
        "SIGN": hmac_sha512_hex(credentials.hmac_key, message),
        "Accept": "application/json",
    }
    if body:
        headers["Content-Type"] = "application/json"
    query = query_text(parts.query, encode=True)
    url = parts.base + parts.path + (f"?{query}" if query else "")
    return PreparedRequest(method, url, headers, body or None)


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


class Client(_Client):
    """Gate over HTTP: ``environment="testnet"`` uses Gate's testnet host."""

    _prepare = staticmethod(prepare)
    _parse = staticmethod(parse)
    _time_request = staticmethod(_server_time)


class AsyncClient(_AsyncClient):
    """Gate over HTTP from asyncio code; the arguments and environments are ``Client``'s."""

    _prepare = staticmethod(prepare)
    _parse = staticmethod(parse)
    _time_request = staticmethod(_server_time)
