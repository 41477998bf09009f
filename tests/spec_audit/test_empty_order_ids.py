"""An order named by ``orderId`` or ``clientOid`` is never named by an empty one: ``""`` is refused before anything is
sent, by the model and by the spec's jsonschema alike, so the recorded choice (the unused id is left out, never sent
as "") holds on the wire (issue 17, item 4)."""

from __future__ import annotations

from typing import Any

import pytest

from tests.schemas import request_model
from venuebind import ValidationError
from venuebind.sandbox.schema import load_spec, request_validator

USDT = "USDT-FUTURES"
TPSL = {"marginCoin": "USDT", "productType": USDT, "symbol": "BTCUSDT", "triggerPrice": "24200", "size": "1"}

# operation, a valid body around the reference, where the reference sits (None: the body itself)
CASES: list[tuple[str, dict[str, Any], str | None]] = [
    ("cancel_plan_order", {}, None),
    ("modify_plan_order", {"triggerPrice": "1", "orderType": "market", "size": "2"}, None),
    ("modify_mix_plan_order", {"productType": USDT}, None),
    ("modify_mix_tpsl_order", TPSL, None),
    ("cancel_mix_plan_orders", {"symbol": "BTCUSDT", "productType": USDT}, "orderIdList"),
    ("batch_cancel_isolated_orders", {"symbol": "BTCUSDT"}, "orderIdList"),
]


def body_with(base: dict[str, Any], where: str | None, reference: dict[str, str]) -> dict[str, Any]:
    return {**base, **reference} if where is None else {**base, where: [reference]}


def model_of(operation_id: str) -> Any:
    for item in load_spec("bitget")["paths"].values():
        for operation in item.values():
            if operation["operationId"] == operation_id:
                return request_model("bitget", operation)
    raise LookupError(operation_id)


@pytest.mark.parametrize(("operation_id", "base", "where"), CASES, ids=[case[0] for case in CASES])
@pytest.mark.parametrize(
    "reference",
    [{"orderId": ""}, {"clientOid": ""}, {"orderId": "", "clientOid": "c-1"}, {"orderId": "1", "clientOid": ""}],
    ids=["empty-orderId", "empty-clientOid", "empty-orderId-beside-clientOid", "empty-clientOid-beside-orderId"],
)
def test_an_empty_order_id_is_refused(
    operation_id: str, base: dict[str, Any], where: str | None, reference: dict[str, str]
) -> None:
    body = body_with(base, where, reference)
    (empty,) = [name for name, value in reference.items() if value == ""]
    with pytest.raises(ValidationError) as caught:
        model_of(operation_id).from_wire(body)
    assert caught.value.path == (empty if where is None else f"{where}[0].{empty}")
    assert not request_validator("bitget", operation_id).is_valid(body)


@pytest.mark.parametrize(("operation_id", "base", "where"), CASES, ids=[case[0] for case in CASES])
@pytest.mark.parametrize("reference", [{"orderId": "1"}, {"clientOid": "c-1"}], ids=["orderId", "clientOid"])
def test_a_non_empty_order_id_is_taken(
    operation_id: str, base: dict[str, Any], where: str | None, reference: dict[str, str]
) -> None:
    body = body_with(base, where, reference)
    assert request_validator("bitget", operation_id).is_valid(body)
    model_of(operation_id).from_wire(body)
