"""``python -m codegen drift``: exit status, one line per difference, --json, --venue, unreadable snapshots."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from codegen.__main__ import main

ROOT = Path(__file__).resolve().parents[2]
PLACE = "bitget/spot-place-plan-order.md"


@pytest.fixture
def spec_dir(tmp_path: Path) -> Path:
    """A copy of spec/ (specs and snapshots) to break."""
    return Path(shutil.copytree(ROOT / "spec", tmp_path / "spec"))


def drift(spec_dir: Path, capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[str], str]:
    status = main(["drift", "--spec-dir", str(spec_dir), *args])
    out, err = capsys.readouterr()
    return status, out.splitlines(), err


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_the_specs_on_main_have_no_drift() -> None:
    run = subprocess.run(
        [sys.executable, "-m", "codegen", "drift"], cwd=ROOT, capture_output=True, text=True, check=False
    )
    assert run.returncode == 0, run.stdout + run.stderr
    assert run.stdout.splitlines()[-1].startswith("drift: ")


def test_an_extra_row_is_one_line_and_exit_1(spec_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, before, _ = drift(spec_dir, capsys, "--venue", "bitget")
    row = "| symbol | String | Yes | Trading pair name, e.g. BTCUSDT \n"
    edit(spec_dir / "docs" / PLACE, row, row + "| newField | String | No | Added by the venue \n")
    status, after, _ = drift(spec_dir, capsys, "--venue", "bitget")
    new = [line for line in after if line not in before and not line.startswith("drift: ")]
    assert status == 1
    assert len(new) == 1
    assert f"docs/{PLACE}:24: bitget.place_plan_order: param_added newField: page lists it (body, String, " in new[0]


@pytest.mark.parametrize(
    ("old", "new", "line", "message"),
    [
        (
            "| triggerPrice | String | Yes | Trigger price \n",
            "| triggerPrice | String | Yes \n",
            25,
            "table row has 3 cells",
        ),
        ("| size | String | Yes |", "| size | Text | Yes |", 29, "unknown type 'Text'"),
        ("*   POST /api/v2/spot/trade/place-plan-order\n", "", 0, "no HTTP method/path line"),
        ("| Parameter | Type | Required |", "| Parameter | Kind | Required |", 21, "unknown column in table header"),
    ],
)
def test_an_unreadable_snapshot_is_exit_2_with_file_and_line(
    spec_dir: Path, capsys: pytest.CaptureFixture[str], old: str, new: str, line: int, message: str
) -> None:
    edit(spec_dir / "docs" / PLACE, old, new)
    status, _, err = drift(spec_dir, capsys, "--venue", "bitget")
    assert status == 2
    assert f"docs/{PLACE}:{line}: {message}" in err
    assert "(x-doc of bitget.place_plan_order)" in err


def test_a_missing_snapshot_is_exit_2(spec_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (spec_dir / "docs" / PLACE).unlink()
    status, _, err = drift(spec_dir, capsys)
    assert status == 2
    assert f"docs/{PLACE}:0: no such snapshot (x-doc of bitget.place_plan_order)" in err


def test_a_spec_error_is_exit_2(spec_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    spec = spec_dir / "bitget.yaml"
    edit(spec, "x-rate-limit: {limit: 20, per: 1s, scope: uid}", "x-rate-limit: {limit: 20, per: 1m, scope: uid}")
    status, _, err = drift(spec_dir, capsys, "--venue", "bitget")
    assert status == 2
    assert "bitget.yaml#/paths/~1api~1v2~1spot~1trade~1place-plan-order/post/x-rate-limit: x-rate-limit is" in err


def test_json_lists_every_difference(spec_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(spec_dir / "docs" / PLACE, "Frequency limit: 20 times/1s (UID)", "Frequency limit: 30 times/1s (UID)")
    status, out, _ = drift(spec_dir, capsys, "--json")
    records = json.loads("\n".join(out))
    assert status == 1
    assert {"kind", "venue", "operation_id", "name", "detail", "known", "file", "line"} <= set(records[0])
    rate = [r for r in records if r["kind"] == "rate_limit_changed" and not r["known"]]
    assert [(r["venue"], r["operation_id"], r["detail"], r["line"]) for r in rate] == [
        ("bitget", "place_plan_order", "spec 20/1s uid, page 30/1s uid", 3)
    ]


def test_venue_filter(spec_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    edit(spec_dir / "docs" / PLACE, "Frequency limit: 20 times/1s (UID)", "Frequency limit: 30 times/1s (UID)")
    _, out, _ = drift(spec_dir, capsys, "--json", "--venue", "gate")
    assert {r["venue"] for r in json.loads("\n".join(out))} <= {"gate"}
    status, out, _ = drift(spec_dir, capsys, "--venue", "gate")
    assert "place_plan_order" not in "\n".join(out)
    status, _, err = drift(spec_dir, capsys, "--venue", "nowhere")
    assert status == 2
    assert "no spec nowhere.yaml" in err


def test_a_snapshot_no_operation_names_is_reported(spec_dir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _, before, _ = drift(spec_dir, capsys, "--venue", "bitget")
    shutil.copy(spec_dir / "docs" / PLACE, spec_dir / "docs" / "bitget" / "copy.md")
    status, after, _ = drift(spec_dir, capsys, "--venue", "bitget")
    new = [line for line in after if line not in before and not line.startswith("drift: ")]
    assert status == 1
    assert len(new) == 1
    assert new[0].endswith(
        "docs/bitget/copy.md: bitget: operation_missing: no operation of bitget.yaml names this snapshot in x-doc "
        "(POST /api/v2/spot/trade/place-plan-order)"
    )
    (spec_dir / "docs" / "bitget" / "copy.md").write_text("# nothing to read here\n", encoding="utf-8")
    status, _, err = drift(spec_dir, capsys, "--venue", "bitget")
    assert status == 2
    assert "docs/bitget/copy.md:0: no HTTP method/path line" in err


def test_drift_refuses_what_generate_refuses_in_the_same_words(
    spec_dir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One spec reader: a spec ``generate`` refuses, drift refuses with the same message (not a second opinion)."""
    edit(spec_dir / "bitget.yaml", "description: Trigger price", "title: Trigger price")
    generate_status = main(["generate", "--check", "--spec-dir", str(spec_dir)])
    _, generate_err = capsys.readouterr()
    status, _, err = drift(spec_dir, capsys, "--venue", "bitget")
    refusal = generate_err.removeprefix("codegen: error: ").strip()
    assert generate_status == 2 and status == 2
    assert "every property needs a description" in refusal
    assert refusal in err
