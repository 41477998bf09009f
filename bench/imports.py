"""Benchmark 2, import: a fresh interpreter imports one venue, against the peer's import of the same venue.

Each run is a new interpreter that times its own import statement with ``perf_counter``; venuebind and the peer take
turns, after one warm-up run each.  venuebind's bytecode is compiled first, as the peers' was when pip installed them.
The process's whole wall time, interpreter start-up included, is reported beside it.  ``-X importtime`` runs split
venuebind's import by who pays for it: attrs, cattrs and urllib3 themselves (with whatever they import first),
venuebind's own modules, and the standard library modules venuebind imports itself.
"""

from __future__ import annotations

import time
from collections import defaultdict

from bench.common import ROOT, Row, judge, median, noise, python_run

BENCH = "2 import"
PAIRS = (
    ("import venuebind.bitget", "ccxt", "from ccxt.bitget import bitget", 0.25),
    ("import venuebind.gate", "gate-api", "import gate_api", 0.25),
    ("from venuebind.bitget import spot_plan", "ccxt", "from ccxt.bitget import bitget", None),
    ("from venuebind.gate import spot_price_orders", "gate-api", "import gate_api", None),
)
"""venuebind's import, the peer's, and the issue's target.  The last two, without a target: one area's endpoint
functions with its models, what a program that places one kind of order imports."""
TIMED = "import time\nstarted = time.perf_counter()\n{statement}\nprint(time.perf_counter() - started)"
MARK = "--bench-import--"
DEPENDENCIES = {"attr": "attrs", "attrs": "attrs", "cattrs": "cattrs", "urllib3": "urllib3"}
OWNERS = ("attrs", "cattrs", "urllib3", "venuebind", "stdlib")


def timed(statement: str) -> tuple[float, float]:
    """Milliseconds: the import inside a fresh interpreter, and the whole process."""
    started = time.perf_counter()
    result = python_run(["-c", TIMED.format(statement=statement)])
    wall = time.perf_counter() - started
    return float(result.stdout.strip()) * 1000, wall * 1000


def shares(statement: str) -> dict[str, float]:
    """Microseconds of ``statement``'s import by owner, from ``-X importtime``: a module belongs to the nearest of
    attrs, cattrs or urllib3 that imported it (or is it), else to venuebind or to the standard library."""
    code = f"import sys\nsys.stderr.write('{MARK}\\n')\n{statement}"
    stderr = python_run(["-X", "importtime", "-c", code]).stderr
    lines = stderr.split(MARK + "\n", 1)[1].splitlines()
    # importtime prints each module after its children, indented two spaces per level.
    pending: dict[int, list[tuple[str, int, list]]] = defaultdict(list)  # type: ignore[type-arg]
    for line in lines:
        if not line.startswith("import time:") or "|" not in line:
            continue
        _, self_us, name = line.split("|", 2)
        depth = (len(name) - len(name.lstrip(" ")) - 1) // 2
        children = pending.pop(depth + 1, [])
        pending[depth].append((name.strip(), int(self_us), children))
    totals: dict[str, float] = defaultdict(float)

    def walk(node: tuple[str, int, list], owner: str | None) -> None:  # type: ignore[type-arg]
        name, self_us, children = node
        package = name.split(".")[0]
        if owner is None and package in DEPENDENCIES:
            owner = DEPENDENCIES[package]
        who = owner or ("venuebind" if package == "venuebind" else "stdlib")
        totals[who] += self_us
        for child in children:
            walk(child, owner)

    for root in pending[0]:
        walk(root, None)
    return {owner: totals.get(owner, 0.0) for owner in OWNERS}


def run(quick: bool = False) -> list[Row]:
    runs = 3 if quick else 21
    rows: list[Row] = []
    # Bytecode as an installed package has it (pip compiles the peers' at install): written here, since a warm-up
    # import writes none where PYTHONDONTWRITEBYTECODE is set, and each run would then compile venuebind's sources.
    python_run(["-m", "compileall", "-q", str(ROOT / "generated" / "venuebind")])
    for ours, peer, theirs, target in PAIRS:
        timed(ours), timed(theirs)  # warm: the file system cache
        samples: dict[str, list[tuple[float, float]]] = {ours: [], theirs: []}
        for turn in range(runs):
            for statement in (ours, theirs) if turn % 2 == 0 else (theirs, ours):
                samples[statement].append(timed(statement))
        our_import = [sample[0] for sample in samples[ours]]
        their_import = [sample[0] for sample in samples[theirs]]
        our_wall = median([sample[1] for sample in samples[ours]])
        their_wall = median([sample[1] for sample in samples[theirs]])
        split: dict[str, list[float]] = defaultdict(list)
        for _ in range(1 if quick else 7):
            measured = shares(ours)
            total = sum(measured.values())
            for owner, value in measured.items():
                split[owner].append(value / total)
        parts = ", ".join(f"{owner} {median(split[owner]):.0%}" for owner in OWNERS)
        row = Row(
            BENCH,
            f"`{ours}` vs `{theirs}`",
            median(our_import),
            "ms",
            peer,
            median(their_import),
            noise=noise(our_import, their_import),
            note=(
                f"median of {runs}; whole process {our_wall:.0f} vs {their_wall:.0f} ms "
                f"({our_wall / their_wall:.2f}x); venuebind's import time by owner: {parts}"
            ),
        )
        rows.append(row if target is None else judge(row, target))
    return rows


if __name__ == "__main__":
    from bench.common import table

    print(table(run()))
