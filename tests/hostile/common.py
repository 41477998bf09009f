"""Made-up credentials and requests the hostile-server tests send; nothing here reaches a real venue."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from venuebind import bitget, gate
from venuebind._runtime.retry import NO_RETRY


def bitget_client(base_url: str, **options: Any) -> Any:
    credentials = bitget.Credentials(api_key="hostile-key", secret_key="hostile-secret", passphrase="hostile-pass")
    return bitget.Client(credentials, base_url=base_url, pacer=None, **{"retry": NO_RETRY, **options})


def gate_client(base_url: str, **options: Any) -> Any:
    credentials = gate.Credentials(api_key="hostile-key", secret_key="hostile-secret")
    return gate.Client(credentials, base_url=base_url, pacer=None, **{"retry": NO_RETRY, **options})


def plan_order(client_oid: str = "hostile-order-1") -> Any:
    return bitget.models.PlacePlanOrderRequest(
        symbol="TRXUSDT", side="buy", trigger_price=Decimal("0.041572"), order_type="limit",
        execute_price=Decimal("0.041572"), size=Decimal("151"), trigger_type="fill_price", client_oid=client_oid,
    )  # fmt: skip


def server_time() -> Any:
    return bitget.models.GetServerTimeRequest()
