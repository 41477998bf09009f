"""What the benchmarks share: the five documented orders for each library, timing and statistics, subprocesses
(fresh interpreters, a sandbox venue in its own process), the machine and version facts, and the result rows."""

from __future__ import annotations

import gc
import json
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from importlib import metadata
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable

KEY, SECRET, PASSPHRASE = "bench-api-key-0001", "bench-secret-not-real", "bench-passphrase"
"""Made-up credentials: every request goes to a sandbox venue on 127.0.0.1, or nowhere."""

TIMESTAMP_MS = 1659076670000
"""The pinned timestamp of benchmark 1 (ccxt's nonce is pinned to the same value)."""

# --------------------------------------------------------------------------------------------------------------------
# Results


@dataclass
class Row:
    """One line of the results table: venuebind's median against a peer's, and whether the issue's target is met."""

    bench: str
    case: str
    ours: float
    unit: str
    peer: str | None = None
    theirs: float | None = None
    ratio: float | None = None
    """venuebind ÷ peer (for throughput too: above 1 means venuebind is faster); set explicitly where it is not."""
    target: str = ""
    met: bool | None = None
    noise: str = ""
    note: str = ""

    def __post_init__(self) -> None:
        if self.ratio is None and self.theirs:
            self.ratio = self.ours / self.theirs


def judge(row: Row, limit: float, *, at_least: bool = False) -> Row:
    """Fill in ``target`` and ``met``: the ratio is at most ``limit`` (or at least, for throughput)."""
    row.target = f"{'≥' if at_least else '≤'} {limit:g}x"
    if row.ratio is not None:
        row.met = row.ratio >= limit if at_least else row.ratio <= limit
    return row


def median(values: Sequence[float]) -> float:
    return statistics.median(values)


def spread(values: Sequence[float]) -> float:
    """Interquartile range over the median: how much the samples of one measurement disagree (0 for one sample)."""
    if len(values) < 2:
        return 0.0
    q1, _, q3 = statistics.quantiles(values, n=4, method="inclusive")
    middle = statistics.median(values)
    return (q3 - q1) / middle if middle else 0.0


def noise(*sample_sets: Sequence[float]) -> str:
    """``IQR 3% / 5%``: the spread of each measurement in a row, ours first."""
    return "IQR " + " / ".join(f"{spread(values) * 100:.0f}%" for values in sample_sets)


def fmt(value: float | None, unit: str) -> str:
    if value is None:
        return "—"
    if unit in ("calls/s",):
        return f"{value:,.0f} {unit}"
    if value >= 100:
        return f"{value:,.0f} {unit}"
    if value >= 10:
        return f"{value:.1f} {unit}"
    return f"{value:.2f} {unit}"


def table(rows: Sequence[Row]) -> str:
    """The rows as a Markdown table."""
    lines = [
        "| # | case | venuebind | peer | peer's | ratio | target | met | noise | note |",
        "|---|---|---:|---|---:|---:|---|---|---|---|",
    ]
    for row in rows:
        ratio = "—" if row.ratio is None else f"{row.ratio:.2f}x"
        met = {True: "yes", False: "**no**", None: "—"}[row.met]
        lines.append(
            f"| {row.bench} | {row.case} | {fmt(row.ours, row.unit)} | {row.peer or '—'} | "
            f"{fmt(row.theirs, row.unit)} | {ratio} | {row.target or '—'} | {met} | {row.noise} | {row.note} |"
        )
    return "\n".join(lines)


# --------------------------------------------------------------------------------------------------------------------
# Timing


def interleaved(cases: Mapping[str, Callable[[], object]], *, number: int, repeat: int) -> dict[str, list[float]]:
    """Seconds per call of each case, one sample per batch of ``number`` calls.

    The cases take turns batch by batch (in alternating order), so a burst of load from elsewhere on the machine
    falls on all of them alike; the garbage collector is off inside a batch, as in ``timeit``.
    """
    samples: dict[str, list[float]] = {name: [] for name in cases}
    for function in cases.values():  # warm up: first-use work (hook compilation, caches) is not per-call cost
        for _ in range(3):
            function()
    items = list(cases.items())
    enabled = gc.isenabled()
    try:
        for turn in range(repeat):
            for name, function in items if turn % 2 == 0 else reversed(items):
                gc.collect()
                gc.disable()
                started = time.perf_counter()
                for _ in range(number):
                    function()
                elapsed = time.perf_counter() - started
                if enabled:
                    gc.enable()
                samples[name].append(elapsed / number)
    finally:
        if enabled:
            gc.enable()
    return samples


# --------------------------------------------------------------------------------------------------------------------
# Subprocesses


def python_run(args: Sequence[str], *, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    """Run this environment's interpreter with ``args`` (cwd: the repository); raise, with its stderr, if it fails."""
    result = subprocess.run([PYTHON, *args], cwd=ROOT, capture_output=True, text=True, timeout=timeout, check=False)
    if result.returncode != 0:
        raise RuntimeError(
            f"a benchmark subprocess failed ({result.returncode}): {list(args)}\n{result.stderr[-3000:]}"
        )
    return result


_SERVE = """
import asyncio, json, sys, collections
try:  # the sandbox's loop: uvloop where it is installed (ccxt, the peer, depends on it: the bench extra has it)
    import uvloop
    asyncio.set_event_loop_policy(uvloop.EventLoopPolicy())
except ImportError:
    pass
from venuebind import sandbox
from bench.common import KEY, SECRET, PASSPHRASE
with sandbox.start(sys.argv[1], api_key=KEY, secret_key=SECRET, passphrase=PASSPHRASE) as venue:
    print(venue.base_url, flush=True)
    sys.stdin.read()
    outcomes = collections.Counter(record.outcome for record in venue.requests)
print(json.dumps(outcomes), flush=True)
"""


class SandboxProcess:
    """A sandbox venue (``venuebind.sandbox``, loopback only) in a process of its own, so that its work does not share
    the benchmarked client's interpreter lock.  ``close()`` stops it and returns its outcome counts."""

    def __init__(self, venue: str) -> None:
        self.venue = venue
        self._process = subprocess.Popen(
            [PYTHON, "-c", _SERVE, venue],
            cwd=ROOT,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._process.stdout is not None
        self.base_url = self._process.stdout.readline().strip()
        if not self.base_url.startswith("http://127.0.0.1:"):
            self._process.kill()
            raise RuntimeError(f"the {venue} sandbox did not start (said {self.base_url!r})")

    def close(self) -> dict[str, int]:
        """Stop the sandbox; how many requests it accepted and refused (by the venue's code)."""
        assert self._process.stdin is not None and self._process.stdout is not None
        self._process.stdin.close()
        summary = self._process.stdout.read()
        self._process.wait(timeout=30)
        outcomes: dict[str, int] = json.loads(summary.strip().splitlines()[-1]) if summary.strip() else {}
        return outcomes

    def __enter__(self) -> SandboxProcess:
        return self

    def __exit__(self, *exc_info: object) -> None:
        if self._process.poll() is None:
            self.close()


# --------------------------------------------------------------------------------------------------------------------
# Facts about this run


def versions() -> dict[str, str]:
    found = {}
    names = "venuebind attrs cattrs urllib3 httptools aiohttp ccxt gate-api requests orjson uvloop"
    for name in names.split():
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "not installed"
    return found


def machine() -> dict[str, str]:
    model = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    except OSError:
        model = platform.processor()
    load = os.getloadavg() if hasattr(os, "getloadavg") else (0.0, 0.0, 0.0)
    return {
        "python": f"{platform.python_implementation()} {platform.python_version()}",
        "os": f"{platform.system()} {platform.release()}",
        "cpu": f"{model or 'unknown'}, {os.cpu_count()} cores",
        "load": " ".join(f"{value:.2f}" for value in load),
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()),
    }


# --------------------------------------------------------------------------------------------------------------------
# The five documented orders (examples/demo.py), for each library
#
# venuebind builds its request model from keyword arguments, as a user writes them (the Decimal values are made once,
# as a user's prices already are); ccxt gets the same fields as the dict its implicit methods take, in the spec's
# field order (so that the two bodies, and so the two signatures, can be compared byte for byte where venuebind writes
# that order too); gate-api builds its own models.

D_0_041572, D_151 = Decimal("0.041572"), Decimal("151")
D_0_01, D_2_5, D_24100, D_5, D_2 = Decimal("0.01"), Decimal("2.5"), Decimal("24100"), Decimal("5"), Decimal("2")
D_100, D_2_15, D_2_AMOUNT = Decimal("100"), Decimal("2.15"), Decimal("2.00000000")
D_0_001, D_70000, D_50000, D_50100 = Decimal("0.001"), Decimal("70000"), Decimal("50000"), Decimal("50100")
D_110, D_30000, D_0_002 = Decimal("110"), Decimal("30000"), Decimal("0.002")


@dataclass(frozen=True)
class Order:
    """One documented order: how each library builds it.  ``n`` makes its client order ids unique."""

    name: str
    venue: str
    builder: Callable[[], Callable[[int], Any]]
    """Imports the venue's models and returns the function that builds the request model from keyword arguments
    (so that no import runs inside a timed call)."""
    ccxt_path: str
    ccxt_api: list[str]
    ccxt_method: str
    ccxt_implicit: str
    """The implicit method the venue NOTES name, which sends ``ccxt_params`` as they are."""
    ccxt_params: Callable[[int], dict[str, Any]]
    gate_api: Callable[[], Any] | None = field(default=None)
    """gate-api's model of the same order (Gate only)."""


def _bitget_spot() -> Callable[[int], Any]:
    from venuebind.bitget.models import PlacePlanOrderRequest

    def build(n: int) -> Any:
        return PlacePlanOrderRequest(
            symbol="TRXUSDT",
            side="buy",
            trigger_price=D_0_041572,
            order_type="limit",
            execute_price=D_0_041572,
            size=D_151,
            trigger_type="fill_price",
            client_oid=f"bench-spot-{n}",
        )

    return build


def _bitget_spot_ccxt(n: int) -> dict[str, Any]:
    return {
        "symbol": "TRXUSDT",
        "side": "buy",
        "triggerPrice": "0.041572",
        "orderType": "limit",
        "executePrice": "0.041572",
        "size": "151",
        "triggerType": "fill_price",
        "clientOid": f"bench-spot-{n}",
    }


def _bitget_trailing() -> Callable[[int], Any]:
    from venuebind.bitget.models import PlaceMixPlanOrderRequest

    def build(n: int) -> Any:
        return PlaceMixPlanOrderRequest(
            plan_type="track_plan",
            symbol="BTCUSDT",
            product_type="USDT-FUTURES",
            margin_mode="isolated",
            margin_coin="USDT",
            size=D_0_01,
            callback_ratio=D_2_5,
            trigger_price=D_24100,
            trigger_type="mark_price",
            side="buy",
            trade_side="open",
            order_type="market",
            client_oid=f"bench-trail-{n}",
            stop_surplus_trigger_price=D_5,
            stop_surplus_trigger_type="fill_price",
            stop_loss_trigger_price=D_2,
            stop_loss_trigger_type="fill_price",
        )

    return build


def _bitget_trailing_ccxt(n: int) -> dict[str, Any]:
    return {
        "planType": "track_plan",
        "symbol": "BTCUSDT",
        "productType": "USDT-FUTURES",
        "marginMode": "isolated",
        "marginCoin": "USDT",
        "size": "0.01",
        "callbackRatio": "2.5",
        "triggerPrice": "24100",
        "triggerType": "mark_price",
        "side": "buy",
        "tradeSide": "open",
        "orderType": "market",
        "clientOid": f"bench-trail-{n}",
        "stopSurplusTriggerPrice": "5",
        "stopSurplusTriggerType": "fill_price",
        "stopLossTriggerPrice": "2",
        "stopLossTriggerType": "fill_price",
    }


def _bitget_batch() -> Callable[[int], Any]:
    from venuebind.bitget.models import BatchPlaceIsolatedOrdersRequest
    from venuebind.bitget.models import IsolatedBatchOrderItem as item

    def build(n: int) -> Any:
        return BatchPlaceIsolatedOrdersRequest(
            symbol="BTCUSDT",
            order_list=[
                item(side="buy", order_type="market", force="gtc", quote_size=D_110, loan_type="normal",
                     client_oid=f"bench-batch-{n}-1"),
                item(side="sell", order_type="limit", force="gtc", price=D_30000, base_size=D_0_002,
                     loan_type="autoRepay", client_oid=f"bench-batch-{n}-2"),
            ],
        )  # fmt: skip

    return build


def _bitget_batch_ccxt(n: int) -> dict[str, Any]:
    return {
        "symbol": "BTCUSDT",
        "orderList": [
            {"orderType": "market", "loanType": "normal", "force": "gtc", "quoteSize": "110",
             "clientOid": f"bench-batch-{n}-1", "side": "buy"},
            {"orderType": "limit", "price": "30000", "loanType": "autoRepay", "force": "gtc", "baseSize": "0.002",
             "clientOid": f"bench-batch-{n}-2", "side": "sell"},
        ],
    }  # fmt: skip


def _gate() -> Callable[[int], Any]:
    from venuebind.gate.models import CreateSpotPriceOrderRequest, SpotPricePutOrder, SpotPriceTrigger

    def build(n: int) -> Any:
        return CreateSpotPriceOrderRequest(
            market="GT_USDT",
            trigger=SpotPriceTrigger(price=D_100, rule=">=", expiration=3600),
            put=SpotPricePutOrder(
                type="limit", side="buy", price=D_2_15, amount=D_2_AMOUNT, account="normal", time_in_force="gtc",
                text="api",
            ),
        )  # fmt: skip

    return build


def _gate_ccxt(n: int) -> dict[str, Any]:
    return {
        "trigger": {"price": "100", "rule": ">=", "expiration": 3600},
        "put": {"type": "limit", "side": "buy", "price": "2.15", "amount": "2.00000000", "account": "normal",
                "time_in_force": "gtc", "text": "api"},
        "market": "GT_USDT",
    }  # fmt: skip


def _gate_api() -> Any:
    import gate_api

    return gate_api.SpotPriceTriggeredOrder(
        trigger=gate_api.SpotPriceTrigger(price="100", rule=">=", expiration=3600),
        put=gate_api.SpotPricePutOrder(
            type="limit", side="buy", price="2.15", amount="2.00000000", account="normal", time_in_force="gtc",
            text="api",
        ),
        market="GT_USDT",
    )  # fmt: skip


def _bingx() -> Callable[[int], Any]:
    from venuebind.bingx.models import CreateOcoOrderRequest

    def build(n: int) -> Any:
        return CreateOcoOrderRequest(
            symbol="BTC-USDT",
            side="SELL",
            quantity=D_0_001,
            limit_price=D_70000,
            order_price=D_50000,
            trigger_price=D_50100,
            list_client_order_id=str(900_000_000 + n),
        )

    return build


def _bingx_ccxt(n: int) -> dict[str, Any]:
    return {
        "symbol": "BTC-USDT",
        "side": "SELL",
        "quantity": "0.001",
        "limitPrice": "70000",
        "orderPrice": "50000",
        "triggerPrice": "50100",
        "listClientOrderId": str(900_000_000 + n),
    }


ORDERS: tuple[Order, ...] = (
    Order(
        "Bitget spot plan order",
        "bitget",
        _bitget_spot,
        "v2/spot/trade/place-plan-order",
        ["private", "spot"],
        "POST",
        "privateSpotPostV2SpotTradePlacePlanOrder",
        _bitget_spot_ccxt,
    ),
    Order(
        "Bitget futures trailing stop + TP/SL",
        "bitget",
        _bitget_trailing,
        "v2/mix/order/place-plan-order",
        ["private", "mix"],
        "POST",
        "privateMixPostV2MixOrderPlacePlanOrder",
        _bitget_trailing_ccxt,
    ),
    Order(
        "Bitget isolated-margin batch (2)",
        "bitget",
        _bitget_batch,
        "v2/margin/isolated/batch-place-order",
        ["private", "margin"],
        "POST",
        "privateMarginPostV2MarginIsolatedBatchPlaceOrder",
        _bitget_batch_ccxt,
    ),
    Order(
        "Gate price-triggered order",
        "gate",
        _gate,
        "price_orders",
        ["private", "spot"],
        "POST",
        "privateSpotPostPriceOrders",
        _gate_ccxt,
        _gate_api,
    ),
    Order(
        "BingX OCO order",
        "bingx",
        _bingx,
        "oco/order",
        ["spot", "v1", "private"],
        "POST",
        "spotV1PrivatePostOcoOrder",
        _bingx_ccxt,
    ),
)


def venuebind_credentials(venue: str) -> Any:
    from venuebind import bingx, bitget, gate

    if venue == "bitget":
        return bitget.Credentials(api_key=KEY, secret_key=SECRET, passphrase=PASSPHRASE)
    if venue == "gate":
        return gate.Credentials(api_key=KEY, secret_key=SECRET)
    return bingx.Credentials(api_key=KEY, secret_key=SECRET)


def venuebind_venue(venue: str) -> Any:
    """The venue package: ``venuebind.bitget`` and so on."""
    import importlib

    return importlib.import_module(f"venuebind.{venue}")


def ccxt_exchange(
    venue: str, *, base_url: str | None = None, nonce_ms: int | None = None, async_support: bool = False
) -> Any:
    """A ccxt exchange with the made-up keys; ``base_url`` points the api sections the orders use at a sandbox;
    ``async_support`` takes it from ``ccxt.async_support`` (aiohttp; make it inside the event loop, ``await
    exchange.close()`` after).

    Its rate limiter is off: it sleeps to keep a live venue's limits, which measures the limits, not the library (the
    sandbox enforces none, and venuebind's ``Client`` does not throttle either).
    """
    import importlib

    package = "ccxt.async_support" if async_support else "ccxt"
    cls = getattr(importlib.import_module(f"{package}.{venue}"), venue)
    exchange = cls({"apiKey": KEY, "secret": SECRET, "password": PASSPHRASE, "enableRateLimit": False})
    if nonce_ms is not None:
        exchange.nonce = lambda: nonce_ms
    if base_url is not None:
        if venue == "bitget":  # sign(): urls['api'][section] + '/api/' + path
            for section in ("spot", "mix", "margin"):
                exchange.urls["api"][section] = base_url
        elif venue == "gate":  # sign(): urls['api']['private']['spot'] + '/spot/' + path, signed with /api/v4
            exchange.urls["api"]["private"]["spot"] = base_url
        else:  # sign(): urls['api']['spot'] + '/spot/v1/' + path
            exchange.urls["api"]["spot"] = base_url + "/openApi"
    return exchange


def gate_api_client(base_url: str = "https://api.gateio.ws/api/v4") -> Any:
    import gate_api

    configuration = gate_api.Configuration(host=base_url, key=KEY, secret=SECRET)
    return gate_api.ApiClient(configuration)
