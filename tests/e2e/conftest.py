"""Sandbox venues and clients for the end-to-end tests: one venue per test, made-up keys, loopback only."""

from __future__ import annotations

import importlib
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

import pytest
import urllib3

from venuebind import sandbox

KEY = "e2e-api-key-7f3a9c"
SECRET = "e2e-secret-4b8d2e91"
PASSPHRASE = "e2e-passphrase-c0ffee"

CREDENTIALS: dict[str, dict[str, str]] = {
    "bitget": {"api_key": KEY, "secret_key": SECRET, "passphrase": PASSPHRASE},
    "gate": {"api_key": KEY, "secret_key": SECRET},
    "bingx": {"api_key": KEY, "secret_key": SECRET},
}

FAST = urllib3.Timeout(connect=2.0, read=2.0)


def binding(venue: str) -> Any:
    return importlib.import_module(f"venuebind.{venue}")


def client_for(venue: str, base_url: str, **options: Any) -> Any:
    module = binding(venue)
    credentials = module.Credentials(**{**CREDENTIALS[venue], **options.pop("credentials", {})})
    return module.Client(credentials, base_url=base_url, **{"timeout": FAST, **options})


@pytest.fixture
def venue_sandbox(request: pytest.FixtureRequest) -> Iterator[sandbox.Sandbox]:
    """A sandbox for ``request.param`` (a venue name), stopped after the test."""
    venue = request.param
    with sandbox.start(venue, **CREDENTIALS[venue]) as running:
        yield running


def spot_plan_order(**changes: Any) -> Any:
    from venuebind import bitget

    arguments: dict[str, Any] = {
        "symbol": "TRXUSDT",
        "side": "buy",
        "trigger_price": Decimal("0.041572"),
        "order_type": "limit",
        "execute_price": Decimal("0.041572"),
        "size": Decimal("151"),
        "trigger_type": "fill_price",
        "client_oid": "e2e-spot-1",
    }
    return bitget.models.PlacePlanOrderRequest(**{**arguments, **changes})


def trailing_stop(**changes: Any) -> Any:
    from venuebind import bitget

    arguments: dict[str, Any] = {
        "plan_type": "track_plan",
        "symbol": "BTCUSDT",
        "product_type": "USDT-FUTURES",
        "margin_mode": "isolated",
        "margin_coin": "USDT",
        "size": Decimal("0.01"),
        "callback_ratio": Decimal("2.5"),
        "trigger_price": Decimal("24100"),
        "trigger_type": "mark_price",
        "side": "buy",
        "trade_side": "open",
        "order_type": "market",
        "client_oid": "e2e-trail-1",
        "stop_surplus_trigger_price": Decimal("5"),
        "stop_surplus_trigger_type": "fill_price",
        "stop_loss_trigger_price": Decimal("2"),
        "stop_loss_trigger_type": "fill_price",
    }
    return bitget.models.PlaceMixPlanOrderRequest(**{**arguments, **changes})


def isolated_batch(*client_oids: str) -> Any:
    from venuebind import bitget

    item = bitget.models.IsolatedBatchOrderItem
    entries = [
        item(side="buy", order_type="market", force="gtc", quote_size="110", loan_type="normal", client_oid=oid)
        for oid in client_oids
    ]
    return bitget.models.BatchPlaceIsolatedOrdersRequest(symbol="BTCUSDT", order_list=entries)


def gate_price_order(**put_changes: Any) -> Any:
    from venuebind import gate

    put: dict[str, Any] = {
        "type": "limit",
        "side": "buy",
        "price": Decimal("2.15"),
        "amount": Decimal("2.00000000"),
        "account": "normal",
        "time_in_force": "gtc",
        "text": "api",
    }
    return gate.models.CreateSpotPriceOrderRequest(
        market="GT_USDT",
        trigger=gate.models.SpotPriceTrigger(price=Decimal("100"), rule=">=", expiration=3600),
        put=gate.models.SpotPricePutOrder(**{**put, **put_changes}),
    )


def gate_futures_price_order(settle: str = "usdt", contract: str = "BTC_USDT", **initial_changes: Any) -> Any:
    """A position stop-loss on a long: sell the whole position at market when the mark price falls to 60000."""
    from venuebind import gate

    initial: dict[str, Any] = {"contract": contract, "size": 0, "price": Decimal("0"), "tif": "ioc", "text": "api"}
    initial |= {"reduce_only": True}
    return gate.models.CreateFuturesPriceOrderRequest(
        settle=settle,
        initial=gate.models.FuturesInitialOrder(**{**initial, **initial_changes}),
        trigger=gate.models.FuturesPriceTrigger(price=Decimal("60000"), rule=2, price_type=1, expiration=86400),
        order_type="close-long-position",
    )


def oco_order(**changes: Any) -> Any:
    from venuebind import bingx

    arguments: dict[str, Any] = {
        "symbol": "BTC-USDT",
        "side": "SELL",
        "quantity": Decimal("0.001"),
        "limit_price": Decimal("70000"),
        "order_price": Decimal("50000"),
        "trigger_price": Decimal("50100"),
        "list_client_order_id": "700001",
    }
    return bingx.models.CreateOcoOrderRequest(**{**arguments, **changes})


PLACE_ONE = {"bitget": spot_plan_order, "gate": gate_price_order, "bingx": oco_order}
"""One valid order-placing request per venue, for the error and fault tests."""
