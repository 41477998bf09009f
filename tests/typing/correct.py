"""The same jobs done right: ``mypy --strict`` reports nothing here (``test_typing`` checks)."""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from venuebind import NO_RETRY, RetryPolicy, ValidationError, bingx, bitget, gate


def place(client: bitget.Client) -> str:
    placed = bitget.spot_plan.place_plan_order(
        client,
        symbol="TRXUSDT",
        side=bitget.models.Side.BUY,
        order_type="limit",
        size=Decimal("151"),
        trigger_price=Decimal("0.041572"),
        execute_price="0.041572",
        trigger_type="fill_price",
        client_oid="my-order-1",
    )
    return placed.order_id


def with_block_keeps_the_venue() -> str:
    creds = bitget.Credentials(api_key="bg_0123456789", secret_key="secret", passphrase="passphrase")
    with bitget.Client(creds, environment="demo", retry=RetryPolicy(attempts=2)) as client:
        return place(client)


def paper_on_every_venue() -> list[object]:
    return [
        bitget.Client(bitget.Credentials(api_key="k" * 12, secret_key="s", passphrase="p"), environment="paper"),
        gate.Client(gate.Credentials(api_key="k" * 12, secret_key="s"), environment="testnet"),
        bingx.Client(bingx.Credentials(api_key="k" * 12, secret_key="s"), environment="paper"),
    ]


def loops_without_or_empty(client: bitget.Client) -> list[str]:
    pending = bitget.mix_plan.get_mix_pending_plan_orders(client, plan_type="track_plan", product_type="USDT-FUTURES")
    return [order.client_oid or order.order_id for order in pending.entrusted_list]


def modify_take_profits(client: bitget.Client) -> None:
    for size in (Decimal("0.5"), None):  # a decimal, or None for a position TP/SL
        bitget.mix_plan.modify_mix_tpsl_order(
            client,
            margin_coin="USDT",
            product_type="USDT-FUTURES",
            symbol="BTCUSDT",
            trigger_price=Decimal("25000"),
            size=size,
            order_id="1",
        )


def times_are_int_milliseconds(client: bitget.Client) -> int:
    page = bitget.spot_plan.get_current_plan_orders(client, symbol="TRXUSDT", start_time=1668134576000)
    return max((order.c_time or 0 for order in page.order_list), default=0)


def walk_gate(client: gate.Client) -> int:
    return sum(1 for _ in gate.spot_price_orders.iter_list_spot_price_orders(client, status="open", market="GT_USDT"))


def gate_futures_trigger(client: gate.Client) -> list[gate.models.FuturesTriggerRule | int]:
    """Integer enums take their member or their number; answers read the member, or a number the spec lacks."""
    trigger = gate.models.FuturesPriceTrigger(price="60000", rule=2, price_type=gate.models.PriceType.MARK)
    initial = gate.models.FuturesInitialOrder(contract="BTC_USDT", size=0, price="0", tif="ioc")
    gate.futures_price_orders.create_futures_price_order(client, settle="usdt", initial=initial, trigger=trigger)
    listed = gate.futures_price_orders.list_futures_price_orders(client, settle="btc", status="open")
    return [order.trigger.rule for order in listed]


def read_once(client: bingx.Client, list_id: str) -> int:
    legs = client.send(bingx.models.GetOcoOrderListRequest(order_list_id=list_id), retry=NO_RETRY)
    return len(legs)


def headers_are_a_mapping() -> Mapping[str, str]:
    creds = gate.Credentials(api_key="k" * 12, secret_key="s")
    prepared = gate.prepare(gate.models.GetServerTimeRequest(), creds, timestamp_ms=0)
    return prepared.headers


def messages(error: ValidationError) -> tuple[str, str | None]:
    return error.path, error.argument


async def the_same_with_an_async_client(credentials: bitget.Credentials) -> list[str]:
    async with bitget.AsyncClient(credentials, environment="paper") as client:
        placed = await bitget.spot_plan.place_plan_order(
            client,
            symbol="TRXUSDT",
            side="buy",
            order_type="market",
            size=Decimal("151"),
            trigger_price=Decimal("0.041572"),
            trigger_type="fill_price",
        )
        return [placed.order_id] + [
            order.order_id async for order in bitget.spot_plan.iter_get_current_plan_orders(client, symbol="TRXUSDT")
        ]
