"""One Client shared by 16 threads: every answer matched to its own request, no connection beyond the pool."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from tests.e2e.conftest import CREDENTIALS, client_for, spot_plan_order
from venuebind import sandbox

THREADS = 16
REQUESTS = 2_000
POOL = 10


def test_sixteen_threads_share_one_client() -> None:
    with sandbox.start("bitget", **CREDENTIALS["bitget"]) as venue:
        with client_for("bitget", venue.base_url, pacer=None, pool_maxsize=POOL) as client:

            def place(number: int) -> tuple[str, str, str]:
                sent = f"thread-order-{number}"
                placed = client.send(spot_plan_order(client_oid=sent, size=str(number + 1)))
                return sent, placed.client_oid, placed.order_id

            with ThreadPoolExecutor(max_workers=THREADS) as threads:
                results = list(threads.map(place, range(REQUESTS)))

            opened = venue.connections_accepted
        recorded = {order.client_id: order for order in venue.orders}

    assert all(sent == answered for sent, answered, _ in results), "an answer came back to the wrong request"
    assert len({order_id for _, _, order_id in results}) == REQUESTS
    assert len(recorded) == REQUESTS
    for number, (sent, _, order_id) in enumerate(results):
        assert recorded[sent].id == order_id
        assert recorded[sent].params["size"] == str(number + 1)
    assert 1 <= opened <= POOL, f"{opened} connections opened for a pool of {POOL}"
