"""Feature: the servers, and the models and enums of more than one area.

Import them from ``models``, which re-exports every module of models; each area's own are in ``_<area>_models``.

Generated from ``spec/feature.yaml`` by ``python -m codegen generate``; edit the spec, not this file.
"""

from __future__ import annotations

import re
from typing import Literal, TypeAlias

from .._runtime.model import Server

SERVERS = (
    Server(
        environment="live",
        url="https://api.feature.example",
        headers={},
    ),
    Server(
        environment="demo",
        url="https://demo.feature.example",
        headers={
            "x-simulated": "1",
        },
    ),
)
"""The venue's base URLs, by environment: ``live``, ``demo``."""

Environment: TypeAlias = Literal["live", "demo", "paper"]
"""What a ``Client``'s ``environment`` may name: ``live``, ``demo``, or ``paper`` for ``demo``."""
_SYMBOL_PATTERN = re.compile(r"^[A-Z0-9]{2,20}$")
