"""After a lost answer, the lookups in examples/recover.py tell a placed order from one that never arrived."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from decimal import Decimal
from typing import Any

import pytest

from tests.conftest import ROOT
from tests.e2e.conftest import CREDENTIALS, client_for, gate_price_order, oco_order, spot_plan_order, trailing_stop
from venuebind import TransportError, sandbox

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
