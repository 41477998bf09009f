"""``RetryPolicy`` at its bounds: which errors are retried, for how many tries, and how long each wait is."""

from __future__ import annotations

import random
from typing import Any

import pytest

from venuebind._runtime.errors import (
    AuthenticationError,
    ClockError,
    InvalidRequestError,
    NotFoundError,
    RateLimitError,
    ResponseError,
    ServerError,
    TransportError,
    ValidationError,
    VenuebindError,
)
from venuebind._runtime.retry import DEFAULT_RETRY, NO_RETRY, RetryPolicy

COMMON: dict[str, Any] = {"venue": "gate", "operation": "list_spot_price_orders"}


class Highest(random.Random):
    """An rng whose jitter is always the top of the range it is asked for (so the cap itself is seen)."""

    def __init__(self) -> None:
        super().__init__(0)
        self.asked: list[tuple[float, float]] = []

    def uniform(self, a: float, b: float) -> float:
        self.asked.append((a, b))
        return b


def limited(retry_after: float | None = None, reset_at: float | None = None) -> RateLimitError:
    return RateLimitError("slow down", status=429, retry_after=retry_after, reset_at=reset_at, **COMMON)


def server() -> ServerError:
    return ServerError("busy", status=503, **COMMON)


def transport() -> TransportError:
    return TransportError("reset", may_have_reached=True, **COMMON)


def test_the_default_policy_is_four_tries_from_a_quarter_second_up_to_eight() -> None:
    rng = Highest()
    waits = [DEFAULT_RETRY.delay(server(), attempt, rng, now=0) for attempt in (1, 2, 3, 4)]
    assert waits == [0.25, 0.5, 1.0, None]
    assert all(low == 0 for low, _ in rng.asked), "full jitter starts at zero"
    assert DEFAULT_RETRY.delay(limited(retry_after=8.0), 1, rng, now=0) == 8.0
    assert DEFAULT_RETRY.delay(limited(retry_after=8.001), 1, rng, now=0) is None


def test_no_retry_tries_once() -> None:
    assert NO_RETRY.attempts == 1
    for error in (server(), transport(), limited(retry_after=0)):
        assert NO_RETRY.delay(error, 1, Highest(), now=0) is None


@pytest.mark.parametrize("attempts", [1, 2, 5])
def test_attempts_counts_every_try_the_first_included(attempts: int) -> None:
    policy = RetryPolicy(attempts=attempts, base_delay=1, max_delay=100)
    for attempt in range(1, attempts):
        assert policy.delay(server(), attempt, Highest(), now=0) is not None
    assert policy.delay(server(), attempts, Highest(), now=0) is None
    assert policy.delay(server(), attempts + 1, Highest(), now=0) is None


@pytest.mark.parametrize(("attempt", "cap"), [(1, 0.5), (2, 1.0), (3, 2.0), (4, 3.0), (5, 3.0)])
def test_backoff_doubles_from_base_delay_up_to_max_delay(attempt: int, cap: float) -> None:
    policy = RetryPolicy(attempts=10, base_delay=0.5, max_delay=3.0)
    rng = Highest()
    for error in (server(), transport(), limited()):
        assert policy.delay(error, attempt, rng, now=0) == cap
    assert rng.asked == [(0, cap)] * 3


def test_jitter_spans_zero_to_the_cap() -> None:
    delays = [RetryPolicy(base_delay=1.0).delay(server(), 1, random.Random(seed), now=0) for seed in range(100)]
    assert all(d is not None and 0 <= d <= 1.0 for d in delays)
    assert min(d for d in delays if d is not None) < 0.1 and max(d for d in delays if d is not None) > 0.9


@pytest.mark.parametrize(
    "error",
    [
        InvalidRequestError("x", status=400, **COMMON),
        AuthenticationError("x", status=401, **COMMON),
        NotFoundError("x", status=404, **COMMON),
        ClockError("x", status=400, **COMMON),
        ResponseError("x", status=200, **COMMON),
        ValidationError("size", "bad"),
        VenuebindError("x"),
    ],
    ids=lambda e: type(e).__name__,
)
def test_errors_a_retry_cannot_help_are_not_retried(error: VenuebindError) -> None:
    assert RetryPolicy(attempts=10).delay(error, 1, Highest(), now=0) is None


@pytest.mark.parametrize("asked", [0.0, 0.1, 5.0, 8.0])
def test_a_rate_limit_waits_what_the_venue_asked_up_to_and_including_max_delay(asked: float) -> None:
    policy = RetryPolicy(base_delay=0.0, max_delay=8.0)
    assert policy.delay(limited(retry_after=asked), 1, Highest(), now=0) == asked


@pytest.mark.parametrize("asked", [8.000001, 60.0, 1e12])
def test_a_rate_limit_longer_than_max_delay_gives_up(asked: float) -> None:
    assert RetryPolicy(max_delay=8.0).delay(limited(retry_after=asked), 1, Highest(), now=0) is None


def test_a_rate_limit_waits_at_least_the_backoff() -> None:
    policy = RetryPolicy(base_delay=2.0, max_delay=8.0)
    assert policy.delay(limited(retry_after=0.5), 1, Highest(), now=0) == 2.0
    assert policy.delay(limited(retry_after=3.0), 1, Highest(), now=0) == 3.0


def test_a_reset_time_is_read_against_now() -> None:
    policy = RetryPolicy(base_delay=0.0, max_delay=8.0)
    assert policy.delay(limited(reset_at=1_000.75), 1, Highest(), now=1_000.0) == 0.75
    assert policy.delay(limited(reset_at=1_008.0), 1, Highest(), now=1_000.0) == 8.0
    assert policy.delay(limited(reset_at=1_008.5), 1, Highest(), now=1_000.0) is None
    assert policy.delay(limited(reset_at=990.0), 1, Highest(), now=1_000.0) == 0.0, "a past reset: no wait"


def test_a_past_reset_time_falls_back_to_the_backoff() -> None:
    policy = RetryPolicy(base_delay=1.0, max_delay=8.0)
    assert policy.delay(limited(reset_at=990.0), 2, Highest(), now=1_000.0) == 2.0


def test_retry_after_wins_over_a_reset_time() -> None:
    policy = RetryPolicy(base_delay=0.0, max_delay=8.0)
    assert policy.delay(limited(retry_after=1.5, reset_at=1_005.0), 1, Highest(), now=1_000.0) == 1.5
    assert policy.delay(limited(retry_after=0.0, reset_at=1_005.0), 1, Highest(), now=1_000.0) == 0.0


def test_a_rate_limit_without_a_hint_backs_off() -> None:
    assert RetryPolicy(base_delay=0.5).delay(limited(), 2, Highest(), now=0) == 1.0


@pytest.mark.parametrize(
    "arguments",
    [{"attempts": 0}, {"attempts": -1}, {"base_delay": -0.001}, {"max_delay": -0.001}, {"max_delay": -8.0}],
)
def test_the_policy_refuses_arguments_that_make_no_sense(arguments: dict[str, Any]) -> None:
    with pytest.raises(ValueError, match=r"^RetryPolicy needs attempts >= 1 and non-negative delays$"):
        RetryPolicy(**arguments)


def test_the_smallest_sensible_policy_is_allowed() -> None:
    policy = RetryPolicy(attempts=1, base_delay=0.0, max_delay=0.0)
    assert (policy.attempts, policy.base_delay, policy.max_delay) == (1, 0.0, 0.0)
    zero_waits = RetryPolicy(attempts=2, base_delay=0.0, max_delay=0.0)
    assert zero_waits.delay(limited(retry_after=0.0), 1, Highest(), now=0) == 0.0
