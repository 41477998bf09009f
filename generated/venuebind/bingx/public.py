"""BingX endpoints of the ``public`` area.

Public endpoints, sent without credentials or signature.

Generated from ``spec/bingx.yaml`` by ``python -m codegen generate``; edit the spec, not this file.
"""

from __future__ import annotations

from .._runtime.bingx import Client
from .models import (
    GetServerTimeRequest,
    GetServerTimeResponse,
)


def get_server_time(
    client: Client,
) -> GetServerTimeResponse:
    """Get the server time.

    Returns BingX's current time in milliseconds; public, sent without a signature or timestamp. The page states
    no rate limit.

    ``GET /openApi/spot/v1/server/time``.
    The arguments are the fields of `GetServerTimeRequest`, checked before anything is sent.
    Venue docs: https://bingx-api.github.io/docs/#/en-us/spot/base-info.html
    """
    request = GetServerTimeRequest()
    return client.send(request)
