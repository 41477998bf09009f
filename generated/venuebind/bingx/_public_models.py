"""BingX: the models and enums only the ``public`` area uses.

Import them from ``models``, which re-exports every module of models; this one loads with ``public`` alone.

Generated from ``spec/bingx.yaml`` by ``python -m codegen generate``; edit the spec, not this file.
"""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from .._runtime.model import Operation, Request, Response, field_info
from ._shared_models import SERVERS


@attrs.frozen(kw_only=True, repr=False)
class GetServerTimeResponse(Response):
    """BingX's current time."""

    server_time: int = attrs.field(metadata=field_info("serverTime"))
    """Server time, Unix milliseconds."""
    extra: dict[str, Any] = attrs.field(factory=dict)
    """Fields the venue sent that the spec does not list, by wire name."""


@attrs.frozen(kw_only=True, init=False, repr=False)
class GetServerTimeRequest(Request[GetServerTimeResponse]):
    """Get the server time"""

    operation: ClassVar[Operation] = Operation(
        venue="bingx",
        operation_id="get_server_time",
        method="GET",
        path="/openApi/spot/v1/server/time",
        result=GetServerTimeResponse,
        result_shape="model",
        success_status=200,
        rate_limit=None,
        docs_url="https://bingx-api.github.io/docs/#/en-us/spot/base-info.html",
        servers=SERVERS,
        signed=False,
    )

    def __init__(
        self,
    ) -> None:
        pass  # nothing to check
