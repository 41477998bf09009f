"""What the venues answer to bad credentials, bad clocks, tampered requests and broken bodies, as the client raises it.

Every error keeps venue, operation, HTTP status, venue code, message and raw body; no library exception leaks out.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import urllib3

from tests.e2e.conftest import CREDENTIALS, FAST, PLACE_ONE, binding, client_for
from venuebind import (
    AuthenticationError,
    ClockError,
    RateLimitError,
    ResponseError,
    ServerError,
    TransportError,
    VenueError,
    bingx,
    sandbox,
)

VENUES = ["bitget", "gate", "bingx"]
ALL_VENUES = pytest.mark.parametrize("venue_sandbox", VENUES, indirect=True)


def send(venue_sandbox: sandbox.Sandbox, **client_options: Any) -> Any:
    with client_for(venue_sandbox.venue, venue_sandbox.base_url, **client_options) as client:
        return client.send(PLACE_ONE[venue_sandbox.venue]())


def assert_complete(error: VenueError, venue: str) -> None:
    assert error.venue == venue
    assert error.operation in ("place_plan_order", "create_spot_price_order", "create_oco_order")
    assert error.status >= 200 and error.body, "status and raw body are kept"


@ALL_VENUES
def test_a_wrong_api_key_is_an_authentication_error(venue_sandbox: sandbox.Sandbox) -> None:
    with pytest.raises(AuthenticationError) as caught:
        send(venue_sandbox, credentials={"api_key": "someone-elses-key"})
    assert_complete(caught.value, venue_sandbox.venue)
    assert caught.value.code in ("40006", "INVALID_KEY", "100413")
    assert venue_sandbox.orders == []


@ALL_VENUES
def test_a_wrong_secret_is_an_authentication_error(venue_sandbox: sandbox.Sandbox) -> None:
    with pytest.raises(AuthenticationError) as caught:
        send(venue_sandbox, credentials={"secret_key": "not-the-secret"})
    assert caught.value.code in ("40009", "INVALID_SIGNATURE", "100001")
    assert venue_sandbox.orders == []


@ALL_VENUES
def test_a_clock_two_minutes_off_is_a_clock_error(venue_sandbox: sandbox.Sandbox) -> None:
    venue_sandbox.clock = lambda: __import__("time").time() + 120
    with pytest.raises(ClockError) as caught:
        send(venue_sandbox)
    assert_complete(caught.value, venue_sandbox.venue)
    assert caught.value.message
    assert venue_sandbox.orders == []


def tamper_body(prepared: Any) -> tuple[str, bytes | None]:
    body = bytearray(prepared.body)
    body[body.index(b"2")] = ord(b"3")  # one digit of a price or size
    return prepared.url, bytes(body)


def tamper_query(prepared: Any) -> tuple[str, bytes | None]:
    return prepared.url.replace("quantity=0.001", "quantity=0.002"), prepared.body


TAMPER: dict[str, Callable[[Any], tuple[str, bytes | None]]] = {
    "bitget": tamper_body,
    "gate": tamper_body,
    "bingx": tamper_query,
}


@ALL_VENUES
def test_a_request_changed_by_one_byte_after_signing_is_refused(venue_sandbox: sandbox.Sandbox) -> None:
    venue = venue_sandbox.venue
    module = binding(venue)
    request = PLACE_ONE[venue]()
    credentials = module.Credentials(**CREDENTIALS[venue])
    prepared = module.prepare(
        request, credentials, timestamp_ms=int(venue_sandbox.clock() * 1000), base_url=venue_sandbox.base_url
    )
    url, body = TAMPER[venue](prepared)
    assert body != prepared.body or url != prepared.url
    http = urllib3.PoolManager(retries=False)
    answer = http.request(prepared.method, url, body=body, headers=dict(prepared.headers), timeout=FAST)
    with pytest.raises(AuthenticationError):
        module.parse(request, status=answer.status, headers=answer.headers, body=answer.data)
    untouched = http.request(
        prepared.method, prepared.url, body=prepared.body, headers=dict(prepared.headers), timeout=FAST
    )
    module.parse(request, status=untouched.status, headers=untouched.headers, body=untouched.data)
    assert len(venue_sandbox.orders) == 1


BROKEN_BODIES: list[tuple[Callable[[], sandbox.Fault], type[VenueError], str]] = [
    (lambda: sandbox.Fault.respond(200, b"this is not json"), ResponseError, "not JSON"),
    (lambda: sandbox.Fault.html_page(502), ServerError, "HTTP 502 with a body that is not JSON"),
    (lambda: sandbox.Fault.empty_body(), ResponseError, "empty body"),
    (lambda: sandbox.Fault.truncated_body(), ResponseError, "not JSON"),
    (lambda: sandbox.Fault.rate_limited(3), RateLimitError, "HTTP 429"),
]


@ALL_VENUES
@pytest.mark.parametrize(("fault", "error", "says"), BROKEN_BODIES, ids=["text", "html", "empty", "truncated", "429"])
def test_a_broken_answer_is_a_clear_error_with_the_raw_body(
    venue_sandbox: sandbox.Sandbox, fault: Callable[[], sandbox.Fault], error: type[VenueError], says: str
) -> None:
    venue_sandbox.inject(fault())
    with pytest.raises(error) as caught:
        send(venue_sandbox)
    assert says in str(caught.value)
    assert caught.value.body is not None
    if error is RateLimitError:
        assert caught.value.retry_after == 3  # type: ignore[attr-defined]


MISSING_FIELD = {
    "bitget": b'{"code":"00000","msg":"success","requestTime":1,"data":{"clientOid":"e2e-spot-1"}}',
    "gate": b'{"not_id": 1}',
    "bingx": b'{"code":0,"msg":"","data":[{"clientOrderId":"100"}]}',
}


@ALL_VENUES
def test_an_answer_missing_a_required_field_names_it(venue_sandbox: sandbox.Sandbox) -> None:
    status = 201 if venue_sandbox.venue == "gate" else 200
    venue_sandbox.inject(
        sandbox.Fault.respond(status, MISSING_FIELD[venue_sandbox.venue], content_type="application/json")
    )
    # The legs of a new BingX OCO require no field (its page guarantees none), so BingX is asked to cancel one, whose
    # cancelled orders must carry their orderId.
    request = (
        bingx.models.CancelOcoOrderRequest(client_order_id="100")
        if venue_sandbox.venue == "bingx"
        else PLACE_ONE[venue_sandbox.venue]()
    )
    with client_for(venue_sandbox.venue, venue_sandbox.base_url) as client, pytest.raises(ResponseError) as caught:
        client.send(request)
    assert "required field missing" in str(caught.value)
    assert caught.value.body == MISSING_FIELD[venue_sandbox.venue]


@ALL_VENUES
def test_a_dropped_connection_may_have_reached_the_venue_and_names_the_client_id(
    venue_sandbox: sandbox.Sandbox,
) -> None:
    venue_sandbox.inject(sandbox.Fault.drop_after())
    with pytest.raises(TransportError) as caught:
        send(venue_sandbox)
    assert caught.value.may_have_reached
    assert len(venue_sandbox.orders) == 1, "the venue took the order: the client must not assume otherwise"
    if venue_sandbox.venue != "gate":  # Gate's price orders carry no client id
        assert caught.value.client_id == venue_sandbox.orders[0].client_id
        assert caught.value.client_id in str(caught.value)


@ALL_VENUES
def test_an_answer_slower_than_the_read_timeout_is_a_transport_error(venue_sandbox: sandbox.Sandbox) -> None:
    venue_sandbox.inject(sandbox.Fault.delay(1.5))
    with pytest.raises(TransportError) as caught:
        send(venue_sandbox, timeout=urllib3.Timeout(connect=1.0, read=0.3))
    assert caught.value.may_have_reached


def test_a_refused_connection_did_not_reach_the_venue() -> None:
    with sandbox.start("bitget", **CREDENTIALS["bitget"]) as stopped:
        url = stopped.base_url
    with pytest.raises(TransportError) as caught:
        with client_for("bitget", url) as client:
            client.send(PLACE_ONE["bitget"]())
    assert not caught.value.may_have_reached
