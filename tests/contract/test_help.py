"""What ``help()`` shows: each endpoint function documents every argument with its meaning, and what it returns and
raises; each venue's Client documents its own constructor and environments."""

from __future__ import annotations

import inspect
import pydoc
import re
from typing import Any

import pytest

from venuebind import bingx, bitget, gate

FUNCTIONS = [
    (bitget.mix_plan.place_mix_plan_order, bitget.models.PlaceMixPlanOrderRequest),
    (gate.spot_price_orders.create_spot_price_order, gate.models.CreateSpotPriceOrderRequest),
    (bingx.spot_oco.create_oco_order, bingx.models.CreateOcoOrderRequest),
]


def flat(text: str) -> str:
    return " ".join(text.split())


def meaning(model: type, argument: str) -> str:
    """The first words of the field's own docstring (the spec's description), wire names in backticks made Python."""
    source = inspect.getsource(model)
    match = re.search(rf"\n    {argument}: .*?\n    \"\"\"(.*?)\"\"\"", source, re.S)
    assert match is not None, argument
    return " ".join(flat(match.group(1)).split()[:6])


@pytest.mark.parametrize(("function", "model"), FUNCTIONS, ids=lambda f: getattr(f, "__name__", ""))
def test_help_lists_every_argument_with_its_meaning(function: Any, model: type) -> None:
    shown = flat(pydoc.render_doc(function, renderer=pydoc.plaintext))
    assert "Args: client: The " in shown
    arguments = [name for name in inspect.signature(function).parameters if name != "client"]
    assert arguments
    for argument in arguments:
        words = meaning(model, argument)
        words = re.sub(r"`(\w+)`", lambda m: f"`{_python(model, m.group(1))}`", words)
        assert f" {argument}: {words}" in shown, argument
    operation = model.operation  # type: ignore[attr-defined]
    kind = "a" if operation.result_shape == "model" else "a list of"
    assert f"Returns: The venue's answer as {kind} `{operation.result.__name__}`" in shown
    assert "Raises: ValidationError: An argument breaks the spec" in shown
    assert "VenueError: " in shown and "TransportError: " in shown


def _python(model: type, wire: str) -> str:
    import attrs

    return next((f.name for f in attrs.fields(model) if f.metadata["wire"] == wire), wire)


def test_help_gives_allowed_values_and_defaults_the_description_does_not() -> None:
    shown = flat(pydoc.render_doc(bitget.mix_plan.cancel_mix_plan_orders, renderer=pydoc.plaintext))
    values = ", ".join(f"``{member.value}``" for member in bitget.models.ProductType)
    assert f"product_type: Product line of the orders, e.g. `USDT-FUTURES`. One of {values}." in shown
    shown = flat(pydoc.render_doc(bitget.mix_plan.get_mix_pending_plan_orders, renderer=pydoc.plaintext))
    assert "limit: Page size, 1 to 100; 100 when left out. The venue's default: ``100``." in shown
    shown = flat(pydoc.render_doc(bitget.spot_plan.place_plan_order, renderer=pydoc.plaintext))
    assert "execute_price: Limit price of the order placed on trigger; required when `order_type` is `limit`" in shown
    assert "A decimal. Optional: left out, it is not sent." in shown


@pytest.mark.parametrize(
    ("module", "environments"),
    [
        (bitget, ('"live"', '"demo"', '"paper"')),
        (gate, ('"live"', '"testnet"', '"paper"')),
        (bingx, ('"live"', '"demo"', '"paper"')),
    ],
)
def test_each_venue_client_documents_its_constructor_and_environments(
    module: Any, environments: tuple[str, ...]
) -> None:
    doc = flat(module.Client.__doc__ or "")
    for name in ("credentials", "environment", "base_url", "timeout", "pool_maxsize", "clock", "retry", "pacer"):
        assert f"``{name}``:" in doc, name
    assert f"a ``{module.__name__.rsplit('.', 1)[-1]}.Credentials``" in doc
    for environment in environments:
        assert f"``{environment}``" in doc
