"""After a lost answer, the lookups in examples/recover.py tell a placed order from one that never arrived."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

from tests.conftest import ROOT
from tests.e2e.conftest import (
    CREDENTIALS,
    client_for,
    gate_futures_price_order,
    gate_price_order,
    oco_order,
    spot_plan_order,
    trailing_stop,
)
from venuebind import TransportError, bitget, sandbox

_spec = importlib.util.spec_from_file_location("recover", ROOT / "examples" / "recover.py")
assert _spec is not None and _spec.loader is not None
recover = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(recover)

LOST = pytest.mark.parametrize(
    ("fault", "arrived"), [(sandbox.Fault.drop_after, True), (sandbox.Fault.drop_before, False)], ids=["taken", "lost"]
)


def lose_the_answer(venue: sandbox.Sandbox, client: Any, request: Any, fault: Callable[[], sandbox.Fault]) -> Any:
    venue.inject(fault())
    with pytest.raises(TransportError) as caught:
        client.send(request)
    assert caught.value.may_have_reached
    return caught.value


@LOST
def test_bitget_spot_plan_order(fault: Callable[[], sandbox.Fault], arrived: bool) -> None:
    with sandbox.start("bitget", **CREDENTIALS["bitget"]) as venue, client_for("bitget", venue.base_url) as client:
        error = lose_the_answer(venue, client, spot_plan_order(client_oid="lost-spot"), fault)
        found = recover.find_bitget_spot_plan_order(client, symbol="TRXUSDT", client_oid=error.client_id)
    assert (found is not None) == arrived == (len(venue.orders) == 1)


@LOST
def test_bitget_trailing_stop(fault: Callable[[], sandbox.Fault], arrived: bool) -> None:
    with sandbox.start("bitget", **CREDENTIALS["bitget"]) as venue, client_for("bitget", venue.base_url) as client:
        error = lose_the_answer(venue, client, trailing_stop(client_oid="lost-trail"), fault)
        found = recover.find_bitget_mix_plan_order(
            client, client_oid=error.client_id, plan_type="track_plan", product_type="USDT-FUTURES"
        )
    assert (found is not None) == arrived == (len(venue.orders) == 1)
    if found is not None:
        assert found.client_oid == "lost-trail"


@LOST
def test_bitget_tpsl_plan(fault: Callable[[], sandbox.Fault], arrived: bool) -> None:
    request = bitget.models.PlaceMixTpslOrderRequest(
        margin_coin="USDT", product_type="USDT-FUTURES", symbol="BTCUSDT", plan_type="loss_plan",
        trigger_price=Decimal("20000"), hold_side="long", size=Decimal("0.01"), client_oid="lost-sl",
    )  # fmt: skip
    with sandbox.start("bitget", **CREDENTIALS["bitget"]) as venue, client_for("bitget", venue.base_url) as client:
        error = lose_the_answer(venue, client, request, fault)
        assert error.client_id == "lost-sl"
        found = recover.find_bitget_tpsl_plan(client, client_oid=error.client_id, product_type="USDT-FUTURES")
    assert (found is not None) == arrived == (len(venue.orders) == 1)


@LOST
def test_bitget_position_tpsl(fault: Callable[[], sandbox.Fault], arrived: bool) -> None:
    """The lost answer names the stop-loss leg's client id; the take-profit leg is found by its own."""
    request = bitget.models.PlaceMixPosTpslRequest(
        margin_coin="USDT", product_type="USDT-FUTURES", symbol="BTCUSDT", hold_side="short",
        stop_surplus_trigger_price=Decimal("20000"), stop_surplus_client_oid="lost-pos-tp",
        stop_loss_trigger_price=Decimal("30000"), stop_loss_client_oid="lost-pos-sl",
    )  # fmt: skip
    with sandbox.start("bitget", **CREDENTIALS["bitget"]) as venue, client_for("bitget", venue.base_url) as client:
        error = lose_the_answer(venue, client, request, fault)
        assert error.client_id == "lost-pos-sl"
        legs = [
            recover.find_bitget_tpsl_plan(client, client_oid=client_oid, product_type="USDT-FUTURES")
            for client_oid in (error.client_id, "lost-pos-tp")
        ]
    assert [leg is not None for leg in legs] == [arrived, arrived]
    assert len(venue.orders) == (2 if arrived else 0)


@LOST
def test_bitget_cross_margin_batch(fault: Callable[[], sandbox.Fault], arrived: bool) -> None:
    """A batch carries one client id per entry, so the lost answer names none: look each entry up by its own."""
    entries = [
        bitget.models.IsolatedBatchOrderItem(
            side="buy", order_type="limit", force="gtc", price=Decimal("30000"), base_size=Decimal("0.001"),
            loan_type="normal", client_oid=client_oid,
        )
        for client_oid in ("lost-cross-1", "lost-cross-2")
    ]  # fmt: skip
    request = bitget.models.BatchPlaceCrossedOrdersRequest(symbol="BTCUSDT", order_list=entries)
    with sandbox.start("bitget", **CREDENTIALS["bitget"]) as venue, client_for("bitget", venue.base_url) as client:
        assert lose_the_answer(venue, client, request, fault).client_id is None
        found = [
            recover.find_bitget_crossed_order(client, symbol="BTCUSDT", client_oid=entry.client_oid, start_time=0)
            for entry in entries
        ]
    assert [order is not None for order in found] == [arrived, arrived]
    assert len(venue.orders) == (2 if arrived else 0)


@LOST
def test_bingx_oco_order(fault: Callable[[], sandbox.Fault], arrived: bool) -> None:
    with sandbox.start("bingx", **CREDENTIALS["bingx"]) as venue, client_for("bingx", venue.base_url) as client:
        error = lose_the_answer(venue, client, oco_order(list_client_order_id="424242"), fault)
        assert error.client_id == "424242"
        found = recover.find_bingx_oco_order(client, list_client_order_id=error.client_id)
    assert (found is not None) == arrived == (len(venue.orders) == 1)


@LOST
def test_gate_price_order(fault: Callable[[], sandbox.Fault], arrived: bool) -> None:
    with sandbox.start("gate", **CREDENTIALS["gate"]) as venue, client_for("gate", venue.base_url) as client:
        lose_the_answer(venue, client, gate_price_order(), fault)
        found = recover.find_gate_price_order(
            client, market="GT_USDT", trigger_price=Decimal("100"), rule=">=", put_price=Decimal("2.15"),
            amount=Decimal("2"),
        )  # fmt: skip
    assert (found is not None) == arrived == (len(venue.orders) == 1)


@LOST
def test_gate_futures_price_order(fault: Callable[[], sandbox.Fault], arrived: bool) -> None:
    with sandbox.start("gate", **CREDENTIALS["gate"]) as venue, client_for("gate", venue.base_url) as client:
        client.send(gate_futures_price_order(text="t-other"))  # alike but for its text: not the lost one
        client.send(gate_futures_price_order(settle="btc", contract="BTC_USD", text="t-lost-1"))  # another settle
        lost = gate_futures_price_order(text="t-lost-1")
        lose_the_answer(venue, client, lost, fault)
        found = recover.find_gate_futures_price_order(client, lost)
    assert (found is not None) == arrived == (len(venue.orders) == 3)
    if found is not None:
        assert found.initial.text == "t-lost-1" and found.initial.contract == "BTC_USDT"


@LOST
def test_bingx_swap_order_with_take_profit(fault: Callable[[], sandbox.Fault], arrived: bool) -> None:
    from venuebind import bingx

    request = bingx.models.PlaceSwapOrderRequest(
        symbol="BTC-USDT", type="LIMIT", side="BUY", quantity="0.01", price="30000", client_order_id="Lost-Swap",
        take_profit=bingx.models.SwapTakeProfit(type="TAKE_PROFIT_MARKET", stop_price="35000"),
    )  # fmt: skip
    with sandbox.start("bingx", **CREDENTIALS["bingx"]) as venue, client_for("bingx", venue.base_url) as client:
        error = lose_the_answer(venue, client, request, fault)
        assert error.client_id == "Lost-Swap"
        found = recover.find_bingx_swap_order(client, symbol="BTC-USDT", client_order_id=error.client_id)
    assert (found is not None) == arrived == (len(venue.orders) == 1)
    if found is not None:
        assert found.client_order_id == "lost-swap"


@LOST
def test_bingx_swap_trailing_stop(fault: Callable[[], sandbox.Fault], arrived: bool) -> None:
    from venuebind import bingx

    request = bingx.models.PlaceSwapOrderRequest(
        symbol="BTC-USDT", type="TRAILING_STOP_MARKET", side="SELL", quantity="0.01", price_rate="0.02"
    )
    with sandbox.start("bingx", **CREDENTIALS["bingx"]) as venue, client_for("bingx", venue.base_url) as client:
        lose_the_answer(venue, client, request, fault)
        found = recover.find_bingx_swap_conditional_order(
            client, symbol="BTC-USDT", type=bingx.models.SwapOrderType.TRAILING_STOP_MARKET, side="SELL",
            quantity=Decimal("0.01"),
            price_rate=Decimal("0.02"),
        )  # fmt: skip
    assert (found is not None) == arrived == (len(venue.orders) == 1)
