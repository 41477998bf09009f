"""The whole life of every order family through the generated functions, against the sandbox venues:
place -> list open (finds it) -> modify (where the venue has it) -> query one -> cancel -> history (cancelled) ->
cancel again (not found)."""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest

from tests.e2e.conftest import CREDENTIALS, client_for, gate_futures_price_order, gate_price_order, oco_order
from venuebind import ClockError, NotFoundError, bingx, bitget, gate, sandbox


@pytest.fixture
def bitget_client() -> Iterator[Any]:
    with sandbox.start("bitget", **CREDENTIALS["bitget"]) as venue:
        with client_for("bitget", venue.base_url, pacer=None) as client:
            yield client


def test_bitget_spot_plan_order_life(bitget_client: Any) -> None:
    spot = bitget.spot_plan
    placed = spot.place_plan_order(
        bitget_client, symbol="TRXUSDT", side="buy", trigger_price="0.04", order_type="limit",
        execute_price="0.04", size="100", trigger_type="fill_price", client_oid="life-spot",
    )  # fmt: skip
    (open_order,) = [o for o in spot.iter_get_current_plan_orders(bitget_client, symbol="TRXUSDT")]
    assert (open_order.order_id, open_order.size) == (placed.order_id, Decimal("100"))

    spot.modify_plan_order(
        bitget_client, client_oid="life-spot", trigger_price="0.05", order_type="limit", execute_price="0.05",
        size="120",
    )  # fmt: skip
    (modified,) = spot.iter_get_current_plan_orders(bitget_client, symbol="TRXUSDT")
    assert (modified.trigger_price, modified.size) == (Decimal("0.05"), Decimal("120"))
    assert spot.get_plan_sub_orders(bitget_client, plan_order_id=placed.order_id) == [], "not triggered yet"

    spot.cancel_plan_order(bitget_client, order_id=placed.order_id)
    assert list(spot.iter_get_current_plan_orders(bitget_client, symbol="TRXUSDT")) == []
    (cancelled,) = spot.iter_get_history_plan_orders(bitget_client, symbol="TRXUSDT")
    assert cancelled.order_id == placed.order_id and cancelled.status == bitget.models.PlanHistoryStatus.CANCELLED

    with pytest.raises(NotFoundError) as again:
        spot.cancel_plan_order(bitget_client, order_id=placed.order_id)
    assert again.value.code == "43025"
    with pytest.raises(NotFoundError):
        spot.cancel_plan_order(bitget_client, order_id="999999999999999999999")


def test_bitget_futures_trigger_order_life(bitget_client: Any) -> None:
    mix = bitget.mix_plan
    listing = {"plan_type": "normal_plan", "product_type": "USDT-FUTURES"}
    placed = mix.place_mix_plan_order(
        bitget_client, plan_type="normal_plan", symbol="BTCUSDT", product_type="USDT-FUTURES",
        margin_mode="isolated", margin_coin="USDT", size="0.01", price="24000", trigger_price="24100",
        trigger_type="mark_price", side="buy", trade_side="open", order_type="limit", client_oid="life-mix",
    )  # fmt: skip
    (pending,) = mix.iter_get_mix_pending_plan_orders(bitget_client, **listing)
    assert pending.order_id == placed.order_id

    mix.modify_mix_plan_order(
        bitget_client, product_type="USDT-FUTURES", order_id=placed.order_id, new_trigger_price="25000",
        new_price="24900", new_size="0.02",
    )  # fmt: skip
    (modified,) = mix.get_mix_pending_plan_orders(bitget_client, client_oid="life-mix", **listing).entrusted_list
    assert (modified.trigger_price, modified.size) == (Decimal("25000"), Decimal("0.02"))

    tpsl = {"margin_coin": "USDT", "product_type": "USDT-FUTURES", "symbol": "BTCUSDT", "client_oid": "life-mix"}
    mix.modify_mix_tpsl_order(bitget_client, trigger_price=Decimal("25100"), size=Decimal("0.03"), **tpsl)
    (modified,) = mix.get_mix_pending_plan_orders(bitget_client, client_oid="life-mix", **listing).entrusted_list
    assert (modified.trigger_price, modified.size) == (Decimal("25100"), Decimal("0.03"))
    mix.modify_mix_tpsl_order(bitget_client, trigger_price=Decimal("25200"), size=None, **tpsl)  # sends "size": ""
    (modified,) = mix.get_mix_pending_plan_orders(bitget_client, client_oid="life-mix", **listing).entrusted_list
    assert (modified.trigger_price, modified.size) == (Decimal("25200"), Decimal("0.03")), "an empty size keeps it"

    reference = bitget.models.MixPlanOrderRef(order_id=placed.order_id)
    cancelled = mix.cancel_mix_plan_orders(
        bitget_client, product_type="USDT-FUTURES", symbol="BTCUSDT", margin_coin="USDT", plan_type="normal_plan",
        order_id_list=[reference],
    )  # fmt: skip
    assert [item.order_id for item in cancelled.success_list] == [placed.order_id]
    assert list(mix.iter_get_mix_pending_plan_orders(bitget_client, **listing)) == []
    (history,) = mix.iter_get_mix_history_plan_orders(bitget_client, **listing)
    assert history.order_id == placed.order_id and history.plan_status == bitget.models.PlanHistoryStatus.CANCELLED

    again = mix.cancel_mix_plan_orders(
        bitget_client, product_type="USDT-FUTURES", symbol="BTCUSDT", margin_coin="USDT", plan_type="normal_plan",
        order_id_list=[reference],
    )  # fmt: skip
    assert again.success_list == [] and [item.order_id for item in again.failure_list] == [placed.order_id]


def test_bitget_isolated_margin_order_life(bitget_client: Any) -> None:
    margin = bitget.margin_isolated
    placed = margin.place_isolated_order(
        bitget_client, symbol="BTCUSDT", order_type="limit", loan_type="normal", force="gtc", side="buy",
        price="30000", base_size="0.001", client_oid="life-isolated",
    )  # fmt: skip
    window = {"symbol": "BTCUSDT", "start_time": 0}
    opened = margin.get_isolated_open_orders(bitget_client, **window).order_list or []
    assert [o.order_id for o in opened] == [placed.order_id]
    (by_client_id,) = (
        margin.get_isolated_open_orders(bitget_client, client_oid="life-isolated", **window).order_list or []
    )
    assert by_client_id.order_id == placed.order_id

    reference = bitget.models.IsolatedOrderRef(order_id=placed.order_id)
    cancelled = margin.batch_cancel_isolated_orders(bitget_client, symbol="BTCUSDT", order_id_list=[reference])
    assert [item.order_id for item in cancelled.success_list] == [placed.order_id]
    assert margin.get_isolated_open_orders(bitget_client, **window).order_list in (None, [])
    again = margin.batch_cancel_isolated_orders(bitget_client, symbol="BTCUSDT", order_id_list=[reference])
    assert again.success_list == [] and len(again.failure_list) == 1


def test_bitget_futures_tpsl_life(bitget_client: Any) -> None:
    """Place a TP/SL plan and a position TP/SL -> pending (profit_loss) -> modify -> cancel -> history."""
    mix, models = bitget.mix_plan, bitget.models
    position = {"margin_coin": "USDT", "product_type": "USDT-FUTURES", "symbol": "BTCUSDT", "hold_side": "long"}
    listing = {"plan_type": "profit_loss", "product_type": "USDT-FUTURES"}
    plan = mix.place_mix_tpsl_order(
        bitget_client, plan_type="profit_plan", trigger_price="26000", trigger_type="mark_price", size="0.01",
        client_oid="life-tp", **position,
    )  # fmt: skip
    legs = mix.place_mix_pos_tpsl(
        bitget_client, stop_surplus_trigger_price="27000", stop_surplus_execute_price="26990",
        stop_surplus_client_oid="life-pos-tp", stop_loss_trigger_price="20000", stop_loss_size="0.005",
        stop_loss_client_oid="life-pos-sl", **position,
    )  # fmt: skip
    by_client = {leg.stop_surplus_client_oid or leg.stop_loss_client_oid: leg.order_id for leg in legs}
    assert set(by_client) == {"life-pos-tp", "life-pos-sl"} and plan.client_oid == "life-tp"

    pending = {order.client_oid: order for order in mix.iter_get_mix_pending_plan_orders(bitget_client, **listing)}
    assert {name: order.plan_type for name, order in pending.items()} == {
        "life-tp": "profit_plan", "life-pos-tp": "pos_profit", "life-pos-sl": "loss_plan",
    }  # fmt: skip
    assert pending["life-pos-tp"].order_id == by_client["life-pos-tp"]
    assert (pending["life-pos-tp"].order_type, pending["life-pos-sl"].order_type) == ("limit", "market")
    assert pending["life-tp"].side == models.Side.SELL, "a plan on a long position closes it with a sell"
    assert (
        list(mix.iter_get_mix_pending_plan_orders(bitget_client, plan_type="normal_plan", product_type="USDT-FUTURES"))
        == []
    )

    mix.modify_mix_tpsl_order(
        bitget_client, client_oid="life-tp", margin_coin="USDT", product_type="USDT-FUTURES", symbol="BTCUSDT",
        trigger_price="26500", execute_price="26400", size="0.02",
    )  # fmt: skip
    (modified,) = mix.get_mix_pending_plan_orders(bitget_client, client_oid="life-tp", **listing).entrusted_list
    assert (modified.trigger_price, modified.execute_price, modified.size) == (
        Decimal("26500"), Decimal("26400"), Decimal("0.02"),
    )  # fmt: skip

    cancels = [
        ("profit_plan", plan.order_id),
        ("pos_profit", by_client["life-pos-tp"]),
        ("loss_plan", by_client["life-pos-sl"]),
    ]
    for plan_type, order_id in cancels:
        done = mix.cancel_mix_plan_orders(
            bitget_client, product_type="USDT-FUTURES", symbol="BTCUSDT", plan_type=plan_type,
            order_id_list=[models.MixPlanOrderRef(order_id=order_id)],
        )  # fmt: skip
        assert [item.order_id for item in done.success_list] == [order_id], plan_type
    assert list(mix.iter_get_mix_pending_plan_orders(bitget_client, **listing)) == []
    history = list(mix.iter_get_mix_history_plan_orders(bitget_client, **listing))
    assert {order.order_id for order in history} == {plan.order_id, *by_client.values()}
    assert {order.plan_status for order in history} == {models.PlanHistoryStatus.CANCELLED}
    with pytest.raises(NotFoundError):
        mix.modify_mix_tpsl_order(
            bitget_client, client_oid="life-tp", margin_coin="USDT", product_type="USDT-FUTURES", symbol="BTCUSDT",
            trigger_price="26600", size="0.02",
        )  # fmt: skip


def test_bitget_fired_trigger_order_lists_its_sub_order() -> None:
    mix = bitget.mix_plan
    with sandbox.start("bitget", **CREDENTIALS["bitget"]) as venue:
        with client_for("bitget", venue.base_url, pacer=None) as client:
            placed = mix.place_mix_plan_order(
                client, plan_type="normal_plan", symbol="BTCUSDT", product_type="USDT-FUTURES",
                margin_mode="isolated", margin_coin="USDT", size="0.01", price="24000", trigger_price="24100",
                trigger_type="mark_price", side="buy", trade_side="open", order_type="limit",
            )  # fmt: skip
            query = {"plan_order_id": placed.order_id, "plan_type": "normal_plan", "product_type": "USDT-FUTURES"}
            assert mix.get_mix_plan_sub_orders(client, **query) == [], "not triggered yet"
            venue.fire(placed.order_id)
            (sub_order,) = mix.get_mix_plan_sub_orders(client, **query)
            assert sub_order.order_id != placed.order_id
            assert (sub_order.status, sub_order.type, sub_order.price) == ("success", "limit", Decimal("24000"))
            listing = {"plan_type": "normal_plan", "product_type": "USDT-FUTURES"}
            assert list(mix.iter_get_mix_pending_plan_orders(client, **listing)) == []
            (executed,) = mix.iter_get_mix_history_plan_orders(client, **listing)
            assert executed.plan_status == bitget.models.PlanHistoryStatus.EXECUTED
            with pytest.raises(NotFoundError):
                mix.get_mix_plan_sub_orders(client, **{**query, "plan_type": "track_plan"})


def test_bitget_cross_margin_batch_life(bitget_client: Any) -> None:
    """Place 2 -> open orders (two pages of one) -> batch cancel -> history (cancelled) -> cancel again fails."""
    crossed, models = bitget.margin_crossed, bitget.models
    entries = [
        models.IsolatedBatchOrderItem(
            side="buy", order_type="limit", force="gtc", price="30000", base_size="0.001", loan_type="normal",
            client_oid=client_oid,
        )
        for client_oid in ("life-cross-1", "life-cross-2")
    ]  # fmt: skip
    placed = crossed.batch_place_crossed_orders(bitget_client, symbol="BTCUSDT", order_list=entries)
    assert [item.client_oid for item in placed.success_list] == ["life-cross-1", "life-cross-2"]
    assert placed.failure_list == []
    window = {"symbol": "BTCUSDT", "start_time": 0}
    opened = list(crossed.iter_get_crossed_open_orders(bitget_client, limit=1, **window))
    assert [order.order_id for order in opened] == [item.order_id for item in reversed(placed.success_list)]
    assert {order.status for order in opened} == {models.CrossedOpenOrderStatus.LIVE}
    assert list(bitget.margin_isolated.get_isolated_open_orders(bitget_client, **window).order_list) == []

    references = [models.IsolatedOrderRef(order_id=item.order_id) for item in placed.success_list]
    cancelled = crossed.batch_cancel_crossed_orders(bitget_client, symbol="BTCUSDT", order_id_list=references)
    assert [item.order_id for item in cancelled.success_list] == [item.order_id for item in placed.success_list]
    assert list(crossed.iter_get_crossed_open_orders(bitget_client, **window)) == []
    history = list(crossed.iter_get_crossed_history_orders(bitget_client, limit=1, **window))
    assert {order.client_oid for order in history} == {"life-cross-1", "life-cross-2"}
    assert {order.status for order in history} == {models.MarginHistoryOrderStatus.CANCELLED}

    again = crossed.batch_cancel_crossed_orders(bitget_client, symbol="BTCUSDT", order_id_list=references)
    assert again.success_list == []
    assert [item.order_id for item in again.failure_list] == [item.order_id for item in placed.success_list]


def test_bitget_isolated_history_shows_cancelled_orders(bitget_client: Any) -> None:
    margin = bitget.margin_isolated
    placed = margin.place_isolated_order(
        bitget_client, symbol="BTCUSDT", order_type="limit", loan_type="normal", force="gtc", side="buy",
        price="30000", base_size="0.001", client_oid="life-isolated-history",
    )  # fmt: skip
    window = {"symbol": "BTCUSDT", "start_time": 0}
    assert list(margin.iter_get_isolated_history_orders(bitget_client, **window)) == [], "open, not history"
    reference = bitget.models.IsolatedOrderRef(client_oid="life-isolated-history")
    margin.batch_cancel_isolated_orders(bitget_client, symbol="BTCUSDT", order_id_list=[reference])
    (finished,) = margin.iter_get_isolated_history_orders(bitget_client, **window)
    assert (finished.order_id, finished.client_oid) == (placed.order_id, "life-isolated-history")
    assert (finished.status, finished.price) == (bitget.models.MarginHistoryOrderStatus.CANCELLED, Decimal("30000"))
    assert list(bitget.margin_crossed.iter_get_crossed_history_orders(bitget_client, **window)) == []


def test_gate_price_order_life() -> None:
    orders = gate.spot_price_orders
    with sandbox.start("gate", **CREDENTIALS["gate"]) as venue, client_for("gate", venue.base_url) as client:
        request = gate_price_order()
        created = orders.create_spot_price_order(
            client, market=request.market, trigger=request.trigger, put=request.put
        )
        (listed,) = orders.iter_list_spot_price_orders(client, status="open", market="GT_USDT")
        assert listed.id == created.id and listed.status == gate.models.PriceOrderStatus.OPEN
        one = orders.get_spot_price_order(client, order_id=created.id)
        assert (one.trigger.price, one.put.amount) == (Decimal("100"), Decimal("2.00000000"))

        cancelled = orders.cancel_spot_price_order(client, order_id=created.id)
        assert cancelled.status == gate.models.PriceOrderStatus.CANCELED
        assert list(orders.iter_list_spot_price_orders(client, status="open")) == []
        (finished,) = orders.iter_list_spot_price_orders(client, status="finished")
        assert finished.id == created.id and finished.status == gate.models.PriceOrderStatus.CANCELED

        with pytest.raises(NotFoundError) as again:
            orders.cancel_spot_price_order(client, order_id=created.id)
        assert (again.value.status, again.value.code) == (404, "ORDER_NOT_FOUND")

        orders.create_spot_price_order(client, market=request.market, trigger=request.trigger, put=request.put)
        assert len(orders.cancel_all_spot_price_orders(client, market="GT_USDT")) == 1


def test_gate_futures_price_order_life() -> None:
    """Create -> list open -> get -> cancel -> list finished, on one settle currency."""
    orders, models = gate.futures_price_orders, gate.models
    with sandbox.start("gate", **CREDENTIALS["gate"]) as venue, client_for("gate", venue.base_url) as client:
        request = gate_futures_price_order()
        created = orders.create_futures_price_order(
            client, settle="usdt", initial=request.initial, trigger=request.trigger, order_type=request.order_type
        )
        assert venue.requests[-1].path == "/api/v4/futures/usdt/price_orders"
        sent = json.loads(venue.requests[-1].body)
        assert sent["trigger"] == {"price_type": 1, "price": "60000", "rule": 2, "expiration": 86400}, "JSON numbers"
        assert "settle" not in sent, "the settle currency travels in the path only"

        (listed,) = orders.iter_list_futures_price_orders(client, settle="usdt", status="open", contract="BTC_USDT")
        assert listed.id == created.id and listed.status == models.FuturesPriceOrderStatus.OPEN
        assert listed.trigger.rule is models.FuturesTriggerRule.LTE
        assert listed.trigger.price_type is models.PriceType.MARK
        assert listed.order_type == models.FuturesPriceOrderType.CLOSE_LONG_POSITION
        one = orders.get_futures_price_order(client, settle="usdt", order_id=created.id)
        assert (one.trigger.price, one.initial.price, one.initial.size) == (Decimal("60000"), Decimal("0"), 0)
        assert one.create_time is not None and abs(one.create_time - time.time() * 1000) < 60_000, "milliseconds"

        cancelled = orders.cancel_futures_price_order(client, settle="usdt", order_id=created.id)
        assert (cancelled.status, cancelled.finish_as) == (
            models.FuturesPriceOrderStatus.FINISHED,
            models.FinishAs.CANCELLED,
        )
        assert list(orders.iter_list_futures_price_orders(client, settle="usdt", status="open")) == []
        (finished,) = orders.iter_list_futures_price_orders(client, settle="usdt", status="finished")
        assert finished.id == created.id and finished.finish_as == models.FinishAs.CANCELLED

        with pytest.raises(NotFoundError) as again:
            orders.cancel_futures_price_order(client, settle="usdt", order_id=created.id)
        assert (again.value.status, again.value.code) == (404, "ORDER_NOT_FOUND")


def test_gate_futures_cancel_all_keeps_to_its_settle_currency() -> None:
    orders = gate.futures_price_orders
    with sandbox.start("gate", **CREDENTIALS["gate"]) as venue, client_for("gate", venue.base_url) as client:
        usdt = [client.send(gate_futures_price_order("usdt", contract)).id for contract in ("BTC_USDT", "ETH_USDT")]
        btc = client.send(gate_futures_price_order("btc", "BTC_USD")).id
        with pytest.raises(NotFoundError):
            orders.get_futures_price_order(client, settle="usdt", order_id=btc)  # another settle's book

        only_eth = orders.cancel_all_futures_price_orders(client, settle="usdt", contract="ETH_USDT")
        assert [order.id for order in only_eth] == [usdt[1]]
        rest = orders.cancel_all_futures_price_orders(client, settle="usdt")
        assert [order.id for order in rest] == [usdt[0]]
        assert orders.cancel_all_futures_price_orders(client, settle="usdt") == []

        (still_open,) = orders.iter_list_futures_price_orders(client, settle="btc", status="open")
        assert still_open.id == btc
        finished = orders.iter_list_futures_price_orders(client, settle="usdt", status="finished")
        assert sorted(order.id for order in finished) == sorted(usdt)


def test_bingx_oco_order_life() -> None:
    oco = bingx.spot_oco
    page = {"page_index": 1, "page_size": 10}
    with sandbox.start("bingx", **CREDENTIALS["bingx"]) as venue, client_for("bingx", venue.base_url) as client:
        legs = client.send(oco_order(list_client_order_id="800001"))
        open_legs = list(oco.iter_get_open_oco_order_lists(client, **page))
        assert {leg.order_id for leg in open_legs} == {leg.order_id for leg in legs}
        queried = oco.get_oco_order_list(client, client_order_id="800001")
        assert {leg.order_id for leg in queried} == {leg.order_id for leg in legs}
        list_id = queried[0].order_list_id

        oco.cancel_oco_order(client, order_id=legs[0].order_id)
        assert list(oco.iter_get_open_oco_order_lists(client, **page)) == []
        history = list(oco.iter_get_oco_order_history(client, start_time=0, end_time=2**62, **page))
        assert {leg.order_list_id for leg in history} == {list_id}
        assert {leg.extra.get("status") for leg in history} == {"CANCELED"}, "kept although the spec lists no status"

        with pytest.raises(NotFoundError):
            oco.cancel_oco_order(client, order_id=legs[0].order_id)


@pytest.mark.parametrize("venue", ["bitget", "gate", "bingx"])
def test_a_clock_ten_minutes_off_fails_until_sync_time(venue: str) -> None:
    from tests.e2e.conftest import PLACE_ONE

    with sandbox.start(venue, **CREDENTIALS[venue]) as running, client_for(venue, running.base_url) as client:
        running.clock = lambda: __import__("time").time() + 600
        with pytest.raises(ClockError):
            client.send(PLACE_ONE[venue]())
        offset = client.sync_time()
        assert 599_000 < offset < 601_000
        client.send(PLACE_ONE[venue]())
        assert len(running.orders) == 1
