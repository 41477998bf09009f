"""The snapshot reader on every doc snapshot under spec/docs, and on pages broken on purpose."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from codegen.drift.doctables import (
    DocField,
    DocPage,
    DocParam,
    SnapshotError,
    find_cell_enum,
    parse_snapshot,
    read_snapshot,
)
from tests.conftest import DOCS, SNAPSHOTS

FILES = SNAPSHOTS


def page(name: str) -> DocPage:
    return read_snapshot(DOCS / name, name)


def text(name: str) -> str:
    return (DOCS / name).read_text(encoding="utf-8")


# method, path, number of parameters, number of response fields, rate limit (limit, per seconds, scope)
EXPECTED: dict[str, tuple[str, str, int, int, tuple[int, int, str] | None]] = {
    "bingx/spot-create-oco-order.md": ("POST", "/openApi/spot/v1/oco/order", 11, 9, (2, 1, "uid")),
    "bingx/spot-oco-cancel.md": ("POST", "/openApi/spot/v1/oco/cancel", 4, 2, (2, 1, "uid")),
    "bingx/spot-oco-history-order-list.md": ("GET", "/openApi/spot/v1/oco/historyOrderList", 6, 10, (5, 1, "uid")),
    "bingx/spot-oco-open-order-list.md": ("GET", "/openApi/spot/v1/oco/openOrderList", 4, 10, (5, 1, "uid")),
    "bingx/spot-oco-order-list.md": ("GET", "/openApi/spot/v1/oco/orderList", 4, 10, (5, 1, "uid")),
    "bingx/spot-server-time.md": ("GET", "/openApi/spot/v1/server/time", 0, 1, None),
    "bingx/swap-cancel-order.md": ("DELETE", "/openApi/swap/v2/trade/order", 5, 18, (5, 1, "uid")),
    "bingx/swap-open-orders.md": ("GET", "/openApi/swap/v2/trade/openOrders", 4, 26, (5, 1, "uid")),  # with orders
    "bingx/swap-place-order.md": ("POST", "/openApi/swap/v2/trade/order", 20, 14, (10, 1, "uid")),
    "bingx/swap-query-order.md": ("GET", "/openApi/swap/v2/trade/order", 5, 23, (5, 1, "uid")),
    "bitget/margin-isolated-batch-cancel-order.md": (
        "POST", "/api/v2/margin/isolated/batch-cancel-order", 4, 6, (10, 1, "uid"),
    ),
    "bitget/margin-isolated-batch-place-order.md": (
        "POST", "/api/v2/margin/isolated/batch-place-order", 11, 6, (10, 1, "uid"),
    ),
    "bitget/margin-crossed-batch-cancel-order.md": (
        "POST", "/api/v2/margin/crossed/batch-cancel-order", 4, 7, (10, 1, "uid"),
    ),
    "bitget/margin-crossed-batch-place-order.md": (
        "POST", "/api/v2/margin/crossed/batch-place-order", 11, 6, (10, 1, "uid"),
    ),
    "bitget/margin-crossed-history-orders.md": ("GET", "/api/v2/margin/crossed/history-orders", 8, 20, (10, 1, "uid")),
    "bitget/margin-crossed-open-orders.md": ("GET", "/api/v2/margin/crossed/open-orders", 7, 20, (10, 1, "uid")),
    "bitget/margin-isolated-history-orders.md": (
        "GET", "/api/v2/margin/isolated/history-orders", 8, 20, (10, 1, "uid"),
    ),
    "bitget/margin-isolated-open-orders.md": ("GET", "/api/v2/margin/isolated/open-orders", 6, 20, (10, 1, "uid")),
    "bitget/margin-isolated-place-order.md": ("POST", "/api/v2/margin/isolated/place-order", 10, 2, (10, 1, "uid")),
    "bitget/mix-cancel-plan-order.md": ("POST", "/api/v2/mix/order/cancel-plan-order", 7, 7, (10, 1, "uid")),
    "bitget/mix-modify-plan-order.md": ("POST", "/api/v2/mix/order/modify-plan-order", 14, 2, (10, 1, "uid")),
    "bitget/mix-modify-tpsl-order.md": ("POST", "/api/v2/mix/order/modify-tpsl-order", 10, 2, (10, 1, "uid")),
    "bitget/mix-orders-plan-history.md": ("GET", "/api/v2/mix/order/orders-plan-history", 10, 32, (10, 1, "uid")),
    "bitget/mix-orders-plan-pending.md": ("GET", "/api/v2/mix/order/orders-plan-pending", 9, 30, (10, 1, "uid")),
    "bitget/mix-place-plan-order.md": ("POST", "/api/v2/mix/order/place-plan-order", 22, 2, (10, 1, "uid")),
    "bitget/mix-place-pos-tpsl.md": ("POST", "/api/v2/mix/order/place-pos-tpsl", 15, 3, (10, 1, "uid")),
    "bitget/mix-place-tpsl-order.md": ("POST", "/api/v2/mix/order/place-tpsl-order", 12, 2, (10, 1, "uid")),
    "bitget/mix-plan-sub-order.md": ("GET", "/api/v2/mix/order/plan-sub-order", 3, 4, (10, 1, "uid")),
    "bitget/public-time.md": ("GET", "/api/v2/public/time", 0, 1, (20, 1, "ip")),
    "bitget/spot-batch-cancel-plan-order.md": (
        "POST", "/api/v2/spot/trade/batch-cancel-plan-order", 1, 7, (5, 1, "uid"),
    ),
    "bitget/spot-cancel-plan-order.md": ("POST", "/api/v2/spot/trade/cancel-plan-order", 2, 1, (20, 1, "uid")),
    "bitget/spot-current-plan-order.md": ("GET", "/api/v2/spot/trade/current-plan-order", 5, 17, (20, 1, "uid")),
    "bitget/spot-history-plan-order.md": ("GET", "/api/v2/spot/trade/history-plan-order", 5, 17, (20, 1, "uid")),
    "bitget/spot-modify-plan-order.md": ("POST", "/api/v2/spot/trade/modify-plan-order", 6, 2, (20, 1, "uid")),
    "bitget/spot-place-plan-order.md": ("POST", "/api/v2/spot/trade/place-plan-order", 10, 2, (20, 1, "uid")),
    "bitget/spot-plan-sub-order.md": ("GET", "/api/v2/spot/trade/plan-sub-order", 1, 4, (20, 1, "uid")),
    "gate/spot-cancel-all-price-orders.md": ("DELETE", "/spot/price_orders", 2, 0, None),
    "gate/spot-cancel-price-order.md": ("DELETE", "/spot/price_orders/{order_id}", 1, 0, None),
    "gate/spot-create-price-triggered-order.md": ("POST", "/spot/price_orders", 15, 1, None),
    "gate/spot-get-price-order.md": ("GET", "/spot/price_orders/{order_id}", 1, 0, None),
    "gate/spot-list-price-orders.md": ("GET", "/spot/price_orders", 5, 20, None),
    "gate/spot-time.md": ("GET", "/spot/time", 0, 1, None),
    "gate/futures-create-price-order.md": ("POST", "/futures/{settle}/price_orders", 19, 2, None),
    "gate/futures-list-price-orders.md": ("GET", "/futures/{settle}/price_orders", 5, 26, None),
    "gate/futures-get-price-order.md": ("GET", "/futures/{settle}/price_orders/{order_id}", 2, 0, None),
    "gate/futures-cancel-price-order.md": ("DELETE", "/futures/{settle}/price_orders/{order_id}", 2, 0, None),
    "gate/futures-cancel-all-price-orders.md": ("DELETE", "/futures/{settle}/price_orders", 2, 0, None),
}  # fmt: skip

CROSS_SIDES = ("sell", "buy", "liquidation-buy", "liquidation-sell", "systemRepay-buy", "systemRepay-selll")
"""The cross-margin pages' order sides, the last spelled with three l's as the pages print it."""

ORDER_SOURCES = tuple(
    "normal market profit_market loss_market Trader_delegate trader_profit trader_loss trader_reverse profit_limit "
    "loss_limit delivery_close_short pos_profit_limit pos_profit_market pos_loss_limit pos_loss_market".split()
)

# Per file: (param or field name, attribute, expected value). Names with a leading "<" are response fields.
FACTS: dict[str, list[tuple[str, str, object]]] = {
    "bingx/spot-create-oco-order.md": [
        ("side", "enum", ("BUY", "SELL")),
        ("side", "location", "query"),  # BingX: query string even for POST
        ("recvWindow", "type", "float64"),
        ("timestamp", "type", "int64"),
        ("listClientOrderId", "required", False),
        ("listClientOrderId", "enum", ()),
        ("<orderType", "enum", ("ocoLimit", "ocoTps")),
        ("<status", "enum", ("NEW", "PENDING", "PARTIALLY_FILLED", "FILLED", "CANCELED", "FAILED")),
    ],
    "bingx/spot-oco-cancel.md": [
        ("orderId", "enum", ()),
        ("recvWindow", "type", "int64"),
        ("timestamp", "required", True),
    ],
    "bingx/spot-oco-history-order-list.md": [
        ("pageIndex", "required", True),
        ("startTime", "required", False),
        ("<transactionTime", "type", "int64"),
        ("<orderId", "type", ""),  # the prose list states no type
        ("<orderType", "enum", ("ocoLimit", "ocoTps")),
        ("<side", "enum", ("BUY", "SELL")),
    ],
    "bingx/spot-oco-open-order-list.md": [("pageSize", "type", "int64"), ("<quantity", "type", "float64")],
    "bingx/spot-oco-order-list.md": [
        ("orderListId", "enum", ()),
        ("orderListId", "location", "query"),
        ("<orderType", "enum", ("ocoLimit", "ocoTps")),
        ("<orderListId", "type", "string"),
    ],
    "bingx/spot-server-time.md": [("<serverTime", "type", "int64")],
    "bingx/swap-cancel-order.md": [("orderId", "required", None), ("<order.updateTime", "type", "int64")],
    "bingx/swap-open-orders.md": [("type", "required", False), ("<orders[].trailingStopDistance", "type", "int64")],
    "bingx/swap-place-order.md": [
        ("stopLoss", "type", "string"),
        ("quantity", "type", "float64"),
        ("type", "required", True),
        ("<order.orderId", "type", "int64"),
    ],
    "bingx/swap-query-order.md": [("clientOrderId", "required", False), ("<order.triggerOrderId", "type", "int64")],
    "bitget/margin-isolated-batch-cancel-order.md": [
        ("orderIdList", "type", "list"),
        ("orderIdList", "enum", ()),
        ("orderIdList[].orderId", "required", False),
        ("orderIdList[].clientOid", "location", "body"),
        ("<failureList[].errorMsg", "type", "string"),
    ],
    "bitget/margin-isolated-batch-place-order.md": [
        ("symbol", "required", True),
        ("orderList", "type", "list"),
        ("orderList[].baseSize", "required", False),
        ("orderList[].orderType", "enum", ("limit", "market")),
        ("orderList[].loanType", "enum", ("normal", "autoLoan", "autoRepay", "autoLoanAndRepay")),
        ("orderList[].force", "enum", ("gtc", "post_only", "fok", "ioc")),
        ("orderList[].side", "enum", ("sell", "buy")),
        ("orderList[].stpMode", "enum", ("none", "cancel_taker", "cancel_maker", "cancel_both")),
        ("orderList[].price", "enum", ()),
        ("<successList[].orderId", "type", "string"),
    ],
    "bitget/margin-crossed-batch-cancel-order.md": [
        ("orderIdList", "required", True),  # written "yes" in lower case
        ("orderIdList[].clientOid", "required", False),
        ("<failureList[].orderId", "type", "string"),
    ],
    "bitget/margin-crossed-batch-place-order.md": [
        ("orderList", "type_raw", "Array"),
        ("orderList[].loanType", "enum", ("normal", "autoLoan", "autoRepay", "autoLoanAndRepay")),
        ("orderList[].side", "enum", ("sell", "buy")),
        ("<failureList[].errorMsg", "type", "string"),
    ],
    "bitget/margin-crossed-history-orders.md": [
        ("<orderList[].status", "enum", ("live", "partially_fill", "filled", "cancelled", "reject")),
        ("<orderList[].side", "enum", CROSS_SIDES),
        ("<orderList[].cTime", "type", "string"),
        ("idLessThan", "required", False),
    ],
    "bitget/margin-crossed-open-orders.md": [
        ("<orderList[].status", "enum", ("live", "partial_fill", "filled", "cancelled", "reject")),
        ("<orderList[].side", "enum", CROSS_SIDES),
        ("startTime", "required", True),
    ],
    "bitget/margin-isolated-history-orders.md": [
        ("enterPointSource", "enum", ("WEB", "API", "SYS", "ANDROID", "IOS")),
        ("<orderList[].status", "enum", ("live", "partially_fill", "filled", "cancelled", "reject")),
        ("<minId", "type", "string"),
    ],
    "bitget/margin-isolated-open-orders.md": [
        ("startTime", "required", None),
        ("startTime", "required_raw", "Yes (newer revision); No (older revision)"),
        ("symbol", "location", "query"),
        ("<orderList[].status", "enum", ("live", "partial_fill", "filled", "cancelled")),
        ("<orderList[].uTime", "type", "string"),
        ("<orderList[].loanType", "enum", ()),
    ],
    "bitget/margin-isolated-place-order.md": [
        ("loanType", "enum", ("normal", "autoLoan", "autoRepay", "autoLoanAndRepay")),
        ("force", "enum", ("gtc", "post_only", "fok", "ioc")),
        ("stpMode", "enum", ("none", "cancel_taker", "cancel_maker", "cancel_both")),
        ("baseSize", "required", False),
    ],
    "bitget/mix-cancel-plan-order.md": [
        ("orderIdList[].orderId", "enum", ()),
        ("productType", "required", True),
        ("planType", "enum", ("normal_plan", "profit_plan", "loss_plan", "pos_profit", "pos_loss", "moving_plan")),
        ("<successList", "type", "list"),
    ],
    "bitget/mix-modify-plan-order.md": [
        ("orderId", "enum", ()),
        ("newTriggerType", "enum", ("fill_price", "mark_price")),
        ("newStopSurplusTriggerPrice", "enum", ()),  # `0` -> remove TP is not a value list
        ("productType", "enum", ("USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES")),
    ],
    "bitget/mix-modify-tpsl-order.md": [
        ("triggerType", "enum", ("fill_price", "mark_price")),
        ("executePrice", "enum", ()),
        ("size", "enum", ()),
        ("marginCoin", "required", True),
    ],
    "bitget/mix-orders-plan-history.md": [
        ("planStatus", "enum", ("executed", "fail_execute", "cancelled")),
        ("idLessThan", "enum", ()),
        ("<entrustedList[].planStatus", "enum", ("executed", "fail_execute", "cancelled")),
        ("<entrustedList[].executeOrderId", "type", "string"),
        ("<entrustedList[].triggerType", "enum", ("fill_price", "mark_price")),
        ("<endId", "type_raw", "String"),  # from the inline `data` shape
        ("<entrustedList", "type", "list"),
    ],
    "bitget/mix-orders-plan-pending.md": [
        ("planType", "enum", ("normal_plan", "track_plan", "profit_loss")),
        ("planType", "required", True),
        ("<entrustedList[].stopLossTriggerType", "type", "string"),
        ("<entrustedList[].posMode", "enum", ("one_way_mode", "hedge_mode")),
        ("<entrustedList[].planStatus", "enum", ()),  # "`live` for pending orders": one value named, not a list
        ("<entrustedList[].orderSource", "enum", ORDER_SOURCES),
    ],
    "bitget/mix-place-plan-order.md": [
        ("planType", "enum", ("normal_plan", "track_plan")),
        (
            "productType",
            "enum",
            tuple(f"{demo}{kind}-FUTURES" for demo in ("", "S") for kind in ("USDT", "COIN", "USDC")),
        ),
        ("symbol", "enum", ()),  # e.g. `ETHUSDT`
        ("price", "enum", ()),
        ("side", "enum", ("buy", "sell")),
        ("tradeSide", "enum", ("open", "close")),
        ("reduceOnly", "enum", ("yes", "no")),
        ("stopSurplusTriggerPrice", "enum", ()),  # - `normal_plan`: ... describes planType cases
        ("stopSurplusTriggerType", "enum", ("fill_price", "mark_price")),
        ("callbackRatio", "required", False),
        ("triggerPrice", "line", 29),
    ],
    "bitget/mix-place-pos-tpsl.md": [
        ("stopSurplusTriggerPrice", "required", None),  # the revisions disagree
        ("stopLossSize", "required", False),
        ("holdSide", "enum", ("long", "short", "buy", "sell")),
        ("<stopLossClientOid", "type", "string"),
    ],
    "bitget/mix-place-tpsl-order.md": [
        ("size", "required", None),  # the revisions disagree
        ("planType", "enum", ("profit_plan", "loss_plan", "moving_plan", "pos_profit", "pos_loss")),
        ("productType", "enum", ("USDT-FUTURES", "COIN-FUTURES", "USDC-FUTURES")),
        ("rangeRate", "required", False),
    ],
    "bitget/mix-plan-sub-order.md": [
        ("planType", "enum", ("normal_plan", "track_plan")),
        ("<status", "enum", ("success", "fail", "cancelled", "in_progress", "in_progress_tracking")),
    ],
    "bitget/public-time.md": [("<serverTime", "type", "string")],
    "bitget/spot-batch-cancel-plan-order.md": [
        ("symbolList", "type", "list"),
        ("symbolList", "type_raw", "List<String>"),
        ("symbolList", "enum", ()),
        ("<failureList[].errorMsg", "type", "string"),
    ],
    "bitget/spot-cancel-plan-order.md": [("orderId", "enum", ()), ("<result", "enum", ("success", "failure"))],
    "bitget/spot-current-plan-order.md": [
        ("symbol", "required", None),
        ("symbol", "required_raw", "No (newer revision); Yes (older revision)"),
        ("limit", "required", False),
        ("<orderList[].status", "enum", ("live", "executing")),
        ("<orderList[].size", "enum", ()),
        ("<nextFlag", "type", "boolean"),
    ],
    "bitget/spot-history-plan-order.md": [
        ("symbol", "required", None),
        ("endTime", "required", None),
        ("idLessThan", "required", False),  # newer revision only; an unlisting revision does not vote
        ("idLessThan", "enum", ()),
        ("limit", "required", False),
        ("<orderList[].symbol", "line", 35),
        ("<orderList[].status", "enum", ("executed", "fail_execute", "cancelled")),
    ],
    "bitget/spot-modify-plan-order.md": [
        ("orderType", "enum", ("limit", "market")),
        ("executePrice", "enum", ()),
        ("size", "enum", ()),
        ("orderId", "required", False),
    ],
    "bitget/spot-place-plan-order.md": [
        ("side", "enum", ("buy", "sell")),
        ("planType", "enum", ("amount", "total")),
        ("executePrice", "enum", ()),  # "required when `orderType`=`limit`"
        ("size", "enum", ()),
        ("triggerType", "enum", ("fill_price", "mark_price")),
        ("stpMode", "enum", ("none", "cancel_taker", "cancel_maker", "cancel_both")),
        ("symbol", "location", "body"),
        ("size", "required", True),
    ],
    "bitget/spot-plan-sub-order.md": [
        ("planOrderId", "location", "query"),
        ("<orderId", "type", "string"),
        ("<orderId", "type_raw", 'String (doc says "boolean")'),
        ("<status", "enum", ("success", "fail", "cancelled", "in_progress", "in_progress_tracking")),
    ],
    "gate/spot-cancel-all-price-orders.md": [
        ("account", "enum", ("normal", "margin", "unified")),
        ("market", "required", False),
        ("market", "location", "query"),
    ],
    "gate/spot-cancel-price-order.md": [("order_id", "location", "path"), ("order_id", "required", True)],
    "gate/spot-create-price-triggered-order.md": [
        ("trigger", "type", "object"),
        ("trigger.price", "required", True),
        ("trigger.rule", "enum", (">=", "<=")),
        ("trigger.expiration", "type", "integer"),
        ("put.type", "enum", ("limit", "market")),
        ("put.type", "required", False),
        ("put.side", "enum", ("buy", "sell")),
        ("put.amount", "enum", ()),  # the bullets say what `side`: `buy` means, not values of amount
        ("put.account", "enum", ("normal", "margin", "unified")),
        ("put.time_in_force", "enum", ("gtc", "ioc")),
        ("put.time_in_force", "required_raw", "false"),
        ("put.text", "enum", ("web", "api", "app")),
        ("market", "location", "body"),
        ("<id", "type", "integer"),
    ],
    "gate/spot-get-price-order.md": [("order_id", "location", "path")],
    "gate/spot-list-price-orders.md": [
        ("status", "enum", ("open", "finished")),
        ("limit", "type", "integer"),
        ("<trigger.rule", "enum", (">=", "<=")),
        ("<put.type", "enum", ("limit", "market")),
        ("<status", "enum", ("open", "cancelled", "finish", "failed", "expired")),
        ("<fired_order_id", "type_raw", "integer (int64)"),
    ],
    "gate/spot-time.md": [("<server_time", "type", "integer")],
    "gate/futures-create-price-order.md": [
        ("settle", "location", "path"),
        ("settle", "enum", ("usdt", "btc")),
        ("trigger.rule", "enum", ("1", "2")),  # integers, read as the page writes them
        ("trigger.price_type", "enum", ("0", "1", "2")),
        ("trigger.rule", "required", None),  # false in one revision, true in the other
        ("initial.size", "type", "integer"),
        ("initial.tif", "enum", ("gtc", "ioc")),
    ],
    "gate/futures-list-price-orders.md": [
        ("status", "enum", ("open", "finished")),
        ("<create_time", "type", "number"),
        ("<trigger.rule", "enum", ("1", "2")),
        ("<finish_as", "enum", ("cancelled", "succeeded", "failed", "expired")),
    ],
    "gate/futures-get-price-order.md": [("order_id", "location", "path")],
    "gate/futures-cancel-price-order.md": [("order_id", "type", "string")],
    "gate/futures-cancel-all-price-orders.md": [("contract", "required", False), ("contract", "location", "query")],
}


def test_every_snapshot_is_covered() -> None:
    assert FILES
    assert set(FILES) == set(EXPECTED) == set(FACTS)


@pytest.mark.parametrize("name", FILES)
def test_page_facts(name: str) -> None:
    p = page(name)
    method, path, n_params, n_fields, rate = EXPECTED[name]
    assert (p.method, p.path_template) == (method, path)
    assert len(p.params) == n_params
    assert len(p.response_fields) == n_fields
    got_rate = None if p.rate_limit is None else (p.rate_limit.limit, p.rate_limit.per_seconds, p.rate_limit.scope)
    assert got_rate == rate
    for key, attr, expected in FACTS[name]:
        item = p.field(key[1:]) if key.startswith("<") else p.param(key)
        assert getattr(item, attr) == expected, (key, attr)


@pytest.mark.parametrize("name", FILES)
def test_every_row_points_at_its_line(name: str) -> None:
    lines = text(name).splitlines()
    p = page(name)
    items: list[DocParam | DocField] = [*p.params, *p.response_fields]
    for item in items:
        leaf = re.split(r"\[\]\.|\.", item.name)[-1]
        assert leaf in lines[item.line - 1], item
    if p.rate_limit is not None:
        assert re.search(r"(?i)rate limit|frequency limit", lines[p.rate_limit.line - 1])


@pytest.mark.parametrize("name", FILES)
def test_every_table_row_is_read(name: str) -> None:
    """No row is silently dropped: rows of parameter and field tables map one-to-one onto lines of the result."""
    p = page(name)
    lines = text(name).splitlines()
    items: list[DocParam | DocField] = [*p.params, *p.response_fields]
    read = {item.line for item in items}
    for number, line in enumerate(lines, 1):
        cells = [c.strip().lower() for c in line.strip().strip("|").split("|")]
        if number in read or not line.lstrip().startswith("|") or set(line) <= set("|-: "):
            continue
        # what is left: header rows, Gate's enumerated-values / status tables and the Gate body wrapper row
        allowed = cells[0] in {"parameter", "parameter name", "name", "field", "status"}
        allowed = allowed or cells[0].startswith("»»") or cells[0] == "body" or cells[0].isdigit()
        assert allowed, (number, line)


def test_the_index_lists_every_snapshot_with_its_method_and_path() -> None:
    """spec/docs/README.md lists method and path per snapshot; the reader must find the same on each page."""
    rows = re.findall(r"^\| `([\w/.-]+\.md)` \| (\w+) \| `([^`]+)` \|", text("README.md"), re.M)
    assert sorted(name for name, _, _ in rows) == FILES
    for name, method, path in rows:
        p = page(name)
        assert (p.method, p.path_template) == (method, path), name


def test_response_reference_and_prose_list() -> None:
    assert page("gate/spot-get-price-order.md").response_ref == "spot-list-price-orders.md"
    assert page("gate/spot-cancel-all-price-orders.md").response_ref == "spot-list-price-orders.md"
    history = page("bingx/spot-oco-history-order-list.md")
    assert history.response_ref == "spot-oco-order-list.md"
    assert [f.name for f in history.response_fields] == [
        "transactionTime", "orderId", "clientOrderId", "symbol", "orderType", "side", "triggerPrice", "price",
        "quantity", "orderListId",
    ]  # fmt: skip
    assert history.field("side").line == 24  # the item sits on the paragraph's second line


def test_type_properties() -> None:
    assert page("gate/spot-create-price-triggered-order.md").field("id").type_raw == "integer(int64)"
    assert page("bitget/spot-batch-cancel-plan-order.md").param("symbolList").item_type == "string"
    assert page("bitget/mix-cancel-plan-order.md").field("successList").item_type == "object"
    assert page("bitget/spot-place-plan-order.md").param("side").item_type is None


def test_no_parameter_pages_say_so() -> None:
    for name in ("bitget/public-time.md", "gate/spot-time.md", "bingx/spot-server-time.md"):
        assert page(name).params == ()
        assert re.search(r"(?im)^- No request parameters\.$", text(name))


def test_gate_body_row_is_the_body_itself() -> None:
    p = page("gate/spot-create-price-triggered-order.md")
    assert [x.name for x in p.params if "." not in x.name] == ["trigger", "put", "market"]
    assert all(x.location == "body" for x in p.params)


def test_flat_batch_table_rows_are_item_fields() -> None:
    p = page("bitget/margin-isolated-batch-place-order.md")
    assert [x.name for x in p.params] == ["symbol", "orderList"] + [
        f"orderList[].{n}"
        for n in ("orderType", "price", "loanType", "force", "baseSize", "quoteSize", "clientOid", "side", "stpMode")
    ]


@pytest.mark.parametrize(
    ("cell", "leaf", "names", "values"),
    [
        ("Execution price<br>it's required when <code>orderType</code>=<code>limit</code>", "executePrice", (), None),
        ("Execution price<br>it's required when <code>orderType</code>=<code>limit</code>", "mode", (), None),
        ("Trading pair, e.g. `ETHUSDT`", "symbol", (), None),
        ("Plan order ID; send `orderId` or `clientOid`", "note", ("orderId", "clientOid"), None),
        ("`live` for pending orders (the example shows `not_trigger`)", "planStatus", (), None),
        ("Notes:<br>- For open long, `side` = `buy`, `tradeSide` = `open`", "mode", ("side", "tradeSide"), None),
        ("Direction<br><code>buy</code>: Buy<br><code>sell</code>: Sell", "side", (), ("buy", "sell")),
        ("`live` (not triggered) / `executing` (order being placed)", "status", (), ("live", "executing")),
        ("Order direction: `buy` or `sell`", "side", (), ("buy", "sell")),
        ("Order type, BUY for buy, SELL for sell", "side", (), ("BUY", "SELL")),
        ("Direction sell: Sell buy: Buy", "side", (), ("sell", "buy")),
        ("Order type limit market", "orderType", (), ("limit", "market")),
        ("Order type limit market", "side", (), None),
        ("normal, market, profit_market", "orderSource", (), ("normal", "market", "profit_market")),
        ("- `a`: x<br>- `b`: y", "stopLossTriggerPrice", (), None),
    ],
)
def test_cell_enum_precision(cell: str, leaf: str, names: tuple[str, ...], values: tuple[str, ...] | None) -> None:
    found = find_cell_enum(cell, leaf, names)
    assert (found.values if found else None) == values


# --------------------------------------------------------------------------------------------------------------------
# broken pages


def broken(tmp_path: Path, name: str, old: str, new: str) -> Path:
    source = text(name)
    assert source.count(old) == 1, old
    path = tmp_path / Path(name).name
    path.write_text(source.replace(old, new), encoding="utf-8")
    return path


def line_of(name: str, needle: str) -> int:
    return next(i for i, line in enumerate(text(name).splitlines(), 1) if needle in line)


def raises_at(path: Path, line: int, match: str) -> None:
    with pytest.raises(SnapshotError, match=match) as info:
        read_snapshot(path)
    assert info.value.line == line
    assert info.value.file == str(path)


def test_broken_row_cell_count(tmp_path: Path) -> None:
    name = "bitget/spot-place-plan-order.md"
    path = broken(tmp_path, name, "| triggerPrice | String | Yes |", "| triggerPrice | String |")
    raises_at(path, line_of(name, "| triggerPrice | String | Yes"), "3 cells, the header has 4")


def test_broken_row_extra_pipe(tmp_path: Path) -> None:
    name = "gate/spot-list-price-orders.md"
    path = broken(tmp_path, name, "| put.side | string | `buy` / `sell` |", "| put.side | string | buy | sell |")
    raises_at(path, line_of(name, "| put.side |"), "4 cells, the header has 3")


def test_unknown_required_cell(tmp_path: Path) -> None:
    name = "bingx/spot-create-oco-order.md"
    path = broken(tmp_path, name, "| quantity           | float64 | Yes", "| quantity           | float64 | Maybe")
    raises_at(path, line_of(name, "| quantity  "), "unknown Required cell 'Maybe'")


def test_unknown_revision_required_cell(tmp_path: Path) -> None:
    name = "bitget/spot-current-plan-order.md"
    path = broken(tmp_path, name, "No (newer revision); Yes (older revision)", "No (newer revision); Perhaps")
    raises_at(path, line_of(name, "| symbol |"), "unknown Required cell")


def test_missing_method_line(tmp_path: Path) -> None:
    name = "bitget/spot-place-plan-order.md"
    path = broken(tmp_path, name, "*   POST /api/v2/spot/trade/place-plan-order\n", "")
    raises_at(path, 0, "no HTTP method/path line")


def test_disagreeing_method_lines(tmp_path: Path) -> None:
    name = "gate/spot-create-price-triggered-order.md"
    path = broken(tmp_path, name, "`POST /spot/price_orders`", "`PUT /spot/price_orders`")
    raises_at(path, line_of(name, "`POST /spot/price_orders`"), "disagrees")


def test_missing_parameter_table(tmp_path: Path) -> None:
    name = "bitget/spot-plan-sub-order.md"
    path = broken(tmp_path, name, "| planOrderId | String | Yes | Plan order ID |\n", "")
    source = path.read_text(encoding="utf-8")
    # drop the now empty table (header and separator) too
    path.write_text(source.replace("| Parameter | Type | Required | Description |\n|---|---|---|---|\n", ""))
    raises_at(path, 0, "no request parameter table")


def test_no_parameters_line_and_a_table(tmp_path: Path) -> None:
    name = "bingx/spot-oco-cancel.md"
    path = broken(tmp_path, name, "- API key permission: Spot Trading", "- No request parameters.")
    raises_at(path, line_of(name, "- API key permission"), "No request parameters")


def test_unknown_table_header(tmp_path: Path) -> None:
    name = "bitget/spot-cancel-plan-order.md"
    path = broken(tmp_path, name, "| Parameter | Type | Required |", "| Parameter | Kind | Required |")
    raises_at(path, line_of(name, "| Parameter | Type | Required"), "unknown column")


def test_nested_row_without_parent(tmp_path: Path) -> None:
    name = "bitget/margin-isolated-batch-cancel-order.md"
    path = broken(tmp_path, name, "| orderIdList | List | No |", "| orderIdList | String | No |")
    raises_at(path, line_of(name, "| > orderId | String | No |"), "not a list or object")


def test_unknown_type(tmp_path: Path) -> None:
    name = "bingx/spot-oco-cancel.md"
    path = broken(tmp_path, name, "| recvWindow | int64 | No |", "| recvWindow | duration | No |")
    raises_at(path, line_of(name, "| recvWindow |"), "unknown type")


def test_flat_list_contradicted_by_example(tmp_path: Path) -> None:
    name = "bitget/margin-isolated-batch-place-order.md"
    path = broken(tmp_path, name, '{    "symbol":"BTCUSDT",', '{    "symbol":"BTCUSDT", "side": "buy",')
    raises_at(path, line_of(name, "| orderList | List |"), "request example")


def test_unreadable_rate_limit(tmp_path: Path) -> None:
    name = "bitget/mix-place-plan-order.md"
    path = broken(tmp_path, name, "**Rate limit:** 10 req/sec/UID", "**Rate limit:** ten a second")
    raises_at(path, line_of(name, "**Rate limit:**"), "rate limit")


def test_enumerated_value_for_unknown_parameter(tmp_path: Path) -> None:
    name = "gate/spot-create-price-triggered-order.md"
    path = broken(tmp_path, name, "| »» rule          | <=      |", "| »» rules         | <=      |")
    raises_at(path, line_of(name, "| »» rule          | <=      |"), "names 0 parameters")


def test_path_variable_without_parameter(tmp_path: Path) -> None:
    name = "gate/spot-get-price-order.md"
    path = broken(tmp_path, name, "| order_id | path |", "| orderid | path |")
    raises_at(path, 0, "no path parameter 'order_id'")


def test_unclosed_code_block(tmp_path: Path) -> None:
    name = "bitget/public-time.md"
    path = tmp_path / "public-time.md"
    path.write_text(text(name) + "```\n", encoding="utf-8")
    raises_at(path, len(text(name).splitlines()) + 1, "not closed")


def test_duplicate_parameter(tmp_path: Path) -> None:
    name = "bitget/mix-orders-plan-pending.md"
    row = "| symbol | String | No | Trading pair, e.g. ETHUSDT (row appears twice in the doc table) |"
    path = broken(tmp_path, name, row, row + "\n" + row)
    raises_at(path, line_of(name, row) + 1, "already on line")


def test_parse_is_pure() -> None:
    name = "gate/spot-create-price-triggered-order.md"
    assert parse_snapshot(text(name), "x.md") == parse_snapshot(text(name), "x.md")
    assert parse_snapshot(text(name), "x.md").path == "x.md"
