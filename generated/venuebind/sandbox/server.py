"""HTTP plumbing of the sandbox venues: a loopback HTTP/1.1 server on an asyncio event loop in a thread of its own,
routing by method and path from the spec's ``paths``, the order book, the request log and fault injection.

What a request means (signature, parameters, answer) is decided by the venue modules; each implements ``Venue``.
"""

from __future__ import annotations

import asyncio
import bisect
import json
import logging
import re
import socket
import threading
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import InitVar, dataclass, field, replace
from decimal import Decimal
from email.utils import formatdate
from http import HTTPStatus
from typing import Any, Protocol, cast
from urllib.parse import parse_qsl, urlsplit

from .faults import Fault, FaultKind, FaultQueue
from .schema import load_spec

__all__ = [
    "LOOPBACK",
    "Incoming",
    "Keys",
    "Order",
    "OrderBook",
    "RateWindow",
    "Rejected",
    "Reply",
    "RequestRecord",
    "Route",
    "Routes",
    "Sandbox",
    "Venue",
    "encode_json",
    "json_reply",
    "query_pairs",
]

LOOPBACK = "127.0.0.1"
"""The only address a sandbox ever binds."""

MAX_BODY = 1 << 20
"""Request bodies above 1 MiB are refused with 413."""
MAX_HEAD = 64 * 1024
"""A request line and headers above 64 KiB are refused with 431."""
IDLE_TIMEOUT = 10.0
"""Seconds an idle or stalled connection is kept."""

log = logging.getLogger("venuebind.sandbox")


# --------------------------------------------------------------------------------------------------------------------
# Values passed between the server and the venues


@dataclass(frozen=True)
class Keys:
    """The one API key a sandbox venue knows. ``repr`` never shows the secrets."""

    api_key: str
    secret_key: str = field(repr=False)
    passphrase: str | None = field(default=None, repr=False)
    rsa_public_key: str | None = field(default=None, repr=False)
    """Bitget only: a PEM public key; when set, ``ACCESS-SIGN`` is checked as RSA-SHA256 instead of HMAC."""
    recv_window_ms: int = 5000
    """BingX only: the window when a request sends no ``recvWindow``."""


@dataclass(frozen=True)
class Incoming:
    """A request as received: raw path and query (not decoded), headers in order, body bytes."""

    method: str
    path: str
    query: str
    headers: tuple[tuple[str, str], ...]
    body: bytes

    lowered: InitVar[dict[str, str] | None] = None
    """The first value of each header by its name in lower case, when the server has it already."""
    _first: dict[str, str] = field(init=False, repr=False, compare=False)

    def __post_init__(self, lowered: dict[str, str] | None) -> None:
        if lowered is None:
            lowered = {}
            for key, value in self.headers:
                lowered.setdefault(key.lower(), value)
        object.__setattr__(self, "_first", lowered)

    def header(self, name: str) -> str | None:
        """The first header called ``name`` (case-insensitive), or None."""
        return self._first.get(name.lower())


@dataclass(frozen=True)
class Reply:
    """An answer; ``outcome`` is ``"accepted"`` or the venue's error code or label, for the request log."""

    status: int
    body: bytes
    outcome: str
    headers: Mapping[str, str] = field(default_factory=dict)
    content_type: str = "application/json"


class Rejected(Exception):
    """Raised inside a venue to answer with its error: HTTP ``status``, venue ``code`` (or label) and message."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(f"{status} {code} {message}")
        self.status = status
        self.code = code
        self.message = message


@dataclass(frozen=True)
class Route:
    """The spec operation a request maps to."""

    operation_id: str
    method: str
    template: str
    """The spec path with the server's base path in front (``/api/v4/spot/price_orders``)."""
    path_params: Mapping[str, str]
    operation: Mapping[str, Any] = field(repr=False)
    """The spec's operation object (``x-rate-limit``, ``requestBody``, ...)."""


class Routes:
    """Method + path → operation, from the spec's ``paths`` (``{name}`` segments match one path segment)."""

    def __init__(self, spec: Mapping[str, Any], base_path: str) -> None:
        self._table: list[tuple[str, re.Pattern[str], str, Mapping[str, Any]]] = []
        for path, item in spec["paths"].items():
            template = base_path + path
            pattern = re.compile("^" + re.sub(r"\\\{(\w+)\\\}", r"(?P<\1>[^/]+)", re.escape(template)) + "$")
            for method, operation in item.items():
                if isinstance(operation, dict) and "operationId" in operation:
                    self._table.append((method.upper(), pattern, template, operation))

    def match(self, method: str, path: str) -> Route | None:
        for route_method, pattern, template, operation in self._table:
            found = pattern.match(path)
            if found and route_method == method:
                return Route(operation["operationId"], method, template, found.groupdict(), operation)
        return None


def query_pairs(raw: str) -> list[tuple[str, str]]:
    """``k=v&k=v`` decoded (``%xx`` and ``+``), in received order, empty values kept."""
    if "%" in raw or "+" in raw:
        return parse_qsl(raw, keep_blank_values=True)
    # nothing to decode (most queries): parse_qsl's split, without its unquoting of every name and value
    return [(name, value) for name, _, value in (field.partition("=") for field in raw.split("&") if field)]


def encode_json(value: Any) -> bytes:
    """Compact JSON where a ``Decimal`` is written as a plain-notation JSON number, never through a float."""
    try:
        # The C encoder, for the common answer without a Decimal (the Decimal refuses it: see _no_decimal).
        return _FAST_ENCODER.encode(value).encode()
    except _HasDecimal:
        return _json_text(value).encode()


class _HasDecimal(Exception):
    """Raised by the fast encoder at the first ``Decimal``, which it cannot write as a number."""


def _no_decimal(value: Any) -> Any:
    if isinstance(value, Decimal):
        raise _HasDecimal
    if isinstance(value, Mapping):
        return dict(value)
    raise TypeError(f"{type(value).__name__} is not JSON serializable")


_FAST_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"), default=_no_decimal)
_encode_string = json.encoder.encode_basestring
"""A JSON string literal, non-ASCII kept (what ``ensure_ascii=False`` writes)."""


def _json_text(value: Any) -> str:
    kind = type(value)
    if kind is str:
        return _encode_string(value)
    if kind is Decimal:
        return format(value, "f")
    if kind is int:  # not a bool: its type is bool
        return str(value)
    if kind is dict or isinstance(value, Mapping):
        return "{" + ",".join([_encode_string(str(k)) + ":" + _json_text(v) for k, v in value.items()]) + "}"
    if kind is list or kind is tuple:
        return "[" + ",".join([_json_text(item) for item in value]) + "]"
    return _FAST_ENCODER.encode(value)


def json_reply(status: int, document: Any, outcome: str, headers: Mapping[str, str] | None = None) -> Reply:
    """A JSON answer."""
    return Reply(status, encode_json(document), outcome, dict(headers or {}))


# --------------------------------------------------------------------------------------------------------------------
# Orders


@dataclass(frozen=True)
class Order:
    """An order a sandbox venue accepted, as it stands now (a modification or a cancellation replaces it)."""

    venue: str
    operation_id: str
    """The operation that placed it."""
    id: str
    """The venue's order ID (a numeric string above 2**53); for a BingX OCO list, the list's own ID."""
    client_id: str | None
    """The client's ID (Bitget ``clientOid``, generated when absent; BingX ``listClientOrderId``)."""
    params: Mapping[str, Any]
    """The parsed JSON body or query parameters (a batch entry also carries the batch's ``symbol``), with the
    changes of later modifications applied."""
    result: Any = None
    """What the venue answered when it placed this order."""
    family: str = ""
    """The venue's list it belongs to (``spot_plan``, ``mix_plan``, ``isolated``, ``price``, ``oco``)."""
    status: str = ""
    """The venue's word for its state (``live``, ``open``, ``NEW``, ``cancelled``, ``CANCELED``, ...)."""
    open: bool = True
    """Whether it is still working; a finished order (cancelled) can no longer be modified or cancelled."""
    created_ms: int = 0
    """Sandbox clock at placement, Unix milliseconds."""
    updated_ms: int = 0
    """Sandbox clock at the last change, Unix milliseconds."""
    keys: tuple[str, ...] = ()
    """Other names that find it with ``OrderBook.find`` (client IDs, leg IDs), each prefixed by the venue module."""


class OrderBook:
    """The orders of one sandbox, the client IDs already used, and the ID counter; thread-safe.

    Orders are kept by ID and, per ``(family, open)``, as a sorted list of IDs, so that a page of the newest orders
    below a cursor costs a bisection and the page itself, not a scan of every order.
    """

    FIRST_ID = 1_234_567_890_123_456_789
    """IDs count up from here: 19 digits, above 2**53, so a float round trip would change them."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._orders: dict[int, Order] = {}
        self._keys: dict[str, int] = {}
        self._shelves: dict[tuple[str, bool], list[int]] = {}
        self._client_ids: set[str] = set()
        self._next = self.FIRST_ID

    def new_id(self) -> str:
        with self._lock:
            self._next += 1
            return str(self._next)

    def claim(self, *client_ids: str) -> bool:
        """Reserve client IDs, all or none; False when one was used before (or is repeated here)."""
        with self._lock:
            if len(set(client_ids)) < len(client_ids) or self._client_ids.intersection(client_ids):
                return False
            self._client_ids.update(client_ids)
            return True

    def add(self, order: Order) -> None:
        """Keep ``order`` (its ``id`` from ``new_id``)."""
        number = int(order.id)
        with self._lock:
            self._orders[number] = order
            self._keys.update(dict.fromkeys(order.keys, number))
            bisect.insort(self._shelves.setdefault((order.family, order.open), []), number)

    def get(self, order_id: str) -> Order | None:
        """The order with this ID, or None (also for text that is not an ID)."""
        if not (order_id.isascii() and order_id.isdigit()):
            return None
        with self._lock:
            return self._orders.get(int(order_id))

    def find(self, key: str) -> Order | None:
        """The order that lists ``key`` in its ``keys``, or None."""
        with self._lock:
            number = self._keys.get(key)
            return None if number is None else self._orders[number]

    def update(self, order_id: str, change: Callable[[Order], Order]) -> Order | None:
        """Replace the order by ``change(order)`` if it is open, atomically; the new order, or None when the order
        is unknown or finished (so of two concurrent cancellations, exactly one succeeds)."""
        number = int(order_id)
        with self._lock:
            old = self._orders.get(number)
            if old is None or not old.open:
                return None
            new = change(old)
            self._orders[number] = new
            if new.open != old.open or new.family != old.family:
                self._shelves[(old.family, old.open)].remove(number)
                bisect.insort(self._shelves.setdefault((new.family, new.open), []), number)
            return new

    def newest(
        self,
        family: str,
        *,
        open: bool,
        count: int | None = None,
        below: int | None = None,
        where: Callable[[Order], bool] | None = None,
    ) -> list[Order]:
        """The orders of ``family`` that are open (or finished), newest (highest ID) first: at most ``count`` (all
        when None), only IDs below ``below`` when given, only those ``where`` accepts when given."""
        found: list[Order] = []
        with self._lock:
            numbers = self._shelves.get((family, open), [])
            end = len(numbers) if below is None else bisect.bisect_left(numbers, below)
            for index in range(end - 1, -1, -1):
                if count is not None and len(found) >= count:
                    break
                order = self._orders[numbers[index]]
                if where is None or where(order):
                    found.append(order)
        return found

    def snapshot(self) -> list[Order]:
        """Every order, in the order they were added."""
        with self._lock:
            return list(self._orders.values())


# --------------------------------------------------------------------------------------------------------------------
# The request log


@dataclass(frozen=True)
class RequestRecord:
    """One received request and what became of it; signatures, passphrases and most of the key are redacted."""

    method: str
    path: str
    query: str
    headers: Mapping[str, str]
    body: bytes
    status: int | None
    """The HTTP status sent, or None when the connection was dropped."""
    outcome: str
    """``"accepted"``, the venue's error code or label, or ``"not processed"`` (a fault answered instead)."""
    fault: str | None = None
    """The kind of injected fault, if one applied."""


_SECRET_HEADERS = frozenset({"access-sign", "access-passphrase", "sign"})
_KEY_HEADERS = frozenset({"access-key", "key", "x-bx-apikey"})
_SIGNATURE_PARAM = re.compile(r"(^|&)(signature=)[^&]*")


def _redact_headers(headers: tuple[tuple[str, str], ...]) -> dict[str, str]:
    shown: dict[str, str] = {}
    for name, value in headers:
        lowered = name.lower()
        if lowered in _SECRET_HEADERS:
            value = "***"
        elif lowered in _KEY_HEADERS:
            value = value[:4] + "…" if len(value) > 8 else "…"
        shown[name] = value
    return shown


def _redact_query(query: str) -> str:
    return _SIGNATURE_PARAM.sub(r"\1\2***", query)


# --------------------------------------------------------------------------------------------------------------------
# The server


class Venue(Protocol):
    """What a venue module provides: the answer to one request (``route`` is None for an unknown path)."""

    def answer(self, request: Incoming, route: Route | None, now: float) -> Reply: ...

    def too_many_requests(self, now: float) -> Reply:
        """HTTP 429 in the venue's error shape (``start(..., enforce_rate_limits=True)``)."""
        ...


class RateWindow:
    """Requests counted in fixed windows of ``per`` seconds; thread-safe."""

    def __init__(self, limit: int, per: int) -> None:
        self.limit = limit
        self.per = per
        self._lock = threading.Lock()
        self._window = -1
        self._count = 0

    @classmethod
    def from_spec(cls, rate: Mapping[str, Any] | None, default: tuple[int, int]) -> RateWindow:
        """The window of an operation's ``x-rate-limit``, or ``default`` (limit, seconds) when it has none."""
        if not rate:
            return cls(*default)
        return cls(int(rate["limit"]), int(str(rate["per"]).rstrip("s")))

    def hit(self, now: float) -> tuple[int, int, bool]:
        """Count one request: the requests left in this window, the reset time in Unix seconds (the window's end
        once it is used up, the current time before that, as Gate describes the header), and whether this request
        is over the limit."""
        window = int(now // self.per)
        with self._lock:
            if window != self._window:
                self._window, self._count = window, 0
            self._count += 1
            remain = max(0, self.limit - self._count)
            over = self._count > self.limit
        return remain, (window + 1) * self.per if remain == 0 else int(now), over


class Sandbox:
    """A running sandbox venue on ``127.0.0.1``; use it as a context manager, or call ``stop()``.

    ``clock`` (seconds since the epoch) is what the venue believes the time is; assign a new callable to skew it.
    """

    def __init__(
        self,
        venue: str,
        app: Venue,
        orders: OrderBook,
        *,
        clock: Callable[[], float],
        enforce_rate_limits: bool = False,
    ) -> None:
        self.venue = venue
        self._enforce_rate_limits = enforce_rate_limits
        self._rate_windows: dict[str, RateWindow] = {}
        self._rate_lock = threading.Lock()
        self.clock = clock
        self._app = app
        self._orders = orders
        self._faults = FaultQueue()
        self._log: list[RequestRecord] = []
        self._log_lock = threading.Lock()
        self._stopping = threading.Event()
        spec = load_spec(venue)
        base_path = urlsplit(spec["servers"][0]["url"]).path.rstrip("/")
        self._routes = Routes(spec, base_path)
        self._server = _Server(self)
        self.address: tuple[str, int] = (LOOPBACK, self._server.port)
        self.base_url = f"http://{LOOPBACK}:{self.address[1]}{base_path}"
        self._thread = threading.Thread(
            target=self._server.serve, name=f"venuebind-sandbox-{venue}-{self.address[1]}", daemon=True
        )
        self._thread.start()

    def __repr__(self) -> str:
        return f"Sandbox(venue={self.venue!r}, base_url={self.base_url!r})"

    @property
    def orders(self) -> list[Order]:
        """The accepted orders as they stand now (modified, cancelled), oldest first (a copy)."""
        return self._orders.snapshot()

    @property
    def requests(self) -> list[RequestRecord]:
        """Every request received, oldest first (a copy)."""
        with self._log_lock:
            return list(self._log)

    def fire(self, order_id: str) -> None:
        """Trigger the open plan order ``order_id`` now, as if the market had reached its trigger price; what that
        does is the venue module's (Bitget: spot plan orders and futures trigger orders place their order, listed by
        plan-sub-order). ``ValueError`` when the venue triggers no orders or has no such open plan order."""
        fire = getattr(self._app, "fire", None)
        if fire is None:
            raise ValueError(f"the {self.venue} sandbox does not trigger orders")
        fire(order_id, self.clock())

    def inject(self, fault: Fault) -> None:
        """Apply ``fault`` to the next ``fault.times`` requests (after any faults already queued)."""
        self._faults.add(fault)

    def inject_randomly(self, rate: float, faults: Sequence[Fault], *, seed: int) -> None:
        """Give each request that no queued fault takes one of ``faults`` with probability ``rate`` (seeded)."""
        self._faults.randomly(rate, faults, seed)

    @property
    def faults_applied(self) -> dict[str, int]:
        """How many requests met each kind of fault so far."""
        return dict(self._faults.applied)

    def clear_faults(self) -> None:
        """Forget the queued faults and stop the random ones."""
        self._faults.clear()

    @property
    def connections_accepted(self) -> int:
        """How many TCP connections clients have opened so far."""
        with self._server.connections_lock:
            return self._server.connections_accepted

    @property
    def pending_faults(self) -> int:
        """How many more requests will meet an injected fault."""
        return len(self._faults)

    def stop(self) -> None:
        """Stop serving, cut short any injected delay and close open connections; safe to call twice."""
        if self._stopping.is_set():
            return
        self._stopping.set()
        self._server.stop()
        self._thread.join(timeout=5)

    def __enter__(self) -> Sandbox:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    # Used by the request handler ------------------------------------------------------------------------------------

    def _answer(self, request: Incoming) -> Reply:
        route = self._routes.match(request.method, request.path)
        if self._enforce_rate_limits and route is not None and self._over_limit(route):
            return self._app.too_many_requests(self.clock())
        try:
            return self._app.answer(request, route, self.clock())
        except Exception:
            log.exception("sandbox %s failed on %s %s", self.venue, request.method, request.path)
            return Reply(500, b"sandbox error", "sandbox error", content_type="text/plain")

    def _over_limit(self, route: Route) -> bool:
        """Whether this request breaks its operation's ``x-rate-limit``, counted in fixed windows like a venue."""
        limit = route.operation.get("x-rate-limit")
        if not limit:
            return False
        with self._rate_lock:
            window = self._rate_windows.get(route.operation_id)
            if window is None:
                window = self._rate_windows[route.operation_id] = RateWindow.from_spec(limit, (0, 1))
        return window.hit(self.clock())[2]

    def _record(self, request: Incoming, status: int | None, outcome: str, fault: Fault | None) -> None:
        record = RequestRecord(
            method=request.method,
            path=request.path,
            query=_redact_query(request.query),
            headers=_redact_headers(request.headers),
            body=request.body,
            status=status,
            outcome=outcome,
            fault=fault.kind.value if fault else None,
        )
        with self._log_lock:
            self._log.append(record)


class _Server:
    """The HTTP/1.1 server: an asyncio event loop in the sandbox's thread, listening on 127.0.0.1 (port chosen by the
    OS), each connection a ``_Connection``.  Requests are answered in the loop, one at a time per connection."""

    def __init__(self, sandbox: Sandbox) -> None:
        self.sandbox = sandbox
        self.connections: set[_Connection] = set()
        """Open connections; used in the loop's thread only."""
        self.connections_accepted = 0
        self.connections_lock = threading.Lock()
        self.loop = asyncio.new_event_loop()
        # Listening before the thread starts: a client may connect as soon as the sandbox is made.  The backlog:
        # 5 would drop connections that tests open in parallel (a 1 s SYN retry each).
        self._listener = socket.create_server((LOOPBACK, 0), backlog=128)
        self.port: int = self._listener.getsockname()[1]

    def serve(self) -> None:
        """Run the loop until ``stop``; then close the port and every connection."""
        loop = self.loop
        asyncio.set_event_loop(loop)
        starting = loop.create_task(loop.create_server(lambda: _Connection(self), sock=self._listener))
        try:
            loop.run_forever()
        finally:
            for connection in list(self.connections):
                connection.drop()
            if starting.done() and not starting.cancelled():
                server = starting.result()
                server.close()
                loop.run_until_complete(server.wait_closed())
            else:  # stopped before it started serving
                starting.cancel()
                self._listener.close()
            loop.run_until_complete(asyncio.sleep(0))  # the aborted connections' callbacks
            loop.close()

    def stop(self) -> None:
        """Stop serving (from any thread): the port and open connections are closed, injected delays cut short."""
        try:
            self.loop.call_soon_threadsafe(self.loop.stop)
        except RuntimeError:  # the loop is closed already
            pass


_PHRASES = {status.value: status.phrase for status in HTTPStatus}
_METHODS = frozenset({"GET", "POST", "PUT", "DELETE", "PATCH"})


class _Connection(asyncio.Protocol):
    """One client connection: reads each request (head, then a body of its Content-Length), applies a queued fault,
    asks the venue, writes the answer; HTTP/1.1 keep-alive, closed after ``IDLE_TIMEOUT`` idle or stalled."""

    def __init__(self, server: _Server) -> None:
        self.server = server
        self.sandbox = server.sandbox
        self.loop = server.loop
        self.transport: asyncio.Transport | None = None
        self.buffer = bytearray()
        self.busy = False
        """An answer is delayed (a ``delay`` fault): later bytes wait."""
        self.last_seen = 0.0
        self.idle: asyncio.TimerHandle | None = None

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        self.transport = cast(asyncio.Transport, transport)  # a stream transport; uvloop's are no asyncio.Transport
        self.server.connections.add(self)
        with self.server.connections_lock:
            self.server.connections_accepted += 1
        self.last_seen = self.loop.time()
        self.idle = self.loop.call_at(self.last_seen + IDLE_TIMEOUT, self._check_idle)

    def connection_lost(self, exc: Exception | None) -> None:
        self.server.connections.discard(self)
        if self.idle is not None:
            self.idle.cancel()
        self.transport = None

    def data_received(self, data: bytes) -> None:
        self.last_seen = self.loop.time()
        self.buffer += data
        self._serve()

    def drop(self) -> None:
        """Close the connection at once, no answer."""
        if self.transport is not None:
            self.transport.abort()

    def _check_idle(self) -> None:
        if self.transport is None:
            return
        due = self.last_seen + IDLE_TIMEOUT
        if self.busy or self.loop.time() < due:
            self.idle = self.loop.call_at(max(due, self.loop.time() + 0.5), self._check_idle)
            return
        self.transport.close()

    def _serve(self) -> None:
        """Answer each complete request in the buffer, in order."""
        while not self.busy and self.transport is not None:
            end = self.buffer.find(b"\r\n\r\n")
            if end < 0:
                if len(self.buffer) > MAX_HEAD:
                    self._refuse(431, b"Request Header Fields Too Large")
                return
            parsed = _parse_head(bytes(self.buffer[:end]).decode("latin-1"))
            if parsed is None:
                self._refuse(400, b"Bad Request")
                return
            method, target, version, headers, first = parsed
            length, problem = _body_length(first)
            if problem is None and len(self.buffer) < end + 4 + length:
                return  # the body is still on its way
            if problem is None:
                body = bytes(self.buffer[end + 4 : end + 4 + length])
                del self.buffer[: end + 4 + length]
            else:  # the rest of the connection cannot be read as requests
                body = b""
                self.buffer.clear()
            keep_alive = problem is None and _keep_alive(version, first)
            self._answer(method, target, headers, first, body, problem, keep_alive)

    def _answer(
        self,
        method: str,
        target: str,
        headers: tuple[tuple[str, str], ...],
        first: dict[str, str],
        body: bytes,
        problem: Reply | None,
        keep_alive: bool,
    ) -> None:
        sandbox = self.sandbox
        fault = sandbox._faults.take()
        path, _, query = target.partition("?")
        if fault and fault.kind is FaultKind.DROP_BEFORE:
            sandbox._record(Incoming(method, path, query, headers, b"", first), None, "not processed", fault)
            self.drop()
            return
        request = Incoming(method, path, query, headers, body, first)
        if problem is not None:
            reply = problem
        elif method not in _METHODS:  # answered, and the connection closed, as for a head it cannot read
            reply = Reply(501, b"Unsupported method", "not processed", content_type="text/plain")
            keep_alive = False
        elif fault and fault.kind is FaultKind.RESPOND:
            reply = Reply(fault.status, fault.body, "not processed", fault.headers, fault.content_type)
        else:
            reply = sandbox._answer(request)
        if fault and fault.kind is FaultKind.DROP_AFTER:
            sandbox._record(request, None, reply.outcome, fault)
            self.drop()
            return
        if fault and fault.kind is FaultKind.EMPTY_BODY:
            reply = replace(reply, body=b"")
        elif fault and fault.kind is FaultKind.TRUNCATED_BODY:
            reply = replace(reply, body=reply.body[: len(reply.body) // 2])
        sandbox._record(request, reply.status, reply.outcome, fault)
        log.debug("%s %s %s -> %s", sandbox.venue, method, path, reply.status)
        if fault and fault.kind is FaultKind.DELAY:
            self.busy = True
            self.loop.call_later(fault.seconds, self._send_late, reply, keep_alive)
            return
        self._send(reply, keep_alive)

    def _send_late(self, reply: Reply, keep_alive: bool) -> None:
        self.busy = False
        self.last_seen = self.loop.time()
        self._send(reply, keep_alive)
        self._serve()

    def _send(self, reply: Reply, keep_alive: bool) -> None:
        if self.transport is None:
            return
        lines = [
            f"HTTP/1.1 {reply.status} {_PHRASES.get(reply.status, '')}\r\n"
            f"Server: venuebind-sandbox\r\nDate: {_date()}\r\n"
            f"Content-Type: {reply.content_type}\r\nContent-Length: {len(reply.body)}\r\n"
        ]
        lines.extend(f"{name}: {value}\r\n" for name, value in reply.headers.items())
        if not keep_alive:
            lines.append("Connection: close\r\n")
        lines.append("\r\n")
        self.transport.write("".join(lines).encode("latin-1") + reply.body)
        if not keep_alive:
            self.transport.close()

    def _refuse(self, status: int, message: bytes) -> None:
        """Answer a request whose head cannot be read (not logged: it has no method or path), and close."""
        self.buffer.clear()
        self._send(Reply(status, message, "not processed", content_type="text/plain"), keep_alive=False)


def _parse_head(head: str) -> tuple[str, str, str, tuple[tuple[str, str], ...], dict[str, str]] | None:
    """Method, target, version and headers (names as sent, values stripped) of a request head, and the first value of
    each header by its name in lower case; None if malformed."""
    lines = head.split("\r\n")
    parts = lines[0].split(" ")
    if len(parts) != 3 or not parts[2].startswith("HTTP/1."):
        return None
    headers = []
    first: dict[str, str] = {}
    for line in lines[1:]:
        name, colon, value = line.partition(":")
        if not colon or not name or name != name.strip():
            return None
        value = value.strip()
        headers.append((name, value))
        first.setdefault(name.lower(), value)
    return parts[0], parts[1], parts[2], tuple(headers), first


def _body_length(first: Mapping[str, str]) -> tuple[int, Reply | None]:
    """The body's length by its Content-Length, or a plain-text refusal for a body the sandbox does not read."""
    if "chunked" in first.get("transfer-encoding", "").lower():
        return 0, Reply(411, b"Length Required", "not processed", content_type="text/plain")
    value = first.get("content-length", "0")
    length = int(value) if value.isascii() and value.isdigit() else -1
    if not 0 <= length <= MAX_BODY:
        return 0, Reply(413, b"Bad Content-Length", "not processed", content_type="text/plain")
    return length, None


def _keep_alive(version: str, first: Mapping[str, str]) -> bool:
    """Whether the client asks to keep the connection (HTTP/1.1 unless ``Connection: close``; 1.0 if it asks)."""
    connection = first.get("connection", "").lower()
    return "keep-alive" in connection if version == "HTTP/1.0" else "close" not in connection


_date_made: tuple[int, str] = (0, "")


def _date() -> str:
    """The Date header's value, made once a second."""
    global _date_made
    now = int(time.time())
    if _date_made[0] != now:
        _date_made = (now, formatdate(now, usegmt=True))
    return _date_made[1]
