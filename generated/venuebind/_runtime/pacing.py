"""Client-side rate limiting: each operation kept under the spec's ``x-rate-limit`` before the venue has to refuse.

A limit of N per T seconds is kept exactly: no window of T seconds holds more than N sends.  Limits counted per UID
are shared by every client of one API key in the process, limits counted per IP by every client of the venue.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Callable

from .model import Operation

__all__ = ["SHARED", "Pacer"]

MARGIN_SECONDS = 0.01
"""Added to each window, so that the venue's clock and ours need not agree to the millisecond."""


class Pacer:
    """Reserves a send time for each request, keeping every (operation, scope) under its limit; thread-safe.

    ``reserve`` is the one step both clients share: it books the earliest allowed send time and returns at once with
    the seconds to wait for it.  ``Client`` then waits with ``sleep`` (``wait``), ``AsyncClient`` with
    ``asyncio.sleep``, so that the same budgets hold for every client of the process, threads and tasks alike.
    """

    def __init__(
        self, clock: Callable[[], float] = time.monotonic, sleep: Callable[[float], None] = time.sleep
    ) -> None:
        self._clock = clock
        self._sleep = sleep
        self._lock = threading.Lock()
        self._sent: dict[tuple[str, ...], deque[float]] = {}

    def reserve(self, operation: Operation, api_key: str) -> float:
        """Book the next send of ``operation`` under its limit, without waiting; the seconds until that send.

        The caller must wait that long before sending; a booking is never given back.
        """
        limit = operation.rate_limit
        if limit is None:
            return 0.0
        key = (operation.venue, operation.operation_id) + ((api_key,) if limit.scope == "uid" else ())
        window = limit.per_seconds + MARGIN_SECONDS
        with self._lock:
            now = self._clock()
            sent = self._sent.setdefault(key, deque())
            while sent and sent[0] <= now - window:
                sent.popleft()
            at = now if len(sent) < limit.limit else max(now, sent[-limit.limit] + window)
            sent.append(at)
        return at - now

    def wait(self, operation: Operation, api_key: str) -> float:
        """Block (with ``sleep``) until ``operation`` may be sent under its limit; returns the seconds waited."""
        delay = self.reserve(operation, api_key)
        if delay > 0:
            self._sleep(delay)
        return delay


SHARED = Pacer()
"""The pacer every ``Client`` uses unless given its own."""
