"""The generated constructors' inline fast paths change nothing but speed: a differential test.

For every venue, codegen renders its models a second time with the kinds' fast paths left out (``render(...,
fast=False)``): every value then takes its kind's ``check.*`` call, the general path.  Hypothesis draws argument sets
for every request model and nested request object (valid values, awkward types, subclasses of ``str``, ``int`` and
``Decimal``, bools for ints, special decimals: NaN, infinities, ``-0``, exponents, huge values) and both modules build
from them.  They must agree on every outcome: the same exception type, message, wire path and argument, or the same
stored values (type and repr) and the same wire text (body, query and path), also after a pickle or a copy
(which build the model anew from its fields, and so write its body anew).
"""

from __future__ import annotations

import copy
import importlib
import pickle
import sys
import tempfile
import types
from decimal import Decimal
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from codegen.generate import read
from codegen.generate.ir import FieldIR, ModelIR, TypeIR, VenueIR
from codegen.generate.render import render
from tests.conftest import SPEC_DIR, VENUES, examples, import_models


class Text(str):
    """A str subclass whose own ``__str__`` and ``__format__`` must never write the wire text."""

    def __str__(self) -> str:
        return "subclass!"

    def __format__(self, spec: str) -> str:
        return "subclass!"


class Number(Decimal):
    def __str__(self) -> str:
        return "7"

    def __format__(self, spec: str, context: Any = None) -> str:
        return "7"


class Whole(int):
    def __str__(self) -> str:
        return "7"


AWKWARD = st.sampled_from(
    [None, True, False, 0, 1, -1, 2**64, 10**400, 10**401, 1.5, 3600.0, float("nan"), float("inf"), "", "0",
     "0.00", "abc", "1e5", "1E+2", "-1", "10.01", "buy", "limit", ".", "..", "é", "\ud800", "a\n", "0.1\n", b"1",
     [], (), {}, object(), Decimal("NaN"), Decimal("sNaN"), Decimal("-Infinity"), Decimal("-0"), Decimal("0E-7"),
     Decimal("1E+2"), Decimal("1E-7"), Decimal("1" * 401), Decimal("0." + "1" * 399), Decimal("0." + "1" * 400),
     Text("buy"), Text("1"), Number("1.5"), Number("-1"), Whole(3), Whole(-5)]
)  # fmt: skip
"""Values of the wrong type or at the edges, for any field."""

DECIMALS = st.one_of(
    st.decimals(allow_nan=True, allow_infinity=True),
    st.decimals(min_value=0, max_value=10**12, places=8),
    st.builds(lambda digits, exponent: Decimal(f"{digits}E{exponent}"), st.integers(0, 10**30), st.integers(-30, 30)),
    st.sampled_from([Decimal(s) for s in ("0", "-0", "0.000000", "10.00", "999.99", "1000", "0.0000001", "1E+5")]),
    st.builds(str, st.decimals(allow_nan=False, allow_infinity=False)),
    st.floats(),
    st.integers(),
)


PLAIN = st.sampled_from([Decimal("0.01"), Decimal("1"), Decimal("2"), Decimal("5"), Decimal("2.5"), Decimal("151")])


def values(venue: VenueIR, field: FieldIR, type_: TypeIR, depth: int, valid: bool) -> st.SearchStrategy[Any]:
    """Arguments for one field: the kind's own values, and with ``valid`` False also awkward ones and edge cases."""
    if type_.item is not None:
        items = values(venue, field, type_.item, depth, valid)
        lists = st.lists(items, min_size=1, max_size=3)
        return lists if valid else st.one_of(lists, lists.map(tuple), st.lists(items, max_size=3), AWKWARD)
    if type_.enum is not None:
        members = st.sampled_from(type_.enum.values)
        return members if valid else st.one_of(members, members.map(Text), AWKWARD)
    if type_.kind in ("model", "json_text"):  # a nested model, or one a query parameter carries as JSON text
        nested = recipes(venue, venue.model(str(type_.of)), depth + 1)
        return nested if valid or depth >= 2 else st.one_of(nested, AWKWARD)
    if type_.kind == "decimal":
        return PLAIN if valid else st.one_of(PLAIN, DECIMALS, AWKWARD)
    if type_.kind in ("int", "timestamp"):
        small = st.integers(0, 10**4)
        return small if valid else st.one_of(small, st.integers(-(2**70), 2**70), st.floats(), AWKWARD)
    if type_.kind == "bool":
        return st.booleans() if valid else st.one_of(st.booleans(), AWKWARD)
    text = st.from_regex(field.pattern.regex, fullmatch=True) if field.pattern else st.text(max_size=12)
    return text if valid else st.one_of(text, text.map(Text), AWKWARD)


@attrs.frozen
class Recipe:
    """How to build a model: its name and arguments, nested models as recipes (each module builds its own)."""

    model: str
    arguments: dict[str, Any]


def recipes(venue: VenueIR, model: ModelIR, depth: int = 0, *, valid_only: bool = False) -> st.SearchStrategy[Recipe]:
    """Argument sets for ``model``: each mostly valid or anything at all (one in three), optional fields often left
    out; with ``valid_only``, only the mostly valid ones."""

    def arguments(valid: bool) -> st.SearchStrategy[dict[str, Any]]:
        fields = {}
        for field in model.fields:
            value = values(venue, field, field.type, depth, valid)
            fields[field.name] = value if field.required and not field.blank else st.one_of(st.none(), value)
        return st.fixed_dictionaries(fields)

    drawn = arguments(True) if valid_only else arguments(True) | arguments(False)
    return st.builds(lambda arguments: Recipe(model.name, arguments), drawn)


def build(module: types.ModuleType, recipe: Recipe) -> Any:
    def materialise(value: Any) -> Any:
        if isinstance(value, Recipe):
            return build(module, value)
        if isinstance(value, list):
            return [materialise(item) for item in value]
        if isinstance(value, tuple):
            return tuple(materialise(item) for item in value)
        return value

    return getattr(module, recipe.model)(**{name: materialise(value) for name, value in recipe.arguments.items()})


def outcome(module: types.ModuleType, recipe: Recipe) -> tuple[Any, ...]:
    """What building ``recipe`` in ``module`` gives, in terms that compare across the two modules."""
    try:
        built = build(module, recipe)
    except Exception as error:  # the outcome, whatever it is, is compared
        return ("raised", type(error).__qualname__, str(error), getattr(error, "path", None),
                getattr(error, "argument", None))  # fmt: skip
    stored = [
        (f.name, type(getattr(built, f.name)).__qualname__, repr(getattr(built, f.name)))
        for f in attrs.fields(type(built))
    ]
    wire: tuple[Any, ...] = wire_text(built)
    restored = pickle.loads(pickle.dumps(built))  # built anew from its fields, which writes the body anew
    assert restored == built and wire_text(restored) == wire and wire_text(copy.copy(built)) == wire
    return ("built", stored, wire, hash(built) == hash(build(module, recipe)))


def wire_text(built: Any) -> tuple[Any, ...]:
    if hasattr(built, "operation"):
        return built.wire_body(), built.wire_query(), built.wire_path()
    return (built.wire_json(),)


def general_models(venue: str) -> tuple[VenueIR, types.ModuleType, types.ModuleType]:
    """The venue's IR, its shipped models, and the same models rendered without fast paths, as a package beside it."""
    _, ir = read(SPEC_DIR / f"{venue}.yaml")
    shipped = importlib.import_module(f"venuebind.{venue}.models")
    general = sys.modules.get(f"venuebind._general_{venue}.models")
    if general is None:
        with tempfile.TemporaryDirectory() as folder:
            for name, text in render(ir, fast=False).items():
                Path(folder, name).write_text(text, encoding="utf-8")
            general = import_models(Path(folder), f"_general_{venue}")
    return ir, shipped, general


def models_source(files: dict[str, str]) -> str:
    """The source of every module of models among a venue package's rendered ``files``."""
    return "".join(text for name, text in files.items() if name.endswith("models.py"))


MODELS = [
    (venue, model.name)
    for venue in VENUES
    for model in read(SPEC_DIR / f"{venue}.yaml")[1].models
    if model.side == "request" and model.fields
]


def test_the_general_module_has_no_fast_path_and_the_shipped_one_has() -> None:
    """The comparison means something: one side takes every check call, the other skips them for plain values."""
    _, ir = read(SPEC_DIR / "bitget.yaml")
    general, fast = models_source(render(ir, fast=False)), models_source(render(ir))
    assert "is_finite()" not in general and "_SIDE_VALUES" not in general
    assert "is_finite()" in fast and "_SIDE_VALUES[side]" in fast


@pytest.mark.parametrize(("venue", "model"), MODELS, ids=[f"{venue}.{model}" for venue, model in MODELS])
def test_fast_path_and_general_checks_agree(venue: str, model: str) -> None:
    ir, shipped, general = general_models(venue)
    seen = {"raised": 0, "built": 0}

    # Models with many rules across fields (Bitget's TP/SL plans) rarely come out valid by chance: a share of the
    # draws is kept to what the general checks accept, so that building, not only refusing, is always compared.
    accepted = recipes(ir, ir.model(model), valid_only=True).filter(lambda r: outcome(general, r)[0] == "built")

    @settings(
        max_examples=examples(60),
        deadline=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
    )
    @given(st.one_of(recipes(ir, ir.model(model)), accepted))
    def agree(recipe: Recipe) -> None:
        expected = outcome(general, recipe)
        assert outcome(shipped, recipe) == expected
        seen[expected[0]] += 1

    agree()
    assert seen["raised"] and seen["built"], seen  # both outcomes were compared, not only refusals
