"""Fault injection: what goes wrong with the next requests a sandbox receives.

``sandbox.inject(fault)`` queues a fault; it applies to the next ``fault.times`` requests (whatever their path),
then the next queued fault takes over. ``sandbox.inject_randomly(rate, faults, seed=...)`` also gives each request
that no queued fault takes, with probability ``rate``, one of ``faults`` (seeded: the same requests in the same order
meet the same faults); ``sandbox.faults_applied`` counts what was applied, by kind.

Each kind says whether the venue processed the request, which is what a test of "may the order have reached the
venue?" needs to know:

==================  =========================  ==============================================================
kind                venue processes request?   what the client sees
==================  =========================  ==============================================================
``respond``         no                         the given status, body and headers (502 HTML page, 429 ...)
``empty_body``      yes                        the venue's status with an empty body
``truncated_body``  yes                        the venue's status with the first half of its JSON body
                                               (a complete HTTP message whose JSON is cut off)
``delay``           yes                        the venue's answer, after ``seconds`` (beyond a read timeout)
``drop_before``     no                         the connection closed after the request headers, no answer
``drop_after``      yes                        the connection closed after the venue processed it, no answer
==================  =========================  ==============================================================
"""

from __future__ import annotations

import enum
import random
import threading
from collections import Counter, deque
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

__all__ = ["Fault", "FaultKind", "FaultQueue"]

_HTML_PAGE = (
    "<html>\r\n<head><title>{status} Bad Gateway</title></head>\r\n<body>\r\n<center><h1>{status} Bad Gateway"
    "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n"
)


class FaultKind(enum.Enum):
    """The kinds of fault; see the module docstring."""

    RESPOND = "respond"
    EMPTY_BODY = "empty_body"
    TRUNCATED_BODY = "truncated_body"
    DELAY = "delay"
    DROP_BEFORE = "drop_before"
    DROP_AFTER = "drop_after"


@dataclass(frozen=True)
class Fault:
    """One fault for the next ``times`` requests; build it with the class methods."""

    kind: FaultKind
    times: int = 1
    status: int = 200
    body: bytes = b""
    content_type: str = "text/plain; charset=utf-8"
    headers: Mapping[str, str] = field(default_factory=dict)
    seconds: float = 0.0

    def __post_init__(self) -> None:
        if self.times < 1:
            raise ValueError("Fault.times must be at least 1")

    @classmethod
    def respond(
        cls,
        status: int,
        body: bytes | str = b"",
        *,
        content_type: str = "text/plain; charset=utf-8",
        headers: Mapping[str, str] | None = None,
        times: int = 1,
    ) -> Fault:
        """Answer ``status`` with ``body`` instead of the venue, which never sees the request."""
        data = body.encode() if isinstance(body, str) else body
        return cls(FaultKind.RESPOND, times, status, data, content_type, dict(headers or {}))

    @classmethod
    def html_page(cls, status: int = 502, *, times: int = 1) -> Fault:
        """A gateway's HTML error page (``502 Bad Gateway`` by default) instead of the venue's JSON."""
        return cls.respond(status, _HTML_PAGE.format(status=status), content_type="text/html", times=times)

    @classmethod
    def rate_limited(cls, retry_after: int = 1, *, body: bytes | str = b"Too many requests", times: int = 1) -> Fault:
        """HTTP 429 with ``Retry-After: <seconds>``."""
        return cls.respond(429, body, headers={"Retry-After": str(retry_after)}, times=times)

    @classmethod
    def empty_body(cls, *, times: int = 1) -> Fault:
        """The venue's answer with its body removed (``Content-Length: 0``)."""
        return cls(FaultKind.EMPTY_BODY, times)

    @classmethod
    def truncated_body(cls, *, times: int = 1) -> Fault:
        """The venue's answer with only the first half of its body."""
        return cls(FaultKind.TRUNCATED_BODY, times)

    @classmethod
    def delay(cls, seconds: float, *, times: int = 1) -> Fault:
        """The venue's answer, sent ``seconds`` late (stopping the sandbox cuts the wait short)."""
        return cls(FaultKind.DELAY, times, seconds=seconds)

    @classmethod
    def drop_before(cls, *, times: int = 1) -> Fault:
        """Close the connection once the request headers are in, before reading the body; nothing is processed."""
        return cls(FaultKind.DROP_BEFORE, times)

    @classmethod
    def drop_after(cls, *, times: int = 1) -> Fault:
        """Process the request (an order is placed), then close the connection without answering."""
        return cls(FaultKind.DROP_AFTER, times)


@dataclass
class _Pending:
    fault: Fault
    left: int


class FaultQueue:
    """Queued faults, used up one request at a time, and optionally random ones; thread-safe."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._queue: deque[_Pending] = deque()
        self._random: tuple[float, Sequence[Fault], random.Random] | None = None
        self.applied: Counter[str] = Counter()
        """How many requests met each kind of fault (``respond`` counted by status, e.g. ``respond 502``)."""

    def randomly(self, rate: float, faults: Sequence[Fault], seed: int) -> None:
        """From now on, give each request no queued fault takes one of ``faults`` with probability ``rate``."""
        if not 0 <= rate <= 1 or not faults:
            raise ValueError("inject_randomly needs 0 <= rate <= 1 and at least one fault")
        with self._lock:
            self._random = (rate, tuple(faults), random.Random(seed))

    def add(self, fault: Fault) -> None:
        with self._lock:
            self._queue.append(_Pending(fault, fault.times))

    def clear(self) -> None:
        """Forget the queued faults and stop the random ones."""
        with self._lock:
            self._queue.clear()
            self._random = None

    def take(self) -> Fault | None:
        """The fault for the request that just arrived, or None."""
        with self._lock:
            fault = self._next()
            if fault is not None:
                kind = fault.kind.value
                self.applied[f"{kind} {fault.status}" if fault.kind is FaultKind.RESPOND else kind] += 1
            return fault

    def _next(self) -> Fault | None:
        if self._queue:
            pending = self._queue[0]
            pending.left -= 1
            if pending.left == 0:
                self._queue.popleft()
            return pending.fault
        if self._random is not None:
            rate, faults, rng = self._random
            if rng.random() < rate:
                return rng.choice(faults)
        return None

    def __len__(self) -> int:
        """How many more requests will meet a fault."""
        with self._lock:
            return sum(pending.left for pending in self._queue)
