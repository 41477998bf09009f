"""Item 2: a path parameter cannot be a dot segment.

``cancel_spot_price_order(client, order_id="..")`` used to send ``DELETE /api/v4/spot/price_orders/..``, which a proxy
or server that normalises paths turns into ``/api/v4/spot/``; ``"."`` into the cancel-all collection.  Sending them
percent-encoded would not help: ``%2E`` is an unreserved character's encoding, which normalisers decode first.  So
``"."`` and ``".."`` are refused before anything is sent, like every other value the venue cannot mean.
"""

from __future__ import annotations

from typing import Any

import pytest

from venuebind import ValidationError, gate

GATE = gate.Credentials(api_key="k" * 32, secret_key="s" * 32)


@pytest.mark.parametrize("segment", [".", ".."])
@pytest.mark.parametrize("model", ["CancelSpotPriceOrderRequest", "GetSpotPriceOrderRequest"])
def test_a_dot_segment_is_refused_before_anything_is_sent(model: str, segment: str) -> None:
    with pytest.raises(ValidationError, match="order_id"):
        getattr(gate.models, model)(order_id=segment)


@pytest.mark.parametrize("segment", [".", ".."])
def test_the_endpoint_function_refuses_it_too(segment: str) -> None:
    client = gate.Client(GATE, base_url="http://127.0.0.1:9")  # never reached: the refusal comes first
    with pytest.raises(ValidationError, match="order_id"):
        gate.spot_price_orders.cancel_spot_price_order(client, order_id=segment)


@pytest.mark.parametrize("value", ["...", ".1", "1.", "a/b", "a?b", "%2E", "1432329"])
def test_other_values_are_sent_percent_encoded_and_signed_as_sent(value: str) -> None:
    request: Any = gate.models.CancelSpotPriceOrderRequest(order_id=value)
    prepared = gate.prepare(request, GATE, timestamp_ms=1_700_000_000_000)
    sent_path = prepared.url.split("/api/v4", 1)[1]
    assert sent_path == request.wire_path()
    assert "/" not in sent_path.removeprefix("/spot/price_orders/") and "?" not in sent_path
