"""The five documented orders, each sent through ``Client`` to its sandbox venue and read back as a typed result."""

from __future__ import annotations

from decimal import Decimal

import attrs
import pytest

from tests.e2e.conftest import client_for, gate_price_order, isolated_batch, oco_order, spot_plan_order, trailing_stop
from venuebind import bingx, bitget, gate, sandbox

BITGET = pytest.mark.parametrize("venue_sandbox", ["bitget"], indirect=True)


@BITGET
def test_bitget_spot_plan_order(venue_sandbox: sandbox.Sandbox) -> None:
    with client_for("bitget", venue_sandbox.base_url) as client:
        placed = client.send(spot_plan_order())
    assert isinstance(placed, bitget.models.PlacePlanOrderResponse)
    (order,) = venue_sandbox.orders
    assert placed.order_id == order.id and int(placed.order_id) > 2**53
    assert placed.client_oid == "e2e-spot-1"
    assert order.params["triggerPrice"] == "0.041572" and order.params["size"] == "151"
    assert "planType" not in order.params, "an absent optional field is not sent"


@BITGET
def test_bitget_trailing_stop_with_tp_sl_through_the_endpoint_function(venue_sandbox: sandbox.Sandbox) -> None:
    request = trailing_stop()
    arguments = attrs.asdict(request, recurse=False)
    with client_for("bitget", venue_sandbox.base_url) as client:
        placed = bitget.mix_plan.place_mix_plan_order(client, **arguments)
    (order,) = venue_sandbox.orders
    assert placed.order_id == order.id
    assert order.params["planType"] == "track_plan" and order.params["callbackRatio"] == "2.5"
    assert order.params["stopLossTriggerPrice"] == "2" and "price" not in order.params


@BITGET
def test_bitget_isolated_batch_reports_the_failing_entry(venue_sandbox: sandbox.Sandbox) -> None:
    with client_for("bitget", venue_sandbox.base_url) as client:
        client.send(spot_plan_order(client_oid="taken-1"))
        batch = client.send(isolated_batch("batch-1", "taken-1", "batch-2"))
    assert [entry.client_oid for entry in batch.success_list] == ["batch-1", "batch-2"]
    (failure,) = batch.failure_list
    assert failure.client_oid == "taken-1" and failure.error_msg
    assert [order.client_id for order in venue_sandbox.orders] == ["taken-1", "batch-1", "batch-2"]


@pytest.mark.parametrize("venue_sandbox", ["gate"], indirect=True)
def test_gate_price_triggered_order(venue_sandbox: sandbox.Sandbox) -> None:
    with client_for("gate", venue_sandbox.base_url) as client:
        created = gate.spot_price_orders.create_spot_price_order(
            client,
            market="GT_USDT",
            trigger=gate.models.SpotPriceTrigger(price=Decimal("100"), rule="<=", expiration=600),
            put=gate_price_order().put,
        )
    (order,) = venue_sandbox.orders
    assert created.id == order.id and int(created.id) > 2**53, "an int64 ID stays exact as a string"
    assert order.params["trigger"] == {"price": "100", "rule": "<=", "expiration": 600}
    assert order.params["put"]["amount"] == "2.00000000"


@pytest.mark.parametrize("venue_sandbox", ["bingx"], indirect=True)
def test_bingx_oco_order_answers_both_legs(venue_sandbox: sandbox.Sandbox) -> None:
    with client_for("bingx", venue_sandbox.base_url) as client:
        legs = client.send(oco_order())
    assert [leg.order_type for leg in legs] == [bingx.models.OcoOrderType.OCO_LIMIT, bingx.models.OcoOrderType.OCO_TPS]
    assert legs[0].price == Decimal("70000") and legs[1].trigger_price == Decimal("50100")
    (order,) = venue_sandbox.orders
    assert order.client_id == "700001"
    assert order.params["quantity"] == "0.001"
