"""Against a sandbox that enforces the spec's rate limits: a burst is paced, not refused; reads recover from faults."""

from __future__ import annotations

import time

import pytest

from tests.e2e.conftest import CREDENTIALS, client_for, spot_plan_order
from venuebind import RateLimitError, ServerError, bitget, sandbox
from venuebind._runtime.pacing import Pacer
from venuebind._runtime.retry import NO_RETRY, RetryPolicy

BURST = 100
"""Calls to Bitget's spot place-plan-order, limited to 20 per second per UID."""


def test_a_burst_of_100_to_a_20_per_second_endpoint_is_paced_not_refused() -> None:
    with sandbox.start("bitget", **CREDENTIALS["bitget"], enforce_rate_limits=True) as venue:
        with client_for("bitget", venue.base_url, pacer=Pacer()) as client:
            started = time.monotonic()
            for number in range(BURST):
                client.send(spot_plan_order(client_oid=f"burst-{number}"))
            elapsed = time.monotonic() - started
    assert len(venue.orders) == BURST
    assert all(record.status == 200 for record in venue.requests)
    assert elapsed >= (BURST / 20) - 1.5, "the pacer spread the burst over the windows"


def test_without_pacing_the_same_burst_is_refused() -> None:
    with sandbox.start("bitget", **CREDENTIALS["bitget"], enforce_rate_limits=True) as venue:
        with client_for("bitget", venue.base_url, pacer=None) as client:
            with pytest.raises(RateLimitError) as caught:
                for number in range(BURST):
                    client.send(spot_plan_order(client_oid=f"unpaced-{number}"))
    assert caught.value.status == 429 and caught.value.code == "429"
    assert len(venue.orders) < BURST, "the sandbox really enforces the limit"


def test_a_read_retries_through_server_errors_and_rate_limits() -> None:
    with sandbox.start("bitget", **CREDENTIALS["bitget"]) as venue:
        with client_for("bitget", venue.base_url, pacer=None, retry=RetryPolicy(base_delay=0.01)) as client:
            client.send(spot_plan_order())
            venue.inject(sandbox.Fault.html_page(502))
            venue.inject(sandbox.Fault.rate_limited(0))
            venue.inject(sandbox.Fault.drop_before())
            orders = list(bitget.spot_plan.iter_get_current_plan_orders(client, symbol="TRXUSDT"))
            assert [order.client_oid for order in orders] == ["e2e-spot-1"]
            assert [record.status for record in venue.requests[-4:]] == [502, 429, None, 200]

            venue.inject(sandbox.Fault.html_page(503))
            with pytest.raises(ServerError):
                client.send(bitget.models.GetCurrentPlanOrdersRequest(symbol="TRXUSDT"), retry=NO_RETRY)


def test_an_order_meets_a_server_error_once() -> None:
    with sandbox.start("bitget", **CREDENTIALS["bitget"]) as venue:
        with client_for("bitget", venue.base_url, pacer=None, retry=RetryPolicy(attempts=5)) as client:
            venue.inject(sandbox.Fault.html_page(502, times=3))
            with pytest.raises(ServerError):
                client.send(spot_plan_order())
    assert len(venue.requests) == 1, "an order-placing call is never sent again"
