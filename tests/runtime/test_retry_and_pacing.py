"""Which calls are tried again and how long they wait; how requests are paced under the spec's rate limits."""

from __future__ import annotations

import random
from typing import Any

import pytest

from venuebind import RateLimitError, ServerError, TransportError, ValidationError, bitget, gate
from venuebind._runtime.model import Operation, RateLimit
from venuebind._runtime.pacing import Pacer
from venuebind._runtime.retry import DEFAULT_RETRY, RetryPolicy

COMMON: dict[str, Any] = {"venue": "gate", "operation": "list_spot_price_orders"}


def rate_limited(retry_after: float | None = None, reset_at: float | None = None) -> RateLimitError:
    return RateLimitError("slow down", status=429, retry_after=retry_after, reset_at=reset_at, **COMMON)


def test_backoff_is_capped_exponential_with_full_jitter() -> None:
    policy = RetryPolicy(attempts=6, base_delay=0.5, max_delay=3.0)
    error = ServerError("busy", status=503, **COMMON)
    for attempt, cap in [(1, 0.5), (2, 1.0), (3, 2.0), (4, 3.0), (5, 3.0)]:
        delays = [policy.delay(error, attempt, random.Random(seed), now=0) for seed in range(200)]
        assert all(d is not None and 0 <= d <= cap for d in delays)
        assert max(d for d in delays if d is not None) > cap * 0.9, "jitter spans the whole range"
    assert policy.delay(error, 6, random.Random(0), now=0) is None, "no try beyond attempts"


def test_a_rate_limit_waits_at_least_what_the_venue_asked_for() -> None:
    assert DEFAULT_RETRY.delay(rate_limited(retry_after=2.5), 1, random.Random(0), now=0) == 2.5
    assert DEFAULT_RETRY.delay(rate_limited(reset_at=1_000.75), 1, random.Random(0), now=1_000.0) == 0.75
    assert DEFAULT_RETRY.delay(rate_limited(retry_after=60), 1, random.Random(0), now=0) is None, "beyond max_delay"


def test_only_transport_rate_limit_and_server_errors_are_retried() -> None:
    retried = [
        TransportError("reset", may_have_reached=True, **COMMON),
        rate_limited(),
        ServerError("x", status=502, **COMMON),
    ]
    for error in retried:
        assert DEFAULT_RETRY.delay(error, 1, random.Random(0), now=0) is not None
    assert DEFAULT_RETRY.delay(ValidationError("x", "bad"), 1, random.Random(0), now=0) is None


class ScriptedClient(gate.Client):
    """A Gate client whose single sends follow a script of errors, then succeed."""

    def __init__(self, script: list[Exception], **options: Any) -> None:
        self.slept: list[float] = []
        super().__init__(
            gate.Credentials(api_key="k" * 12, secret_key="s"), pacer=None, sleep=self.slept.append, **options
        )
        self.script = script
        self.sends = 0

    def _send_once(self, request: Any, seconds: float) -> Any:
        self.sends += 1
        if self.script:
            raise self.script.pop(0)
        return "answer"


def test_a_read_is_tried_again_until_it_succeeds() -> None:
    client = ScriptedClient([ServerError("x", status=502, **COMMON), rate_limited(retry_after=1.5)])
    assert client.send(gate.models.ListSpotPriceOrdersRequest(status="open")) == "answer"
    assert client.sends == 3
    assert client.slept[1] == 1.5


def test_an_order_is_never_sent_twice() -> None:
    error = TransportError("connection reset", may_have_reached=True, **COMMON)
    client = ScriptedClient([error])
    order = gate.models.CreateSpotPriceOrderRequest(
        market="GT_USDT",
        trigger=gate.models.SpotPriceTrigger(price="1", rule=">=", expiration=60),
        put=gate.models.SpotPricePutOrder(side="buy", price="1", amount="1", account="normal"),
    )
    with pytest.raises(TransportError):
        client.send(order, retry=RetryPolicy(attempts=10))
    assert client.sends == 1 and client.slept == []


def test_cancelling_is_not_retried_either() -> None:
    client = ScriptedClient([ServerError("x", status=503, **COMMON)])
    with pytest.raises(ServerError):
        client.send(gate.models.CancelSpotPriceOrderRequest(order_id="123"))
    assert client.sends == 1


def test_retries_are_configurable_per_client_and_per_call() -> None:
    errors = [ServerError("x", status=500, **COMMON) for _ in range(3)]
    client = ScriptedClient(list(errors), retry=RetryPolicy(attempts=2))
    with pytest.raises(ServerError):
        client.send(gate.models.ListSpotPriceOrdersRequest(status="open"))
    assert client.sends == 2
    client = ScriptedClient(list(errors), retry=RetryPolicy(attempts=2))
    assert client.send(gate.models.ListSpotPriceOrdersRequest(status="open"), retry=RetryPolicy(attempts=5)) == "answer"


def frozen_pacer() -> Pacer:
    """A pacer whose clock stands still: each wait it returns is the delay it reserved from t=0."""
    return Pacer(clock=lambda: 0.0, sleep=lambda seconds: None)


def operation(limit: int, per: int, scope: str) -> Operation:
    return Operation(
        venue="bitget",
        operation_id=f"op_{limit}_{per}_{scope}",
        method="POST",
        path="/x",
        result=object,
        result_shape="model",
        success_status=200,
        rate_limit=RateLimit(limit=limit, per_seconds=per, scope=scope),
        docs_url="",
        servers=(),
    )


def test_a_burst_of_100_at_20_per_second_is_spread_over_windows() -> None:
    pacer = frozen_pacer()
    op = operation(20, 1, "uid")
    waits = [pacer.wait(op, "key") for _ in range(100)]
    send_times = sorted(waits)
    assert waits[:20] == [0.0] * 20, "the first 20 go at once"
    for start in range(len(send_times) - 20):
        assert send_times[start + 20] - send_times[start] >= 1.0, "no 1 s window holds more than 20"
    assert 4.0 <= max(waits) < 4.1


def test_uid_limits_are_per_key_and_ip_limits_per_venue() -> None:
    pacer = frozen_pacer()
    per_uid, per_ip = operation(1, 1, "uid"), operation(1, 1, "ip")
    assert [pacer.wait(per_uid, key) for key in ("a", "b", "a")] == [0.0, 0.0, pytest.approx(1.01)]
    assert [pacer.wait(per_ip, key) for key in ("a", "b")] == [0.0, pytest.approx(1.01)]


def test_clients_pace_by_default_and_can_switch_it_off() -> None:
    assert bitget.Client(bitget.Credentials(api_key="k" * 12, secret_key="s", passphrase="p")).pacer is not None
    credentials = bitget.Credentials(api_key="k" * 12, secret_key="s", passphrase="p")
    assert bitget.Client(credentials, pacer=None).pacer is None


def test_retry_and_pacing_are_public_from_the_package() -> None:
    import venuebind
    from venuebind import DEFAULT_RETRY, NO_RETRY, SHARED_PACER, Pacer
    from venuebind import RetryPolicy as PublicRetryPolicy
    from venuebind._runtime import pacing, retry

    assert (PublicRetryPolicy, NO_RETRY, DEFAULT_RETRY) == (retry.RetryPolicy, retry.NO_RETRY, retry.DEFAULT_RETRY)
    assert (Pacer, SHARED_PACER) == (pacing.Pacer, pacing.SHARED)
    assert {"RetryPolicy", "NO_RETRY", "DEFAULT_RETRY", "Pacer", "SHARED_PACER"} <= set(venuebind.__all__)
    with pytest.raises(AttributeError, match="no attribute 'Retry'"):
        venuebind.Retry  # noqa: B018
