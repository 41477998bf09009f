"""Vendoring: ``generated/venuebind`` copied alone beside attrs, cattrs and urllib3 imports, validates and signs."""

from __future__ import annotations

import importlib.metadata
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

from tests.conftest import ROOT

RUNTIME_DEPENDENCIES = ("attrs", "cattrs", "urllib3", "typing_extensions")
"""What the core install brings: the three named dependencies and the one cattrs needs itself."""


def copy_distribution(name: str, target: Path) -> None:
    distribution = importlib.metadata.distribution(name)
    for file in distribution.files or ():
        source = Path(str(distribution.locate_file(file)))
        if source.is_file() and "__pycache__" not in file.parts:
            destination = target / file
            destination.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(source, destination)


SCRIPT = """
import sys
sys.path[:0] = [{vendor!r}, {deps!r}]
from decimal import Decimal

from venuebind import ValidationError, bitget, bingx, gate

order = bitget.models.PlacePlanOrderRequest(
    symbol="TRXUSDT", side="buy", trigger_price=Decimal("0.041572"), order_type="limit",
    execute_price="0.041572", size="151", trigger_type="fill_price", client_oid="12345",
)
creds = bitget.Credentials(api_key="vendored-key", secret_key="test_secret", passphrase="p")
http = bitget.prepare(order, creds, timestamp_ms=1659076670000)
assert http.headers["ACCESS-SIGN"], http
try:
    bingx.models.CreateOcoOrderRequest(
        symbol="BTC-USDT", side="SELL", quantity="1", limit_price="2", order_price="1", trigger_price="1",
        list_client_order_id="not-numeric",
    )
except ValidationError as error:
    assert error.path == "listClientOrderId", error
else:
    raise AssertionError("a non-numeric BingX client id passed")
gate.models.SpotPriceTrigger(price="100", rule=">=", expiration=3600)
for tool in ("jinja2", "yaml", "jsonschema", "pydantic", "cryptography", "codegen"):
    try:
        __import__(tool)
    except ImportError:
        continue
    raise AssertionError(tool + " was importable in the vendored environment")
print("vendored ok")
"""


def test_the_package_alone_imports_validates_and_signs(tmp_path: Path) -> None:
    vendor = tmp_path / "vendor"
    shutil.copytree(ROOT / "generated" / "venuebind", vendor / "venuebind")
    deps = tmp_path / "deps"
    for name in RUNTIME_DEPENDENCIES:
        copy_distribution(name, deps)
    script = textwrap.dedent(SCRIPT).format(vendor=str(vendor), deps=str(deps))
    # -I: no user site, no PYTHONPATH; -S: not even site-packages. Only the standard library and what we copied.
    result = subprocess.run(
        [sys.executable, "-I", "-S", "-c", script], capture_output=True, text=True, check=False, cwd=tmp_path
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "vendored ok"
