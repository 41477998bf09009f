"""A trader's mistakes that ``mypy --strict`` must catch, one per marked line.

Each marked line ends with ``# type: ignore[<code>]``: the error mypy must report there (endpoint functions are
overloaded on the client type, ``Client`` or ``AsyncClient``, so a wrong argument to one is ``call-overload``, reported
at the call). ``test_typing`` checks them with the ignores taken out (every marked line reports its code, and no other
line reports anything) and, as written, under ``--warn-unused-ignores``. Never run: it only has to type-check as wrong.
"""

from __future__ import annotations

from decimal import Decimal

from venuebind import bingx, bitget, gate

bitget_creds = bitget.Credentials(api_key="bg_0123456789", secret_key="secret", passphrase="passphrase")
gate_creds = gate.Credentials(api_key="gt_0123456789", secret_key="secret")
bingx_creds = bingx.Credentials(api_key="bx_0123456789", secret_key="secret")
bitget_client = bitget.Client(bitget_creds)
gate_client = gate.Client(gate_creds)


def venue_mix_ups() -> None:
    gate.spot_price_orders.list_spot_price_orders(bitget_client, status="open")  # type: ignore[call-overload]
    bingx.spot_oco.get_oco_order_list(gate_client, order_list_id="1")  # type: ignore[call-overload]
    bitget.spot_plan.iter_get_current_plan_orders(gate_client, symbol="TRXUSDT")  # type: ignore[call-overload]
    with bitget.Client(bitget_creds) as client:  # the with block keeps the venue: the mix-up still shows
        gate.spot_price_orders.get_spot_price_order(client, order_id="1")  # type: ignore[call-overload]


def credentials_mix_ups() -> None:
    gate.Client(bitget_creds)  # type: ignore[arg-type]
    bingx.Client(gate_creds)  # type: ignore[arg-type]
    bitget.prepare(bitget.models.GetServerTimeRequest(), gate_creds, timestamp_ms=0)  # type: ignore[arg-type]


def wrong_environments() -> None:
    bitget.Client(bitget_creds, environment="testnet")  # type: ignore[arg-type]
    gate.Client(gate_creds, environment="demo")  # type: ignore[arg-type]
    bingx.Client(bingx_creds, environment="sandbox")  # type: ignore[arg-type]


def wrong_enum_literals() -> None:
    bitget.spot_plan.place_plan_order(  # type: ignore[call-overload]
        bitget_client,
        symbol="TRXUSDT",
        side="BUY",
        order_type="limit",
        size="151",
        trigger_price=Decimal("0.041572"),
        execute_price="0.041572",
        trigger_type="fill_price",
    )
    gate.spot_price_orders.list_spot_price_orders(gate_client, status="opened")  # type: ignore[call-overload]
    gate.models.FuturesPriceTrigger(price="60000", rule=3)  # type: ignore[arg-type]
    gate.models.FuturesPriceTrigger(price="60000", rule="1")  # type: ignore[arg-type]
    gate.futures_price_orders.list_futures_price_orders(gate_client, settle="USDT", status="open")  # type: ignore[call-overload]
    bitget.models.CancelMixPlanOrdersRequest(product_type="usdt-futures")  # type: ignore[arg-type]
    side: str = "buy"
    bitget.models.IsolatedBatchOrderItem(
        side=side,  # type: ignore[arg-type]
        order_type="market",
        force="gtc",
        loan_type="normal",
        quote_size="110",
    )


def one_type_per_kind_of_value() -> None:
    bitget.spot_plan.cancel_plan_order(bitget_client, order_id=1234567890123456789)  # type: ignore[call-overload]
    bitget.spot_plan.get_current_plan_orders(bitget_client, symbol="TRXUSDT", start_time="1668134576000")  # type: ignore[call-overload]
    bitget.models.ModifyMixTpslOrderRequest(  # type: ignore[call-arg]
        margin_coin="USDT", product_type="USDT-FUTURES", symbol="BTCUSDT", trigger_price=Decimal("25000"), order_id="1"
    )  # size must be given: a decimal, or None for a position TP/SL (sent as "")


bitget_async = bitget.AsyncClient(bitget_creds)


async def async_mistakes() -> None:
    bitget.AsyncClient(gate_creds)  # type: ignore[arg-type]
    gate.AsyncClient(gate_creds, environment="demo")  # type: ignore[arg-type]
    await gate.spot_price_orders.list_spot_price_orders(bitget_async, status="open")  # type: ignore[call-overload]
    async with bitget.AsyncClient(bitget_creds) as client:  # async with keeps the venue too
        await gate.spot_price_orders.get_spot_price_order(client, order_id="1")  # type: ignore[call-overload]
    forgot_await: bitget.models.CancelPlanOrderResponse = bitget.spot_plan.cancel_plan_order(  # type: ignore[assignment]
        bitget_async, order_id="1"
    )
    for order in bitget.spot_plan.iter_get_current_plan_orders(bitget_async, symbol="TRXUSDT"):  # type: ignore[attr-defined]
        print(order, forgot_await)
