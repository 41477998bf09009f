"""BingX: the servers, and the models and enums of more than one area.

Import them from ``models``, which re-exports every module of models; each area's own are in ``_<area>_models``.

Generated from ``spec/bingx.yaml`` by ``python -m codegen generate``; edit the spec, not this file.
"""

from __future__ import annotations

import enum
import re
from typing import Literal, TypeAlias

from .._runtime.model import Server

SERVERS = (
    Server(
        environment="live",
        url="https://open-api.bingx.com",
        headers={},
    ),
    Server(
        environment="demo",
        url="https://open-api-vst.bingx.com",
        headers={},
    ),
)
"""The venue's base URLs, by environment: ``live``, ``demo``."""

Environment: TypeAlias = Literal["live", "demo", "paper"]
"""What a ``Client``'s ``environment`` may name: ``live``, ``demo``, or ``paper`` for ``demo``."""
_SYMBOL_PATTERN = re.compile(r"^[A-Z0-9]+-[A-Z0-9]+$")
_DECIMAL_PATTERN = re.compile(r"^[0-9]+(\.[0-9]+)?$")
_LIST_CLIENT_ORDER_ID_PATTERN = re.compile(r"^[0-9]+$")


class Side(enum.StrEnum):
    """Order side, `BUY` or `SELL`."""

    BUY = "BUY"
    SELL = "SELL"


_SIDE_VALUES: dict[str, Side] = {member.value: member for member in Side}
"""Each wire value's member: what a constructor's check of a plain ``str`` looks up."""
