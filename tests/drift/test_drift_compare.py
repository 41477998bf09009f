"""The comparison rules of ``codegen drift`` on a small made-up venue: what differs, what is known, what is an error.

The toy spec is one ``generate`` accepts: drift reads specs through the same builder.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
import yaml

from codegen.drift import Difference, SpecOperation, compare, operations
from codegen.drift.doctables import parse_snapshot
from codegen.errors import SpecError
from codegen.generate.load import Spec

SPEC = """
openapi: 3.1.0
info: {title: Toy, version: '1'}
servers: [{url: 'https://toy.example', x-environment: live}]
tags: [{name: trade, description: Orders}]
x-envelope: {payload: data}
paths:
  /api/v2/toy/order:
    post:
      operationId: place_order
      tags: [trade]
      summary: Place an order
      externalDocs: {url: 'https://toy.example/place'}
      x-doc: toy/place.md
      x-rate-limit: {limit: 10, per: 1s, scope: uid}
      requestBody:
        content:
          application/json:
            schema: {$ref: '#/components/schemas/PlaceOrderRequest'}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                allOf:
                  - $ref: '#/components/schemas/Envelope'
                  - properties:
                      data: {$ref: '#/components/schemas/PlaceOrderResponse'}
  /api/v2/toy/orders:
    get:
      operationId: list_orders
      tags: [trade]
      summary: List orders
      externalDocs: {url: 'https://toy.example/list'}
      x-doc: toy/list.md
      parameters:
        - {name: limit, in: query, required: false, description: Page size, schema: {type: integer}}
      responses:
        '200':
          description: ok
          content:
            application/json:
              schema:
                allOf:
                  - $ref: '#/components/schemas/Envelope'
                  - properties:
                      data:
                        oneOf:
                          - {type: array, items: {$ref: '#/components/schemas/Order'}}
                          - $ref: '#/components/schemas/Order'
components:
  schemas:
    Decimal: {type: string, format: decimal}
    Envelope:
      type: object
      properties: {code: {type: string}}
    PlaceOrderRequest:
      type: object
      additionalProperties: false
      required: [symbol, side, size]
      properties:
        symbol: {type: string, description: Pair}
        side: {type: string, enum: [buy, sell], description: Direction}
        size: {$ref: '#/components/schemas/Decimal', description: Quantity}
        orderList:
          type: array
          description: Entries
          items: {$ref: '#/components/schemas/Item'}
    Item:
      type: object
      additionalProperties: false
      properties:
        price: {$ref: '#/components/schemas/Decimal', description: Price}
    PlaceOrderResponse:
      type: object
      properties:
        orderId: {type: string, description: Order ID}
    Order:
      type: object
      properties:
        orderId: {type: string, description: Order ID}
        price: {type: number, description: Price}
        status: {type: string, enum: [live, done], description: Status}
"""

PLACE = """# Toy place

Frequency limit: 10 times/1s (UID)

*   POST /api/v2/toy/order

### Request Parameters

| Parameter | Type | Required | Description |
| --- | --- | --- | --- |
| symbol | String | Yes | Pair |
| side | String | Yes | Direction<br><code>buy</code>: Buy<br><code>sell</code>: Sell |
| size | String | Yes | Quantity |
| orderList | List | No | Entries |
| > price | String | No | Price |

### Response Parameters

| Parameter | Type | Description |
| --- | --- | --- |
| orderId | String | Order ID |
"""

LIST = """# Toy list

- Method/path: `GET /api/v2/toy/orders`

## Request parameters

| Parameter | Type | Required | Description |
|---|---|---|---|
| limit | int64 | No | Page size |

## Response

| Field | Type | Description |
|---|---|---|
| orderId | String | Order ID |
| price | float64 | Price |
| status | String | `live` / `done` |
"""


Where = tuple[str, ...]
SCHEMAS = ("components", "schemas")
SIZE: Where = (*SCHEMAS, "PlaceOrderRequest", "properties", "size")
SIDE: Where = (*SCHEMAS, "PlaceOrderRequest", "properties", "side")
REQUEST: Where = (*SCHEMAS, "PlaceOrderRequest")
ITEM: Where = (*SCHEMAS, "Item")
RATE: Where = ("paths", "/api/v2/toy/order", "post", "x-rate-limit")


def toy(conflicts: dict[Where, dict[str, Any] | None] | None = None, **set_: Any) -> dict[str, SpecOperation]:
    """The toy spec's operations, with an x-doc-conflict (and its ``page`` record, unless None) at each place."""
    document = yaml.safe_load(SPEC)
    for where, page in (conflicts or {}).items():
        node = document
        for part in where:
            node = node[part]
        node["x-doc-conflict"] = {"doc": "d", "chosen": "c", "why": "w", **({} if page is None else {"page": page})}
    spec = Spec(Path("toy.yaml"), document)
    return {op.operation_id: op for op in operations(spec)}


def diff(
    page: str = PLACE,
    conflicts: dict[Where, dict[str, Any] | None] | None = None,
    op: str = "place_order",
    edit: dict[str, str] | None = None,
) -> list[tuple[str, str, bool]]:
    """(kind, name, known) of the differences between the toy spec and ``page`` after ``edit`` (old -> new)."""
    for old, new in (edit or {}).items():
        assert old in page, old
        page = page.replace(old, new)
    found = compare(toy(conflicts)[op], parse_snapshot(page, "toy/x.md"))
    return [(d.kind, d.name, d.known) for d in found]


def only(kind: str, name: str, known: bool = False) -> list[tuple[str, str, bool]]:
    return [(kind, name, known)]


HOLD = {"<br><code>sell</code>: Sell": "<br><code>sell</code>: Sell<br><code>hold</code>: Hold"}
BOOLEAN = {"| size | String |": "| size | Boolean |"}


def test_clean_pages_report_nothing() -> None:
    assert diff() == []
    assert diff(LIST, op="list_orders") == []  # a oneOf list payload: item fields named without a prefix


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("| size | String | Yes | Quantity |\n", "", only("param_removed", "size")),
        ("| size |", "| size | String | Yes | x |\n| extra |", only("param_added", "extra")),
        ("| size | String | Yes |", "| size | String | No |", only("required_changed", "size")),
        ("| size | String |", "| size | Boolean |", only("type_changed", "size")),
        ("| > price | String |", "| > price | Integer |", only("type_changed", "orderList[].price")),
        ("| > price |", "| > price | String | No | x |\n| > qty |", only("param_added", "orderList[].qty")),
        (*next(iter(HOLD.items())), only("enum_added", "side")),
        ("10 times/1s", "12 times/1s", only("rate_limit_changed", "")),
        ("*   POST /api/v2/toy/order", "*   PUT /api/v2/toy/order", only("method_changed", "")),
        ("*   POST /api/v2/toy/order", "*   POST /api/v2/toy/orders", only("path_changed", "")),
        ("| orderId | String | Order ID |", "| orderId | Integer | Order ID |", only("field_type_changed", "orderId")),
        (
            "| orderId | String | Order ID |",
            "| cTime | String | Time |",
            [("field_added", "cTime", False), ("field_removed", "orderId", False)],
        ),
    ],
)
def test_each_difference_is_reported_once(old: str, new: str, expected: list[tuple[str, str, bool]]) -> None:
    assert diff(edit={old: new}) == expected


def test_location_changed() -> None:
    page = PLACE.replace("*   POST", "*   GET")  # Bitget-style pages send GET parameters in the query string
    assert [k for k, _, _ in diff(page)] == ["method_changed", *["location_changed"] * 5]


def test_what_the_page_does_not_state_is_not_compared() -> None:
    assert diff(edit={"Frequency limit: 10 times/1s (UID)\n": ""}) == []  # no rate limit: no claim
    assert diff(edit={"Direction<br><code>buy</code>: Buy<br><code>sell</code>: Sell": "Direction"}) == []  # no values
    rows = "| orderList | List | No | Entries |\n| > price | String | No | Price |"
    assert diff(edit={rows: "| orderList | List | No | x |"}) == only("param_removed", "orderList[].price")
    # a container the page leaves out while listing its children counts as listed
    assert diff(edit={rows: "| orderList[].price | String | No | Price |"}) == []


@pytest.mark.parametrize(
    ("word", "row", "fits"),
    [
        ("String", "| size | String |", True),  # Decimal: a decimal string ...
        ("float64", "| size | String |", True),  # ... or a number
        ("Integer", "| size | String |", False),
        ("String", "| symbol | String |", True),
        ("float64", "| symbol | String |", False),
        ("Boolean", "| symbol | String |", False),
    ],
)
def test_type_mapping(word: str, row: str, fits: bool) -> None:
    name = row.split()[1]
    found = diff(edit={row: f"| {name} | {word} |"})
    assert found == ([] if fits else only("type_changed", name))


def test_response_types_and_enums() -> None:
    number = diff(LIST, op="list_orders", edit={"| price | float64 |": "| price | String |"})
    assert number == only("field_type_changed", "price")  # type: number takes numbers, not strings
    gone = diff(LIST, op="list_orders", edit={"`live` / `done`": "`live` / `done` / `gone`"})
    assert gone == only("field_enum_added", "status")
    assert diff(LIST, op="list_orders", edit={"| int64 | No |": "| float64 | No |"}) == only("type_changed", "limit")


# --------------------------------------------------------------------------------------------------------------------
# known differences


def test_a_page_record_makes_its_difference_known_and_only_it() -> None:
    record: dict[Where, dict[str, Any] | None] = {SIZE: {"type": "Boolean"}}
    assert diff(conflicts=record, edit=BOOLEAN) == only("type_changed", "size", known=True)
    # the page moves away from the record: drift, even to a type the spec accepts
    assert diff(conflicts=record, edit={"| size | String |": "| size | Integer |"}) == only("type_changed", "size")
    assert diff(conflicts=record) == only("type_changed", "size")
    # another aspect of the same element is not covered
    flipped = {"| size | String | Yes |": "| size | Boolean | No |"}
    assert diff(conflicts=record, edit=flipped) == [("type_changed", "size", True), ("required_changed", "size", False)]


def test_a_conflict_without_a_record_says_which_record_would_do() -> None:
    op = toy({SIZE: None})["place_order"]
    found = compare(op, parse_snapshot(PLACE.replace("| size | String |", "| size | Boolean |"), "x"))
    assert [d.known for d in found] == [False]
    assert found[0].detail.endswith("add page: {type: Boolean} if it explains this")


def test_enum_records() -> None:
    record: dict[Where, dict[str, Any] | None] = {SIDE: {"enum": ["buy", "sell", "hold"]}}
    assert diff(edit=HOLD, conflicts=record) == only("enum_added", "side", True)
    assert diff(conflicts=record) == only("enum_removed", "side")  # stale: the page dropped hold again
    wait = {
        "<br><code>sell</code>: Sell": "<br><code>sell</code>: Sell<br><code>hold</code>: H<br><code>wait</code>: W"
    }
    assert diff(edit=wait, conflicts=record) == [("enum_added", "side", False), ("enum_added", "side", True)]


def test_adds_and_omits_records() -> None:
    omits: dict[Where, dict[str, Any] | None] = {REQUEST: {"omits": ["symbol"]}}
    assert diff(conflicts=omits, edit={"| symbol | String | Yes | Pair |\n": ""}) == only(
        "param_removed", "symbol", True
    )
    assert diff(conflicts=omits) == only("param_added", "symbol")  # stale: the page lists it again
    adds: dict[Where, dict[str, Any] | None] = {ITEM: {"adds": ["qty"]}}
    extra = {"| > price | String | No | Price |": "| > price | String | No | Price |\n| > qty | String | No | Q |"}
    assert diff(conflicts=adds, edit=extra) == only("param_added", "orderList[].qty", True)
    assert diff(conflicts=adds) == only("param_removed", "orderList[].qty")  # stale
    hint = compare(toy({ITEM: None})["place_order"], parse_snapshot(PLACE.replace(*extra.popitem()), "x"))
    assert hint[0].detail.endswith("add page: {adds: [qty]} if it explains this")


def test_revisions_that_disagree_need_a_conflict_on_the_element() -> None:
    cell = {"| size | String | Yes |": "| size | String | Yes (newer revision); No (older revision) |"}
    assert diff(edit=cell) == only("required_changed", "size")
    assert diff(edit=cell, conflicts={SIZE: None}) == only("required_changed", "size", True)


def test_rate_limit_record_on_the_x_rate_limit() -> None:
    record: dict[Where, dict[str, Any] | None] = {RATE: {"rate-limit": {"limit": 5, "per": "1s", "scope": "uid"}}}
    assert diff(conflicts=record, edit={"10 times/1s": "5 times/1s"}) == only("rate_limit_changed", "", True)
    assert diff(conflicts=record) == only("rate_limit_changed", "")  # stale


@pytest.mark.parametrize(
    ("where", "page", "message"),
    [
        (REQUEST, {"colour": "red"}, "page key 'colour' is not one of adds, omits here"),
        (REQUEST, {"type": "String"}, "page key 'type' is not one of adds, omits here"),
        (SIZE, {"adds": ["x"]}, "page key 'adds' is not one of enum, required, type here"),
        (SIZE, {"type": "text"}, "page type: 'text' is not a valid value"),
        (SIZE, {"required": "maybe"}, "is not a valid value"),
        (RATE, {"rate-limit": {"limit": 5}}, "is not a valid value"),
        (REQUEST, {"omits": ["nothing"]}, "omits 'nothing', which the spec does not have"),
        (REQUEST, {"adds": ["symbol"]}, "adds 'symbol', which the spec has"),
    ],
)
def test_bad_records_are_spec_errors(where: Where, page: dict[str, Any], message: str) -> None:
    with pytest.raises(SpecError, match=re.escape(message)):
        toy({where: page})


def test_difference_renders_as_one_line() -> None:
    d = Difference("param_added", "toy", "place_order", "x", "page lists it", file="toy/place.md", line=3)
    assert d.render() == "toy/place.md:3: toy.place_order: param_added x: page lists it"
    known = Difference("rate_limit_changed", "toy", "o", "", "spec 1/1s uid, page 2/1s uid", known=True, file="a.md")
    assert known.render() == "a.md: known: toy.o: rate_limit_changed: spec 1/1s uid, page 2/1s uid"
