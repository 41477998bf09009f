"""After a lost answer: was the order placed?  One lookup per order family, by the client id the order was sent with.

Each function returns what the venue holds under that client id (open or already finished), or ``None`` when it holds
nothing, in which case sending the order again cannot make a duplicate.  Copy the one you need.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from venuebind import NotFoundError, bingx, bitget, gate


def find_bitget_spot_plan_order(client: bitget.Client, *, symbol: str, client_oid: str) -> Any | None:
    """A spot plan order, open or in the history."""
    for order in bitget.spot_plan.iter_get_current_plan_orders(client, symbol=symbol):
        if order.client_oid == client_oid:
            return order
    for finished in bitget.spot_plan.iter_get_history_plan_orders(client, symbol=symbol):
        if finished.client_oid == client_oid:
            return finished
    return None


def find_bitget_mix_plan_order(
    client: bitget.Client,
    *,
    client_oid: str,
    plan_type: bitget.models.MixPlanQueryType,
    product_type: bitget.models.ProductType,
) -> Any | None:
    """A futures trigger or trailing-stop order, pending or in the history (the venue filters by ``clientOid``)."""
    pending = bitget.mix_plan.get_mix_pending_plan_orders(
        client, client_oid=client_oid, plan_type=plan_type, product_type=product_type
    )
    if pending.entrusted_list:
        return pending.entrusted_list[0]
    history = bitget.mix_plan.get_mix_history_plan_orders(
        client, client_oid=client_oid, plan_type=plan_type, product_type=product_type
    )
    return history.entrusted_list[0] if history.entrusted_list else None


def find_bitget_tpsl_plan(
    client: bitget.Client, *, client_oid: str, product_type: bitget.models.ProductType
) -> Any | None:
    """A futures take-profit / stop-loss plan (place_mix_tpsl_order, or one leg of place_mix_pos_tpsl by that leg's
    client id), pending or in the history: every TP/SL kind is listed under ``planType=profit_loss``."""
    profit_loss = bitget.models.MixPlanQueryType.PROFIT_LOSS
    return find_bitget_mix_plan_order(client, client_oid=client_oid, plan_type=profit_loss, product_type=product_type)


def find_bitget_crossed_order(client: bitget.Client, *, symbol: str, client_oid: str, start_time: int) -> Any | None:
    """A cross-margin order (an entry of batch_place_crossed_orders), open or in the history, created from
    ``start_time`` (Unix ms) on; the venue filters both lists by ``clientOid``."""
    crossed = bitget.margin_crossed
    opened = crossed.get_crossed_open_orders(client, symbol=symbol, client_oid=client_oid, start_time=start_time)
    if opened.order_list:
        return opened.order_list[0]
    history = crossed.get_crossed_history_orders(client, symbol=symbol, client_oid=client_oid, start_time=start_time)
    return history.order_list[0] if history.order_list else None


def find_bingx_oco_order(client: bingx.Client, *, list_client_order_id: str) -> list[Any] | None:
    """The legs of an OCO order list, by the list's client id (BingX answers not-found when there is none)."""
    try:
        return bingx.spot_oco.get_oco_order_list(client, client_order_id=list_client_order_id)
    except NotFoundError:
        return None


def find_gate_price_order(
    client: gate.Client, *, market: str, trigger_price: Decimal, rule: str, put_price: Decimal, amount: Decimal
) -> Any | None:
    """A price-triggered order among the open ones, matched on its trigger and order fields (Gate has no client id)."""
    for order in gate.spot_price_orders.iter_list_spot_price_orders(client, status="open", market=market):
        trigger, put = order.trigger, order.put
        if (
            trigger.price == trigger_price
            and getattr(trigger.rule, "value", trigger.rule) == rule
            and put.price == put_price
            and put.amount == amount
        ):
            return order
    return None


def find_gate_futures_price_order(client: gate.Client, lost: gate.models.CreateFuturesPriceOrderRequest) -> Any | None:
    """A futures price-triggered order, open or finished, matched on the trigger and the order of the request whose
    answer was lost (Gate has no client id; give ``initial.text`` a value of your own to tell alike orders apart)."""
    for status in ("open", "finished"):
        pages = gate.futures_price_orders.iter_list_futures_price_orders(
            client, settle=lost.settle, status=status, contract=lost.initial.contract
        )
        for order in pages:
            trigger, initial = order.trigger, order.initial
            if (trigger.price, trigger.rule) == (lost.trigger.price, lost.trigger.rule) and (
                initial.price,
                initial.size,
                initial.text,
            ) == (lost.initial.price, lost.initial.size, lost.initial.text):
                return order
    return None


def find_bingx_swap_order(client: bingx.Client, *, symbol: str, client_order_id: str) -> Any | None:
    """A perpetual swap LIMIT or MARKET order (with the take-profit and stop-loss it carried), open or finished, by
    its client id, which BingX keeps in lower case (BingX answers not-found when there is none)."""
    try:
        return bingx.swap_trade.get_swap_order(client, symbol=symbol, client_order_id=client_order_id.lower()).order
    except NotFoundError:
        return None


def find_bingx_swap_conditional_order(
    client: bingx.Client,
    *,
    symbol: str,
    type: bingx.models.SwapOrderType,
    side: str,
    quantity: Decimal,
    price_rate: Decimal | None = None,
) -> Any | None:
    """A perpetual swap stop, take-profit, trigger or trailing order among the open ones, matched on its fields: BingX
    takes a client id on LIMIT and MARKET orders only."""
    for order in bingx.swap_trade.get_swap_open_orders(client, symbol=symbol, type=type).orders:
        if order.side == side and order.orig_qty == quantity and order.price_rate == price_rate:
            return order
    return None
