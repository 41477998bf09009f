"""Feature REST bindings.

A made-up venue that uses every construct codegen supports, once or twice each, so that a change to the generator
shows up here in a small golden output. It is not a real API: nothing sends to it.

``Credentials``, ``prepare`` and ``parse`` (pure), ``Client`` (HTTP), ``AsyncClient`` (HTTP from asyncio code; the
``async`` extra), ``models``, and one module of endpoint functions per area:
``orders``, ``market``.

Generated from ``spec/feature.yaml`` by ``python -m codegen generate``; edit the spec, not this file.
"""

from .._runtime.feature import AsyncClient, Client, Credentials, parse, prepare
from . import market, models, orders

__all__ = ["AsyncClient", "Client", "Credentials", "market", "models", "orders", "parse", "prepare"]
