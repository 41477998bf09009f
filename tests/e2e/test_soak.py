"""Soak: 5,000 orders through one Client while the sandbox injects a random fault into 10 % of requests (seeded).

Every order the venue recorded is known to the client, as a success or as an ambiguous failure that its client id
resolves; no order is recorded twice; nothing but the documented error classes is raised (any other exception fails
the test as it is). The figures are printed even when pytest captures output.
"""

from __future__ import annotations

from collections import Counter

import pytest
import urllib3

from tests.e2e.conftest import CREDENTIALS, client_for, trailing_stop
from venuebind import ResponseError, ServerError, TransportError, VenueError, bitget, sandbox

ORDERS = 5_000
FAULT_RATE = 0.10
SEED = 20261122
FAULTS = [
    sandbox.Fault.html_page(502),
    sandbox.Fault.respond(503, "Service Unavailable"),
    sandbox.Fault.rate_limited(1),
    sandbox.Fault.empty_body(),
    sandbox.Fault.truncated_body(),
    sandbox.Fault.drop_before(),
    sandbox.Fault.drop_after(),
    sandbox.Fault.delay(0.5),
]
AMBIGUOUS = (TransportError, ServerError, ResponseError)
"""The answer was lost or unreadable: the order may be on the venue, and only its client id can tell."""


def test_soak_five_thousand_orders_with_faults(capsys: pytest.CaptureFixture[str]) -> None:
    outcomes: dict[str, str] = {}
    raised: Counter[str] = Counter()
    with sandbox.start("bitget", **CREDENTIALS["bitget"]) as venue:
        venue.inject_randomly(FAULT_RATE, FAULTS, seed=SEED)
        timeout = urllib3.Timeout(connect=1.0, read=0.25)
        with client_for("bitget", venue.base_url, pacer=None, timeout=timeout) as client:
            for number in range(ORDERS):
                client_oid = f"soak-{number}"
                try:
                    placed = client.send(trailing_stop(client_oid=client_oid, size=f"0.{number + 1:05d}"))
                except AMBIGUOUS as error:
                    outcomes[client_oid] = "ambiguous"
                    raised[type(error).__name__] += 1
                except VenueError as error:  # the venue answered no (here: 429): the order is not there
                    outcomes[client_oid] = "refused"
                    raised[type(error).__name__] += 1
                else:
                    assert placed.client_oid == client_oid
                    outcomes[client_oid] = "placed"
            faults = venue.faults_applied
            venue.clear_faults()

            recorded = Counter(order.client_id for order in venue.orders)
            resolved = Counter()
            for client_oid, outcome in outcomes.items():
                if outcome != "ambiguous":
                    continue
                pending = bitget.mix_plan.get_mix_pending_plan_orders(
                    client, plan_type="track_plan", product_type="USDT-FUTURES", client_oid=client_oid
                )
                found = bool(pending.entrusted_list)
                assert found == (client_oid in recorded), f"{client_oid}: the lookup disagrees with the venue"
                resolved["taken" if found else "not taken"] += 1

    duplicates = sum(count - 1 for count in recorded.values() if count > 1)
    lost = [oid for oid in recorded if outcomes.get(oid) not in ("placed", "ambiguous")]
    phantom = [oid for oid, outcome in outcomes.items() if outcome == "placed" and oid not in recorded]
    figures = Counter(outcomes.values())
    with capsys.disabled():
        print(
            f"\nsoak: {ORDERS} orders; placed {figures['placed']}, ambiguous {figures['ambiguous']} "
            f"(by client id: {resolved['taken']} taken, {resolved['not taken']} not), refused {figures['refused']}; "
            f"recorded {len(recorded)}; duplicates {duplicates}; lost {len(lost)}; phantom {len(phantom)}\n"
            f"faults by kind: {dict(sorted(faults.items()))}\nerrors raised: {dict(sorted(raised.items()))}"
        )
    assert len(outcomes) == ORDERS
    assert duplicates == 0 and lost == [] and phantom == []
    assert sum(faults.values()) > ORDERS * FAULT_RATE * 0.8, "the faults really happened"
    assert set(faults) >= {"respond 502", "respond 503", "respond 429", "empty_body", "truncated_body"}
    assert {"drop_before", "drop_after", "delay"} <= set(faults)
    assert resolved["taken"] > 0 and resolved["not taken"] > 0, "both sides of the ambiguity were met"
