"""Benchmark 5, memory: peak RSS of a fresh interpreter after importing every venue and creating one ``Client``,
against ccxt with one exchange instance (and gate-api with one ``SpotApi``).  A bare interpreter is measured too, so
that what each library adds can be told from what Python itself holds."""

from __future__ import annotations

from bench.common import Row, median, noise, python_run

BENCH = "5 memory"
PEAK = """
import resource
try:  # this process's own high-water mark: ru_maxrss would also count the parent's pages when it was forked
    with open("/proc/self/status") as status:
        print(next(int(line.split()[1]) for line in status if line.startswith("VmHWM:")))
except OSError:
    print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""
CASES = {
    "python": "pass",
    "venuebind": (
        "import venuebind.bitget, venuebind.gate, venuebind.bingx\n"
        "credentials = venuebind.bitget.Credentials(api_key='k' * 16, secret_key='s', passphrase='p')\n"
        "client = venuebind.bitget.Client(credentials)"
    ),
    "venuebind, one request prepared per venue": (
        "from decimal import Decimal\n"
        "from venuebind import bitget, gate, bingx\n"
        "client = bitget.Client(bitget.Credentials(api_key='k' * 16, secret_key='s', passphrase='p'))\n"
        "from bench.common import ORDERS, venuebind_credentials\n"
        "for order in ORDERS:\n"
        "    __import__('venuebind.' + order.venue, fromlist=['prepare']).prepare("
        "order.builder()(1), venuebind_credentials(order.venue), timestamp_ms=1)"
    ),
    "ccxt": "from ccxt.bitget import bitget\nexchange = bitget({'apiKey': 'k' * 16, 'secret': 's', 'password': 'p'})",
    "gate-api": (
        "import gate_api\napi = gate_api.SpotApi(gate_api.ApiClient(gate_api.Configuration(key='k' * 16, secret='s')))"
    ),
}
"""The second venuebind case imports bench.common (dataclasses, importlib.metadata, ...), which the first does not."""


def peak_mib(code: str) -> float:
    return int(python_run(["-c", code + PEAK]).stdout.split()[-1]) / 1024  # KiB


def run(quick: bool = False) -> list[Row]:
    runs = 1 if quick else 7
    samples: dict[str, list[float]] = {name: [] for name in CASES}
    for code in CASES.values():  # warm: bytecode compiled
        peak_mib(code)
    names = list(CASES)
    for turn in range(runs):
        for name in names if turn % 2 == 0 else reversed(names):
            samples[name].append(peak_mib(CASES[name]))
    peak = {name: median(values) for name, values in samples.items()}
    base = peak["python"]

    def added(name: str) -> float:
        return peak[name] - base

    prepared = "venuebind, one request prepared per venue"
    rows = [
        Row(
            BENCH,
            "all venues imported + one Client",
            peak["venuebind"],
            "MiB",
            "ccxt (bitget instance)",
            peak["ccxt"],
            target="— (no target set)",
            noise=noise(samples["venuebind"], samples["ccxt"]),
            note=(
                f"peak RSS, median of {runs}; above a bare interpreter ({base:.1f} MiB): "
                f"{added('venuebind'):.1f} vs {added('ccxt'):.1f} MiB ({added('venuebind') / added('ccxt'):.2f}x)"
            ),
        ),
        Row(
            BENCH,
            "all venues imported + one Client",
            peak["venuebind"],
            "MiB",
            "gate-api (one SpotApi)",
            peak["gate-api"],
            noise=noise(samples["venuebind"], samples["gate-api"]),
            note=f"above a bare interpreter: {added('venuebind'):.1f} vs {added('gate-api'):.1f} MiB; informational",
        ),
        Row(
            BENCH,
            "… and one request prepared per order (first-use work done)",
            peak[prepared],
            "MiB",
            noise=noise(samples[prepared]),
            note=f"above a bare interpreter: {added(prepared):.1f} MiB; informational",
        ),
    ]
    return rows


if __name__ == "__main__":
    from bench.common import table

    print(table(run()))
