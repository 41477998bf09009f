"""Importing a venue does no work that can wait (invariant 5): its models and endpoint modules load when first used,
asyncio with the first ``AsyncClient``; what the venue offers is all there, to code and to type checkers."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from tests.conftest import ROOT, VENUES

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


def modules_of_models(venue: str) -> list[str]:
    """The venue's private modules of models, as written: the shared one and each area's own."""
    return sorted(path.stem for path in (ROOT / "generated" / "venuebind" / venue).glob("_*_models.py"))


@pytest.mark.parametrize("venue", VENUES)
def test_a_venue_imports_its_models_and_endpoint_modules_when_first_used(venue: str) -> None:
    code = LOADED.format(venue=venue)
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    seen = json.loads(result.stdout)
    assert seen["before"] == []  # no model class built, no endpoint module, no asyncio
    assert "models" in seen["tags"] and len(seen["tags"]) > 1
    assert "_shared_models" in modules_of_models(venue)
    assert seen["after"] == sorted(f"venuebind.{venue}.{name}" for name in seen["tags"] + modules_of_models(venue))
    assert set(seen["tags"]) <= set(seen["dir"])


def test_lazy_names_import_every_way_and_unknown_ones_are_attribute_errors() -> None:
    from venuebind import bitget
    from venuebind.bitget import models, spot_plan

    assert bitget.models is models and bitget.spot_plan is spot_plan
    assert models.PlacePlanOrderRequest.__module__ == "venuebind.bitget._spot_plan_models"
    assert spot_plan.PlacePlanOrderRequest is models.PlacePlanOrderRequest
    with pytest.raises(AttributeError, match="no attribute 'nothing'"):
        bitget.nothing  # type: ignore[attr-defined]  # noqa: B018
