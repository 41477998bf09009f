"""Gate REST bindings.

Bindings for the Gate API v4 spot and perpetual futures price-triggered (auto) orders. Private requests carry the
KEY, Timestamp (Unix seconds) and SIGN (hex HMAC-SHA512) headers. Answers are not wrapped: a success body is the
result itself, and an error is any non-2xx status with a `{label, message}` body.

``Credentials``, ``prepare`` and ``parse`` (pure), ``Client`` (HTTP), ``AsyncClient`` (HTTP from asyncio code; the
``async`` extra), ``models``, and one module of endpoint functions per area:
``spot_price_orders``, ``futures_price_orders``, ``public``.

Generated from ``spec/gate.yaml`` by ``python -m codegen generate``; edit the spec, not this file.
"""

from typing import TYPE_CHECKING

from .._runtime.gate import AsyncClient, Client, Credentials, parse, prepare

if TYPE_CHECKING:
    from . import futures_price_orders, models, public, spot_price_orders

__all__ = [
    "AsyncClient",
    "Client",
    "Credentials",
    "futures_price_orders",
    "models",
    "parse",
    "prepare",
    "public",
    "spot_price_orders",
]

_MODULES = frozenset({"models", "spot_price_orders", "futures_price_orders", "public"})
"""Imported when first used (``gate.models``, or an area's module of endpoint functions): importing the
venue builds no model class it does not need yet; type checkers and IDEs read them from the imports above."""


def __getattr__(name: str) -> object:
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULES})
