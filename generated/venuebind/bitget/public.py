"""Bitget endpoints of the ``public`` area.

Public endpoints, sent without credentials or signature.

Generated from ``spec/bitget.yaml`` by ``python -m codegen generate``; edit the spec, not this file.
"""

from __future__ import annotations

from collections.abc import Coroutine
from typing import Any, overload

from .._runtime.bitget import AsyncClient, Client
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

    Returns Bitget's current time; public, sent without a signature.

    ``GET /api/v2/public/time``, at most 20 per 1 s per IP.
    The arguments are the fields of `GetServerTimeRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://www.bitget.com/api-doc/common/public/Get-Server-Time
    """
    request = GetServerTimeRequest()
    return client.send(request)
