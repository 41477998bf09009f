"""venuebind: low-level, typed bindings for crypto venues' REST APIs, generated from hand-written OpenAPI specs.

Import a venue: ``from venuebind import bitget`` (or ``gate``, ``bingx``).  Each has ``Credentials``, ``prepare``,
``parse``, ``Client``, ``models`` and one module of endpoint functions per area.
"""

from ._runtime.errors import (
    AuthenticationError,
    ClockError,
    InvalidRequestError,
    NotFoundError,
    RateLimitError,
    ResponseError,
    ServerError,
    TransportError,
    ValidationError,
    VenuebindError,
    VenueError,
)

__version__ = "0.1.0"
"""The release (the package metadata's version is read from here)."""

__all__ = [
    "AuthenticationError",
    "ClockError",
    "InvalidRequestError",
    "NotFoundError",
    "RateLimitError",
    "ResponseError",
    "ServerError",
    "TransportError",
    "ValidationError",
    "VenueError",
    "VenuebindError",
]
