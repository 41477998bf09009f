"""venuebind: low-level, typed bindings for crypto venues' REST APIs, generated from hand-written OpenAPI specs.

Import a venue: ``from venuebind import bitget`` (or ``gate``, ``bingx``).  Each has ``Credentials``, ``prepare``,
``parse``, ``Client``, ``models`` and one module of endpoint functions per area.  Here: the errors, and what tunes a
client (``RetryPolicy``, ``DEFAULT_RETRY``, ``NO_RETRY``; ``Pacer`` and ``SHARED_PACER``, the one every client uses).
"""

from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    from ._runtime.pacing import SHARED as SHARED_PACER
    from ._runtime.pacing import Pacer
    from ._runtime.retry import DEFAULT_RETRY, NO_RETRY, RetryPolicy

__all__ = [
    "DEFAULT_RETRY",
    "NO_RETRY",
    "SHARED_PACER",
    "AuthenticationError",
    "ClockError",
    "InvalidRequestError",
    "NotFoundError",
    "Pacer",
    "RateLimitError",
    "ResponseError",
    "RetryPolicy",
    "ServerError",
    "TransportError",
    "ValidationError",
    "VenueError",
    "VenuebindError",
]

_TUNING = {
    "DEFAULT_RETRY": ("retry", "DEFAULT_RETRY"),
    "NO_RETRY": ("retry", "NO_RETRY"),
    "RetryPolicy": ("retry", "RetryPolicy"),
    "Pacer": ("pacing", "Pacer"),
    "SHARED_PACER": ("pacing", "SHARED"),
}
"""Loaded when first asked for, so that ``import venuebind`` (the sandbox's, say) stays as cheap as the errors."""


def __getattr__(name: str) -> Any:
    if name not in _TUNING:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    module, attribute = _TUNING[name]
    return getattr(importlib.import_module(f"._runtime.{module}", __name__), attribute)
