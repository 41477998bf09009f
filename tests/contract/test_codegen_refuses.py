"""ARCHITECTURE.md invariant 4: a construct codegen will not turn into code is a hard error naming the spec path."""

from __future__ import annotations

import copy
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen.__main__ import main
from tests.conftest import import_models, load_spec

Spec = dict[str, Any]

SPOT = "/api/v2/spot/trade/place-plan-order"
SPOT_BODY = "PlacePlanOrderRequest"


def dangling_ref(spec: Spec) -> str:
    spec["components"]["schemas"][SPOT_BODY]["properties"]["side"] = {"$ref": "#/components/schemas/Nowhere"}
    return "bitget.yaml#/components/schemas/PlacePlanOrderRequest/properties/side"


def unknown_type(spec: Spec) -> str:
    spec["components"]["schemas"][SPOT_BODY]["properties"]["symbol"]["type"] = "text"
    return "bitget.yaml#/components/schemas/PlacePlanOrderRequest/properties/symbol"


def duplicate_operation_id(spec: Spec) -> str:
    spec["paths"]["/api/v2/mix/order/place-plan-order"]["post"]["operationId"] = "place_plan_order"
    return "duplicate operationId 'place_plan_order'"


def unsupported_keyword(spec: Spec) -> str:
    spec["components"]["schemas"][SPOT_BODY]["properties"]["symbol"]["patternProperties"] = {}
    return "bitget.yaml#/components/schemas/PlacePlanOrderRequest/properties/symbol: unsupported keyword"


def inline_object(spec: Spec) -> str:
    spec["components"]["schemas"][SPOT_BODY]["properties"]["extraBlock"] = {
        "type": "object",
        "description": "an unnamed object",
        "properties": {"a": {"type": "string", "description": "a"}},
    }
    return "properties/extraBlock: inline objects are not supported"


def docstring_breakout(spec: Spec) -> str:
    spec["components"]["schemas"][SPOT_BODY]["properties"]["symbol"]["description"] = 'pair"""; import os #'
    return 'bitget.yaml#/components/schemas/PlacePlanOrderRequest/properties/symbol: descriptions may not contain """'


def keyword_operation_id(spec: Spec) -> str:
    spec["paths"][SPOT]["post"]["operationId"] = "class"
    return "operationId: 'class' is not a safe snake_case Python name"


def enum_value_without_a_name(spec: Spec) -> str:
    spec["components"]["schemas"][SPOT_BODY]["properties"]["side"]["enum"] = ["buy", "sell", "1st"]
    return "enum value '1st' gives no member name: name it with x-enum-varnames"


def request_without_closed_properties(spec: Spec) -> str:
    del spec["components"]["schemas"][SPOT_BODY]["additionalProperties"]
    return "request objects need additionalProperties: false"


def rule_on_an_unknown_field(spec: Spec) -> str:
    spec["components"]["schemas"][SPOT_BODY]["allOf"][0]["then"]["required"] = ["exePrice"]
    return "the rule names 'exePrice', which is not a property here"


def not_openapi(spec: Spec) -> str:
    del spec["info"]
    return "not valid OpenAPI 3.1"


def property_named_self(spec: Spec) -> str:
    body = spec["components"]["schemas"][SPOT_BODY]["properties"]
    body["self"] = body.pop("clientOid")
    return "'self' would be named 'self', which the generated code uses itself"


def property_shadowing_the_checks(spec: Spec) -> str:
    body = spec["components"]["schemas"][SPOT_BODY]["properties"]
    body["check"] = body.pop("clientOid")
    return "'check' would be named 'check', which the generated code uses itself"


def property_starting_with_a_digit(spec: Spec) -> str:
    body = spec["components"]["schemas"][SPOT_BODY]["properties"]
    body["1stLeg"] = body.pop("clientOid")
    return "'1stLeg' does not give a safe Python name"


def two_properties_with_one_python_name(spec: Spec) -> str:
    body = spec["components"]["schemas"][SPOT_BODY]["properties"]
    body["client_oid"] = body["clientOid"]
    return "two request fields of place_plan_order are both named 'client_oid'"


def model_named_like_an_import(spec: Spec) -> str:
    spec["components"]["schemas"][SPOT_BODY]["properties"]["orderType"]["x-enum-name"] = "Decimal"
    return "'Decimal' would be named 'Decimal', which the generated modules import"


def function_named_like_an_import(spec: Spec) -> str:
    spec["paths"][SPOT]["post"]["operationId"] = "overload"
    return "'overload' is a name the tag module imports"


def docstring_escape(spec: Spec) -> str:
    spec["components"]["schemas"][SPOT_BODY]["properties"]["symbol"]["description"] = "ends in a backslash \\"
    return "descriptions may not contain"


def list_in_the_query(spec: Spec) -> str:
    spec["paths"]["/api/v2/spot/trade/plan-sub-order"]["get"]["parameters"][0]["schema"] = {
        "type": "array",
        "items": {"type": "string"},
    }
    return "parameters/0/schema: a query parameter is one value: lists and objects travel in a body"


def path_placeholder_without_a_parameter(spec: Spec) -> str:
    spec["paths"]["/api/v2/spot/trade/plan-sub-order/{planOrderId}"] = spec["paths"].pop(
        "/api/v2/spot/trade/plan-sub-order"
    )
    return "each {name} in the path needs a path parameter, and each one a place: planOrderId"


BREAKAGES: list[Callable[[Spec], str]] = [
    property_named_self,
    property_shadowing_the_checks,
    property_starting_with_a_digit,
    two_properties_with_one_python_name,
    model_named_like_an_import,
    function_named_like_an_import,
    docstring_escape,
    dangling_ref,
    unknown_type,
    duplicate_operation_id,
    unsupported_keyword,
    inline_object,
    docstring_breakout,
    keyword_operation_id,
    enum_value_without_a_name,
    request_without_closed_properties,
    rule_on_an_unknown_field,
    not_openapi,
    list_in_the_query,
    path_placeholder_without_a_parameter,
]


@pytest.mark.parametrize("breakage", BREAKAGES, ids=lambda breakage: breakage.__name__)
def test_codegen_refuses_with_the_spec_path(
    breakage: Callable[[Spec], str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    spec = copy.deepcopy(load_spec("bitget"))
    expected = breakage(spec)
    (tmp_path / "bitget.yaml").write_text(yaml.safe_dump(spec, sort_keys=False))
    out = tmp_path / "out"

    status = main(["generate", "--spec-dir", str(tmp_path), "--out", str(out)])

    error = capsys.readouterr().err
    assert status == 2
    assert expected in error
    assert not out.exists(), "nothing is written when a spec is refused"


def test_the_unbroken_spec_generates(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    (tmp_path / "bitget.yaml").write_text(yaml.safe_dump(load_spec("bitget"), sort_keys=False))
    assert main(["generate", "--spec-dir", str(tmp_path), "--out", str(tmp_path / "out")]) == 0
    assert (tmp_path / "out" / "bitget" / "models.py").exists()


def test_quotes_in_spec_values_stay_inside_their_literals(tmp_path: Path) -> None:
    """Enum values, patterns and wire names are data: quotes and backslashes in them cannot reach the code."""
    spec = copy.deepcopy(load_spec("bitget"))
    body = spec["components"]["schemas"][SPOT_BODY]
    body["properties"]["orderType"]["enum"] = ['li"mit', "market"]
    body["properties"]["orderType"]["x-enum-name"] = "QuotedOrderType"
    body["properties"]["orderType"]["x-enum-varnames"] = ["LIMIT", "MARKET"]
    body["allOf"][0]["if"]["properties"]["orderType"]["const"] = 'li"mit'
    body["properties"]["symbol"]["pattern"] = '^[^"\\\\]+$'
    body["properties"]['odd"name\\'] = {"type": "string", "description": "A wire name with a quote and a backslash."}
    (tmp_path / "bitget.yaml").write_text(yaml.safe_dump(spec, sort_keys=False))
    out = tmp_path / "out"
    assert main(["generate", "--spec-dir", str(tmp_path), "--out", str(out)]) == 0
    models = import_models(out / "bitget", "quoted_bitget")
    order_type = models.QuotedOrderType
    assert order_type.LIMIT.value == 'li"mit'
    pattern = vars(sys.modules[models.PlacePlanOrderRequest.__module__])["_SYMBOL_PATTERN"]
    assert pattern.pattern == '^[^"\\\\]+$'
    # ... and they go on the wire as the JSON they are: the quote escaped, the odd wire name kept.
    request = models.PlacePlanOrderRequest(
        symbol="BTCUSDT",
        side="buy",
        trigger_price="1",
        order_type='li"mit',
        execute_price="1",
        size="1",
        trigger_type="fill_price",
        odd_name='a"b\\c',
    )
    body = json.loads(request.wire_body())
    assert body["orderType"] == 'li"mit' and body['odd"name\\'] == 'a"b\\c'
