"""Item 4: an answer body built to break the JSON reader is a ResponseError that keeps a bounded part of the body,
and, for an order placement, the client id and may_have_reached."""

from __future__ import annotations

import pytest

from tests.hostile.common import bitget_client, plan_order
from tests.hostile.servers import json_answers, serving
from venuebind import ResponseError

KEPT_AT_MOST = 64 * 1024

HOSTILE = {
    "deep nesting": b"[" * 100_000,
    "a 5,000-digit integer": b'{"code":"00000","msg":"success","data":{"orderId":' + b"9" * 5000 + b"}}",
    "an exponent out of range": b'{"code":"00000","msg":"success","data":{"orderId":1e9999999999999999999}}',
}


@pytest.mark.parametrize("body", HOSTILE.values(), ids=HOSTILE.keys())
def test_a_hostile_body_is_a_response_error_that_keeps_the_order_identity(body: bytes) -> None:
    with serving(json_answers(lambda _: (200, body))) as server, bitget_client(server.url) as client:
        with pytest.raises(ResponseError) as caught:
            client.send(plan_order("hostile-order-1"))
    error = caught.value
    assert error.status == 200
    assert 0 < len(error.body) <= KEPT_AT_MOST
    assert body.startswith(error.body)
    assert error.client_id == "hostile-order-1"
    assert error.may_have_reached is True
