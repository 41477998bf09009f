"""Vendoring: ``generated/venuebind`` copied into a project under any package path (``mybot/_vendor/venuebind``,
``a/b/c/venuebind``) works with only attrs, cattrs and urllib3 installed, never imports a top-level ``venuebind``,
and type-checks under ``mypy --strict`` without cryptography."""

from __future__ import annotations

import json
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.conftest import ROOT
from tests.contract.isolated import DEV_PYTHON, core_dependencies, core_venv, installed, run
from venuebind import sandbox

PACKAGE = ROOT / "generated" / "venuebind"
KEYS = {"api_key": "vendored-key-0001", "secret_key": "vendored-secret", "passphrase": "vendored-pass"}

BOT = '''\
"""A bot that vendors venuebind: the five seed orders, sent to the venues whose base URLs it is given."""

from __future__ import annotations

import importlib.util
import json
import sys
from decimal import Decimal

from {prefix}.venuebind import ValidationError, bingx, bitget, gate

KEY, SECRET, PASSPHRASE = {api_key!r}, {secret_key!r}, {passphrase!r}


def place(urls: dict[str, str]) -> dict[str, list[str]]:
    """Send the five orders; the ids each venue gave, by venue."""
    placed: dict[str, list[str]] = {{}}
    credentials = bitget.Credentials(api_key=KEY, secret_key=SECRET, passphrase=PASSPHRASE)
    with bitget.Client(credentials, base_url=urls["bitget"]) as client:
        spot = bitget.spot_plan.place_plan_order(
            client, symbol="TRXUSDT", side="buy", trigger_price=Decimal("0.041572"), order_type="limit",
            execute_price=Decimal("0.041572"), size=Decimal("151"), trigger_type="fill_price", client_oid="v-spot-1",
        )
        trailing = bitget.mix_plan.place_mix_plan_order(
            client, plan_type="track_plan", symbol="BTCUSDT", product_type="USDT-FUTURES", margin_mode="isolated",
            margin_coin="USDT", size=Decimal("0.01"), callback_ratio=Decimal("2.5"), trigger_price=Decimal("24100"),
            trigger_type="mark_price", side="buy", trade_side="open", order_type="market", client_oid="v-trail-1",
            stop_surplus_trigger_price=Decimal("5"), stop_surplus_trigger_type="fill_price",
            stop_loss_trigger_price=Decimal("2"), stop_loss_trigger_type="fill_price",
        )
        item = bitget.models.IsolatedBatchOrderItem
        batch = client.send(
            bitget.models.BatchPlaceIsolatedOrdersRequest(
                symbol="BTCUSDT",
                order_list=[
                    item(side="buy", order_type="market", force="gtc", quote_size=Decimal("110"),
                         loan_type="normal", client_oid="v-batch-1"),
                    item(side="sell", order_type="limit", force="gtc", price=Decimal("30000"),
                         base_size=Decimal("0.002"), loan_type="autoRepay", client_oid="v-batch-2"),
                ],
            )
        )
        assert not batch.failure_list, batch.failure_list
        placed["bitget"] = [spot.order_id, trailing.order_id, *(entry.order_id for entry in batch.success_list)]
    with gate.Client(gate.Credentials(api_key=KEY, secret_key=SECRET), base_url=urls["gate"]) as gate_client:
        created = gate.spot_price_orders.create_spot_price_order(
            gate_client,
            market="GT_USDT",
            trigger=gate.models.SpotPriceTrigger(price=Decimal("100"), rule=">=", expiration=3600),
            put=gate.models.SpotPricePutOrder(
                type="limit", side="buy", price=Decimal("2.15"), amount=Decimal("2.00000000"), account="normal",
                time_in_force="gtc", text="api",
            ),
        )
        placed["gate"] = [created.id]
    with bingx.Client(bingx.Credentials(api_key=KEY, secret_key=SECRET), base_url=urls["bingx"]) as bingx_client:
        legs = bingx.spot_oco.create_oco_order(
            bingx_client, symbol="BTC-USDT", side="SELL", quantity=Decimal("0.001"), limit_price=Decimal("70000"),
            order_price=Decimal("50000"), trigger_price=Decimal("50100"), list_client_order_id="700001",
        )
        placed["bingx"] = [leg.order_id for leg in legs]
    try:
        bingx.models.CreateOcoOrderRequest(
            symbol="BTC-USDT", side="SELL", quantity=Decimal("1"), limit_price=Decimal("2"),
            order_price=Decimal("1"), trigger_price=Decimal("1"), list_client_order_id="not-numeric",
        )
    except ValidationError as error:
        assert error.path == "listClientOrderId", error
    else:
        raise AssertionError("a non-numeric BingX client id passed")
    return placed


def main() -> None:
    placed = place(json.loads(sys.argv[1]))
    top_level = sorted(name for name in sys.modules if name == "venuebind" or name.startswith("venuebind."))
    assert not top_level, f"a top-level venuebind was imported: {{top_level}}"
    assert importlib.util.find_spec("venuebind") is None, "a top-level venuebind is importable here"
    for tool in ("cryptography", "jsonschema", "jinja2", "yaml", "pydantic", "codegen", "pytest"):
        assert importlib.util.find_spec(tool) is None, f"{{tool}} is importable in the vendored environment"
    print(json.dumps(placed))


if __name__ == "__main__":
    main()
'''


def vendor(project: Path, prefix: str, *, with_sandbox: bool) -> None:
    """Copy the package to ``project/<prefix as folders>/venuebind`` and write the bot beside the top package."""
    parts = prefix.split(".")
    ignore = ["__pycache__"] if with_sandbox else ["__pycache__", "sandbox"]
    shutil.copytree(PACKAGE, project.joinpath(*parts, "venuebind"), ignore=shutil.ignore_patterns(*ignore))
    for depth in range(1, len(parts) + 1):
        project.joinpath(*parts[:depth], "__init__.py").write_text("", encoding="utf-8")
    (project / parts[0] / "bot.py").write_text(BOT.format(prefix=prefix, **KEYS), encoding="utf-8")


@pytest.fixture(scope="module")
def core_python(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return core_venv(tmp_path_factory.mktemp("core") / "venv")


@pytest.fixture
def sandboxes() -> Iterator[dict[str, sandbox.Sandbox]]:
    """The three sandbox venues, run by the development environment (they are not part of the vendored copy)."""
    bitget = sandbox.start("bitget", **KEYS)
    gate = sandbox.start("gate", api_key=KEYS["api_key"], secret_key=KEYS["secret_key"])
    bingx = sandbox.start("bingx", api_key=KEYS["api_key"], secret_key=KEYS["secret_key"])
    with bitget, gate, bingx:
        yield {"bitget": bitget, "gate": gate, "bingx": bingx}


def test_the_core_environment_holds_only_the_core_dependencies(core_python: Path) -> None:
    assert installed(core_python) == {name.lower().replace("_", "-") for name in core_dependencies()}
    assert {"attrs", "cattrs", "urllib3"} <= installed(core_python)


@pytest.mark.parametrize("prefix", ["mybot._vendor", "a.b.c"])
def test_a_vendored_copy_sends_the_five_orders(
    core_python: Path, sandboxes: dict[str, sandbox.Sandbox], tmp_path: Path, prefix: str
) -> None:
    vendor(tmp_path, prefix, with_sandbox=True)
    urls = json.dumps({venue: running.base_url for venue, running in sandboxes.items()})
    bot = f"{prefix.split('.')[0]}.bot"
    # -E -s: no PYTHONPATH, no user site; the project folder is the working directory, so `-m` finds the bot there.
    output = run([str(core_python), "-E", "-s", "-m", bot, urls], cwd=tmp_path, env={"PATH": "/usr/bin:/bin"})
    placed = json.loads(output.strip().splitlines()[-1])
    assert placed["bitget"] == [order.id for order in sandboxes["bitget"].orders]
    assert [order.client_id for order in sandboxes["bitget"].orders] == [
        "v-spot-1",
        "v-trail-1",
        "v-batch-1",
        "v-batch-2",
    ]
    assert placed["gate"] == [order.id for order in sandboxes["gate"].orders]
    assert len(placed["bingx"]) == 2  # the two legs of the one OCO list
    assert [order.client_id for order in sandboxes["bingx"].orders] == ["700001"]


def test_a_vendored_copy_type_checks_strictly_without_cryptography(core_python: Path, tmp_path: Path) -> None:
    """mypy --strict on a project that vendors the package as README says (without sandbox/), with the core
    environment as the one whose packages mypy sees: no cryptography, no stubs for it."""
    project = tmp_path / "project"
    vendor(project, "mybot._vendor", with_sandbox=False)
    assert "cryptography" not in installed(core_python)
    command = [DEV_PYTHON, "-m", "mypy", "--strict", "--python-executable", str(core_python)]
    command += ["--cache-dir", str(tmp_path / "mypy-cache"), "--no-error-summary", "-p", "mybot"]
    run(command, cwd=project)
