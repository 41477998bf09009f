"""One ``AsyncClient`` shared by 64 tasks placing 50 orders each, while the sandbox injects a random fault into 10 % of
requests (the soak's faults, seeded): every answer matched to its own request, no order recorded twice, none lost
(each ambiguous order resolved by its client id), no connection beyond the pool but those the faults cut.
"""

from __future__ import annotations

import asyncio
from collections import Counter

import pytest
import urllib3

from tests.e2e.conftest import CREDENTIALS, trailing_stop
from tests.e2e.test_async import async_client_for
from tests.e2e.test_soak import AMBIGUOUS, FAULTS
from venuebind import VenueError, bitget, sandbox

TASKS = 64
ORDERS_PER_TASK = 50
POOL = 10
FAULT_RATE = 0.10
SEED = 14


def test_sixty_four_tasks_share_one_async_client_through_faults(capsys: pytest.CaptureFixture[str]) -> None:
    answers: dict[str, tuple[str, str]] = {}
    """client id -> (the client id in the answer, the order id in the answer)."""
    outcomes: dict[str, str] = {}
    sizes: dict[str, str] = {}
    resolved: Counter[str] = Counter()

    async def place(client: bitget.AsyncClient, task: int) -> None:
        for number in range(ORDERS_PER_TASK):
            client_oid = f"task-{task}-order-{number}"
            sizes[client_oid] = f"0.{task * ORDERS_PER_TASK + number + 1:05d}"
            try:
                placed = await client.send(trailing_stop(client_oid=client_oid, size=sizes[client_oid]))
            except AMBIGUOUS:
                outcomes[client_oid] = "ambiguous"
            except VenueError:  # the venue answered no (here: 429): the order is not there
                outcomes[client_oid] = "refused"
            else:
                answers[client_oid] = (placed.client_oid, placed.order_id)
                outcomes[client_oid] = "placed"

    async def look_up(client: bitget.AsyncClient, client_oid: str, recorded: Counter[str]) -> None:
        pending = await bitget.mix_plan.get_mix_pending_plan_orders(
            client, plan_type="track_plan", product_type="USDT-FUTURES", client_oid=client_oid
        )
        found = bool(pending.entrusted_list)
        assert found == (client_oid in recorded), f"{client_oid}: the lookup disagrees with the venue"
        resolved["taken" if found else "not taken"] += 1

    async def main(venue: sandbox.Sandbox) -> tuple[dict[str, int], int]:
        timeout = urllib3.Timeout(connect=1.0, read=0.25)
        async with async_client_for("bitget", venue.base_url, pacer=None, timeout=timeout, pool_maxsize=POOL) as client:
            warm = await asyncio.gather(*(client.send(trailing_stop(client_oid=f"warm-{n}")) for n in range(TASKS)))
            outcomes.update(dict.fromkeys((placed.client_oid for placed in warm), "placed"))
            assert venue.connections_accepted <= POOL, "64 concurrent calls share the pool's connections"
            venue.inject_randomly(FAULT_RATE, FAULTS, seed=SEED)
            await asyncio.gather(*(place(client, task) for task in range(TASKS)))
            faults, opened = venue.faults_applied, venue.connections_accepted
            venue.clear_faults()
            recorded = Counter(order.client_id or "" for order in venue.orders)
            ambiguous = [oid for oid, outcome in outcomes.items() if outcome == "ambiguous"]
            await asyncio.gather(*(look_up(client, oid, recorded) for oid in ambiguous))
        return faults, opened

    with sandbox.start("bitget", **CREDENTIALS["bitget"]) as venue:
        faults, opened = asyncio.run(main(venue))
        orders = {order.client_id: order for order in venue.orders}
        posted = [record.body for record in venue.requests if record.method == "POST"]

    recorded = Counter(order.client_id for order in venue.orders)
    duplicates = sum(count - 1 for count in recorded.values() if count > 1)
    lost = [oid for oid in recorded if outcomes.get(oid) not in ("placed", "ambiguous")]
    phantom = [oid for oid, outcome in outcomes.items() if outcome == "placed" and oid not in recorded]
    cut = faults.get("drop_before", 0) + faults.get("drop_after", 0) + faults.get("delay", 0)
    figures = Counter(outcomes.values())
    with capsys.disabled():
        print(
            f"\nasync: {TASKS} tasks x {ORDERS_PER_TASK} orders; placed {figures['placed']}, ambiguous "
            f"{figures['ambiguous']} (by client id: {resolved['taken']} taken, {resolved['not taken']} not), refused "
            f"{figures['refused']}; duplicates {duplicates}; lost {len(lost)}; connections {opened} (pool {POOL}, "
            f"{cut} cut by faults)\nfaults by kind: {dict(sorted(faults.items()))}"
        )
    assert len(outcomes) == TASKS * (ORDERS_PER_TASK + 1)
    for client_oid, (answered_oid, order_id) in answers.items():
        assert answered_oid == client_oid, "an answer came back to the wrong request"
        assert orders[client_oid].id == order_id and orders[client_oid].params["size"] == sizes[client_oid]
    assert duplicates == 0 and lost == [] and phantom == []
    assert len(posted) == TASKS * (ORDERS_PER_TASK + 1), "each order was sent once"
    assert max(Counter(body for body in posted if body).values()) == 1, "(a dropped one's body is never read)"
    assert resolved["taken"] + resolved["not taken"] == figures["ambiguous"]
    assert resolved["taken"] > 0 and resolved["not taken"] > 0, "both sides of the ambiguity were met"
    assert sum(faults.values()) > TASKS * ORDERS_PER_TASK * FAULT_RATE * 0.8, "the faults really happened"
    assert 1 <= opened <= POOL + cut, f"{opened} connections for a pool of {POOL} and {cut} cut by faults"
