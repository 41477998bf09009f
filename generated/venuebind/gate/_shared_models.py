"""Gate: the servers, and the models and enums of more than one area.

Import them from ``models``, which re-exports every module of models; each area's own are in ``_<area>_models``.

Generated from ``spec/gate.yaml`` by ``python -m codegen generate``; edit the spec, not this file.
"""

from __future__ import annotations

import enum
import re
from typing import Literal, TypeAlias

from .._runtime.model import Server

SERVERS = (
    Server(
        environment="live",
        url="https://api.gateio.ws/api/v4",
        headers={},
    ),
    Server(
        environment="testnet",
        url="https://api-testnet.gateapi.io/api/v4",
        headers={},
    ),
)
"""The venue's base URLs, by environment: ``live``, ``testnet``."""

Environment: TypeAlias = Literal["live", "testnet", "paper"]
"""What a ``Client``'s ``environment`` may name: ``live``, ``testnet``, or ``paper`` for ``testnet``."""
_DECIMAL_PATTERN = re.compile(r"^[0-9]+(\.[0-9]+)?$")


class TimeInForce(enum.StrEnum):
    """Time in force: `gtc` (good till cancelled) or `ioc` (immediate or cancel, taker only). `poc` and `fok` are not
    offered for price-triggered orders."""

    GTC = "gtc"
    IOC = "ioc"


_TIME_IN_FORCE_VALUES: dict[str, TimeInForce] = {member.value: member for member in TimeInForce}
"""Each wire value's member: what a constructor's check of a plain ``str`` looks up."""


class PriceOrderListStatus(enum.StrEnum):
    """`open` for running auto orders, `finished` for the ones that ended (their own status is then cancelled,
    finish, failed or expired)."""

    OPEN = "open"
    FINISHED = "finished"


_PRICE_ORDER_LIST_STATUS_VALUES: dict[str, PriceOrderListStatus] = {
    member.value: member for member in PriceOrderListStatus
}
"""Each wire value's member: what a constructor's check of a plain ``str`` looks up."""
