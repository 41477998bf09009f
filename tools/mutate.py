"""Mutation score of the hand-written runtime against the fast unit tests (``nox -s mutate``).

mutmut names a mutant by the module path of its file below the folder it runs in, and only looks for code under
``./`` or ``src/``; the package lives under ``generated/``.  So each module is scored in a fresh staging folder,
``.mutate/<module>/`` (git-ignored), that holds a copy of ``generated/venuebind`` at its top, ``tests/unit``, and a
``pyproject.toml`` telling mutmut to mutate that one module and run ``tests/unit`` only.  Nothing is read or written
outside the repository.

    python tools/mutate.py                   # check, http, wire, client, retry: one after the other
    python tools/mutate.py check retry       # some modules
    python tools/mutate.py --all             # every module of _runtime
    python tools/mutate.py --record          # also write the table into TESTING.md

Each module's surviving mutants, with their diffs, go to ``.mutate/<module>/survivors.txt``.  Mutants that no test
can tell apart from the original (equivalent ones) are not scored: they carry ``# pragma: no mutate`` and a reason in
the source, so mutmut never makes them.
"""

from __future__ import annotations

import argparse
import importlib.metadata
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path
from typing import IO

ROOT = Path(__file__).resolve().parent.parent
RUNTIME = ROOT / "generated" / "venuebind" / "_runtime"
STAGE = ROOT / ".mutate"
TARGETS = ("check", "http", "wire", "client", "clientbase", "retry")
"""The modules whose score issue 19 sets a target for (90% of non-equivalent mutants killed by tests/unit)."""
TESTING = ROOT / "TESTING.md"
BEGIN, END = "<!-- mutate:begin -->", "<!-- mutate:end -->"
KILLED = {"killed", "timeout", "caught by type check", "segfault"}
"""mutmut's statuses that count as a mutant noticed by the tests (a hang or crash is noticed too)."""

CONFIG = """\
[tool.mutmut]
source_paths = ["venuebind"]
only_mutate = ["venuebind/_runtime/{module}.py"]
pytest_add_cli_args_test_selection = ["tests/unit"]
pytest_add_cli_args = ["-p", "no:cacheprovider", "-q"]
use_git_change_detection = false

[tool.pytest.ini_options]
testpaths = ["tests/unit"]
"""


def stage(module: str) -> Path:
    """A fresh folder in which mutmut sees ``venuebind`` at the top and mutates ``_runtime/<module>.py`` only."""
    folder = STAGE / module
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    shutil.copytree(ROOT / "generated" / "venuebind", folder / "venuebind", ignore=ignore)
    shutil.copytree(ROOT / "tests" / "unit", folder / "tests" / "unit", ignore=ignore)
    (folder / "tests" / "__init__.py").write_text("")
    (folder / "pyproject.toml").write_text(CONFIG.format(module=module))
    return folder


def mutmut(folder: Path, *args: str, capture: bool = False, log: IO[str] | None = None) -> str:
    """Run a mutmut command in ``folder``; its output is returned (``capture``), written to ``log``, or shown."""
    done = subprocess.run(
        [sys.executable, "-m", "mutmut", *args],
        cwd=folder,
        env={**os.environ, "PYTHONDONTWRITEBYTECODE": "1"},
        check=not capture,
        text=True,
        stdout=subprocess.PIPE if capture else log,
        stderr=subprocess.STDOUT if log else None,
    )
    return done.stdout or ""


def score(module: str, children: int) -> dict[str, object]:
    folder = stage(module)
    started = time.monotonic()
    before = os.times()
    with open(folder / "run.log", "w") as log:  # mutmut's progress spinner, kept out of the terminal
        mutmut(folder, "run", "--max-children", str(children), log=log)
    after = os.times()
    seconds = time.monotonic() - started
    cpu = after.children_user - before.children_user + after.children_system - before.children_system
    statuses: dict[str, str] = {}
    for line in mutmut(folder, "results", "--all", "true", capture=True).splitlines():
        found = re.match(r"\s*(\S+__mutmut_\d+): (.+)$", line)
        if found:
            statuses[found.group(1)] = found.group(2).strip()
    survivors = sorted(name for name, status in statuses.items() if status not in KILLED)
    with open(folder / "survivors.txt", "w") as out:
        for name in survivors:
            out.write(mutmut(folder, "show", name, capture=True) + "\n")
    killed = len(statuses) - len(survivors)
    return {
        "module": module,
        "killed": killed,
        "total": len(statuses),
        "pragmas": _pragmas(RUNTIME / f"{module}.py"),
        "seconds": seconds,
        "cpu": cpu,
    }


def _pragmas(path: Path) -> int:
    return sum("pragma: no mutate" in line for line in path.read_text().splitlines())


def table(rows: list[dict[str, object]]) -> str:
    lines = [
        "| module | killed / scored | score | lines marked equivalent | wall s | CPU s |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    for row in rows:
        killed, total = int(row["killed"]), int(row["total"])  # type: ignore[call-overload]
        percent = f"{100 * killed / total:.1f}%" if total else "n/a"
        lines.append(
            f"| `{row['module']}.py` | {killed} / {total} | {percent} | {row['pragmas']} | "
            f"{row['seconds']:.0f} | {row['cpu']:.0f} |"
        )
    return "\n".join(lines)


def record(text: str, children: int) -> None:
    """Replace the table between TESTING.md's markers, saying when, on what and with which mutmut it was measured."""
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, text=True, capture_output=True).stdout
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "generated", "tests"], cwd=ROOT, text=True, capture_output=True
    )
    when = time.strftime("%Y-%m-%d", time.gmtime())
    at_once = "one mutant" if children == 1 else f"{children} mutants"
    note = (
        f"Measured {when} on commit {commit.strip() or '?'}{' plus uncommitted changes' if dirty.stdout else ''}"
        f" with mutmut {importlib.metadata.version('mutmut')}, {at_once} at a time; CPU s is mutmut's own time."
    )
    document = TESTING.read_text()
    start, end = document.index(BEGIN) + len(BEGIN), document.index(END)
    TESTING.write_text(document[:start] + "\n" + note + "\n\n" + text + "\n" + document[end:])


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("modules", nargs="*", help=f"modules of _runtime (default: {', '.join(TARGETS)})")
    parser.add_argument("--all", action="store_true", help="every module of _runtime")
    parser.add_argument("--record", action="store_true", help="write the table into TESTING.md")
    parser.add_argument("--children", type=int, default=1, help="mutants run at once (default 1: a shared machine)")
    options = parser.parse_args()
    modules = options.modules or (
        sorted(p.stem for p in RUNTIME.glob("*.py") if p.stem != "__init__") if options.all else list(TARGETS)
    )
    unknown = [m for m in modules if not (RUNTIME / f"{m}.py").is_file()]
    if unknown:
        parser.error(f"no such module in _runtime: {', '.join(unknown)}")
    rows = []
    for module in modules:
        rows.append(score(module, options.children))
        print(table(rows[-1:]), flush=True)
    text = table(rows)
    print("\n" + text)
    if options.record:
        record(text, options.children)
    return 0


if __name__ == "__main__":
    sys.exit(main())
