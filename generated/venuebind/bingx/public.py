"""BingX endpoints of the ``public`` area.

Public endpoints, sent without credentials or signature.

Generated from ``spec/bingx.yaml`` by ``python -m codegen generate``; edit the spec, not this file.
"""

from __future__ import annotations

from collections.abc import Coroutine
from typing import Any, overload

from .._runtime.bingx import AsyncClient, Client
from ._public_models import GetServerTimeRequest, GetServerTimeResponse


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

    Returns BingX's current time in milliseconds; public, sent without a signature or timestamp. The page states
    no rate limit.

    ``GET /openApi/spot/v1/server/time``.
    The arguments are the fields of `GetServerTimeRequest`, checked before anything is sent.
    With an ``AsyncClient``, await the call.
    Venue docs: https://bingx-api.github.io/docs/#/en-us/spot/base-info.html

    Args:
        client: The BingX client that signs and sends the request (``bingx.Client``).

    Returns:
        The venue's answer as a `GetServerTimeResponse`.

    Raises:
        ValidationError: An argument breaks the spec (its message names the argument and the wire field); nothing
            was sent.
        VenueError: The venue refused the request; the subclass says why (``AuthenticationError``,
            ``RateLimitError``, ``InvalidRequestError``, ``NotFoundError``, ``ServerError``, ...).
        TransportError: No answer arrived (after the client's retries, if any).
    """
    request = GetServerTimeRequest()
    return client.send(request)
