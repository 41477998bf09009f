"""Fixtures: one sandbox per venue, on the fixed clock ``NOW``, stopped after the test."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.sandbox.helpers import start
from venuebind.sandbox import Sandbox


@pytest.fixture
def bitget() -> Iterator[Sandbox]:
    with start("bitget") as sb:
        yield sb


@pytest.fixture
def gate() -> Iterator[Sandbox]:
    with start("gate") as sb:
        yield sb


@pytest.fixture
def bingx() -> Iterator[Sandbox]:
    with start("bingx") as sb:
        yield sb
