"""Bitget: the models and enums only the ``public`` area uses.

Import them from ``models``, which re-exports every module of models; this one loads with ``public`` alone.

Generated from ``spec/bitget.yaml`` by ``python -m codegen generate``; edit the spec, not this file.
"""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from .._runtime.model import Operation, RateLimit, Request, Response, field_info
from ._shared_models import SERVERS


@attrs.frozen(kw_only=True, repr=False)
class GetServerTimeResponse(Response):
    """Bitget's current time."""

    server_time: int = attrs.field(metadata=field_info("serverTime"))
    """Server time, Unix milliseconds."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, init=False, repr=False)
class GetServerTimeRequest(Request[GetServerTimeResponse]):
    """Get the server time"""

    operation: ClassVar[Operation] = Operation(
        venue="bitget",
        operation_id="get_server_time",
        method="GET",
        path="/api/v2/public/time",
        result=GetServerTimeResponse,
        result_shape="model",
        success_status=200,
        rate_limit=RateLimit(limit=20, per_seconds=1, scope="ip"),
        docs_url="https://www.bitget.com/api-doc/common/public/Get-Server-Time",
        servers=SERVERS,
        signed=False,
    )

    def __init__(
        self,
    ) -> None:
        pass  # nothing to check
