"""Item 7: every error crosses a process boundary and survives ``copy`` with all its attributes.

A worker of a ``ProcessPoolExecutor`` that raises one of our errors must hand the caller that error (with the client
id that says which order to look up), not a ``BrokenProcessPool``.
"""

from __future__ import annotations

import copy
import pickle
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import pytest

from venuebind._runtime import errors

VENUE_KWARGS: dict[str, Any] = {
    "venue": "gate",
    "operation": "create_spot_price_order",
    "status": 418,
    "code": "SOME_LABEL",
    "body": b'{"label":"SOME_LABEL"}',
}

ERRORS: list[errors.VenuebindError] = [
    errors.VenuebindError("plain"),
    errors.ValidationError("orderList[1].baseSize", "'x' is not a decimal"),
    errors.VenueError("refused", **VENUE_KWARGS),
    errors.AuthenticationError("bad key", **VENUE_KWARGS),
    errors.ClockError("too late", **VENUE_KWARGS),
    errors.RateLimitError("slow down", **VENUE_KWARGS, retry_after=1.5, reset_at=1700000000.0),
    errors.InvalidRequestError("bad price", **VENUE_KWARGS),
    errors.NotFoundError("gone", **VENUE_KWARGS),
    errors.ServerError("busy", **VENUE_KWARGS),
    errors.ResponseError("not JSON", **VENUE_KWARGS),
    errors.TransportError(
        "connection reset", venue="bitget", operation="place_plan_order", may_have_reached=True, client_id="oid-42"
    ),
]


def test_every_error_class_is_listed() -> None:
    listed = {type(error) for error in ERRORS}
    exported = {getattr(errors, name) for name in errors.__all__}
    assert exported <= listed, exported - listed


def assert_same(copied: BaseException, original: BaseException) -> None:
    assert type(copied) is type(original)
    assert copied.args == original.args
    assert vars(copied) == vars(original)
    assert str(copied) == str(original)


@pytest.mark.parametrize("error", ERRORS, ids=lambda error: type(error).__name__)
def test_round_trips_through_pickle_and_copy(error: errors.VenuebindError) -> None:
    for protocol in range(pickle.HIGHEST_PROTOCOL + 1):
        assert_same(pickle.loads(pickle.dumps(error, protocol)), error)
    assert_same(copy.copy(error), error)
    assert_same(copy.deepcopy(error), error)


def test_added_notes_survive_pickling() -> None:
    error = errors.TransportError("timeout", venue="gate", operation="x", may_have_reached=False)
    error.add_note("while placing the second leg")
    assert pickle.loads(pickle.dumps(error)).__notes__ == ["while placing the second leg"]


def _raise_lost_order() -> None:
    raise errors.TransportError(
        "read timed out", venue="bitget", operation="place_plan_order", may_have_reached=True, client_id="oid-7"
    )


def _raise_rate_limit() -> None:
    raise errors.RateLimitError("slow down", **VENUE_KWARGS, retry_after=2.0)


def test_an_error_raised_in_a_worker_process_reaches_the_caller() -> None:
    with ProcessPoolExecutor(max_workers=1) as pool:
        with pytest.raises(errors.TransportError) as lost:
            pool.submit(_raise_lost_order).result(timeout=60)
        assert lost.value.client_id == "oid-7" and lost.value.may_have_reached is True
        with pytest.raises(errors.RateLimitError) as limited:
            pool.submit(_raise_rate_limit).result(timeout=60)
        assert limited.value.retry_after == 2.0 and limited.value.body == VENUE_KWARGS["body"]
