"""BingX REST bindings.

Bindings for the BingX open API: spot OCO orders and perpetual swap v2 orders (paths under /openApi/swap/v2 on the
same hosts). Private requests carry the X-BX-APIKEY header; every parameter, with the signer-supplied `timestamp`,
travels in the query string, followed by `signature` (hex HMAC-SHA256 over the parameter string), and the body is
empty. Answers are wrapped in `{code, msg, data}`; `code` is the integer 0 on success, and any other code is an
error whatever the HTTP status.

``Credentials``, ``prepare`` and ``parse`` (pure), ``Client`` (HTTP), ``AsyncClient`` (HTTP from asyncio code; the
``async`` extra), ``models``, and one module of endpoint functions per area:
``spot_oco``, ``swap_trade``, ``public``.

Generated from ``spec/bingx.yaml`` by ``python -m codegen generate``; edit the spec, not this file.
"""

from typing import TYPE_CHECKING

from .._runtime.bingx import AsyncClient, Client, Credentials, parse, prepare

if TYPE_CHECKING:
    from . import models, public, spot_oco, swap_trade

__all__ = ["AsyncClient", "Client", "Credentials", "models", "parse", "prepare", "public", "spot_oco", "swap_trade"]

_MODULES = frozenset({"models", "spot_oco", "swap_trade", "public"})
"""Imported when first used (``bingx.models``, or an area's module of endpoint functions): importing the
venue builds no model class it does not need yet; type checkers and IDEs read them from the imports above."""


def __getattr__(name: str) -> object:
    if name not in _MODULES:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    import importlib

    return importlib.import_module(f".{name}", __name__)


def __dir__() -> list[str]:
    return sorted({*globals(), *_MODULES})
