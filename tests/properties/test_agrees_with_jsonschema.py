"""The generated request checks accept and reject exactly what jsonschema accepts and rejects on the same spec.

jsonschema here is the sandbox's validator (Draft 2020-12 plus the spec's one ``x-decimal`` keyword). Instances come
from hypothesis-jsonschema (mostly valid) and from mutating them (mostly not): a field dropped, replaced by an awkward
JSON value, or an unknown field added.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from tests.conftest import OPERATION_IDS, OPERATIONS
from tests.schemas import request_model, request_schema
from venuebind import ValidationError
from venuebind.sandbox.schema import request_validator

AWKWARD = st.sampled_from(
    [None, True, False, 0, -1, 3600, 3600.5, 1e300, "", "abc", "1e5", "0.1", "-1", "10.01", "1000", "buy", "SELL",
     "limit", "market", "track_plan", "normal_plan", "fill_price", ">=", "<", "123", "12a", "BTC-USDT", [], {},
     [{}], {"price": "1"}]
)  # fmt: skip


@st.composite
def instances(draw: st.DrawFn, schema: dict[str, Any]) -> Any:
    instance = draw(from_schema(schema))
    mutation = draw(st.sampled_from(["none", "drop", "replace", "add", "replace-nested"]))
    if not isinstance(instance, dict) or mutation == "none":
        return instance
    instance = dict(instance)
    keys = sorted(instance)
    if mutation == "drop" and keys:
        del instance[draw(st.sampled_from(keys))]
    elif mutation == "replace" and keys:
        instance[draw(st.sampled_from(keys))] = draw(AWKWARD)
    elif mutation == "add":
        instance[draw(st.sampled_from(["force", "presetStopLossPrice", "timestamp", "x"]))] = draw(AWKWARD)
    elif mutation == "replace-nested":
        nested = [k for k in keys if isinstance(instance[k], dict) or (isinstance(instance[k], list) and instance[k])]
        if nested:
            key = draw(st.sampled_from(nested))
            inner = instance[key][0] if isinstance(instance[key], list) else instance[key]
            if isinstance(inner, dict) and inner:
                inner = {**inner, draw(st.sampled_from(sorted(inner))): draw(AWKWARD)}
                instance[key] = [inner] if isinstance(instance[key], list) else inner
    return instance


@pytest.mark.parametrize(("venue", "method", "path", "operation"), OPERATIONS, ids=OPERATION_IDS)
def test_generated_checks_agree_with_jsonschema(venue: str, method: str, path: str, operation: dict[str, Any]) -> None:
    validator = request_validator(venue, operation["operationId"])
    model = request_model(venue, operation)
    seen = {True: 0, False: 0}

    @settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much])
    @given(instances(request_schema(venue, operation)))
    def agree(instance: Any) -> None:
        expected = validator.is_valid(instance)
        try:
            model.from_wire(instance)
            accepted = True
        except ValidationError:
            accepted = False
        seen[expected] += 1
        assert accepted == expected, f"jsonschema says {'valid' if expected else 'invalid'}: {instance!r}"

    agree()
    assert seen[True] > 0 and seen[False] > 0, f"the examples must include valid and invalid requests: {seen}"
