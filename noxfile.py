"""Project tasks.  Each session runs in the environment nox itself runs in (the project's ``.venv``), which README's
set-up command fills from ``pyproject.toml``; ``nox -s ci`` is what CI runs."""

from __future__ import annotations

import filecmp
import os
import shutil
import sys

import nox

nox.options.default_venv_backend = "none"
nox.options.sessions = ["ci"]

PACKAGE = "generated/venuebind"
PRISM_LOCK = ("tests/prism/package.json", "tests/prism/package-lock.json")
"""Prism 5.14.2 and every package under it, pinned: its declared Node engine (>=18.20.1) includes the Node 20 that
CI has (5.15 and later declare >=24)."""
PYTHON = sys.executable
"""The interpreter nox runs in: every tool runs as ``python -m tool`` from the same environment, whatever PATH says."""


@nox.session
def generate(session: nox.Session) -> None:
    """Regenerate the venue packages from spec/."""
    session.run(PYTHON, "-m", "codegen", "generate")


@nox.session
def check(session: nox.Session) -> None:
    """Fail with a diff if generated/ is not what spec/ and codegen/ produce, or if a doc snapshot drifted."""
    session.run(PYTHON, "-m", "codegen", "generate", "--check")
    session.run(PYTHON, "-m", "codegen", "drift")


@nox.session
def lint(session: nox.Session) -> None:
    """ruff: lint and formatting of everything Python."""
    session.run(PYTHON, "-m", "ruff", "check", ".")
    session.run(PYTHON, "-m", "ruff", "format", "--check", ".")


@nox.session
def typecheck(session: nox.Session) -> None:
    """mypy --strict on the shipped package, on codegen, and on the async example README shows."""
    session.run(PYTHON, "-m", "mypy", PACKAGE, "codegen", "examples/async_orders.py")


@nox.session
def tests(session: nox.Session) -> None:
    """The test suite, property tests derandomized (the ``ci`` profile); extra pytest arguments pass through:
    ``nox -s tests -- -k bitget``."""
    session.run(PYTHON, "-m", "pytest", "--hypothesis-profile=ci", *session.posargs)


def install_prism(session: nox.Session) -> None:
    """Install the pinned Prism into .prism/ (again only when the lock file changed)."""
    installed = [os.path.join(".prism", os.path.basename(path)) for path in PRISM_LOCK]
    up_to_date = all(os.path.exists(path) for path in installed) and all(map(filecmp.cmp, PRISM_LOCK, installed))
    if up_to_date and os.path.exists(".prism/node_modules/.bin/prism"):
        return
    os.makedirs(".prism", exist_ok=True)
    for path in PRISM_LOCK:
        shutil.copyfile(path, os.path.join(".prism", os.path.basename(path)))
    session.run("npm", "ci", "--no-audit", "--no-fund", "--prefix", ".prism", external=True)


@nox.session
def prism(session: nox.Session) -> None:
    """Prism, a third-party OpenAPI validator, checks every operation's prepared requests (installs it from npm)."""
    install_prism(session)
    session.run(PYTHON, "-m", "pytest", "-m", "prism", "--hypothesis-profile=ci", "tests/prism", *session.posargs)


@nox.session
def fuzz(session: nox.Session) -> None:
    """The property and Prism tests with random seeds and 25 times the examples, for maintainers to run often (not in
    ``ci``).  A failure is kept in .hypothesis/ and replayed first next time; add it to tests/failed_before.py."""
    install_prism(session)
    selection = ["-m", "prism or not prism", "tests/properties", "tests/prism"]
    session.run(PYTHON, "-m", "pytest", "--hypothesis-profile=fuzz", *selection, *session.posargs)


@nox.session
def demo(session: nox.Session) -> None:
    """The main job: regenerate the bindings, then run the examples against the local sandbox venues."""
    session.run(PYTHON, "-m", "codegen", "generate")
    session.run(PYTHON, "examples/demo.py")


@nox.session
def bench(session: nox.Session) -> None:
    """Side-by-side benchmarks against ccxt and gate-api; writes BENCHMARKS.md's results (``nox -s bench -- --quick``
    is CI's smoke run, which only checks that they still work).  Installs the pinned peers (the ``bench`` extra)."""
    session.run(PYTHON, "-m", "pip", "install", "-q", "-e", ".[bench]")
    session.run(PYTHON, "-m", "bench", *session.posargs)


@nox.session
def mutate(session: nox.Session) -> None:
    """Mutation score of the hand-written runtime against the fast unit tests (tests/unit), module by module; not
    part of ``ci`` (minutes of CPU).  ``nox -s mutate -- check retry`` scores some modules, ``-- --record`` writes
    the table into TESTING.md.  Installs mutmut (the ``mutate`` extra)."""
    session.run(PYTHON, "-m", "pip", "install", "-q", "-e", ".[mutate]")
    session.run(PYTHON, "tools/mutate.py", *session.posargs)


@nox.session
def ci(session: nox.Session) -> None:
    """Everything CI checks, in order of cost."""
    session.notify("check")
    session.notify("lint")
    session.notify("typecheck")
    session.notify("tests")
    session.notify("prism")
    session.notify("demo")
    session.notify("bench", ["--quick"])
