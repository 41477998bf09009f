"""Gate endpoints of the ``public`` area.

Public endpoints, sent without credentials or signature.

Generated from ``spec/gate.yaml`` by ``python -m codegen generate``; edit the spec, not this file.
"""

from __future__ import annotations

from collections.abc import Coroutine
from typing import Any, overload

from .._runtime.gate import AsyncClient, Client
from .models import (
    GetServerTimeRequest,
    GetServerTimeResponse,
)


@overload
def get_server_time(
    client: Client,
) -> GetServerTimeResponse: ...
@overload
def get_server_time(
    client: AsyncClient,
) -> Coroutine[Any, Any, GetServerTimeResponse]: ...
def get_server_time(
    client: Client | AsyncClient,
) -> GetServerTimeResponse | Coroutine[Any, Any, GetServerTimeResponse]:
    """Get the server time.

    Returns Gate's current time in milliseconds; public, sent without a signature. The section states no rate
    limit.

    ``GET /spot/time``.
    The arguments are the fields of `GetServerTimeRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://www.gate.io/docs/developers/apiv4/en/#get-server-current-time
    """
    request = GetServerTimeRequest()
    return client.send(request)
