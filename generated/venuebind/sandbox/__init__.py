"""Local stand-ins for the venues' REST APIs (Bitget v2, Gate API v4, BingX spot), for tests and demos.

A sandbox serves one venue on ``127.0.0.1`` (never any other address), on a port the OS picks. It checks every
request the way the venue does, with its own code rather than the client's: the venue's signature and timestamp
window, the request shape against the spec's JSON schemas (``request_validator``), duplicate client order IDs. It
answers every operation of the venue's spec in its envelope and error codes, with the spec's response shapes
(``response_validator``); keeps each order through its life (open lists, modification, cancellation, history,
not-found after that), pages lists as the spec's ``x-pagination`` says, answers the public server time from its
``clock``, logs every request, triggers a plan order on demand (``fire``, where the venue module says what that
does), and can be told to misbehave (``Fault``)::

    from venuebind import bitget, sandbox

    with sandbox.start("bitget", api_key="k1234567890", secret_key="s", passphrase="p") as sb:
        client = bitget.Client(bitget.Credentials(api_key="k1234567890", secret_key="s", passphrase="p"),
                               base_url=sb.base_url)
        client.send(bitget.models.PlacePlanOrderRequest(...))
        assert sb.orders[0].client_id == "12345"
        sb.inject(sandbox.Fault.html_page(502))      # the next request gets a 502 HTML page

Each venue module's docstring lists its checks, codes and statuses. Needs the ``sandbox`` extra (jsonschema);
Bitget RSA keys also need ``cryptography``.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from .bingx import Bingx
from .bitget import Bitget
from .faults import Fault, FaultKind
from .gate import Gate
from .schema import request_validator, response_validator
from .server import Keys, Order, OrderBook, RequestRecord, Sandbox, Venue

__all__ = [
    "Fault",
    "FaultKind",
    "Order",
    "RequestRecord",
    "Sandbox",
    "request_validator",
    "response_validator",
    "start",
]

_VENUES: dict[str, Callable[[Keys, OrderBook], Venue]] = {"bitget": Bitget, "gate": Gate, "bingx": Bingx}


def start(
    venue: str,
    *,
    api_key: str,
    secret_key: str,
    passphrase: str | None = None,
    clock: Callable[[], float] = time.time,
    recv_window_ms: int = 5000,
    rsa_public_key: str | None = None,
    enforce_rate_limits: bool = False,
) -> Sandbox:
    """Start a sandbox for ``venue`` (``"bitget"``, ``"gate"`` or ``"bingx"``) that knows one API key.

    - ``passphrase``: required for Bitget, ignored elsewhere.
    - ``clock``: the venue's time in seconds since the epoch; ``sandbox.clock`` can be replaced later to skew it.
    - ``recv_window_ms``: BingX's window when a request sends no ``recvWindow``.
    - ``rsa_public_key``: Bitget only, a PEM public key; requests must then be RSA-signed (``secret_key`` may be
      ``""``), as Bitget's scheme follows the key type.
    - ``enforce_rate_limits``: answer HTTP 429 (in the venue's error shape) to a request over its operation's
      ``x-rate-limit``, counted in fixed windows; off by default, so that tests measure what they mean to.

    The server runs in a daemon thread until ``stop()`` (or the end of a ``with`` block). Its ``base_url`` is what a
    client's ``base_url`` should be: ``http://127.0.0.1:PORT`` (Gate: ``http://127.0.0.1:PORT/api/v4``).
    """
    factory = _VENUES.get(venue)
    if factory is None:
        raise ValueError(f"unknown venue {venue!r}; expected one of {', '.join(_VENUES)}")
    keys = Keys(api_key, secret_key, passphrase, rsa_public_key, recv_window_ms)
    orders = OrderBook()
    return Sandbox(venue, factory(keys, orders), orders, clock=clock, enforce_rate_limits=enforce_rate_limits)
