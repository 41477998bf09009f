"""Bitget REST bindings.

Bindings for the Bitget API v2: spot plan orders, futures (mix) trigger and trailing-stop orders and take-profit /
stop-loss plans, and isolated- and cross-margin batch orders. Private requests are signed with the ACCESS-*
headers (HMAC-SHA256, Base64). Every answer is wrapped in the `{code, msg, requestTime, data}` envelope; `code` is
the string "00000" on success.

``Credentials``, ``prepare`` and ``parse`` (pure), ``Client`` (HTTP), ``AsyncClient`` (HTTP from asyncio code; the
``async`` extra), ``models``, and one module of endpoint functions per area:
``spot_plan``, ``mix_plan``, ``margin_isolated``, ``margin_crossed``, ``public``.

Generated from ``spec/bitget.yaml`` by ``python -m codegen generate``; edit the spec, not this file.
"""

from typing import TYPE_CHECKING

from .._runtime.bitget import AsyncClient, Client, Credentials, parse, prepare

if TYPE_CHECKING:
    from . import margin_crossed, margin_isolated, mix_plan, models, public, spot_plan

__all__ = [
    "AsyncClient",
    "Client",
    "Credentials",
    "margin_crossed",
    "margin_isolated",
    "mix_plan",
    "models",
    "parse",
    "prepare",
    "public",
    "spot_plan",
]

_MODULES = frozenset({"models", "spot_plan", "mix_plan", "margin_isolated", "margin_crossed", "public"})
"""Imported when first used (``bitget.models``, or an area's module of endpoint functions): importing the
venue builds no model class it does not need yet; type checkers and IDEs read them from the imports above."""


def __getattr__(name: str) -> object:
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULES})
