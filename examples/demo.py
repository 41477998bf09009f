"""The main job's demo: the five documented orders, signed and sent to the local sandbox venues.

Each venue gets a sandbox on 127.0.0.1 with made-up keys; the demo logs every signed request (the key cut short,
the passphrase hidden) and prints the parsed answer.  Nothing leaves this machine.
"""

from __future__ import annotations

import logging
from decimal import Decimal

from venuebind import bingx, bitget, gate, sandbox

KEY, SECRET, PASSPHRASE = "demo-api-key-0001", "demo-secret-not-real", "demo-passphrase"


def show(title: str, result: object) -> None:
    print(f"  -> {title}: {result}\n")


def bitget_orders() -> None:
    with sandbox.start("bitget", api_key=KEY, secret_key=SECRET, passphrase=PASSPHRASE) as venue:
        creds = bitget.Credentials(api_key=KEY, secret_key=SECRET, passphrase=PASSPHRASE)
        with bitget.Client(creds, base_url=venue.base_url) as client:
            print("Bitget spot plan order")
            placed = bitget.spot_plan.place_plan_order(
                client,
                symbol="TRXUSDT",
                side="buy",
                trigger_price=Decimal("0.041572"),
                order_type="limit",
                execute_price=Decimal("0.041572"),
                size=Decimal("151"),
                trigger_type="fill_price",
                client_oid="demo-spot-1",
            )
            show("placed", placed)

            print("Bitget futures trailing stop with take-profit and stop-loss")
            trailing = bitget.mix_plan.place_mix_plan_order(
                client,
                plan_type="track_plan",
                symbol="BTCUSDT",
                product_type="USDT-FUTURES",
                margin_mode="isolated",
                margin_coin="USDT",
                size=Decimal("0.01"),
                callback_ratio=Decimal("2.5"),
                trigger_price=Decimal("24100"),
                trigger_type="mark_price",
                side="buy",
                trade_side="open",
                order_type="market",
                client_oid="demo-trail-1",
                stop_surplus_trigger_price=Decimal("5"),
                stop_surplus_trigger_type="fill_price",
                stop_loss_trigger_price=Decimal("2"),
                stop_loss_trigger_type="fill_price",
            )
            show("placed", trailing)

            print("Bitget isolated-margin batch, one entry reusing a client id (the venue refuses that entry)")
            item = bitget.models.IsolatedBatchOrderItem
            batch = bitget.margin_isolated.batch_place_isolated_orders(
                client,
                symbol="BTCUSDT",
                order_list=[
                    item(side="buy", order_type="market", force="gtc", quote_size="110", loan_type="normal",
                         client_oid="demo-batch-1"),
                    item(side="sell", order_type="limit", force="gtc", price="30000", base_size="0.002",
                         loan_type="autoRepay", client_oid="demo-spot-1"),
                ],
            )  # fmt: skip
            show("placed", batch.success_list)
            show("failed", batch.failure_list)


def gate_order() -> None:
    with sandbox.start("gate", api_key=KEY, secret_key=SECRET) as venue:
        with gate.Client(gate.Credentials(api_key=KEY, secret_key=SECRET), base_url=venue.base_url) as client:
            print("Gate price-triggered order")
            created = gate.spot_price_orders.create_spot_price_order(
                client,
                market="GT_USDT",
                trigger=gate.models.SpotPriceTrigger(price=Decimal("100"), rule=">=", expiration=3600),
                put=gate.models.SpotPricePutOrder(
                    type="limit", side="buy", price=Decimal("2.15"), amount=Decimal("2.00000000"),
                    account="normal", time_in_force="gtc", text="api",
                ),
            )  # fmt: skip
            show("created", created)


def bingx_order() -> None:
    with sandbox.start("bingx", api_key=KEY, secret_key=SECRET) as venue:
        with bingx.Client(bingx.Credentials(api_key=KEY, secret_key=SECRET), base_url=venue.base_url) as client:
            print("BingX OCO order")
            legs = bingx.spot_oco.create_oco_order(
                client,
                symbol="BTC-USDT",
                side="SELL",
                quantity=Decimal("0.001"),
                limit_price=Decimal("70000"),
                order_price=Decimal("50000"),
                trigger_price=Decimal("50100"),
                list_client_order_id="900001",
            )
            show("legs", legs)


def main() -> None:
    logging.basicConfig(format="  %(message)s")
    logging.getLogger("venuebind").setLevel(logging.DEBUG)  # the client logs each signed request at DEBUG
    logging.getLogger("venuebind.sandbox").setLevel(logging.WARNING)
    bitget_orders()
    gate_order()
    bingx_order()


if __name__ == "__main__":
    main()
