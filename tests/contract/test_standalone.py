"""The repository stands on its own: a fresh clone with nothing beside it passes the drift, runtime and contract
suites, and the wheel built from it holds the package (and only the package) and works with the core dependencies."""

from __future__ import annotations

import email.parser
import json
import os
import re
import zipfile
from pathlib import Path

import pytest

from tests.contract.isolated import DEV_PYTHON, clone_head, core_venv, run

ORIGINS_PLUGIN = '''\
"""Records where the modules under test came from, at the end of the pytest session it is loaded into."""

import json
import os
import sys


def pytest_sessionfinish(session):
    names = ("venuebind", "venuebind.bitget", "venuebind._runtime.signing", "codegen", "tests.conftest")
    origins = {name: getattr(sys.modules.get(name), "__file__", None) for name in names}
    with open(os.environ["VENUEBIND_ORIGINS"], "w", encoding="utf-8") as out:
        json.dump(origins, out)
'''


def test_a_fresh_clone_passes_the_drift_runtime_and_contract_suites(
    tmp_path: Path, tmp_path_factory: pytest.TempPathFactory
) -> None:
    """The suites that read files (snapshots, vectors, specs, golden output) run in a clone of HEAD whose parent holds
    nothing else, with the clone's own code: a plugin records where venuebind, codegen and the tests were imported
    from, and each must be inside the clone, not this checkout's editable install."""
    clone = clone_head(tmp_path)
    plugin = tmp_path_factory.mktemp("plugin")
    (plugin / "origins_probe.py").write_text(ORIGINS_PLUGIN, encoding="utf-8")
    origins_file = plugin / "origins.json"
    env = {**os.environ, "PYTHONPATH": str(plugin), "VENUEBIND_ORIGINS": str(origins_file)}
    command = [DEV_PYTHON, "-m", "pytest", "-q", "-p", "origins_probe", "-p", "no:cacheprovider"]
    command += ["tests/drift", "tests/runtime", "tests/contract", "--ignore=tests/contract/test_standalone.py"]
    output = run(command, cwd=clone, env=env)
    assert re.search(r"^\d+ passed", output.strip().splitlines()[-1]), output[-2000:]
    assert not re.search(r"\d+ (failed|skipped|error)", output.strip().splitlines()[-1]), output[-2000:]
    origins = json.loads(origins_file.read_text(encoding="utf-8"))
    for name, origin in origins.items():
        assert origin is not None, f"{name} was not imported by the suites"
        assert Path(origin).resolve().is_relative_to(clone.resolve()), f"{name} came from {origin}, not the clone"


FIVE_ORDERS = """\
import importlib.metadata
import sys
from decimal import Decimal

import venuebind
from venuebind import bingx, bitget, gate

assert venuebind.__version__ == importlib.metadata.version("venuebind"), venuebind.__version__
assert "site-packages" in venuebind.__file__, venuebind.__file__

bitget_keys = bitget.Credentials(api_key="wheel-key", secret_key="wheel-secret", passphrase="wheel-pass")
gate_keys = gate.Credentials(api_key="wheel-key", secret_key="wheel-secret")
bingx_keys = bingx.Credentials(api_key="wheel-key", secret_key="wheel-secret")
item = bitget.models.IsolatedBatchOrderItem
orders = [
    (bitget, bitget_keys, bitget.models.PlacePlanOrderRequest(
        symbol="TRXUSDT", side="buy", trigger_price=Decimal("0.041572"), order_type="limit",
        execute_price=Decimal("0.041572"), size=Decimal("151"), trigger_type="fill_price", client_oid="w-spot-1")),
    (bitget, bitget_keys, bitget.models.PlaceMixPlanOrderRequest(
        plan_type="track_plan", symbol="BTCUSDT", product_type="USDT-FUTURES", margin_mode="isolated",
        margin_coin="USDT", size=Decimal("0.01"), callback_ratio=Decimal("2.5"), trigger_price=Decimal("24100"),
        trigger_type="mark_price", side="buy", trade_side="open", order_type="market", client_oid="w-trail-1",
        stop_surplus_trigger_price=Decimal("5"), stop_surplus_trigger_type="fill_price",
        stop_loss_trigger_price=Decimal("2"), stop_loss_trigger_type="fill_price")),
    (bitget, bitget_keys, bitget.models.BatchPlaceIsolatedOrdersRequest(symbol="BTCUSDT", order_list=[
        item(side="buy", order_type="market", force="gtc", quote_size=Decimal("110"), loan_type="normal",
             client_oid="w-batch-1")])),
    (gate, gate_keys, gate.models.CreateSpotPriceOrderRequest(
        market="GT_USDT", trigger=gate.models.SpotPriceTrigger(price=Decimal("100"), rule=">=", expiration=3600),
        put=gate.models.SpotPricePutOrder(type="limit", side="buy", price=Decimal("2.15"),
                                          amount=Decimal("2.00000000"), account="normal", time_in_force="gtc"))),
    (bingx, bingx_keys, bingx.models.CreateOcoOrderRequest(
        symbol="BTC-USDT", side="SELL", quantity=Decimal("0.001"), limit_price=Decimal("70000"),
        order_price=Decimal("50000"), trigger_price=Decimal("50100"), list_client_order_id="700001")),
]
for venue, keys, order in orders:
    prepared = venue.prepare(order, keys, timestamp_ms=1659076670000)
    assert prepared.method == "POST" and prepared.url.startswith("https://"), prepared
    signature = prepared.headers.get("ACCESS-SIGN") or prepared.headers.get("SIGN") or "signature=" in prepared.url
    assert signature, prepared
    print(prepared.method, prepared.url.split("?")[0])
try:
    import venuebind.sandbox
except ImportError as error:
    print("sandbox:", error)
else:
    raise AssertionError("venuebind.sandbox imported without its extra")
"""


def test_the_wheel_holds_the_package_and_prepares_the_five_orders_with_the_core_dependencies(tmp_path: Path) -> None:
    source = tmp_path / "source"
    source.mkdir()
    clone = clone_head(source)
    dist = tmp_path / "dist"
    # --no-isolation: the backend (setuptools, in the test extra) is already here, so no registry is asked.
    run([DEV_PYTHON, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(dist), str(clone)], cwd=clone)
    (wheel,) = dist.glob("venuebind-*.whl")
    version = re.search(r'^__version__ = "([^"]+)"', (clone / "generated/venuebind/__init__.py").read_text(), re.M)
    assert version is not None
    assert wheel.name == f"venuebind-{version[1]}-py3-none-any.whl"

    with zipfile.ZipFile(wheel) as archive:
        names = set(archive.namelist())
        info = f"venuebind-{version[1]}.dist-info"
        metadata = email.parser.Parser().parsestr(archive.read(f"{info}/METADATA").decode("utf-8"))
    assert f"{info}/licenses/LICENSE" in names
    assert "venuebind/py.typed" in names
    assert {f"venuebind/{venue}/openapi.json" for venue in ("bitget", "gate", "bingx")} <= names
    assert {name.split("/")[0] for name in names} == {"venuebind", info}, "only the package and its metadata"
    assert not [name for name in names if re.search(r"(^|/)(tests|codegen|spec|bench|examples)/", name)]
    assert metadata["Version"] == version[1]
    assert metadata["License-Expression"] == "MIT"
    core = sorted(r for r in metadata.get_all("Requires-Dist") or [] if "extra ==" not in r)
    assert [re.split(r"[<>=!~ ;\[]", requirement)[0] for requirement in core] == ["attrs", "cattrs", "urllib3"]

    python = core_venv(tmp_path / "venv")
    pip = [DEV_PYTHON, "-m", "pip", "--python", str(python)]
    run([*pip, "install", "--quiet", "--no-index", "--no-deps", str(wheel)], cwd=tmp_path)
    run([*pip, "check"], cwd=tmp_path)  # the wheel's declared core dependencies are all there
    output = run([str(python), "-E", "-s", "-c", FIVE_ORDERS], cwd=tmp_path, env={"PATH": "/usr/bin:/bin"})
    assert output.count("POST https://") == 5, output
    assert "pip install 'venuebind[sandbox]'" in output, output
