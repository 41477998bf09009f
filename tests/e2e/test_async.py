"""``AsyncClient`` against the sandbox venues: the five orders, one order's whole life per venue, and the fault cases
of the sync tests with the same error classes and ``may_have_reached`` values (each fault case runs both clients).

Each test runs its own event loop (``asyncio.run``): no pytest plugin is needed.
"""

from __future__ import annotations

import asyncio
import importlib.util
import subprocess
import sys
import time
from collections.abc import Awaitable, Callable, Coroutine
from decimal import Decimal
from typing import Any, TypeVar

import attrs
import pytest
import urllib3

from tests.conftest import ROOT
from tests.e2e.conftest import (
    CREDENTIALS,
    FAST,
    PLACE_ONE,
    binding,
    client_for,
    gate_futures_price_order,
    gate_price_order,
    isolated_batch,
    oco_order,
    spot_plan_order,
    trailing_stop,
)
from tests.e2e.test_errors import BROKEN_BODIES
from venuebind import NotFoundError, RateLimitError, ServerError, TransportError, VenueError, bingx, bitget, gate
from venuebind import sandbox as sandboxes
from venuebind._runtime.pacing import Pacer
from venuebind._runtime.retry import NO_RETRY, RetryPolicy

T = TypeVar("T")
VENUES = ["bitget", "gate", "bingx"]
ALL_VENUES = pytest.mark.parametrize("venue_sandbox", VENUES, indirect=True)
BOTH = pytest.mark.parametrize("kind", ["sync", "async"])


def run(coroutine: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(coroutine)


def async_client_for(venue: str, base_url: str, **options: Any) -> Any:
    module = binding(venue)
    credentials = module.Credentials(**{**CREDENTIALS[venue], **options.pop("credentials", {})})
    return module.AsyncClient(credentials, base_url=base_url, **{"timeout": FAST, **options})


def place(kind: str, running: sandboxes.Sandbox, **options: Any) -> Any:
    """Send the venue's one order through a ``Client`` or an ``AsyncClient``."""
    request = PLACE_ONE[running.venue]()
    if kind == "sync":
        with client_for(running.venue, running.base_url, **options) as client:
            return client.send(request)

    async def send() -> Any:
        async with async_client_for(running.venue, running.base_url, **options) as client:
            return await client.send(request)

    return run(send())


# --------------------------------------------------------------------------------------------------------------------
# The five documented orders


@pytest.mark.parametrize("venue_sandbox", ["bitget"], indirect=True)
def test_the_three_bitget_orders(venue_sandbox: sandboxes.Sandbox) -> None:
    async def main() -> tuple[Any, Any, Any]:
        async with async_client_for("bitget", venue_sandbox.base_url) as client:
            spot = await client.send(spot_plan_order())
            arguments = attrs.asdict(trailing_stop(), recurse=False)
            trailing = await bitget.mix_plan.place_mix_plan_order(client, **arguments)
            batch = await client.send(isolated_batch("batch-1", "e2e-spot-1", "batch-2"))
            return spot, trailing, batch

    spot, trailing, batch = run(main())
    assert isinstance(spot, bitget.models.PlacePlanOrderResponse) and spot.client_oid == "e2e-spot-1"
    assert isinstance(trailing, bitget.models.PlaceMixPlanOrderResponse)
    assert [entry.client_oid for entry in batch.success_list] == ["batch-1", "batch-2"]
    assert [failure.client_oid for failure in batch.failure_list] == ["e2e-spot-1"], "a used client id is refused"
    spot_order, trailing_order, *batch_orders = venue_sandbox.orders
    assert (spot.order_id, trailing.order_id) == (spot_order.id, trailing_order.id)
    assert spot_order.params["triggerPrice"] == "0.041572" and "planType" not in spot_order.params
    assert trailing_order.params["callbackRatio"] == "2.5" and "price" not in trailing_order.params
    assert [order.client_id for order in batch_orders] == ["batch-1", "batch-2"]


@pytest.mark.parametrize("venue_sandbox", ["gate"], indirect=True)
def test_gate_price_triggered_order(venue_sandbox: sandboxes.Sandbox) -> None:
    async def main() -> Any:
        async with async_client_for("gate", venue_sandbox.base_url) as client:
            request = gate_price_order()
            return await gate.spot_price_orders.create_spot_price_order(
                client, market="GT_USDT", trigger=request.trigger, put=request.put
            )

    created = run(main())
    (order,) = venue_sandbox.orders
    assert created.id == order.id and int(created.id) > 2**53
    assert order.params["put"]["amount"] == "2.00000000"


@pytest.mark.parametrize("venue_sandbox", ["bingx"], indirect=True)
def test_bingx_oco_order(venue_sandbox: sandboxes.Sandbox) -> None:
    async def main() -> Any:
        async with async_client_for("bingx", venue_sandbox.base_url) as client:
            return await client.send(oco_order())

    legs = run(main())
    assert [leg.order_type for leg in legs] == [bingx.models.OcoOrderType.OCO_LIMIT, bingx.models.OcoOrderType.OCO_TPS]
    assert legs[0].price == Decimal("70000")
    (order,) = venue_sandbox.orders
    assert order.client_id == "700001" and order.params["quantity"] == "0.001"


# --------------------------------------------------------------------------------------------------------------------
# One order's whole life per venue, through the endpoint functions and async walkers


def test_bitget_spot_plan_order_life() -> None:
    spot = bitget.spot_plan

    async def main(client: bitget.AsyncClient) -> None:
        placed = await spot.place_plan_order(
            client, symbol="TRXUSDT", side="buy", trigger_price="0.04", order_type="limit", execute_price="0.04",
            size="100", trigger_type="fill_price", client_oid="life-spot",
        )  # fmt: skip
        (open_order,) = [order async for order in spot.iter_get_current_plan_orders(client, symbol="TRXUSDT")]
        assert (open_order.order_id, open_order.size) == (placed.order_id, Decimal("100"))
        await spot.modify_plan_order(
            client, client_oid="life-spot", trigger_price="0.05", order_type="limit", execute_price="0.05", size="120"
        )
        (modified,) = [order async for order in spot.iter_get_current_plan_orders(client, symbol="TRXUSDT")]
        assert (modified.trigger_price, modified.size) == (Decimal("0.05"), Decimal("120"))
        await spot.cancel_plan_order(client, order_id=placed.order_id)
        assert [order async for order in spot.iter_get_current_plan_orders(client, symbol="TRXUSDT")] == []
        (cancelled,) = [order async for order in spot.iter_get_history_plan_orders(client, symbol="TRXUSDT")]
        assert cancelled.status == bitget.models.PlanHistoryStatus.CANCELLED
        with pytest.raises(NotFoundError) as again:
            await spot.cancel_plan_order(client, order_id=placed.order_id)
        assert again.value.code == "43025"

    with sandboxes.start("bitget", **CREDENTIALS["bitget"]) as venue:
        run(with_client("bitget", venue.base_url, main, pacer=None))


def test_bitget_cross_margin_batch_and_tpsl_life() -> None:
    crossed, mix, models = bitget.margin_crossed, bitget.mix_plan, bitget.models

    async def main(client: bitget.AsyncClient) -> None:
        entries = [
            models.IsolatedBatchOrderItem(
                side="buy", order_type="limit", force="gtc", price="30000", base_size="0.001", loan_type="normal",
                client_oid=client_oid,
            )
            for client_oid in ("async-cross-1", "async-cross-2")
        ]  # fmt: skip
        placed = await crossed.batch_place_crossed_orders(client, symbol="BTCUSDT", order_list=entries)
        window = {"symbol": "BTCUSDT", "start_time": 0}
        opened = [order async for order in crossed.iter_get_crossed_open_orders(client, limit=1, **window)]
        assert [order.client_oid for order in opened] == ["async-cross-2", "async-cross-1"]
        references = [models.IsolatedOrderRef(order_id=item.order_id) for item in placed.success_list]
        await crossed.batch_cancel_crossed_orders(client, symbol="BTCUSDT", order_id_list=references)
        history = [order async for order in crossed.iter_get_crossed_history_orders(client, limit=1, **window)]
        assert {order.status for order in history} == {models.MarginHistoryOrderStatus.CANCELLED}

        position = {"margin_coin": "USDT", "product_type": "USDT-FUTURES", "symbol": "BTCUSDT", "hold_side": "short"}
        (leg,) = await mix.place_mix_pos_tpsl(
            client, stop_loss_trigger_price="30000", stop_loss_client_oid="async-sl", **position
        )
        listing = {"plan_type": "profit_loss", "product_type": "USDT-FUTURES"}
        (pending,) = [order async for order in mix.iter_get_mix_pending_plan_orders(client, **listing)]
        assert (pending.order_id, pending.plan_type) == (leg.order_id, "pos_loss")

    with sandboxes.start("bitget", **CREDENTIALS["bitget"]) as venue:
        run(with_client("bitget", venue.base_url, main, pacer=None))


def test_gate_price_order_life() -> None:
    orders = gate.spot_price_orders

    async def main(client: gate.AsyncClient) -> None:
        request = gate_price_order()
        created = await orders.create_spot_price_order(
            client, market=request.market, trigger=request.trigger, put=request.put
        )
        (listed,) = [o async for o in orders.iter_list_spot_price_orders(client, status="open", market="GT_USDT")]
        assert listed.id == created.id
        one = await orders.get_spot_price_order(client, order_id=created.id)
        assert one.put.amount == Decimal("2.00000000")
        cancelled = await orders.cancel_spot_price_order(client, order_id=created.id)
        assert cancelled.status == gate.models.PriceOrderStatus.CANCELED  # the spelling Gate sends
        assert [o async for o in orders.iter_list_spot_price_orders(client, status="open")] == []
        (finished,) = [o async for o in orders.iter_list_spot_price_orders(client, status="finished")]
        assert finished.id == created.id and finished.status == gate.models.PriceOrderStatus.CANCELED
        with pytest.raises(NotFoundError) as again:
            await orders.cancel_spot_price_order(client, order_id=created.id)
        assert (again.value.status, again.value.code) == (404, "ORDER_NOT_FOUND")

    with sandboxes.start("gate", **CREDENTIALS["gate"]) as venue:
        run(with_client("gate", venue.base_url, main))


def test_gate_futures_price_order_life() -> None:
    orders, models = gate.futures_price_orders, gate.models

    async def main(client: gate.AsyncClient) -> None:
        request = gate_futures_price_order()
        created = await orders.create_futures_price_order(
            client, settle="usdt", initial=request.initial, trigger=request.trigger, order_type=request.order_type
        )
        other = await client.send(gate_futures_price_order("btc", "BTC_USD"))
        (listed,) = [o async for o in orders.iter_list_futures_price_orders(client, settle="usdt", status="open")]
        assert listed.id == created.id and listed.trigger.rule is models.FuturesTriggerRule.LTE
        one = await orders.get_futures_price_order(client, settle="usdt", order_id=created.id)
        assert one.trigger.price == Decimal("60000")
        cancelled = await orders.cancel_futures_price_order(client, settle="usdt", order_id=created.id)
        assert cancelled.finish_as == models.FinishAs.CANCELLED
        (finished,) = [o async for o in orders.iter_list_futures_price_orders(client, settle="usdt", status="finished")]
        assert finished.id == created.id
        with pytest.raises(NotFoundError):
            await orders.cancel_futures_price_order(client, settle="usdt", order_id=created.id)
        assert await orders.cancel_all_futures_price_orders(client, settle="usdt") == []
        assert [o.id for o in await orders.cancel_all_futures_price_orders(client, settle="btc")] == [other.id]

    with sandboxes.start("gate", **CREDENTIALS["gate"]) as venue:
        run(with_client("gate", venue.base_url, main))


def test_bingx_oco_order_life() -> None:
    oco = bingx.spot_oco
    page = {"page_index": 1, "page_size": 10}

    async def main(client: bingx.AsyncClient) -> None:
        legs = await client.send(oco_order(list_client_order_id="800001"))
        open_legs = [leg async for leg in oco.iter_get_open_oco_order_lists(client, **page)]
        assert {leg.order_id for leg in open_legs} == {leg.order_id for leg in legs}
        queried = await oco.get_oco_order_list(client, client_order_id="800001")
        assert {leg.order_id for leg in queried} == {leg.order_id for leg in legs}
        await oco.cancel_oco_order(client, order_id=legs[0].order_id)
        assert [leg async for leg in oco.iter_get_open_oco_order_lists(client, **page)] == []
        history = [leg async for leg in oco.iter_get_oco_order_history(client, start_time=0, end_time=2**62, **page)]
        assert {leg.order_list_id for leg in history} == {queried[0].order_list_id}
        with pytest.raises(NotFoundError):
            await oco.cancel_oco_order(client, order_id=legs[0].order_id)

    with sandboxes.start("bingx", **CREDENTIALS["bingx"]) as venue:
        run(with_client("bingx", venue.base_url, main))


async def with_client(venue: str, base_url: str, body: Callable[[Any], Awaitable[None]], **options: Any) -> None:
    async with async_client_for(venue, base_url, **options) as client:
        await body(client)


@pytest.mark.parametrize("venue", VENUES)
def test_a_clock_ten_minutes_off_fails_until_sync_time(venue: str) -> None:
    from venuebind import ClockError

    async def main(client: Any) -> None:
        with pytest.raises(ClockError):
            await client.send(PLACE_ONE[venue]())
        assert 599_000 < await client.sync_time() < 601_000
        await client.send(PLACE_ONE[venue]())

    with sandboxes.start(venue, **CREDENTIALS[venue]) as running:
        running.clock = lambda: time.time() + 600
        run(with_client(venue, running.base_url, main))
        assert len(running.orders) == 1


# --------------------------------------------------------------------------------------------------------------------
# Faults: both clients, the same error classes and may_have_reached


@ALL_VENUES
@BOTH
@pytest.mark.parametrize(("fault", "error", "says"), BROKEN_BODIES, ids=["text", "html", "empty", "truncated", "429"])
def test_a_broken_answer_is_the_same_error_from_both_clients(
    venue_sandbox: sandboxes.Sandbox,
    kind: str,
    fault: Callable[[], sandboxes.Fault],
    error: type[VenueError],
    says: str,
) -> None:
    venue_sandbox.inject(fault())
    with pytest.raises(error) as caught:
        place(kind, venue_sandbox)
    assert says in str(caught.value) and caught.value.body is not None
    if error is RateLimitError:
        assert caught.value.retry_after == 3  # type: ignore[attr-defined]


@ALL_VENUES
@BOTH
@pytest.mark.parametrize(("fault", "processed"), [(sandboxes.Fault.drop_before, 0), (sandboxes.Fault.drop_after, 1)])
def test_a_dropped_connection_may_have_reached_the_venue_and_names_the_client_id(
    venue_sandbox: sandboxes.Sandbox, kind: str, fault: Callable[[], sandboxes.Fault], processed: int
) -> None:
    venue_sandbox.inject(fault())
    with pytest.raises(TransportError) as caught:
        place(kind, venue_sandbox)
    assert caught.value.may_have_reached, "the request was written: the client cannot know it was not processed"
    assert len(venue_sandbox.orders) == processed
    assert len(venue_sandbox.requests) == 1, "an order is never sent again"
    assert caught.value.client_id == {"bitget": "e2e-spot-1", "gate": None, "bingx": "700001"}[venue_sandbox.venue]


@ALL_VENUES
@BOTH
def test_an_answer_slower_than_the_read_timeout_is_a_transport_error(
    venue_sandbox: sandboxes.Sandbox, kind: str
) -> None:
    venue_sandbox.inject(sandboxes.Fault.delay(1.5))
    started = time.monotonic()
    with pytest.raises(TransportError) as caught:
        place(kind, venue_sandbox, timeout=urllib3.Timeout(connect=1.0, read=0.3))
    assert caught.value.may_have_reached
    assert time.monotonic() - started < 1.4, "the call ended at its read timeout, not when the answer came"


@ALL_VENUES
@BOTH
def test_an_answer_later_than_the_deadline_is_a_transport_error_at_the_deadline(
    venue_sandbox: sandboxes.Sandbox, kind: str
) -> None:
    venue_sandbox.inject(sandboxes.Fault.delay(3.0))
    started = time.monotonic()
    with pytest.raises(TransportError) as caught:
        place(kind, venue_sandbox, timeout=urllib3.Timeout(connect=1.0, read=10.0), deadline=0.5)
    took = time.monotonic() - started
    assert caught.value.may_have_reached and "deadline" in str(caught.value)
    # Well before the answer's 3 s and the 10 s read timeout; the slack is for a loaded machine.
    assert 0.5 <= took < 2.5, f"the call ended {took:.2f} s after it began, not at its 0.5 s deadline"
    assert len(venue_sandbox.orders) == 1, "the venue took it: only its client id can tell"


@BOTH
def test_a_refused_connection_did_not_reach_the_venue(kind: str) -> None:
    with sandboxes.start("bitget", **CREDENTIALS["bitget"]) as stopped:
        pass
    with pytest.raises(TransportError) as caught:
        place(kind, stopped)
    assert not caught.value.may_have_reached
    assert caught.value.client_id == "e2e-spot-1"


def test_a_read_retries_through_faults_and_an_order_is_sent_once() -> None:
    async def main(client: bitget.AsyncClient, venue: sandboxes.Sandbox) -> None:
        await client.send(spot_plan_order())
        venue.inject(sandboxes.Fault.html_page(502))
        venue.inject(sandboxes.Fault.rate_limited(0))
        venue.inject(sandboxes.Fault.drop_before())
        orders = [order async for order in bitget.spot_plan.iter_get_current_plan_orders(client, symbol="TRXUSDT")]
        assert [order.client_oid for order in orders] == ["e2e-spot-1"]
        assert [record.status for record in venue.requests[-4:]] == [502, 429, None, 200]
        venue.inject(sandboxes.Fault.html_page(503))
        with pytest.raises(ServerError):
            await client.send(bitget.models.GetCurrentPlanOrdersRequest(symbol="TRXUSDT"), retry=NO_RETRY)
        venue.inject(sandboxes.Fault.html_page(502, times=3))
        with pytest.raises(ServerError):
            await client.send(spot_plan_order(client_oid="once"))
        assert [record.status for record in venue.requests[-1:]] == [502]
        assert len(venue.requests) == 7

    with sandboxes.start("bitget", **CREDENTIALS["bitget"]) as venue:
        run(with_venue(venue, main, pacer=None, retry=RetryPolicy(base_delay=0.01, attempts=5)))


def test_a_dropped_cancel_is_not_sent_again_by_the_http_library() -> None:
    """HTTP libraries may resend a DELETE on a dropped connection (aiohttp does once); a DELETE cancels a Gate order."""

    async def main(client: gate.AsyncClient, venue: sandboxes.Sandbox) -> None:
        request = gate_price_order()
        created = await gate.spot_price_orders.create_spot_price_order(
            client, market=request.market, trigger=request.trigger, put=request.put
        )
        venue.inject(sandboxes.Fault.drop_after())
        with pytest.raises(TransportError) as caught:
            await gate.spot_price_orders.cancel_spot_price_order(client, order_id=created.id)
        assert caught.value.may_have_reached
        assert [record.method for record in venue.requests] == ["POST", "DELETE"]

    with sandboxes.start("gate", **CREDENTIALS["gate"]) as venue:
        run(with_venue(venue, main))


async def with_venue(
    venue: sandboxes.Sandbox, body: Callable[[Any, sandboxes.Sandbox], Awaitable[None]], **options: Any
) -> None:
    async with async_client_for(venue.venue, venue.base_url, **options) as client:
        await body(client, venue)


# --------------------------------------------------------------------------------------------------------------------
# Pacing: the same budgets as Client, waited for without blocking the loop


def test_async_and_sync_clients_share_one_budget_and_the_wait_does_not_block_the_loop() -> None:
    pacer = Pacer()
    slept: list[float] = []

    async def sleep(seconds: float) -> None:
        slept.append(seconds)
        await asyncio.sleep(seconds)

    async def main(base_url: str) -> int:
        ticks = 0

        async def tick() -> None:
            nonlocal ticks
            while True:
                await asyncio.sleep(0.05)
                ticks += 1

        ticker = asyncio.create_task(tick())
        async with async_client_for("bitget", base_url, pacer=pacer, sleep=sleep) as client:
            await client.send(spot_plan_order(client_oid="async-21"))
        ticker.cancel()
        return ticks

    with sandboxes.start("bitget", **CREDENTIALS["bitget"], enforce_rate_limits=True) as venue:
        with client_for("bitget", venue.base_url, pacer=pacer) as client:
            for number in range(20):  # Bitget's spot place-plan-order: 20 per second per UID
                client.send(spot_plan_order(client_oid=f"sync-{number}"))
        ticks = run(main(venue.base_url))
    assert len(slept) == 1 and slept[0] > 0.5, "the async client waited for the window the sync client filled"
    assert ticks >= 5, "other tasks ran while it waited"
    assert all(record.status == 200 for record in venue.requests), "nothing was refused by the venue's limit"


# --------------------------------------------------------------------------------------------------------------------
# The optional dependency


def test_importing_a_venue_does_not_import_httptools_and_asyncclient_names_the_extra() -> None:
    script = (
        "import sys\n"
        "from venuebind import bingx, bitget, gate\n"
        "assert 'httptools' not in sys.modules, 'a venue imported httptools'\n"
        "sys.modules['httptools'] = None\n"
        "try:\n"
        "    gate.AsyncClient(gate.Credentials(api_key='k' * 12, secret_key='s'))\n"
        "except ImportError as error:\n"
        "    print(error)\n"
    )
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    assert "venuebind[async]" in result.stdout


def test_the_async_example_places_its_orders_and_recovers_a_lost_answer() -> None:
    spec = importlib.util.spec_from_file_location("async_orders", ROOT / "examples" / "async_orders.py")
    assert spec is not None and spec.loader is not None
    example = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(example)
    keys = {"api_key": example.KEY, "secret_key": example.SECRET, "passphrase": example.PASSPHRASE}
    with sandboxes.start("bitget", **keys) as venue:
        venue.inject(sandboxes.Fault.drop_after())  # the first order's answer is lost, but the venue took it
        run(example.main(venue.base_url))
    assert sorted(order.client_id or "" for order in venue.orders) == sorted(f"async-demo-{n}" for n in range(10))
    posts = [record for record in venue.requests if record.method == "POST"]
    assert len(posts) == 10 and posts[0].fault == "drop_after", "the lost one was found, not sent again"


def test_a_closed_client_opens_new_connections_in_the_next_event_loop() -> None:
    """As ``Client.close``: ``aclose`` closes the pool, and a later call (here in another ``asyncio.run``) reopens."""
    with sandboxes.start("bitget", **CREDENTIALS["bitget"]) as venue:
        client = async_client_for("bitget", venue.base_url, pacer=None)
        for number in range(2):
            placed = run(send_and_close(client, spot_plan_order(client_oid=f"loop-{number}")))
            assert placed.client_oid == f"loop-{number}"
        assert venue.connections_accepted == 2


async def send_and_close(client: Any, request: Any) -> Any:
    """``client.send(request)``, or ``request(client)`` when it is a coroutine function; then the client is closed."""
    async with client:
        return await (request(client) if callable(request) else client.send(request))


def test_idle_pooled_connections_are_closed_before_the_venue_closes_them() -> None:
    """The sandbox closes a connection idle for 10 s; a request written on it just then would be lost (for an order,
    ambiguous).  The client drops idle connections sooner, so 64 calls after a 10 s pause all arrive."""

    async def main(client: bitget.AsyncClient) -> list[Any]:
        await asyncio.gather(*(client.send(spot_plan_order(client_oid=f"before-{n}")) for n in range(64)))
        await asyncio.sleep(9.98)  # the sandbox's idle timeout, give or take the answers' timing
        sends = (client.send(spot_plan_order(client_oid=f"after-{n}")) for n in range(64))
        return await asyncio.gather(*sends, return_exceptions=True)

    with sandboxes.start("bitget", **CREDENTIALS["bitget"]) as venue:
        client = async_client_for("bitget", venue.base_url, pacer=None, pool_maxsize=64)
        answers = run(send_and_close(client, main))
    assert [type(answer).__name__ for answer in answers] == ["PlacePlanOrderResponse"] * 64
