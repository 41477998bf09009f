"""Benchmark 4, codegen: ``python -m codegen generate`` on all venues (wall time of the command, into an empty
directory, so every file is written), and on a spec synthesised with 1x, 10x and 100x Bitget's operations, to see
that time grows linearly with the size of the spec.

The synthetic spec repeats every operation of ``spec/bitget.yaml`` under a new path and operationId (``c7_...``),
with every schema it uses copied under a new name (``C7...``); ``Decimal`` and ``Envelope`` stay shared, and the
tags stay the same, so each module grows.
"""

from __future__ import annotations

import copy
import tempfile
import time
from pathlib import Path
from typing import Any

from bench.common import ROOT, Row, median, noise, python_run

BENCH = "4 codegen"
SHARED_SCHEMAS = frozenset({"Decimal", "Envelope"})
METHODS = ("get", "post", "put", "patch", "delete")


def synthesise(source: dict[str, Any], factor: int) -> dict[str, Any]:
    """``source`` with its operations ``factor`` times over."""
    document = copy.deepcopy(source)
    schemas = source["components"]["schemas"]
    for k in range(1, factor):
        renamed = {name: f"C{k}{name}" for name in schemas if name not in SHARED_SCHEMAS}

        def rename(node: Any, renamed: dict[str, str] = renamed) -> Any:
            if isinstance(node, dict):
                result = {key: rename(value) for key, value in node.items()}
                ref = result.get("$ref")
                prefix = "#/components/schemas/"
                if isinstance(ref, str) and ref.startswith(prefix) and ref[len(prefix) :] in renamed:
                    result["$ref"] = prefix + renamed[ref[len(prefix) :]]
                return result
            if isinstance(node, list):
                return [rename(value) for value in node]
            return node

        for path, item in source["paths"].items():
            copied = rename(item)
            for method in METHODS:
                if method in copied:
                    copied[method]["operationId"] = f"c{k}_{copied[method]['operationId']}"
            document["paths"][f"/c{k}{path}"] = copied
        for name, new_name in renamed.items():
            document["components"]["schemas"][new_name] = rename(schemas[name])
    return document


def operations(document: dict[str, Any]) -> int:
    return sum(1 for item in document["paths"].values() for method in METHODS if method in item)


def generate_seconds(spec_dir: Path | None = None) -> float:
    """Wall time of one ``python -m codegen generate`` into a fresh directory."""
    with tempfile.TemporaryDirectory(prefix="venuebind-bench-") as out:
        args = ["-m", "codegen", "generate", "--out", out]
        if spec_dir is not None:
            args += ["--spec-dir", str(spec_dir)]
        started = time.perf_counter()
        python_run(args, timeout=1800)
        elapsed = time.perf_counter() - started
        if not any(Path(out).rglob("models.py")):
            raise AssertionError("codegen generate wrote no models.py")
        return elapsed


def run(quick: bool = False) -> list[Row]:
    import yaml

    rows: list[Row] = []
    runs = 1 if quick else 5
    all_venues = [generate_seconds() for _ in range(runs)]
    specs = sorted(path.stem for path in (ROOT / "spec").glob("*.yaml"))
    rows.append(
        Row(
            BENCH,
            f"regenerate all venues ({', '.join(specs)})",
            median(all_venues),
            "s",
            target="< 2 s",
            met=median(all_venues) < 2.0,
            noise=noise(all_venues),
            note=f"median of {runs}, `python -m codegen generate` wall time, interpreter start included",
        )
    )

    source = yaml.safe_load((ROOT / "spec" / "bitget.yaml").read_text(encoding="utf-8"))
    factors = (1, 3) if quick else (1, 10, 100)
    measured: list[tuple[int, int, float, list[float]]] = []
    with tempfile.TemporaryDirectory(prefix="venuebind-bench-spec-") as root:
        for factor in factors:
            spec_dir = Path(root) / f"x{factor}"
            spec_dir.mkdir()
            document = synthesise(source, factor)
            (spec_dir / "bitget.yaml").write_text(yaml.safe_dump(document, sort_keys=False), encoding="utf-8")
            repeat = 1 if quick or factor >= 100 else 3
            samples = [generate_seconds(spec_dir) for _ in range(repeat)]
            measured.append((factor, operations(document), median(samples), samples))
    base_ops, base_seconds = measured[0][1], measured[0][2]
    for index, (factor, ops, seconds, samples) in enumerate(measured):
        row = Row(BENCH, f"synthetic Bitget spec x{factor} ({ops} operations)", seconds, "s", noise=noise(samples))
        if index == 0:
            row.note = f"{seconds / ops * 1000:.0f} ms per operation, start-up included"
        else:
            previous_factor, previous_ops, previous_seconds, _ = measured[index - 1]
            marginal = (seconds - previous_seconds) / (ops - previous_ops) * 1000
            row.ratio = seconds / base_seconds
            row.target = f"~linear: x{factor} size"
            row.note = (
                f"x{ops / base_ops:.0f} operations in x{seconds / base_seconds:.1f} time; "
                f"{marginal:.1f} ms per added operation from x{previous_factor}"
            )
            if index >= 2:
                first_marginal = (measured[1][2] - measured[0][2]) / (measured[1][1] - measured[0][1]) * 1000
                # Linear: an added operation costs about the same at x100 as at x10 (within half again).
                row.met = marginal <= 1.5 * first_marginal
                row.note += f" (vs {first_marginal:.1f} ms from x1)"
        rows.append(row)
    return rows


if __name__ == "__main__":
    from bench.common import table

    print(table(run()))
