"""Types catch a trader's mistakes: ``mypy --strict`` reports every marked line of ``mistakes.py`` with its code and
nothing else, and nothing in ``correct.py``, in README's Python examples or in ``examples/``."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).parents[2]
HERE = Path(__file__).parent
MARK = re.compile(r"  # type: ignore\[([a-z-]+)\]")
ERROR = re.compile(r"^(?P<file>[^:]+):(?P<line>\d+): error: .*\[(?P<code>[a-z-]+)\]$")


def readme_examples() -> list[str]:
    """README's ```python blocks, each a module of its own."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return re.findall(r"^```python\n(.*?)^```$", text, re.M | re.S)


def mypy(files: list[Path]) -> list[tuple[str, int, str]]:
    """(file name, line, code) of each error ``mypy --strict`` reports, run with the repository's configuration."""
    done = subprocess.run(
        [sys.executable, "-m", "mypy", "--strict", "--no-error-summary", "--no-pretty", *map(str, files)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    errors = []
    for line in done.stdout.splitlines():
        match = ERROR.match(line)
        assert match is not None or ": note: " in line, line
        if match:
            errors.append((Path(match["file"]).name, int(match["line"]), match["code"]))
    assert done.returncode in (0, 1), done.stderr
    return errors


def test_mypy_catches_each_mistake_and_passes_each_correct_use(tmp_path: Path) -> None:
    written = (HERE / "mistakes.py").read_text(encoding="utf-8")
    lines = written.splitlines()
    expected = {("mistakes_bare.py", number, m[1]) for number, line in enumerate(lines, 1) if (m := MARK.search(line))}
    assert len(expected) >= 15
    (tmp_path / "mistakes_bare.py").write_text("\n".join(MARK.sub("", line) for line in lines) + "\n")
    (tmp_path / "mistakes_as_written.py").write_text(written)  # --strict warns of an ignore that hides nothing
    (tmp_path / "correct_uses.py").write_text((HERE / "correct.py").read_text(encoding="utf-8"))
    examples = readme_examples()
    assert len(examples) >= 3
    for index, example in enumerate(examples):
        (tmp_path / f"readme_{index}.py").write_text(example)
    files = sorted(tmp_path.glob("*.py")) + sorted((ROOT / "examples").glob("*.py"))
    errors = mypy(files)
    assert sorted(errors) == sorted(expected)
