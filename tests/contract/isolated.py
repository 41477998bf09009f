"""Places with nothing but what a user has: a clone of HEAD with nothing beside it, and a virtual environment with
only the package's core dependencies.

The environment is built offline and in a fraction of a second: ``venv --without-pip``, then the installed files of
attrs, cattrs and urllib3 (and what they require themselves) copied from this environment into its site-packages,
dist-info included, exactly as pip laid them out here.  So the versions are the ones the tests run with, no registry
is asked, and the interpreter sees installed distributions (``importlib.metadata``, mypy's PEP 561 search) as after
``pip install``.
"""

from __future__ import annotations

import importlib.metadata
import shutil
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

from packaging.requirements import Requirement

from tests.conftest import ROOT

CORE = ("attrs", "cattrs", "urllib3")
"""The shipped package's dependencies (pyproject's ``dependencies``)."""


def core_dependencies() -> list[str]:
    """CORE and everything they require on this interpreter (no extras), as distribution names."""
    names: list[str] = []
    pending = list(CORE)
    while pending:
        name = importlib.metadata.distribution(pending.pop()).metadata["Name"]
        if name.lower() in (n.lower() for n in names):
            continue
        names.append(name)
        for text in importlib.metadata.requires(name) or ():
            requirement = Requirement(text)
            if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
                pending.append(requirement.name)
    return sorted(names, key=str.lower)


def core_venv(path: Path) -> Path:
    """A virtual environment at ``path`` holding CORE and their requirements only (no pip); its python."""
    venv.EnvBuilder(with_pip=False, symlinks=True).create(path)
    python = path / "bin" / "python"
    site = Path(sysconfig.get_path("purelib", vars={"base": str(path), "platbase": str(path)}))
    for name in core_dependencies():
        distribution = importlib.metadata.distribution(name)
        for file in distribution.files or ():
            if file.parts[0] == ".." or "__pycache__" in file.parts:
                continue  # scripts outside site-packages, and bytecode the interpreter writes itself
            source = Path(str(distribution.locate_file(file)))
            if source.is_file():
                destination = site / file
                destination.parent.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(source, destination)
    return python


def installed(python: Path) -> set[str]:
    """The distributions ``python`` sees installed, by normalised name."""
    script = "import importlib.metadata as m; print('\\n'.join(d.metadata['Name'] for d in m.distributions()))"
    result = subprocess.run([str(python), "-c", script], capture_output=True, text=True, check=True)
    return {line.strip().lower().replace("_", "-") for line in result.stdout.split()}


def clone_head(parent: Path) -> Path:
    """A ``git clone`` of this checkout's HEAD into ``parent/venuebind``; ``parent`` must be empty, so that the clone
    has no sibling folder to read, as a user's clone has none."""
    assert not any(parent.iterdir()), f"{parent} is not empty"
    head = git("rev-parse", "HEAD", cwd=ROOT)
    target = parent / "venuebind"
    git("clone", "--quiet", "--no-checkout", str(ROOT), str(target), cwd=parent)
    git("checkout", "--quiet", head, cwd=target)
    return target


def git(*args: str, cwd: Path) -> str:
    result = subprocess.run(["git", *args], cwd=cwd, capture_output=True, text=True, check=False)
    assert result.returncode == 0, f"git {' '.join(args)} failed (the tests need a git checkout):\n{result.stderr}"
    return result.stdout.strip()


def run(command: list[str], cwd: Path, timeout: float = 600, env: dict[str, str] | None = None) -> str:
    """Run ``command``; its output, or a failure that shows it."""
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, timeout=timeout, env=env, check=False)
    output = result.stdout + result.stderr
    assert result.returncode == 0, f"{' '.join(command)} exited {result.returncode}:\n{output[-6000:]}"
    return output


DEV_PYTHON = sys.executable
"""The development environment's interpreter: pytest, mypy, build and the sandbox run from it."""
