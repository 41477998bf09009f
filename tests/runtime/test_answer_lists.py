"""Lists in answers are lists: empty when the venue sends null or leaves them out, so no loop needs ``or []``."""

from __future__ import annotations

import json
import typing

import pytest

from venuebind import bitget
from venuebind._runtime.model import Response

REQUEST = bitget.models.GetMixPendingPlanOrdersRequest(plan_type="track_plan", product_type="USDT-FUTURES")


def answer(data: dict[str, object]) -> bytes:
    return json.dumps({"code": "00000", "msg": "success", "requestTime": 1, "data": data}).encode()


@pytest.mark.parametrize("data", [{"entrustedList": None, "endId": None}, {"endId": None}])
def test_a_list_sent_as_null_or_left_out_reads_as_empty(data: dict[str, object]) -> None:
    result = bitget.parse(REQUEST, status=200, headers={}, body=answer(data))
    assert result.entrusted_list == []
    assert result.extra == {}


def test_a_list_sent_is_read_as_it_was_sent() -> None:
    result = bitget.parse(REQUEST, status=200, headers={}, body=answer({"entrustedList": [], "endId": "7"}))
    assert (result.entrusted_list, result.end_id) == ([], "7")


def test_every_answer_list_is_annotated_as_a_list_never_optional() -> None:
    seen = 0
    for module in (bitget.models,):
        for cls in vars(module).values():
            if isinstance(cls, type) and issubclass(cls, Response):
                for name, hint in typing.get_type_hints(cls).items():
                    if "list[" in str(hint) and name != "extra":
                        assert typing.get_origin(hint) is list, (cls.__name__, name, hint)
                        seen += 1
    assert seen >= 5
