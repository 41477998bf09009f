"""Many orders at once from one ``AsyncClient``, with the rule for a lost answer, against the local Bitget sandbox.

Needs the ``async`` extra (``pip install 'venuebind[async]'``).  Run it as ``python examples/async_orders.py``:
nothing leaves this machine.
"""

from __future__ import annotations

import asyncio
from decimal import Decimal

from venuebind import TransportError, bitget, sandbox

KEY, SECRET, PASSPHRASE = "demo-api-key-0001", "demo-secret-not-real", "demo-passphrase"


async def find(client: bitget.AsyncClient, client_oid: str) -> bitget.models.SpotCurrentPlanOrder | None:
    """The open spot plan order sent with ``client_oid``, or None."""
    async for order in bitget.spot_plan.iter_get_current_plan_orders(client, symbol="TRXUSDT"):
        if order.client_oid == client_oid:
            return order
    return None


async def place(client: bitget.AsyncClient, number: int) -> str:
    """Place one spot plan order; its order id.  After a lost answer, look it up before deciding anything."""
    client_oid = f"async-demo-{number}"
    try:
        placed = await bitget.spot_plan.place_plan_order(
            client,
            symbol="TRXUSDT",
            side="buy",
            order_type="limit",
            size=Decimal(10 + number),
            trigger_price=Decimal("0.041572"),
            execute_price=Decimal("0.041572"),
            trigger_type="fill_price",
            client_oid=client_oid,
        )
    except TransportError as lost:
        found = await find(client, client_oid) if lost.may_have_reached else None
        if found is None:
            raise  # not on the venue: safe to send again, or give up
        return found.order_id
    return placed.order_id


async def main(base_url: str) -> None:
    credentials = bitget.Credentials(api_key=KEY, secret_key=SECRET, passphrase=PASSPHRASE)
    async with bitget.AsyncClient(credentials, base_url=base_url) as client:
        order_ids = await asyncio.gather(*(place(client, number) for number in range(10)))
        print(f"placed {len(order_ids)} orders at once")
        async for order in bitget.spot_plan.iter_get_current_plan_orders(client, symbol="TRXUSDT"):
            print(f"  open: {order.order_id} {order.client_oid} size {order.size}")


if __name__ == "__main__":
    with sandbox.start("bitget", api_key=KEY, secret_key=SECRET, passphrase=PASSPHRASE) as venue:
        asyncio.run(main(venue.base_url))
