"""Importing a venue does no work that can wait (invariant 5): its models and endpoint modules load when first used,
asyncio with the first ``AsyncClient``; what the venue offers is all there, to code and to type checkers."""

from __future__ import annotations

import importlib
import json
import os
import subprocess
import sys
from typing import Any

import pytest

from codegen.generate import read
from tests.conftest import ROOT, SPEC_DIR, VENUES, load_spec

LOADED = """
import json, sys
import venuebind.{venue} as venue
before = sorted(name for name in sys.modules if name.startswith("venuebind.{venue}.") or name == "asyncio")
tags = [name for name in venue.__all__ if name not in ("AsyncClient", "Client", "Credentials", "parse", "prepare")]
for name in tags:
    getattr(venue, name)
after = sorted(name for name in sys.modules if name.startswith("venuebind.{venue}."))
print(json.dumps({{"before": before, "after": after, "tags": tags, "dir": dir(venue)}}))
"""


def run_fresh(code: str) -> Any:
    """What ``code`` prints as JSON, run in a fresh interpreter on this checkout's package (not an installed one)."""
    path = [str(ROOT / "generated"), *filter(None, os.environ.get("PYTHONPATH", "").split(os.pathsep))]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(path)}
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True)
    return json.loads(result.stdout)


def modules_of_models(venue: str) -> list[str]:
    """The venue's private modules of models, as written: the shared one and each area's own."""
    return sorted(path.stem for path in (ROOT / "generated" / "venuebind" / venue).glob("_*_models.py"))


@pytest.mark.parametrize("venue", VENUES)
def test_a_venue_imports_its_models_and_endpoint_modules_when_first_used(venue: str) -> None:
    seen = run_fresh(LOADED.format(venue=venue))
    assert seen["before"] == []  # no model class built, no endpoint module, no asyncio
    assert "models" in seen["tags"] and len(seen["tags"]) > 1
    assert "_shared_models" in modules_of_models(venue)
    assert seen["after"] == sorted(f"venuebind.{venue}.{name}" for name in seen["tags"] + modules_of_models(venue))
    assert set(seen["tags"]) <= set(seen["dir"])


def area_modules(venue: str, tag: str) -> list[str]:
    """What one area needs loaded: its endpoint module, the shared models and its own models' module (if any)."""
    own = [name for name in modules_of_models(venue) if name == f"_{tag}_models"]
    return sorted(f"venuebind.{venue}.{name}" for name in [tag, "_shared_models", *own])


AREA = """
import json, sys
import venuebind.{venue}.{tag}
print(json.dumps(sorted(name for name in sys.modules if name.startswith("venuebind.{venue}."))))
"""

AREAS = [(venue, tag["name"]) for venue in VENUES for tag in load_spec(venue)["tags"]]


@pytest.mark.parametrize(("venue", "tag"), AREAS, ids=[f"{venue}.{tag}" for venue, tag in AREAS])
def test_an_area_imports_its_own_models_and_the_shared_ones_only(venue: str, tag: str) -> None:
    """Importing one area's endpoint functions builds no other area's model classes, and not ``models`` (all)."""
    assert run_fresh(AREA.format(venue=venue, tag=tag)) == area_modules(venue, tag)
    assert len(modules_of_models(venue)) > 2  # there are other areas' modules to leave alone


CLIENT = """
import json, sys
from venuebind.{venue} import AsyncClient, Client, Credentials, {tag}
credentials = Credentials(**{credentials!r})
Client(credentials, environment="paper").close()
AsyncClient(credentials)
print(json.dumps(sorted(name for name in sys.modules if name.startswith("venuebind.{venue}."))))
"""

CREDENTIALS = {"bitget": {"passphrase": "p"}, "gate": {}, "bingx": {}}


@pytest.mark.parametrize("venue", VENUES)
def test_a_client_loads_no_model_of_its_own(venue: str) -> None:
    """Making a client (which finds its environment's server) adds no module of models to one area's."""
    tag = load_spec(venue)["tags"][0]["name"]
    credentials = {"api_key": "k" * 12, "secret_key": "s", **CREDENTIALS[venue]}
    assert run_fresh(CLIENT.format(venue=venue, tag=tag, credentials=credentials)) == area_modules(venue, tag)


@pytest.mark.parametrize("venue", VENUES)
def test_models_exports_every_model_and_enum_of_the_spec(venue: str) -> None:
    """``models`` is the public namespace: every class codegen reads from the spec, and the servers, are there (for
    mypy too: each is an explicit re-export), and every class of the private modules of models is among them."""
    models = importlib.import_module(f"venuebind.{venue}.models")
    _, ir = read(SPEC_DIR / f"{venue}.yaml")
    expected = {"SERVERS", "Environment"} | {enum.name for enum in ir.enums} | {model.name for model in ir.models}
    exported = {name for name in vars(models) if not name.startswith("_")}
    assert exported == expected
    assert len(ir.models) > 10 and ir.enums
    source = (ROOT / "generated" / "venuebind" / venue / "models.py").read_text(encoding="utf-8")
    assert all(f"import {name} as {name}\n" in source for name in expected)
    defined: dict[str, type] = {}
    for name in modules_of_models(venue):
        module = importlib.import_module(f"venuebind.{venue}.{name}")
        defined |= {
            n: cls for n, cls in vars(module).items() if isinstance(cls, type) and cls.__module__ == module.__name__
        }
    assert set(defined) == expected - {"SERVERS", "Environment"}
    assert all(getattr(models, name) is cls for name, cls in defined.items())


def test_lazy_names_import_every_way_and_unknown_ones_are_attribute_errors() -> None:
    from venuebind import bitget
    from venuebind.bitget import models, spot_plan

    assert bitget.models is models and bitget.spot_plan is spot_plan
    assert models.PlacePlanOrderRequest.__module__ == "venuebind.bitget._spot_plan_models"
    assert spot_plan.PlacePlanOrderRequest is models.PlacePlanOrderRequest
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        bitget.nothing  # type: ignore[attr-defined]  # noqa: B018
