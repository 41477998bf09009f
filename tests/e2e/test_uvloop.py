"""``AsyncClient`` and the sandbox on uvloop, the event loop many trading programs run (ccxt depends on it).

uvloop's transports are stream transports without being ``asyncio.Transport`` subclasses: both sides take them as
asyncio's contract describes them, and an ``isinstance`` check once failed every connection with a bare
``AssertionError``.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Iterator
from typing import Any

import pytest

from tests.e2e.conftest import CREDENTIALS, PLACE_ONE
from tests.e2e.test_async import async_client_for
from venuebind import TransportError
from venuebind import sandbox as sandboxes

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="uvloop has no Windows build")


@pytest.fixture(params=["bitget", "gate", "bingx"])
def uvloop_sandbox(request: pytest.FixtureRequest) -> Iterator[sandboxes.Sandbox]:
    """A sandbox venue whose own event loop is uvloop's (it makes its loop with the policy in force)."""
    import uvloop

    policy = asyncio.get_event_loop_policy()
    asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())
    try:
        running = sandboxes.start(request.param, **CREDENTIALS[request.param])
    finally:
        asyncio.set_event_loop_policy(policy)
    with running:
        assert type(running._server.loop).__module__.startswith("uvloop")
        yield running


def run_on_uvloop(running: sandboxes.Sandbox, **options: Any) -> Any:
    import uvloop

    async def send() -> Any:
        async with async_client_for(running.venue, running.base_url, **options) as client:
            first = await client.send(PLACE_ONE[running.venue]())
            return first, asyncio.get_running_loop()

    return uvloop.run(send())


def test_an_order_goes_through_on_uvloop_both_sides(uvloop_sandbox: sandboxes.Sandbox) -> None:
    answer, loop = run_on_uvloop(uvloop_sandbox)
    assert type(loop).__module__.startswith("uvloop")
    assert len(uvloop_sandbox.orders) == 1
    assert [record.outcome for record in uvloop_sandbox.requests] == ["accepted"]
    (order,) = uvloop_sandbox.orders
    placed = {
        "bitget": lambda: [answer.order_id] == [order.id],
        "gate": lambda: [answer.id] == [order.id],
        "bingx": lambda: [leg.order_id for leg in answer] == [leg["orderId"] for leg in order.result],
    }
    assert placed[uvloop_sandbox.venue](), "the answer read is the order the sandbox placed"


def test_a_dropped_answer_on_uvloop_may_have_reached_the_venue(uvloop_sandbox: sandboxes.Sandbox) -> None:
    uvloop_sandbox.inject(sandboxes.Fault.drop_after())
    with pytest.raises(TransportError) as caught:
        run_on_uvloop(uvloop_sandbox)
    assert caught.value.may_have_reached
    assert len(uvloop_sandbox.orders) == 1 and len(uvloop_sandbox.requests) == 1, "processed once, sent once"
