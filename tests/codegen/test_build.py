"""``build()`` on small inline specs: one case per refusal (ARCHITECTURE.md, invariant 4) and per construct.

Each refusal case edits a minimal valid spec and expects codegen's own message at the exact spec path; a refusal in
codegen's source that no case here provokes fails :func:`test_every_refusal_has_a_case`.
"""

from __future__ import annotations

import ast
import copy
import json
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen.errors import SpecError
from codegen.generate import generate, read
from codegen.generate.ir import DecimalConstant, VenueIR
from codegen.generate.load import from_document

CODEGEN = Path(__file__).resolve().parents[2] / "codegen"

MINI = """
openapi: 3.1.0
info: {title: Mini, version: '1'}
servers: [{url: 'https://mini.example', x-environment: live}]
tags: [{name: orders, description: Orders.}]
paths:
  /v1/orders:
    post:
      operationId: place_order
      tags: [orders]
      summary: Place an order
      externalDocs: {url: 'https://mini.example/place'}
      x-doc: mini/place.md
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/PlaceOrderRequest'}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/Order'}
    get:
      operationId: list_orders
      tags: [orders]
      summary: List orders
      externalDocs: {url: 'https://mini.example/list'}
      x-doc: mini/list.md
      parameters:
        - {name: cursor, in: query, required: false, description: Where to start., schema: {type: string}}
        - {name: limit, in: query, required: false, description: Page size., schema: {type: integer}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema: {$ref: '#/components/schemas/OrderPage'}
components:
  schemas:
    Decimal: {type: string, format: decimal}
    PlaceOrderRequest:
      type: object
      additionalProperties: false
      required: [symbol, side]
      properties:
        symbol: {type: string, description: The market.}
        side: {type: string, enum: [buy, sell], description: Direction.}
        size: {$ref: '#/components/schemas/Decimal', description: Quantity.}
        note: {type: string, description: A note.}
        leg: {$ref: '#/components/schemas/Leg', description: A leg.}
    Leg:
      type: object
      additionalProperties: false
      properties:
        price: {$ref: '#/components/schemas/Decimal', description: Leg price.}
    Order:
      type: object
      properties:
        orderId: {type: string, description: The order.}
    OrderPage:
      type: object
      properties:
        orders:
          type: array
          description: Orders.
          items: {$ref: '#/components/schemas/Order'}
        next: {type: string, description: Next cursor.}
"""

Spec = dict[str, Any]
PLACE = ("paths", "/v1/orders", "post")
LIST = ("paths", "/v1/orders", "get")
SCHEMAS = ("components", "schemas")
REQUEST = (*SCHEMAS, "PlaceOrderRequest")
PROPS = (*REQUEST, "properties")
PLACE_WHERE = "mini.yaml#/paths/~1v1~1orders/post"
LIST_WHERE = "mini.yaml#/paths/~1v1~1orders/get"
REQUEST_WHERE = "mini.yaml#/components/schemas/PlaceOrderRequest"


def node(spec: Spec, *path: str | int) -> Any:
    for part in path:
        spec = spec[part]
    return spec


def built(tmp_path: Path, edit: Callable[[Spec], object] | None = None, text: str | None = None) -> VenueIR:
    """The IR of the mini spec after ``edit``, read the way ``generate`` and ``drift`` read a spec."""
    spec = yaml.safe_load(MINI)
    if edit is not None:
        edit(spec)
    path = tmp_path / "mini.yaml"
    path.write_text(text if text is not None else json.dumps(spec), encoding="utf-8")
    return read(path)[1]


def paged(spec: Spec, **pagination: Any) -> None:
    node(spec, *LIST)["x-pagination"] = {"style": "cursor", "request": "cursor", "limit": "limit", **pagination}


def rule(spec: Spec, element: dict[str, Any]) -> None:
    node(spec, *REQUEST)["allOf"] = [{"description": "A rule.", **element}]


def prop(spec: Spec, name: str, schema: dict[str, Any]) -> None:
    node(spec, *PROPS)[name] = schema


def result(spec: Spec, schema: dict[str, Any]) -> None:
    node(spec, *PLACE, "responses", "200", "content", "application/json")["schema"] = schema


def envelope(spec: Spec) -> None:
    spec["x-envelope"] = {"payload": "data"}


def conflict(at: tuple[str | int, ...], page: Any, entry: Any = None) -> Callable[[Spec], None]:
    def edit(spec: Spec) -> None:
        node(spec, *at)["x-doc-conflict"] = entry if entry is not None else {"doc": "d", "chosen": "c", "page": page}

    return edit


def set_(path: tuple[str | int, ...], key: str, value: Any) -> Callable[[Spec], None]:
    def edit(spec: Spec) -> None:
        node(spec, *path)[key] = value

    return edit


def delete(path: tuple[str | int, ...], key: str) -> Callable[[Spec], None]:
    def edit(spec: Spec) -> None:
        del node(spec, *path)[key]

    return edit


def parameter(**fields: Any) -> Callable[[Spec], None]:
    def edit(spec: Spec) -> None:
        base = {
            "name": "extra",
            "in": "query",
            "required": False,
            "description": "Extra.",
            "schema": {"type": "string"},
        }
        merged = {**base, **fields}
        node(spec, *LIST)["parameters"].append({key: value for key, value in merged.items() if value is not None})

    return edit


def two_edits(*edits: Callable[[Spec], object]) -> Callable[[Spec], None]:
    def edit(spec: Spec) -> None:
        for each in edits:
            each(spec)

    return edit


def iter_list_orders(spec: Spec) -> None:
    """A second listing operation whose function takes the page walker's name of the first."""
    spec["paths"]["/v1/orders/all"] = {"get": {**copy.deepcopy(node(spec, *LIST)), "operationId": "iter_list_orders"}}


def path_placeholder(spec: Spec) -> None:
    """A second path whose ``{id}`` no parameter fills."""
    spec["paths"]["/v1/orders/{id}"] = {"delete": {**copy.deepcopy(node(spec, *LIST)), "operationId": "cancel_order"}}


SIDE = (*PROPS, "side")
SIZE = (*PROPS, "size")
IF_LIMIT = {"required": ["side"], "properties": {"side": {"const": "buy"}}}

REFUSALS: list[tuple[str, Callable[[Spec], object], str, str]] = [
    # (case, edit, where, message)
    (
        "server without environment",
        set_(("servers", 0), "x-environment", "prod"),
        "servers/0",
        "every server needs x-environment",
    ),
    (
        "server headers",
        set_(("servers", 0), "x-headers", {"a": 1}),
        "servers/0",
        "x-headers maps header names to string values",
    ),
    ("no live server", set_(("servers", 0), "x-environment", "demo"), "servers", "the spec lists no live server"),
    (
        "tag shadows",
        set_(("tags", 0), "name", "models"),
        "tags/0",
        "tag 'models' would shadow a name of the venue package",
    ),
    (
        "tag named like the shared models",
        set_(("tags", 0), "name", "shared"),
        "tags/0",
        "tag 'shared' would shadow a name of the venue package",
    ),
    (
        "path-level parameters",
        set_(("paths", "/v1/orders"), "parameters", []),
        "paths/~1v1~1orders/parameters",
        "path-level parameters are not supported",
    ),
    (
        "path item key",
        set_(("paths", "/v1/orders"), "trace", {}),
        "paths/~1v1~1orders/trace",
        "unsupported path item key 'trace'",
    ),
    (
        "duplicate operationId",
        set_(LIST, "operationId", "place_order"),
        "paths/~1v1~1orders/get",
        "duplicate operationId 'place_order'",
    ),
    (
        "function defined twice",
        two_edits(lambda s: paged(s, next="next", items="orders"), iter_list_orders),
        "paths/~1v1~1orders~1all/get",
        "orders.iter_list_orders would be defined twice",
    ),
    (
        "reserved function",
        set_(PLACE, "operationId", "overload"),
        "post/operationId",
        "'overload' is a name the tag module imports",
    ),
    ("two tags", set_(PLACE, "tags", ["orders", "orders"]), "post/tags", "an operation has exactly one tag"),
    (
        "request body type",
        set_((*PLACE, "requestBody"), "content", {"text/plain": {"schema": {"type": "string"}}}),
        "post/requestBody/content",
        "only an application/json request body is supported",
    ),
    (
        "request body name",
        set_((*PLACE, "requestBody", "content", "application/json", "schema"), "$ref", "#/components/schemas/Leg"),
        "components/schemas/Leg",
        "the request body schema of place_order must be named PlaceOrderRequest",
    ),
    (
        "path placeholder",
        path_placeholder,
        "paths/~1v1~1orders~1{id}/delete",
        "each {name} in the path needs a path parameter",
    ),
    (
        "two fields one name",
        lambda s: prop(s, "Symbol", {"type": "string", "description": "Again."}),
        PLACE_WHERE.split("#/")[1],
        "two request fields of place_order are both named 'symbol'",
    ),
    (
        "field named like another's wire text",
        lambda s: prop(s, "sizeText", {"type": "string", "description": "Clashes."}),
        PLACE_WHERE.split("#/")[1],
        "request fields 'size' and 'size_text' clash (wire text is kept as <name>_text)",
    ),
    ("pagination style", lambda s: paged(s, style="seek"), "get/x-pagination", "style is cursor, offset or page"),
    (
        "pagination request",
        lambda s: paged(s, request="from", next="next", items="orders"),
        "x-pagination/request",
        "'from' is not a request field",
    ),
    (
        "pagination result field",
        lambda s: paged(s, next="following", items="orders"),
        "x-pagination/next",
        "'following' is not a field of the result",
    ),
    ("pagination items", lambda s: paged(s, next="next"), "get/x-pagination", "items names the result's list property"),
    ("cursor without next", lambda s: paged(s, items="orders"), "get/x-pagination", "the cursor style needs next"),
    (
        "pagination items not a list",
        lambda s: paged(s, items="next", next="next"),
        "x-pagination/items",
        "'next' is not a list of objects",
    ),
    (
        "items cursor field",
        lambda s: paged(s, items="orders", next="items[].id"),
        "x-pagination/next",
        "'id' is not a field of Order",
    ),
    (
        "pagination without request",
        lambda s: node(s, *LIST).update({"x-pagination": {"style": "page", "items": "orders"}}),
        "get/x-pagination",
        "x-pagination needs request",
    ),
    (
        "two client ids",
        two_edits(set_(SIDE, "x-client-id", True), set_((*PROPS, "note"), "x-client-id", True)),
        "orders/post",
        "at most one request property carries x-client-id",
    ),
    (
        "header parameter",
        parameter(**{"in": "header"}),
        "get/parameters/2",
        "parameters in 'header' are not supported (query and path are)",
    ),
    (
        "list parameter",
        parameter(schema={"type": "array", "items": {"type": "string"}}),
        "parameters/2/schema",
        "a query parameter is one value: lists and objects travel in a body",
    ),
    (
        "parameter with schema and content",
        parameter(content={"application/json": {"schema": {"$ref": "#/components/schemas/Leg"}}}),
        "get/parameters/2",
        "a parameter has either a schema or a content, not both or neither",
    ),
    (
        "parameter content of another media type",
        parameter(schema=None, content={"text/plain": {"schema": {"type": "string"}}}),
        "parameters/2/content",
        "a parameter's content names one media type, application/json",
    ),
    (
        "parameter content not a named object",
        parameter(schema=None, content={"application/json": {"schema": {"type": "string"}}}),
        "parameters/2/content/application~1json/schema",
        "a parameter's content schema must be a $ref to a named object schema",
    ),
    (
        "response fields one name",
        set_((*SCHEMAS, "Order", "properties"), "OrderId", {"type": "string", "description": "Again."}),
        "components/schemas/Order/properties/OrderId",
        "'OrderId' and 'orderId' are both 'order_id' in Python",
    ),
    (
        "parameter rules beside a body",
        set_(PLACE, "x-parameter-rules", {"dependentRequired": {"size": ["note"]}}),
        "post/x-parameter-rules",
        "a request body states its rules in its own schema, not x-parameter-rules",
    ),
    (
        "no 2xx",
        lambda s: node(s, *PLACE).update({"responses": {"400": {"description": "bad"}}}),
        "post/responses",
        "no 2xx response",
    ),
    (
        "no json answer",
        set_((*PLACE, "responses", "200"), "content", {"text/plain": {"schema": {"type": "string"}}}),
        "responses/200/content",
        "the success response has no application/json schema",
    ),
    (
        "envelope shape",
        envelope,
        "responses/200/content/application~1json/schema",
        "with x-envelope, the schema is allOf [Envelope, {properties: {data: ...}}]",
    ),
    (
        "oneOf payload",
        lambda s: result(s, {"oneOf": [{"$ref": "#/components/schemas/Order"}, {"type": "string"}]}),
        "application~1json/schema",
        "a oneOf payload must be [{type: array, items: X}, X]",
    ),
    (
        "inline result",
        lambda s: result(s, {"type": "object", "properties": {}}),
        "application~1json/schema",
        "inline objects are not supported",
    ),
    (
        "model on both sides",
        lambda s: prop(s, "order", {"$ref": "#/components/schemas/Order", "description": "An order."}),
        "components/schemas/Order",
        "Order is used in both requests and responses",
    ),
    (
        "model and enum named alike",
        set_(SIDE, "x-enum-name", "Leg"),
        "components/schemas/Leg",
        "two models or enums are named Leg",
    ),
    (
        "model without type object",
        set_((*SCHEMAS, "Leg"), "type", "string"),
        "components/schemas/Leg",
        "a model schema must have type: object",
    ),
    (
        "open request object",
        delete(REQUEST, "additionalProperties"),
        REQUEST_WHERE.split("#/")[1],
        "request objects need additionalProperties: false",
    ),
    (
        "required names nothing",
        set_(REQUEST, "required", ["symbol", "price"]),
        "PlaceOrderRequest/required",
        "required names no property: price",
    ),
    (
        "response property extra",
        set_((*SCHEMAS, "Order", "properties"), "extra", {"type": "string", "description": "E."}),
        "components/schemas/Order",
        "a response property may not be named 'extra'",
    ),
    (
        "inline object property",
        lambda s: prop(s, "box", {"type": "object", "description": "B.", "properties": {}}),
        "properties/box",
        "inline objects are not supported",
    ),
    (
        "property without description",
        delete((*PROPS, "note"), "description"),
        "properties/note",
        "every property needs a description",
    ),
    (
        "x-decimal on a string",
        set_((*PROPS, "note"), "x-decimal", {"minimum": "1"}),
        "properties/note/x-decimal",
        "x-decimal applies to decimal fields only",
    ),
    (
        "array without items",
        lambda s: prop(s, "tags", {"type": "array", "description": "T."}),
        "properties/tags",
        "an array needs items",
    ),
    (
        "array of arrays",
        lambda s: prop(
            s, "grid", {"type": "array", "description": "G.", "items": {"type": "array", "items": {"type": "string"}}}
        ),
        "properties/grid/items",
        "arrays of arrays are not supported",
    ),
    (
        "request number",
        set_((*PROPS, "note"), "type", "number"),
        "properties/note",
        "request numbers travel as decimal strings",
    ),
    ("unsupported type", set_((*PROPS, "note"), "type", "null"), "properties/note", "unsupported type 'null'"),
    ("number enum", set_(SIDE, "type", "number"), "properties/side", "enums must be of type string or integer"),
    (
        "integer enum of strings",
        set_(SIDE, "type", "integer"),
        "side/enum",
        "the values of an integer enum must be integers",
    ),
    (
        "integer enum unnamed",
        two_edits(set_(SIDE, "type", "integer"), set_(SIDE, "enum", [1, 2])),
        "properties/side",
        "an integer enum names its members with x-enum-varnames",
    ),
    ("enum values not strings", set_(SIDE, "enum", ["buy", 2]), "properties/side/enum", "enum values must be strings"),
    ("varnames count", set_(SIDE, "x-enum-varnames", ["BUY"]), "side/x-enum-varnames", "needs one name per enum value"),
    (
        "member names collide",
        set_(SIDE, "enum", ["buy-now", "buy_now"]),
        "properties/side/enum",
        "two values give the same member name",
    ),
    (
        "enum redefined",
        lambda s: prop(s, "way", {"type": "string", "enum": ["up"], "x-enum-name": "Side", "description": "W."}),
        "properties/way",
        "enum Side already has other values at",
    ),
    (
        "enum named like a model",
        lambda s: prop(s, "legKind", {"type": "string", "enum": ["a"], "x-enum-name": "Leg", "description": "K."}),
        "properties/legKind",
        "enum Leg has the name of a model",
    ),
    ("bad regex", set_((*PROPS, "note"), "pattern", "(["), "properties/note/pattern", "not a valid regular expression"),
    (
        "unguarded if",
        lambda s: rule(s, {"if": {"properties": {"side": {"const": "buy"}}}, "then": {"required": ["size"]}}),
        "allOf/0/if",
        "list side in required too, or the if holds when absent",
    ),
    (
        "rule x-decimal on a string",
        lambda s: rule(s, {"if": IF_LIMIT, "then": {"properties": {"note": {"x-decimal": {"maximum": "1"}}}}}),
        "then/properties/note",
        "x-decimal applies to decimal fields only",
    ),
    (
        "const and enum",
        lambda s: rule(
            s,
            {
                "if": {"required": ["side"], "properties": {"side": {"const": "buy", "enum": ["buy"]}}},
                "then": {"required": ["size"]},
            },
        ),
        "if/properties/side",
        "a rule constrains a property by exactly one of const or enum",
    ),
    (
        "rule on a decimal",
        lambda s: rule(
            s, {"if": {"required": ["size"], "properties": {"size": {"const": "1"}}}, "then": {"required": ["note"]}}
        ),
        "if/properties/size",
        "rules compare enum or string properties only",
    ),
    (
        "rule value not an enum value",
        lambda s: rule(
            s, {"if": {"required": ["side"], "properties": {"side": {"const": "hold"}}}, "then": {"required": ["size"]}}
        ),
        "if/properties/side",
        "'hold' not among the values of side",
    ),
    (
        "not shape",
        lambda s: rule(s, {"if": IF_LIMIT, "then": {"not": {"properties": {}}}}),
        "then/not",
        "not takes {required: [...]}",
    ),
    (
        "rule names nothing",
        lambda s: rule(s, {"if": IF_LIMIT, "then": {"required": ["price"]}}),
        "then/required",
        "the rule names 'price', which is not a property here",
    ),
    (
        "rate limit",
        set_(PLACE, "x-rate-limit", {"limit": 1, "per": "1m", "scope": "uid"}),
        "post/x-rate-limit",
        "x-rate-limit is {limit: <int>, per: <n>s, scope: uid | ip}",
    ),
    (
        "decimal bound not a decimal",
        set_(SIZE, "x-decimal", {"minimum": "one"}),
        "properties/size",
        "'one' is not a decimal",
    ),
    (
        "decimal bound a float",
        set_(SIZE, "x-decimal", {"minimum": 0.1}),
        "properties/size",
        "decimal bounds are finite numbers written as strings, not 0.1",
    ),
    (
        "unsupported keyword",
        set_((*PROPS, "note"), "patternProperties", {}),
        "properties/note",
        "unsupported keyword 'patternProperties'",
    ),
    ("missing key", delete(PLACE, "summary"), "orders/post", "summary is missing"),
    (
        "description not text",
        set_((*PROPS, "note"), "description", ["a"]),
        "properties/note",
        "descriptions are strings",
    ),
    (
        "docstring breakout",
        set_((*PROPS, "note"), "description", 'a""" + b'),
        "properties/note",
        'descriptions may not contain """',
    ),
    (
        "unsafe field name",
        lambda s: prop(s, "1st", {"type": "string", "description": "F."}),
        "properties/1st",
        "'1st' does not give a safe Python name",
    ),
    (
        "reserved field name",
        lambda s: prop(s, "client", {"type": "string", "description": "C."}),
        "properties/client",
        "'client' would be named 'client', which the generated code uses itself",
    ),
    (
        "field name of a constructor's local",  # the constructor stores each field with a local store_<field>
        lambda s: prop(s, "storeSide", {"type": "string", "description": "S."}),
        "properties/storeSide",
        "'storeSide' would be named 'store_side', which the generated code uses itself",
    ),
    (
        "unsafe class name",
        set_(SIDE, "x-enum-name", "Any"),
        "properties/side",
        "'Any' would be named 'Any', which the generated modules import",
    ),
    (
        "bad class name",
        set_(SIDE, "x-enum-name", "9lives"),
        "properties/side",
        "'9lives' does not give a safe Python class name",
    ),
    (
        "value without a member name",
        set_(SIDE, "enum", ["buy", ">="]),
        "properties/side/enum",
        "enum value '>=' gives no member name: name it with x-enum-varnames",
    ),
    (
        "varname not upper case",
        set_(SIDE, "x-enum-varnames", ["Buy", "SELL"]),
        "side/x-enum-varnames",
        "x-enum-varnames entry 'Buy' is not an UPPER_CASE identifier",
    ),
    (
        "unsafe operationId",
        set_(PLACE, "operationId", "Place"),
        "post/operationId",
        "'Place' is not a safe snake_case Python name",
    ),
    (
        "remote reference",
        set_((*PROPS, "leg"), "$ref", "other.yaml#/Leg"),
        "properties/leg",
        "only local references (#/...) are supported",
    ),
    (
        "dangling reference",
        set_((*PROPS, "leg"), "$ref", "#/components/schemas/Nowhere"),
        "properties/leg",
        "$ref '#/components/schemas/Nowhere' points at nothing",
    ),
    (
        "reference to a value",
        set_((*PROPS, "leg"), "$ref", "#/info/title"),
        "properties/leg",
        "$ref '#/info/title' does not point at an object",
    ),
    ("not OpenAPI 3.1", set_((), "openapi", "3.0.3"), "openapi", "venuebind specs are OpenAPI 3.1.0"),
    ("invalid OpenAPI", delete((*PLACE, "responses", "200"), "description"), "", "not valid OpenAPI 3.1"),
    (
        "conflict shape",
        conflict(SIDE, None, entry=["text"]),
        "properties/side/x-doc-conflict",
        "an x-doc-conflict is an object or a list of objects",
    ),
    ("conflict page shape", conflict(SIDE, ["type"]), "properties/side/x-doc-conflict", "page is a mapping"),
    (
        "conflict page key",
        conflict(SIDE, {"adds": ["x"]}),
        "properties/side/x-doc-conflict",
        "page key 'adds' is not one of enum, required, type here",
    ),
    (
        "conflict page value",
        conflict(SIDE, {"type": "text"}),
        "properties/side/x-doc-conflict",
        "page type: 'text' is not a valid value",
    ),
    (
        "header that cannot travel",
        set_(("servers", 0), "x-headers", {"x-simulated": "1\r\nx-evil: 1"}),
        "servers/0/x-headers",
        "'x-simulated': '1\\r\\nx-evil: 1' cannot travel as an HTTP header",
    ),
    (
        "success status not a number",
        lambda s: node(s, *PLACE, "responses").update({"2XX": node(s, *PLACE, "responses").pop("200")}),
        "post/responses",
        "'2XX' is not an HTTP status: write the success as 200",
    ),
    (
        "length not an integer",
        set_((*PROPS, "note"), "maxLength", 8.5),
        "properties/note/maxLength",
        "must be an integer, not 8.5",
    ),
    (
        "timestamp unit",
        set_((*PROPS, "note"), "x-timestamp", "us"),
        "properties/note/x-timestamp",
        "x-timestamp is ms or s, on a string, integer or number schema",
    ),
    (
        "timestamp number in milliseconds",
        lambda s: prop(s, "at", {"type": "number", "x-timestamp": "ms", "description": "A."}),
        "properties/at/x-timestamp",
        "a timestamp of type number counts seconds",
    ),
    (
        "request timestamp in seconds",
        lambda s: prop(s, "at", {"type": "integer", "x-timestamp": "s", "description": "A."}),
        "properties/at/x-timestamp",
        "request timestamps in seconds are not supported",
    ),
    (
        "request timestamp text without its pattern",
        set_((*PROPS, "note"), "x-timestamp", "ms"),
        "properties/note/pattern",
        "a request timestamp sent as text needs pattern '^(0|[1-9][0-9]*)$'",
    ),
    (
        "constraint on list items",
        lambda s: prop(
            s, "labels", {"type": "array", "description": "L.", "items": {"type": "string", "maxLength": 3}}
        ),
        "properties/labels/items",
        "constraints on list items are not supported",
    ),
    (
        "empty-string arm not last",
        set_(SIZE, "anyOf", [{"const": ""}, {"$ref": "#/components/schemas/Decimal"}]),
        "properties/size/anyOf",
        'a property\'s anyOf must be [<value schema>, {const: ""}]',
    ),
    (
        "empty-string arm in an answer",
        set_((*SCHEMAS, "Order", "properties", "orderId"), "anyOf", [{"type": "string"}, {"const": ""}]),
        "Order/properties/orderId/anyOf",
        "an empty-string arm is supported on request body fields only",
    ),
    (
        "empty-string arm beside a list",
        lambda s: prop(s, "labels", {"description": "L.", "anyOf": [{"type": "array", "items": {}}, {"const": ""}]}),
        "properties/labels/anyOf/0",
        "the value arm must be one value",
    ),
    (
        "empty-string arm and the property both typed",
        lambda s: prop(s, "qty", {"description": "Q.", "type": "string", "anyOf": [{"type": "string"}, {"const": ""}]}),
        "properties/qty/anyOf/0",
        "'type' is set both on the property and in its value arm",
    ),
]


@pytest.mark.parametrize(
    ("edit", "where", "message"), [case[1:] for case in REFUSALS], ids=[case[0] for case in REFUSALS]
)
def test_refusal(tmp_path: Path, edit: Callable[[Spec], object], where: str, message: str) -> None:
    with pytest.raises(SpecError) as caught:
        built(tmp_path, edit)
    assert caught.value.where.startswith("mini.yaml"), caught.value
    assert where in caught.value.where, caught.value
    assert message in caught.value.message, caught.value


def test_unreadable_files_are_refused(tmp_path: Path) -> None:
    with pytest.raises(SpecError, match=r"mini\.yaml: not valid YAML"):
        built(tmp_path, text="openapi: [")
    with pytest.raises(SpecError, match=r"mini\.yaml: the spec is not a YAML mapping"):
        built(tmp_path, text="- a list")
    with pytest.raises(SpecError, match=r"no <venue>\.yaml specs here"):
        generate(tmp_path / "nothing")


def test_a_lone_surrogate_is_refused() -> None:
    """A string no file can hold (YAML can write one as an escape) is refused where it stands."""
    spec = yaml.safe_load(MINI)
    node(spec, *PROPS, "note")["description"] = "a \ud800 b"
    with pytest.raises(SpecError) as caught:
        from_document(Path("mini.yaml"), spec)
    assert caught.value.where == f"{REQUEST_WHERE}/properties/note/description"
    assert caught.value.message == "holds a lone surrogate, which UTF-8 cannot carry"


def _messages(source: str) -> list[str]:
    """The literal text of every ``SpecError(where, message)`` message in ``source``."""
    found = []
    for call in ast.walk(ast.parse(source)):
        if isinstance(call, ast.Call) and getattr(call.func, "id", None) == "SpecError" and len(call.args) == 2:
            message = call.args[1]
            parts = [message.value] if isinstance(message, ast.Constant) else []
            if isinstance(message, ast.JoinedStr):
                parts = [part.value for part in message.values if isinstance(part, ast.Constant)]
            found.append(max((str(part) for part in parts), key=len).strip(" :()"))
    return found


def test_every_refusal_has_a_case() -> None:
    """Every refusal of the generator (``codegen/generate/``, which drift reads specs through as well); drift's own
    checks of its records have their cases in tests/drift/test_drift_compare.py."""
    expected = " | ".join(message for _, _, _, message in REFUSALS)
    expected += " | not valid YAML | the spec is not a YAML mapping | no <venue>.yaml specs here"
    expected += " | holds a lone surrogate, which UTF-8 cannot carry"
    sources = sorted((CODEGEN / "generate").rglob("*.py"))
    missing = [
        (path.name, text)
        for path in sources
        for text in _messages(path.read_text(encoding="utf-8"))
        if text[:24] not in expected
    ]
    assert not missing, f"refusals without a case in REFUSALS: {missing}"


# --------------------------------------------------------------------------------------------------------------------
# constructs


def test_the_mini_spec_builds(tmp_path: Path) -> None:
    venue = built(tmp_path)
    assert [operation.operation_id for operation in venue.operations] == ["place_order", "list_orders"]
    assert [model.name for model in venue.models] == [
        "Order",
        "Leg",
        "PlaceOrderRequest",
        "OrderPage",
        "ListOrdersRequest",
    ]


def test_each_model_goes_to_the_module_of_the_one_tag_that_reaches_it(tmp_path: Path) -> None:
    def edit(spec: Spec) -> None:
        spec["tags"].append({"name": "history", "description": "History."})
        node(spec, *LIST)["tags"] = ["history"]
        node(spec, *SCHEMAS, "Leg", "properties", "price")["x-decimal"] = {"minimum": "0.1"}

    modules = {
        module.name: (
            module.tag,
            [enum.name for enum in module.enums],
            [constant.name for constant in module.decimals],
            [model.name for model in module.models],
        )
        for module in built(tmp_path, edit).model_modules
    }
    assert modules == {
        "_shared_models": (None, [], [], ["Order"]),  # placed, and listed in a page's items
        "_orders_models": ("orders", ["Side"], ["_DECIMAL_0_1"], ["Leg", "PlaceOrderRequest"]),  # Leg's is nested
        "_history_models": ("history", [], [], ["OrderPage", "ListOrdersRequest"]),
    }
    assert list(modules) == ["_shared_models", "_orders_models", "_history_models"]


@pytest.mark.parametrize(
    ("schema", "kind", "item"),
    [
        ({"type": "string"}, "str", None),
        ({"type": "string", "format": "decimal"}, "decimal", None),
        ({"type": "integer"}, "int", None),
        ({"type": "integer", "x-id": True}, "id", None),
        ({"type": "boolean"}, "bool", None),
        ({"type": "string", "enum": ["a", "b"]}, "enum", None),
        ({"type": "integer", "enum": [1, 2], "x-enum-varnames": ["ONE", "TWO"]}, "int_enum", None),
        ({"$ref": "#/components/schemas/Leg"}, "model", None),
        ({"type": "array", "items": {"type": "string"}}, "list", "str"),
        ({"type": "array", "items": {"$ref": "#/components/schemas/Leg"}}, "list", "model"),
    ],
)
def test_request_type_kinds(tmp_path: Path, schema: dict[str, Any], kind: str, item: str | None) -> None:
    venue = built(tmp_path, lambda s: prop(s, "probe", {**schema, "description": "Probe."}))
    probe = next(field for field in venue.model("PlaceOrderRequest").fields if field.wire == "probe")
    assert probe.type.kind == kind
    assert (probe.type.item.kind if probe.type.item else None) == item


def test_a_response_number_is_its_own_kind(tmp_path: Path) -> None:
    venue = built(tmp_path, set_((*SCHEMAS, "Order", "properties"), "filled", {"type": "number", "description": "F."}))
    assert [field.type.kind for field in venue.model("Order").fields] == ["str", "number"]


def test_bounds_lengths_sizes_and_defaults(tmp_path: Path) -> None:
    def edit(spec: Spec) -> None:
        prop(spec, "lev", {"type": "integer", "minimum": 1, "maximum": 5, "default": 1, "description": "L."})
        prop(
            spec,
            "tags",
            {"type": "array", "minItems": 1, "maxItems": 3, "items": {"type": "string"}, "description": "T."},
        )
        node(spec, *SIZE)["x-decimal"] = {"minimum": "0.1", "maximum": "10"}
        node(spec, *PROPS, "note").update({"minLength": 1, "maxLength": 8, "pattern": "^[a-z]+$"})

    fields = {field.wire: field for field in built(tmp_path, edit).model("PlaceOrderRequest").fields}
    assert (fields["lev"].minimum, fields["lev"].maximum, fields["lev"].default_doc) == (1, 5, "1")
    assert (fields["tags"].min_items, fields["tags"].max_items) == (1, 3)
    size = fields["size"]
    assert isinstance(size.minimum, DecimalConstant) and isinstance(size.maximum, DecimalConstant)
    assert (size.minimum.value, size.maximum.value) == (Decimal("0.1"), Decimal("10"))
    assert (size.minimum.name, size.maximum.name) == ("_DECIMAL_0_1", "_DECIMAL_10")
    assert (fields["note"].min_length, fields["note"].max_length) == (1, 8)
    assert fields["note"].pattern is not None and fields["note"].pattern.regex == "^[a-z]+$"


def test_enum_member_names(tmp_path: Path) -> None:
    def edit(spec: Spec) -> None:
        prop(
            spec,
            "rule",
            {"type": "string", "enum": [">=", "<="], "x-enum-varnames": ["GTE", "LTE"], "description": "R."},
        )

    venue = built(tmp_path, edit)
    assert venue.enum("Rule").members == (("GTE", ">="), ("LTE", "<="))
    assert venue.enum("Side").members == (("BUY", "buy"), ("SELL", "sell"))


def test_rules(tmp_path: Path) -> None:
    def edit(spec: Spec) -> None:
        node(spec, *REQUEST)["dependentRequired"] = {"size": ["note"]}
        rule(
            spec,
            {
                "if": IF_LIMIT,
                "then": {"required": ["size"], "properties": {"size": {"x-decimal": {"maximum": "5"}}}},
                "else": {"not": {"anyOf": [{"required": ["leg"]}]}, "properties": {"note": {"enum": ["a", "b"]}}},
            },
        )

    rules = built(tmp_path, edit).model("PlaceOrderRequest").rules
    assert [(r.negated, r.when_text) for r in rules] == [
        (False, "when size is set"),
        (False, "when side is 'buy'"),
        (True, "unless side is 'buy'"),
    ]
    assert [ref.wire for ref in rules[0].require] == ["note"]
    assert [ref.wire for ref in rules[1].require] == ["size"]
    assert [(b.field.wire, b.minimum, b.maximum) for b in rules[1].bounds] == [
        ("size", None, DecimalConstant("_DECIMAL_5", Decimal("5")))
    ]
    assert [ref.wire for ref in rules[2].forbid] == ["leg"]
    assert [(c.field.wire, c.values) for c in rules[2].restrict] == [("note", ("a", "b"))]


def test_pagination_styles(tmp_path: Path) -> None:
    cursor = built(tmp_path, lambda s: paged(s, items="orders", next="next")).operations[1].pagination
    assert cursor is not None and (cursor.style, cursor.items, cursor.next, cursor.item) == (
        "cursor",
        "orders",
        "next",
        "Order",
    )
    last = built(tmp_path, lambda s: paged(s, items="orders", next="items[].orderId")).operations[1].pagination
    assert last is not None and last.next == "items[].order_id"
    page = built(tmp_path, lambda s: paged(s, style="page", items="orders")).operations[1].pagination
    assert page is not None and (page.style, page.next) == ("page", None)


def test_result_shapes_envelope_and_security(tmp_path: Path) -> None:
    def edit(spec: Spec) -> None:
        envelope(spec)
        order = {"$ref": "#/components/schemas/Order"}
        data = {"oneOf": [{"type": "array", "items": order}, order]}
        result(spec, {"allOf": [{"$ref": "#/components/schemas/Decimal"}, {"properties": {"data": data}}]})
        listing = node(spec, *LIST, "responses", "200", "content", "application/json")
        listing["schema"] = {
            "allOf": [
                {"$ref": "#/components/schemas/Decimal"},
                {"properties": {"data": {"type": "array", "items": order}}},
            ]
        }
        node(spec, *LIST)["security"] = []

    place, listing = built(tmp_path, edit).operations
    assert (place.result, place.result_shape, place.signed) == ("Order", "list_or_single", True)
    assert (listing.result, listing.result_shape, listing.signed) == ("Order", "list", False)


def test_signer_supplied_parameters_are_listed_but_not_arguments(tmp_path: Path) -> None:
    venue = built(
        tmp_path, parameter(name="timestamp", required=True, schema={"type": "integer"}, **{"x-signer-supplied": True})
    )
    listing = venue.operations[1]
    assert [(p.wire, p.signer_supplied) for p in listing.parameters] == [
        ("cursor", False),
        ("limit", False),
        ("timestamp", True),
    ]
    assert [field.wire for field in venue.model("ListOrdersRequest").fields] == ["cursor", "limit"]


def test_doc_conflict_records_reach_the_ir(tmp_path: Path) -> None:
    venue = built(tmp_path, conflict(SIDE, {"type": "String", "enum": ["buy"]}))
    side = next(field for field in venue.model("PlaceOrderRequest").fields if field.wire == "side")
    assert [c.pages for c in side.conflicts] == [((("type", "String"), ("enum", ("buy",))),)]
