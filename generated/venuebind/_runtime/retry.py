"""When a read is tried again, and how long to wait first."""

from __future__ import annotations

from typing import TYPE_CHECKING

import attrs

from .errors import RateLimitError, ServerError, TransportError, VenuebindError

if TYPE_CHECKING:
    import random

__all__ = ["DEFAULT_RETRY", "NO_RETRY", "RetryPolicy"]


@attrs.frozen
class RetryPolicy:
    """Capped exponential backoff with full jitter, for idempotent reads (GET) only.

    A read is tried again after a connection error or timeout (``TransportError``), a rate limit (``RateLimitError``,
    waiting at least what the venue asked for) or a server error (``ServerError``), at most ``attempts`` times in
    all.  Calls that place, change or cancel orders are never tried again, whatever the policy says: a lost answer
    there is for the caller to resolve by client id.
    """

    attempts: int = 4
    """Tries in all, the first included; 1 means no retry."""
    base_delay: float = 0.25
    """Seconds before the first retry, doubled for each one after it (before jitter)."""
    max_delay: float = 8.0
    """No wait is longer than this, even when the venue asks for more: then the error is raised instead."""

    def __attrs_post_init__(self) -> None:
        if self.attempts < 1 or self.base_delay < 0 or self.max_delay < 0:
            raise ValueError("RetryPolicy needs attempts >= 1 and non-negative delays")

    def delay(self, error: VenuebindError, attempt: int, rng: random.Random, now: float) -> float | None:
        """Seconds to wait before try ``attempt + 1`` after ``error`` on try ``attempt``; None to give up.

        ``now`` is the Unix time, against which a rate limit's ``reset_at`` is read.
        """
        if attempt >= self.attempts or not isinstance(error, (TransportError, RateLimitError, ServerError)):
            return None
        backoff = rng.uniform(0, min(self.max_delay, self.base_delay * 2 ** (attempt - 1)))
        if isinstance(error, RateLimitError):
            asked = error.retry_after
            if asked is None and error.reset_at is not None:
                asked = max(0.0, error.reset_at - now)
            if asked is not None:
                return max(asked, backoff) if asked <= self.max_delay else None
        return backoff


DEFAULT_RETRY = RetryPolicy()
"""Up to 4 tries, waits of at most 0.25, 0.5 and 1 s (jittered) or what the venue asks for, up to 8 s."""

NO_RETRY = RetryPolicy(attempts=1)
"""Try once; the error goes straight to the caller."""
