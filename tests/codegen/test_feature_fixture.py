"""The feature fixture: a made-up venue (``feature/spec/feature.yaml``) that uses every construct codegen supports.

Its golden output (``feature/golden/feature/``) is checked like the venues' (ARCHITECTURE.md, invariant 1) and by
``mypy --strict``; a construct of the IR that the fixture does not use fails here, so a new construct comes with its
fixture. The generated code is also run: constructs no venue uses (a negated rule, the ``items[].`` cursor, a JSON
value that needs escaping) do what a user relies on.
"""

from __future__ import annotations

import importlib
import json
import shutil
import subprocess
import sys
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path
from types import ModuleType
from typing import Any, get_args

import pytest
from cattrs.errors import ClassValidationError

from codegen.generate import read
from codegen.generate.ir import FieldIR, Location, PaginationIR, VenueIR
from codegen.generate.kinds import KINDS
from tests.conftest import ROOT

FEATURE = Path(__file__).resolve().parent / "feature"
SPEC_DIR = FEATURE / "spec"
GOLDEN = FEATURE / "golden"
PACKAGE = "vbfeature"


def test_the_golden_output_is_what_codegen_makes() -> None:
    """Regenerate it with ``python -m codegen generate --spec-dir tests/codegen/feature/spec --out
    tests/codegen/feature/golden``."""
    command = [sys.executable, "-m", "codegen", "generate", "--check", "--spec-dir", str(SPEC_DIR)]
    result = subprocess.run([*command, "--out", str(GOLDEN)], cwd=ROOT, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.fixture(scope="module")
def vendored(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The golden package beside a copy of the runtime, as ``vbfeature.feature`` (it imports relatively)."""
    root = tmp_path_factory.mktemp("feature")
    package = root / PACKAGE
    ignore = shutil.ignore_patterns("__pycache__")
    shutil.copytree(ROOT / "generated" / "venuebind" / "_runtime", package / "_runtime", ignore=ignore)
    shutil.copytree(GOLDEN / "feature", package / "feature", ignore=ignore)
    shutil.copytree(ROOT / "generated" / "venuebind" / "gate", package / "gate", ignore=ignore)  # its runtime's
    shutil.copyfile(ROOT / "generated" / "venuebind" / "py.typed", package / "py.typed")
    (package / "__init__.py").write_text('"""The feature fixture\'s golden output and a copy of the runtime."""\n')
    # The venue package imports its runtime module; the made-up venue signs like Gate.
    (package / "_runtime" / "feature.py").write_text(
        '"""The made-up venue\'s runtime: Gate\'s."""\n\n'
        "from .gate import AsyncClient, Client, Credentials, parse, prepare\n\n"
        '__all__ = ["AsyncClient", "Client", "Credentials", "parse", "prepare"]\n'
    )
    return root


@pytest.fixture(scope="module")
def models(vendored: Path) -> Iterator[ModuleType]:
    sys.path.insert(0, str(vendored))
    try:
        yield importlib.import_module(f"{PACKAGE}.feature.models")
    finally:
        sys.path.remove(str(vendored))


def test_the_golden_output_passes_mypy_strict(vendored: Path) -> None:
    command = [sys.executable, "-m", "mypy", "--strict", "--python-version=3.11", "-p", f"{PACKAGE}.feature"]
    result = subprocess.run(command, cwd=vendored, capture_output=True, text=True, check=False)
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues found" in result.stdout


# --------------------------------------------------------------------------------------------------------------------
# every construct


def constructs(venue: VenueIR) -> set[str]:
    """The constructs of the IR that ``venue`` uses, by name."""
    used: set[str] = set()
    fields: list[tuple[str, FieldIR]] = [(model.side, field) for model in venue.models for field in model.fields]
    fields += [("parameter", field) for operation in venue.operations for field in operation.parameters]
    for side, field in fields:
        used.add(f"{side} type {field.type.kind}")
        if field.type.item is not None:
            used.add(f"{side} list of {field.type.item.kind}")
        used.update(f"{field.type.kind} {trait}" for trait in field.type.traits)
        if field.location is not None:
            used.add(f"location {field.location}")
        for check in ("pattern", "min_length", "max_length", "min_items", "max_items", "default_doc"):
            if getattr(field, check) is not None:
                used.add(f"{field.type.kind} {check}")
        for bound in ("minimum", "maximum"):
            if getattr(field, bound) is not None:
                used.add(f"{field.type.kind} {bound}")
        if field.client_id:
            used.add("client id")
        if field.blank:
            used.add("field that may be empty")
        if field.signer_supplied:
            used.add("signer-supplied parameter")
    for model in venue.models:
        if model.side == "request" and model.operation is None:
            used.add("nested request model")
            if model.rules:
                used.add("rules on a nested model")
        if model.rules and model.operation is not None and all(f.location != "body" for f in model.fields):
            used.add("rules across parameters")
        for rule in model.rules:
            used.add("negated rule" if rule.negated else "rule")
            used.update(f"rule {part}" for part in ("require", "forbid", "restrict", "bounds") if getattr(rule, part))
            for condition in rule.when:
                values = condition.values
                used.add("condition set" if values is None else f"condition {min(len(values), 2)} values")
    for enum in venue.enums:
        if not enum.json_safe:
            used.add("enum value that needs JSON escaping")
        if any(member.lower() != str(value).lower() for member, value in enum.members):
            used.add("enum member named by x-enum-varnames")
    for operation in venue.operations:
        used.add(f"result {operation.result_shape}")
        used.add("signed" if operation.signed else "security none")
        used.add("rate limit none" if operation.rate_limit is None else f"rate limit per {operation.rate_limit.scope}")
        pagination = operation.pagination
        if pagination is not None:
            used.add(f"pagination {pagination.style}")
            used.update(f"pagination {key}" for key in ("limit", "items", "more") if getattr(pagination, key))
            if pagination.next is not None:
                used.add("cursor items[]." if pagination.next.startswith("items[].") else "cursor result field")
    used.update(f"server {server.environment}" for server in venue.servers)
    if any(server.headers for server in venue.servers):
        used.add("server headers")
    return used


def every_construct() -> set[str]:
    """What codegen supports, from the kinds' registry and the IR's own types: a kind or style added there is a
    construct the fixture must use."""
    kinds = [kind.name for kind in KINDS]
    styles: tuple[str, ...] = get_args(PaginationIR.__annotations__["style"])
    locations: tuple[str, ...] = get_args(Location)
    expected = {f"request type {kind}" for kind in kinds if kind != "number"}  # numbers travel as decimal strings
    answers = [kind for kind in kinds if kind != "json_text"]  # JSON text travels in a query parameter only
    expected |= {f"response type {kind}" for kind in answers if kind != "id"} | {"response type id"}
    expected |= {f"location {location}" for location in locations}
    expected |= {f"pagination {style}" for style in styles}
    expected |= {"request list of model", "request list of str", "response list of model", "response list of enum"}
    expected |= {"response list of str", "parameter type bool", "parameter type decimal", "parameter type enum"}
    expected |= {"parameter type id", "parameter type int", "parameter type str", "parameter type timestamp"}
    expected |= {"parameter type int_enum", "parameter type json_text", "rules across parameters"}
    expected |= {"timestamp text", "timestamp seconds", "timestamp number"}
    expected |= {"str pattern", "decimal pattern", "str min_length", "str max_length"}
    expected |= {"list min_items", "list max_items", "enum default_doc", "int default_doc"}
    expected |= {"int minimum", "int maximum", "decimal minimum", "decimal maximum"}
    expected |= {"field that may be empty"}
    expected |= {"client id", "signer-supplied parameter", "nested request model", "rules on a nested model"}
    expected |= {"rule", "negated rule", "rule require", "rule forbid", "rule restrict", "rule bounds"}
    expected |= {"condition set", "condition 1 values", "condition 2 values"}
    expected |= {"enum value that needs JSON escaping", "enum member named by x-enum-varnames"}
    expected |= {"result model", "result list", "result list_or_single", "signed", "security none"}
    expected |= {"rate limit none", "rate limit per uid", "rate limit per ip"}
    expected |= {"pagination limit", "pagination items", "pagination more", "cursor items[].", "cursor result field"}
    expected |= {"server live", "server demo", "server headers"}
    return expected


def test_the_fixture_uses_every_construct() -> None:
    _, venue = read(SPEC_DIR / "feature.yaml")
    missing = every_construct() - constructs(venue)
    assert not missing, f"constructs the feature fixture does not use: {sorted(missing)}"


# --------------------------------------------------------------------------------------------------------------------
# the generated code, run


def order(models: ModuleType, **changes: Any) -> Any:
    arguments: dict[str, Any] = {"symbol": "BTCUSDT", "side": "buy", "order_type": "limit", "size": "1"}
    arguments |= {"close_size": None}
    arguments |= {"price": "100", "time_in_force": "gtc"}
    return models.PlaceOrderRequest(**(arguments | changes))


@pytest.mark.parametrize(
    ("changes", "path", "message"),
    [
        ({"order_type": "market"}, "price", "must be absent unless order_type is 'limit'"),  # negated rule
        ({"order_type": "market", "price": None}, "timeInForce", "must be absent unless order_type is 'limit'"),
        ({"price": None, "time_in_force": None}, "price", "required when order_type is 'limit'"),
        ({"time_in_force": None}, "timeInForce", "required when price is set"),  # dependentRequired
        ({"time_in_force": "ioc"}, "reduceOnly", "required when time_in_force is one of 'ioc', 'fok'"),
        ({"leverage": 2, "account_id": "7"}, "accountId", "must be absent when leverage is set"),
        ({"leverage": 2, "size": "1000.5"}, "size", "1000"),  # a bound that holds under a rule only
        ({"size": "0.00001"}, "size", "0.0001"),
        ({"leverage": 126}, "leverage", "125"),
        ({"client_oid": "x" * 33}, "clientOid", "32"),
        ({"labels": ["a", "b", "c", "d"]}, "labels", "3"),
        ({"legs": []}, "legs", "1"),
    ],
)
def test_requests_are_checked_before_anything_is_sent(
    models: ModuleType, changes: dict[str, Any], path: str, message: str
) -> None:
    error_type = importlib.import_module(f"{PACKAGE}._runtime.errors").ValidationError
    with pytest.raises(error_type) as caught:
        order(models, **changes)
    assert caught.value.path == path
    assert message in str(caught.value)


def test_a_rule_on_a_nested_model_is_checked(models: ModuleType) -> None:
    error_type = importlib.import_module(f"{PACKAGE}._runtime.errors").ValidationError
    with pytest.raises(error_type, match="expiresIn"):
        models.Trigger(price="1", rule="<=")
    assert models.Trigger(price="1", rule="<=", expires_in=0).expires_in == 0


def test_a_bound_under_a_rule_holds_only_when_the_rule_applies(models: ModuleType) -> None:
    assert order(models, size="1000.5").size == Decimal("1000.5")
    assert order(models, leverage=2, size="1000").size == Decimal("1000")


def test_the_body_is_json_with_plain_decimals_and_escaped_text(models: ModuleType) -> None:
    request = order(
        models,
        size=Decimal("1E-4"),
        reduce_only=False,
        trigger=models.Trigger(price="2.50", rule=">="),
        legs=[models.Leg(kind="stop_loss", price="90")],
        labels=['say "hi"'],
        price_source='index "spot"',
        account_id="123456789012345678901",
        expire_time=1700000000000,
    )
    body = json.loads(request.wire_body())
    assert body == {
        "symbol": "BTCUSDT",
        "closeSize": "",
        "side": "buy",
        "orderType": "limit",
        "size": "0.0001",
        "price": "100",
        "timeInForce": "gtc",
        "reduceOnly": False,
        "accountId": "123456789012345678901",
        "trigger": {"price": "2.50", "rule": ">="},
        "legs": [{"kind": "stop_loss", "price": "90"}],
        "labels": ['say "hi"'],
        "priceSource": 'index "spot"',
        "expireTime": "1700000000000",
    }


def test_a_field_that_may_be_empty_is_always_sent(models: ModuleType) -> None:
    """``anyOf: [Decimal, {const: ""}]``: None in Python is the empty string on the wire, a decimal is checked and
    sent as one, and the argument has no default (a caller says which they mean)."""
    request = order(models, close_size=None)
    assert json.loads(request.wire_body())["closeSize"] == ""
    assert models.PlaceOrderRequest.from_wire(json.loads(request.wire_body())) == request
    assert json.loads(order(models, close_size=Decimal("2.50")).wire_body())["closeSize"] == "2.50"
    error_type = importlib.import_module(f"{PACKAGE}._runtime.errors").ValidationError
    with pytest.raises(error_type, match=r"closeSize"):
        order(models, close_size="")
    with pytest.raises(error_type, match=r"closeSize"):
        order(models, close_size="1e3")
    arguments = {"symbol": "BTCUSDT", "side": "buy", "order_type": "market", "size": "1"}
    with pytest.raises(TypeError, match="close_size"):
        models.PlaceOrderRequest(**arguments)


def test_query_and_path_text(models: ModuleType) -> None:
    listing = models.ListOrdersRequest(symbol="ETHUSDT", min_size=Decimal("1E+2"), with_legs=False, limit=5)
    assert listing.wire_query() == [("symbol", "ETHUSDT"), ("limit", "5"), ("minSize", "100"), ("withLegs", "false")]
    assert models.CancelOrderRequest(order_id="a/b c").wire_path() == "/v1/orders/a%2Fb%20c"
    assert models.GetTickerRequest(category="futures", symbol="BTCUSDT").wire_path() == "/v1/market/futures/ticker"


def test_the_items_cursor_walks_from_the_last_item(vendored: Path, models: ModuleType) -> None:
    orders = importlib.import_module(f"{PACKAGE}.feature.orders")
    walker = importlib.import_module(f"{PACKAGE}._runtime.pages")
    pages = {None: ["3", "2"], "2": ["1"], "1": []}
    asked: list[str | None] = []

    class Venue:
        """Answers each page request from ``pages``, as the venue would: the fills older than ``after``."""

        def send(self, request: Any) -> Any:
            asked.append(request.after)
            return [models.Fill(fill_id=fill) for fill in pages[request.after]]

        def walk(self, request: Any) -> Any:
            return walker.walk(self, request)  # what a Client does: the runtime's page walk over its own send

    fills = [fill.fill_id for fill in orders.iter_list_fills(Venue())]  # type: ignore[arg-type]
    assert fills == ["3", "2", "1"]
    assert asked == [None, "2", "1"]


def test_timestamps_are_milliseconds_in_python(vendored: Path, models: ModuleType) -> None:
    wire = importlib.import_module(f"{PACKAGE}._runtime.wire")
    order = wire.read(models.Order, {"orderId": 7, "symbol": "BTCUSDT", "createdAt": 1700000000})
    assert order.created_at == 1700000000000  # the wire counts seconds
    ended = wire.read(models.Order, {"orderId": 7, "symbol": "BTCUSDT", "finishedAt": Decimal("1700000000.1234")})
    assert ended.finished_at == 1700000000123  # seconds with a fraction, as whole milliseconds
    assert wire.read(models.Order, {"orderId": 7, "symbol": "BTCUSDT", "finishedAt": 1700000000}).finished_at == (
        1700000000000
    )
    for hostile in (Decimal("1E+999999999"), "1.5", True):  # never a giant int; text is digits only
        with pytest.raises(ClassValidationError):  # which parse reports as a ResponseError
            wire.read(models.Order, {"orderId": 7, "symbol": "BTCUSDT", "finishedAt": hostile})
    assert models.ListOrdersRequest(symbol="BTCUSDT", since=1700000000000).wire_query()[1] == ("since", "1700000000000")


def test_public_operations_are_not_signed(models: ModuleType) -> None:
    assert models.GetTickerRequest.operation.signed is False
    assert models.PlaceOrderRequest.operation.signed is True


def test_integer_enums_are_numbers_on_the_wire_and_strict_in_requests(models: ModuleType) -> None:
    """An integer enum (``IntEnum``) takes its member or its number, goes out as a JSON number (its digits in a
    query), and refuses the number's text, a bool and numbers it does not list."""
    error_type = importlib.import_module(f"{PACKAGE}._runtime.errors").ValidationError
    trigger = models.Trigger(price="1", rule=">=", price_type=1)
    assert trigger.price_type is models.PriceType.MARK
    assert json.loads(trigger.wire_json()) == {"price": "1", "rule": ">=", "priceType": 1}
    assert (
        models.Trigger(price="1", rule=">=", price_type=models.PriceType.INDEX).wire_json().endswith('"priceType":2}')
    )
    assert models.Trigger.from_wire({"price": "1", "rule": ">=", "priceType": 0}).price_type is models.PriceType.LAST
    for wrong in ("1", True, 3, 1.5, "MARK"):
        with pytest.raises(error_type, match="priceType"):
            models.Trigger(price="1", rule=">=", price_type=wrong)
    ticker = models.GetTickerRequest(category="spot", symbol="BTCUSDT", depth=5)
    assert ticker.wire_query() == [("symbol", "BTCUSDT"), ("depth", "5")]


def test_integer_enums_in_answers_keep_numbers_the_spec_does_not_list(models: ModuleType) -> None:
    wire = importlib.import_module(f"{PACKAGE}._runtime.wire")
    known = wire.read(models.TriggerState, {"price": "1", "priceType": 2})
    assert known.price_type is models.PriceType.INDEX
    unknown = wire.read(models.TriggerState, {"price": "1", "priceType": 7})
    assert unknown.price_type == 7 and not isinstance(unknown.price_type, models.PriceType)


def test_a_json_content_parameter_travels_as_the_json_text_of_its_checked_model(models: ModuleType) -> None:
    error_type = importlib.import_module(f"{PACKAGE}._runtime.errors").ValidationError
    band = models.PriceBand(low=Decimal("1E-8"), high="250.50")
    request = models.ListOrdersRequest(symbol="BTCUSDT", price_band=band)
    assert dict(request.wire_query())["priceBand"] == '{"low":"0.00000001","high":"250.50"}'
    assert (
        models.ListOrdersRequest.from_wire({"symbol": "BTCUSDT", "priceBand": {"low": "0.00000001", "high": "250.50"}})
        == request
    )
    with pytest.raises(error_type) as caught:
        models.ListOrdersRequest(symbol="BTCUSDT", price_band={"low": "1"})  # the model, not a dict
    assert caught.value.path == "priceBand"
    with pytest.raises(error_type) as caught:
        models.ListOrdersRequest.from_wire({"symbol": "BTCUSDT", "priceBand": {"low": "1e5"}})
    assert caught.value.path == "priceBand.low"


def test_a_rule_across_parameters_is_checked(models: ModuleType) -> None:
    error_type = importlib.import_module(f"{PACKAGE}._runtime.errors").ValidationError
    with pytest.raises(error_type) as caught:
        models.ListOrdersRequest(symbol="BTCUSDT", account_id="7")
    assert caught.value.path == "side" and "required when account_id is set" in str(caught.value)
    assert models.ListOrdersRequest(symbol="BTCUSDT", account_id="7", side="buy").side == "buy"
