"""The generated request checks accept and reject exactly what jsonschema accepts and rejects on the same spec (and
so does the sandbox's compiled validator), and what they accept goes on the wire as it was given.

jsonschema here is the sandbox's validator (Draft 2020-12 plus the spec's one ``x-decimal`` keyword; ``$`` in a
pattern as ECMA-262 reads it, the very end of the text). Instances come
from hypothesis-jsonschema (mostly valid) and from mutating them (mostly not): a field dropped, replaced by an awkward
JSON value, or an unknown field added.  An accepted instance is encoded by the model's generated ``wire_*`` methods
and read back: the body must be the instance, query and path fields its values as text, and a query field sent as
JSON text (``content``) JSON that reads back into the same object.  The numbers drawn stay far inside the README's digit
limit (an integral float has at most 309 digits).
"""

from __future__ import annotations

import json
import typing
from decimal import Decimal
from typing import Any
from urllib.parse import quote

import attrs
import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from hypothesis_jsonschema import from_schema

from tests.conftest import OPERATION_IDS, OPERATIONS, examples, load_spec, resolve
from tests.failed_before import FAILED_BEFORE
from tests.schemas import request_model, request_schema
from venuebind import ValidationError
from venuebind.sandbox.schema import compiled_validator, request_validator

AWKWARD = st.sampled_from(
    [None, True, False, 0, -1, 3600, 3600.5, 1e300, "", "0", "0.00", "abc", "1e5", "0.1", "-1", "10.01", "1000",
     "buy", "SELL", "limit", "market", "track_plan", "normal_plan", "fill_price", ">=", "<", "123", "12a", "BTC-USDT",
     [], {}, [{}], {"price": "1"}, "123\n", "BTC-USDT\n", "0.1\n", "\n", ".", ".."]
)  # fmt: skip
"""Awkward JSON values, among them text that only Python's ``$`` lets through an anchored pattern (a final newline)
and the dot segments no path parameter may be."""


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


def check_the_wire(built: Any, instance: dict[str, Any], venue: str, path: str, operation: dict[str, Any]) -> None:
    """An accepted request goes out as given: a body the spec accepts that reads back into the same model; query
    values as their text (decimals in plain notation) and path values percent-encoded."""
    document = load_spec(venue)
    parameters = [resolve(document, parameter) for parameter in operation.get("parameters", [])]
    in_path = {parameter["name"] for parameter in parameters if parameter["in"] == "path"}
    as_json = {parameter["name"] for parameter in parameters if "content" in parameter}
    if "requestBody" in operation:
        body = json.loads(built.wire_body() or "{}")
        beside = {name: instance[name] for name in in_path}  # path parameters travel beside the body, not in it
        assert not beside.keys() & body.keys(), body
        assert request_validator(venue, operation["operationId"]).is_valid({**body, **beside}), body
        assert type(built).from_wire({**body, **beside}) == built
        instance = beside
    fields = attrs.fields(attrs.resolve_types(type(built)))
    decimals = {f.metadata["wire"] for f in fields if Decimal in (f.type, *typing.get_args(f.type))}
    text = {name: as_text(value, decimal=name in decimals) for name, value in instance.items() if name not in as_json}
    expected_path = path
    for name in in_path:
        expected_path = expected_path.replace("{" + name + "}", quote(text[name], safe=""))
    assert built.wire_path() == expected_path
    if "requestBody" not in operation:
        query = dict(built.wire_query())
        attribute = {f.metadata["wire"]: f.name for f in fields}
        for name in as_json & set(instance):  # JSON text that reads back into the same object (plain decimals)
            nested = getattr(built, attribute[name])
            assert type(nested).from_wire(json.loads(query.pop(name))) == nested
        assert query == {name: value for name, value in text.items() if name not in in_path}


def as_text(value: Any, *, decimal: bool) -> str:
    """A query value as the venue should see it: an integral float (``3600.0``, valid for an integer) in digits."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        return str(int(value))
    return format(Decimal(value), "f") if decimal else str(value)


@pytest.mark.parametrize(("venue", "method", "path", "operation"), OPERATIONS, ids=OPERATION_IDS)
def test_generated_checks_agree_with_jsonschema(venue: str, method: str, path: str, operation: dict[str, Any]) -> None:
    validator = request_validator(venue, operation["operationId"])
    compiled = compiled_validator(venue, operation["operationId"])
    model = request_model(venue, operation)
    in_path = [parameter["name"] for parameter in operation.get("parameters", []) if parameter.get("in") == "path"]
    seen = {True: 0, False: 0}

    @settings(
        max_examples=examples(80),
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    # Drawn without the rules across parameters: hypothesis-jsonschema turns each if/then into branches to merge, and
    # BingX's seven swap-order rules took it minutes; the validator still judges every instance with them.
    @given(instances(request_schema(venue, operation, rules=False)))
    def agree(instance: Any) -> None:
        expected = validator.is_valid(instance)
        assert compiled.is_valid(instance) == expected, f"the sandbox's two validators disagree on {instance!r}"
        # The one rule beyond the spec (README, Limits): a path parameter is never a dot segment.
        expected = expected and not any(
            isinstance(instance, dict) and instance.get(name) in (".", "..") for name in in_path
        )
        try:
            built = model.from_wire(instance)
            accepted = True
        except ValidationError:
            accepted = False
        seen[expected] += 1
        assert accepted == expected, f"jsonschema says {'valid' if expected else 'invalid'}: {instance!r}"
        if accepted:
            check_the_wire(built, instance, venue, path, operation)

    for instance in FAILED_BEFORE.get(f"{venue}.{operation['operationId']}", []):
        agree = example(instance)(agree)
    agree()
    assert seen[True] > 0 and seen[False] > 0, f"the examples must include valid and invalid requests: {seen}"


def test_every_kept_failure_names_an_operation() -> None:
    """A misspelt key in FAILED_BEFORE would drop its examples without a word."""
    assert set(FAILED_BEFORE) <= set(OPERATION_IDS)
