"""ARCHITECTURE.md invariant 1: generated/ is what spec/ and codegen/ make, byte for byte, and ``--check`` says so."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def run_check(*arguments: str) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, "-m", "codegen", "generate", "--check", *arguments]
    return subprocess.run(command, cwd=ROOT, capture_output=True, text=True, check=False)


def test_check_passes_on_the_committed_tree() -> None:
    result = run_check()
    assert result.returncode == 0, result.stdout + result.stderr
    assert "match the specs" in result.stdout


def test_an_edit_to_generated_code_fails_with_a_diff(tmp_path: Path) -> None:
    out = tmp_path / "venuebind"
    shutil.copytree(ROOT / "generated" / "venuebind", out)
    models = out / "bitget" / "_shared_models.py"
    models.write_text(models.read_text().replace('"TRXUSDT"', '"BTCUSDT"', 1).replace("BUY = ", "BUYING = ", 1))
    result = run_check("--out", str(out))
    assert result.returncode == 1
    assert "--- a/bitget/_shared_models.py" in result.stdout
    assert '-    BUYING = "buy"' in result.stdout and '+    BUY = "buy"' in result.stdout


def test_a_stray_file_in_a_venue_package_fails(tmp_path: Path) -> None:
    out = tmp_path / "venuebind"
    shutil.copytree(ROOT / "generated" / "venuebind", out)
    (out / "gate" / "handwritten.py").write_text("X = 1\n")
    result = run_check("--out", str(out))
    assert result.returncode == 1
    assert "gate/handwritten.py is not generated" in result.stdout


def test_an_edit_to_the_spec_fails_with_a_diff(tmp_path: Path) -> None:
    specs = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", specs)
    gate = specs / "gate.yaml"
    text = gate.read_text()
    assert "x-enum-varnames: [GTE, LTE]" in text
    gate.write_text(text.replace("x-enum-varnames: [GTE, LTE]", "x-enum-varnames: [AT_LEAST, AT_MOST]"))
    result = run_check("--spec-dir", str(specs))
    assert result.returncode == 1
    assert '+    AT_LEAST = ">="' in result.stdout
