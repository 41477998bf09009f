"""The pure parts every venue's ``prepare`` and ``parse`` share: the route of a request (server and path), exact
query text, reading a JSON body, and mapping HTTP statuses to error classes."""

from __future__ import annotations

import functools
import json
from collections.abc import Iterator, Mapping
from decimal import Decimal
from typing import Any
from urllib.parse import quote, urlsplit

import attrs

from . import errors
from .limits import KEPT_BODY_BYTES
from .model import Operation, Request
from .wire import read

__all__ = [
    "Headers",
    "PreparedRequest",
    "load_json",
    "query_text",
    "read_result",
    "retry_after",
    "route",
    "status_error",
    "unsigned",
    "venue_error",
]


class Headers(Mapping[str, str]):
    """Request headers, read-only; their repr masks the secret ones, the values sent stay exact.

    ``secret`` names the headers shown as ``***`` (passphrase, signature), ``key`` the one cut to its first 4
    characters (the API key).
    """

    __slots__ = ("_key", "_secret", "_values")

    def __init__(self, values: Mapping[str, str], secret: tuple[str, ...] = (), key: str | None = None) -> None:
        self._values = dict(values)
        self._secret = secret
        self._key = key

    def __getitem__(self, name: str) -> str:
        return self._values[name]

    def __iter__(self) -> Iterator[str]:
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)

    def copy(self) -> dict[str, str]:
        """A plain, writable dict of the same headers (urllib3 copies headers so to add a proxy's)."""
        return dict(self._values)

    def __repr__(self) -> str:
        shown = {name: self._shown(name, value) for name, value in self._values.items()}
        return f"Headers({shown!r})"

    def _shown(self, name: str, value: str) -> str:
        if name in self._secret:
            return "***"
        if name == self._key:
            return value[:4] + "…" if len(value) > 8 else "…"
        return value


def _as_headers(value: Mapping[str, str]) -> Headers:
    return value if isinstance(value, Headers) else Headers(value)


@attrs.frozen(init=False)
class PreparedRequest:
    """Exactly what goes on the wire: the signature in ``headers`` or ``url`` covers these bytes."""

    method: str
    url: str
    headers: Headers = attrs.field(repr=False)
    """Read-only (any mapping given is copied into ``Headers``); never in this repr, and its own repr masks the key,
    passphrase and signature."""
    body: bytes | None

    def __init__(self, method: str, url: str, headers: Mapping[str, str], body: bytes | None) -> None:
        # one is made per request: each field stored through its slot's setter, as the models do (frozen all the same)
        _store_method(self, method)
        _store_url(self, url)
        _store_headers(self, _as_headers(headers))
        _store_body(self, body)


_store_method = PreparedRequest.__dict__["method"].__set__
_store_url = PreparedRequest.__dict__["url"].__set__
_store_headers = PreparedRequest.__dict__["headers"].__set__
_store_body = PreparedRequest.__dict__["body"].__set__


def route(request: Request[Any], environment: str, base_url: str | None) -> tuple[str, str, Mapping[str, str]]:
    """Where ``request`` goes: the server's ``scheme://host[:port]``, the full path (the server's prefix, then the
    operation's path with its path fields' text percent-encoded), and the headers that server wants on every request
    (Bitget demo: ``PAPTRADING``).  Each venue's ``prepare`` reads the query and body from the request itself."""
    # a class is hashable; mypy reads the models' attrs-made __hash__ as the class's
    base, prefix, headers = _route(type(request), environment, base_url)  # type: ignore[arg-type]
    return base, prefix + request.wire_path(), headers


@functools.lru_cache(maxsize=256)
def _route(cls: type[Request[Any]], environment: str, base_url: str | None) -> tuple[str, str, Mapping[str, str]]:
    """The base URL, path prefix and server headers of ``cls``'s requests: found once per request class,
    environment and base URL (an unknown environment raises each time, and is not kept)."""
    operation: Operation = cls.operation
    server = operation.server(environment)
    base, prefix = _base_url(base_url or server.url)
    return base, prefix, server.headers


@functools.lru_cache(maxsize=64)
def _base_url(url: str) -> tuple[str, str]:
    """``scheme://host[:port]`` and the path prefix (no trailing ``/``) of a server URL, parsed once per URL."""
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}", parts.path.rstrip("/")


def unsigned(request: Request[Any], base: str, path: str, headers: Mapping[str, str]) -> PreparedRequest:
    """A public request (server time): no credentials, no signature, query in spec order."""
    query = query_text(request.wire_query(), encode=True)
    url = base + path + (f"?{query}" if query else "")
    return PreparedRequest(request.operation.method, url, Headers({**headers, "Accept": "application/json"}), None)


_UNRESERVED = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~"
"""The characters percent-encoding leaves as they are (RFC 3986's unreserved characters)."""


def query_text(pairs: list[tuple[str, str]], *, encode: bool) -> str:
    """``k=v&k=v`` in the given order; values percent-encoded for the URL, left as they are for signing.

    Keys are the spec's wire names, written as they are.  Most queries (symbols, decimals, IDs) have no value that
    encoding would change: one test of all the values together finds that, and the text is written once.
    """
    if not pairs:  # most orders
        return ""
    if encode and "".join([value for _, value in pairs]).rstrip(_UNRESERVED):  # a character left: one to encode
        return "&".join([f"{key}={quote(value, safe='-_.~')}" for key, value in pairs])  # pragma: no mutate: X is safe
    return "&".join([key + "=" + value for key, value in pairs])  # an enum member is its value here, as a str


_DECODER = json.JSONDecoder(parse_float=Decimal)


def load_json(body: bytes, operation: Operation, status: int, headers: Mapping[str, str]) -> Any:
    """The JSON value of a response body, numbers read as ``Decimal``.

    A body that is not JSON, or JSON built to break the reader (nested too deep, a number too long or out of range),
    raises the error its HTTP status means (an HTML 502 page is a ``ServerError``), or a ``ResponseError`` on a 2xx
    status; either keeps the start of the raw body.
    """
    try:  # json.loads, without the decoder it would build for parse_float on every call
        return _DECODER.decode(body.decode(json.detect_encoding(body), "surrogatepass"))
    except (ValueError, RecursionError, ArithmeticError) as error:  # decode and JSON errors are ValueErrors
        if not body.strip():
            described = "an empty body"
        elif isinstance(error, RecursionError):
            described = "JSON nested too deeply to read"
        elif isinstance(error, ArithmeticError):
            described = "a JSON number out of range"
        else:
            described = f"a body that is not JSON ({error})"
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
    except (BaseValidationError, TypeError, ValueError, RecursionError, ArithmeticError) as error:
        problems = transform_error(error) if isinstance(error, BaseValidationError) else [str(error)]
        raise errors.ResponseError(
            f"the answer does not match the spec: {'; '.join(problems)}",  # pragma: no mutate: message wording
            venue=operation.venue,
            operation=operation.operation_id,
            status=status,
            body=body[:KEPT_BODY_BYTES],
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
    """An error of class ``cls`` with everything the venue said (of the body, its first ``KEPT_BODY_BYTES``).

    A rate-limit error also gets the wait the venue asked for: ``Retry-After``, or the venue's own reset header.
    """
    common: dict[str, Any] = {
        "venue": operation.venue,
        "operation": operation.operation_id,
        "status": status,
        "code": code,
        "body": body[:KEPT_BODY_BYTES],
    }
    if cls is errors.RateLimitError:
        reset = reset_at(headers, reset_header)
        return errors.RateLimitError(message, retry_after=retry_after(headers), reset_at=reset, **common)
    return cls(message, **common)
