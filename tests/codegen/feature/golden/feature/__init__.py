"""Feature REST bindings.

A made-up venue that uses every construct codegen supports, once or twice each, so that a change to the generator
shows up here in a small golden output. It is not a real API: nothing sends to it.

``Credentials``, ``prepare`` and ``parse`` (pure), ``Client`` (HTTP), ``AsyncClient`` (HTTP from asyncio code; the
``async`` extra), ``models``, and one module of endpoint functions per area:
``orders``, ``market``.

Generated from ``spec/feature.yaml`` by ``python -m codegen generate``; edit the spec, not this file.
"""

from typing import TYPE_CHECKING

from .._runtime.feature import AsyncClient, Client, Credentials, parse, prepare

if TYPE_CHECKING:
    from . import market, models, orders

__all__ = ["AsyncClient", "Client", "Credentials", "market", "models", "orders", "parse", "prepare"]

_MODULES = frozenset({"models", "orders", "market"})
"""Imported when first used (``feature.models``, or an area's module of endpoint functions): importing the
venue builds no model class it does not need yet; type checkers and IDEs read them from the imports above."""


def __getattr__(name: str) -> object:
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULES})
