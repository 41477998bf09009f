"""The pure parts every venue's ``prepare`` and ``parse`` share: splitting a request by where its fields travel,
exact query and body text, reading a JSON body, and mapping HTTP statuses to error classes."""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping
from decimal import Decimal
from typing import Any, NamedTuple
from urllib.parse import quote, urlsplit

import attrs

from . import errors
from .model import Operation, Request
from .wire import read

__all__ = [
    "Parts",
    "PreparedRequest",
    "load_json",
    "query_text",
    "read_result",
    "retry_after",
    "split",
    "status_error",
    "unsigned",
    "venue_error",
]


@attrs.frozen
class PreparedRequest:
    """Exactly what goes on the wire: the signature in ``headers`` or ``url`` covers these bytes."""

    method: str
    url: str
    headers: Mapping[str, str] = attrs.field(repr=False)
    """Never shown in a repr: it holds the key and the signature."""
    body: bytes | None


class Parts(NamedTuple):
    """A request split by where its fields travel, plus the URL pieces the signers need (a tuple: one per request)."""

    base: str
    """Scheme and host, ``https://api.bitget.com``."""
    path: str
    """The full request path, server prefix included (``/api/v4/spot/price_orders`` for Gate)."""
    query: list[tuple[str, str]]
    """Query fields as wire text, not yet percent-encoded, in spec order (each signer puts them in its venue's
    order)."""
    body: str | None
    """The JSON body text, exactly as signed and sent; None when the request has no body."""
    headers: Mapping[str, str]
    """Headers the chosen server wants on every request (Bitget demo: ``PAPTRADING``)."""


def split(request: Request[Any], environment: str, base_url: str | None) -> Parts:
    """The request's fields as wire text, each where the spec says it travels, and the server's URL pieces."""
    server = request.operation.server(environment)
    base, prefix = _base_url(base_url or server.url)
    return Parts(base, prefix + request.wire_path(), request.wire_query(), request.wire_body(), server.headers)


@functools.lru_cache(maxsize=64)
def _base_url(url: str) -> tuple[str, str]:
    """``scheme://host[:port]`` and the path prefix (no trailing ``/``) of a server URL, parsed once per URL."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}", parts.path.rstrip("/")


def unsigned(request: Request[Any], parts: Parts) -> PreparedRequest:
    """A public request (server time): no credentials, no signature, query in spec order."""
    query = query_text(parts.query, encode=True)
    url = parts.base + parts.path + (f"?{query}" if query else "")
    return PreparedRequest(request.operation.method, url, {**parts.headers, "Accept": "application/json"}, None)


def query_text(pairs: list[tuple[str, str]], *, encode: bool) -> str:
    """``k=v&k=v`` in the given order; values percent-encoded for the URL, left as they are for signing."""
    if not pairs:  # most orders
        return ""
    if encode:
        return "&".join(f"{key}={quote(value, safe='-_.~')}" for key, value in pairs)  # pragma: no mutate: X is safe
    return "&".join(f"{key}={value}" for key, value in pairs)


def load_json(body: bytes, operation: Operation, status: int, headers: Mapping[str, str]) -> Any:
    """The JSON value of a response body, numbers read as ``Decimal``.

    A body that is not JSON raises the error its HTTP status means (an HTML 502 page is a ``ServerError``), or a
    ``ResponseError`` on a 2xx status; either keeps the raw body.
    """
    try:
        return json.loads(body, parse_float=Decimal)
    except (UnicodeDecodeError, json.JSONDecodeError) as error:
        described = "an empty body" if not body.strip() else f"a body that is not JSON ({error})"  # pragma: no mutate
        cls = status_error(status) if status >= 400 else errors.ResponseError
        raise venue_error(
            cls,
            f"HTTP {status} with {described}",
            operation=operation,
            status=status,
            code=None,
            headers=headers,
            body=body,
        ) from None


def status_error(status: int) -> type[errors.VenueError]:
    """The error class an HTTP status means when the venue's own code says nothing more specific."""
    if status in (401, 403):
        return errors.AuthenticationError
    if status == 404:
        return errors.NotFoundError
    if status in (418, 429):
        return errors.RateLimitError
    if status >= 500:
        return errors.ServerError
    return errors.InvalidRequestError


def retry_after(headers: Mapping[str, str]) -> float | None:
    """Seconds from a ``Retry-After`` header given in seconds (an HTTP date is ignored)."""
    value = _header(headers, "retry-after")
    try:
        return max(0.0, float(value)) if value is not None else None
    except ValueError:
        return None


def reset_at(headers: Mapping[str, str], name: str | None) -> float | None:
    """The Unix time in seconds that a venue's rate-limit reset header ``name`` gives, in seconds or milliseconds."""
    value = _header(headers, name.lower()) if name else None
    try:
        stamp = float(value) if value is not None else None
    except ValueError:
        return None
    return stamp / 1000 if stamp is not None and stamp > 1e11 else stamp


def _header(headers: Mapping[str, str], lowered: str) -> str | None:
    return next((value for name, value in headers.items() if name.lower() == lowered), None)


def read_result(operation: Operation, payload: Any, status: int, body: bytes) -> Any:
    """The operation's result read from the success payload; a ``ResponseError`` says what did not match the spec."""
    from cattrs import BaseValidationError, transform_error  # loaded with the converter, on the first answer

    try:
        if operation.result_shape == "model":
            return read(operation.result, payload)
        if operation.result_shape == "list_or_single" and isinstance(payload, dict):
            payload = [payload]
        if not isinstance(payload, list):
            raise TypeError(f"expected a JSON array, got {type(payload).__name__}")
        return [read(operation.result, item) for item in payload]
    except (BaseValidationError, TypeError, ValueError) as error:
        problems = transform_error(error) if isinstance(error, BaseValidationError) else [str(error)]
        raise errors.ResponseError(
            f"the answer does not match the spec: {'; '.join(problems)}",  # pragma: no mutate: message wording
            venue=operation.venue,
            operation=operation.operation_id,
            status=status,
            body=body,
        ) from None


def venue_error(
    cls: type[errors.VenueError],
    message: str,
    *,
    operation: Operation,
    status: int,
    code: str | None,
    headers: Mapping[str, str],
    body: bytes,
    reset_header: str | None = None,
) -> errors.VenueError:
    """An error of class ``cls`` with everything the venue said.

    A rate-limit error also gets the wait the venue asked for: ``Retry-After``, or the venue's own reset header.
    """
    common: dict[str, Any] = {
        "venue": operation.venue,
        "operation": operation.operation_id,
        "status": status,
        "code": code,
        "body": body,
    }
    if cls is errors.RateLimitError:
        reset = reset_at(headers, reset_header)
        return errors.RateLimitError(message, retry_after=retry_after(headers), reset_at=reset, **common)
    return cls(message, **common)
