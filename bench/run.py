"""``python -m bench [--quick] [--only NAME ...] [--write | --no-write]``: run the benchmarks side by side and
print one table of medians and ratios.

A full run writes its results into BENCHMARKS.md (between the ``bench:results`` markers; the analysis around them
is written by hand).  ``--quick`` (CI's smoke run: a few iterations of every code path, well under a minute) writes
nothing unless told to.  Any exception in a benchmark, a signature the sandbox refuses, or a benchmark that produced
no result makes the exit status non-zero; timings are never asserted.
"""

from __future__ import annotations

import argparse
import math
import re
import sys
import textwrap
import time
import traceback
from collections.abc import Callable, Sequence
from pathlib import Path

from bench import imports, memory, prepare, regen, roundtrip, roundtrip_async
from bench.common import ROOT, Row, machine, table, versions

BENCHMARKS: dict[str, Callable[[bool], list[Row]]] = {
    "prepare": prepare.run,
    "imports": imports.run,
    "roundtrip": roundtrip.run,
    "roundtrip_async": roundtrip_async.run,
    "regen": regen.run,
    "memory": memory.run,
}
RESULTS = ROOT / "BENCHMARKS.md"
START, END = "<!-- bench:results:start -->", "<!-- bench:results:end -->"


def report(rows: Sequence[Row], facts: dict[str, str], found: dict[str, str], *, quick: bool, seconds: float) -> str:
    """The results block: command, machine, versions, the table."""
    command = "nox -s bench -- --quick" if quick else "nox -s bench"
    prose = [
        f"Command: `{command}` (that is, `python -m bench{' --quick' if quick else ''}`), {facts['date']}, "
        f"{seconds:.0f} s.",
        f"Machine: {facts['cpu']}, {facts['os']}; load average {facts['load']} at the start (shared with other "
        f"work: medians, the libraries interleaved). {facts['python']}.",
        "Versions: " + ", ".join(f"{name} {version}" for name, version in found.items()) + ".",
    ]
    return "\n\n".join([*("\n".join(textwrap.wrap(text, 120, break_on_hyphens=False)) for text in prose), table(rows)])


def write(block: str, path: Path = RESULTS) -> None:
    text = path.read_text(encoding="utf-8") if path.exists() else f"# Benchmarks\n\n{START}\n{END}\n"
    if START not in text or END not in text:
        text = text.rstrip("\n") + f"\n\n## Results\n\n{START}\n{END}\n"
    pattern = re.compile(re.escape(START) + r".*?" + re.escape(END), re.DOTALL)
    path.write_text(pattern.sub(lambda _: f"{START}\n{block}\n{END}", text, count=1), encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="few iterations, every code path (CI)")
    parser.add_argument("--only", nargs="+", choices=list(BENCHMARKS), help="run only these benchmarks")
    written = parser.add_mutually_exclusive_group()
    written.add_argument("--write", action="store_true", default=None, help="write BENCHMARKS.md's results")
    written.add_argument("--no-write", dest="write", action="store_false", help="print only")
    args = parser.parse_args(argv)
    chosen = args.only or list(BENCHMARKS)
    write_results = args.write if args.write is not None else not args.quick and not args.only

    facts, found = machine(), versions()
    started = time.perf_counter()
    rows: list[Row] = []
    failed: list[str] = []
    for name in chosen:
        began = time.perf_counter()
        print(f"bench: {name} ...", file=sys.stderr, flush=True)
        try:
            produced = BENCHMARKS[name](args.quick)
        except Exception:
            traceback.print_exc()
            failed.append(name)
            continue
        if not produced or any(not math.isfinite(row.ours) for row in produced):
            print(f"bench: {name} produced no result", file=sys.stderr)
            failed.append(name)
        rows.extend(produced)
        print(f"bench: {name} took {time.perf_counter() - began:.1f} s", file=sys.stderr, flush=True)
    seconds = time.perf_counter() - started
    block = report(rows, facts, found, quick=args.quick, seconds=seconds)
    print(block)
    if failed:
        print(f"\nbench: FAILED: {', '.join(failed)}", file=sys.stderr)
        return 1
    if write_results:
        write(block)
        print(f"\nbench: results written to {RESULTS.name}", file=sys.stderr)
    missed = [f"{row.bench} / {row.case}" for row in rows if row.met is False]
    print(f"\nbench: {len(rows)} results, {len(missed)} targets missed (timings are reported, never asserted)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
