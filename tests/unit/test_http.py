"""The pure HTTP rules every venue shares: status → error class, Retry-After and reset headers, reading a body,
reading a result by its shape, a request's route (server and path), its query text."""

from __future__ import annotations

from decimal import Decimal
from typing import Any, ClassVar

import attrs
import pytest

from venuebind._runtime import errors, http, wire
from venuebind._runtime.model import Operation, Request, Response, Server, field_info


@pytest.fixture(autouse=True)
def fresh_converter() -> None:
    wire._converter.cache_clear()


@attrs.frozen(kw_only=True, repr=False)
class Ticket(Response):
    ticket_id: str = attrs.field(metadata=field_info("ticketId"))
    size: Decimal = attrs.field(metadata=field_info("size"))
    extra: dict[str, Any] = attrs.field(factory=dict)


SERVERS = (
    Server("live", "https://api.example.test/api/v4"),
    Server("demo", "https://demo.example.test/", {"PAPTRADING": "1"}),
)


def operation(shape: str = "model", method: str = "GET") -> Operation:
    return Operation(
        venue="bitget",
        operation_id="get_ticket",
        method=method,
        path="/tickets",
        result=Ticket,
        result_shape=shape,  # type: ignore[arg-type]
        success_status=200,
        rate_limit=None,
        docs_url="https://example.test/doc",
        servers=SERVERS,
    )


class GetTicket(Request[Ticket]):
    operation: ClassVar[Operation] = operation()

    def __init__(self, query: list[tuple[str, str]] | None = None, body: str | None = None) -> None:
        self._query = query or []
        self._body = body

    def wire_path(self) -> str:
        return "/tickets/a%2Fb"

    def wire_query(self) -> list[tuple[str, str]]:
        return self._query

    def wire_body(self) -> str | None:
        return self._body


# --- status → error class --------------------------------------------------------------------------------------------

STATUSES = [
    (400, errors.InvalidRequestError),
    (401, errors.AuthenticationError),
    (402, errors.InvalidRequestError),
    (403, errors.AuthenticationError),
    (404, errors.NotFoundError),
    (405, errors.InvalidRequestError),
    (409, errors.InvalidRequestError),
    (417, errors.InvalidRequestError),
    (418, errors.RateLimitError),
    (419, errors.InvalidRequestError),
    (422, errors.InvalidRequestError),
    (428, errors.InvalidRequestError),
    (429, errors.RateLimitError),
    (430, errors.InvalidRequestError),
    (499, errors.InvalidRequestError),
    (500, errors.ServerError),
    (501, errors.ServerError),
    (502, errors.ServerError),
    (503, errors.ServerError),
    (504, errors.ServerError),
    (599, errors.ServerError),
]


@pytest.mark.parametrize(("status", "cls"), STATUSES)
def test_each_http_status_means_one_error_class(status: int, cls: type[errors.VenueError]) -> None:
    assert http.status_error(status) is cls


# --- Retry-After -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "seconds"),
    [
        ("5", 5.0),
        ("0", 0.0),
        ("1.5", 1.5),
        (" 2 ", 2.0),
        ("-3", 0.0),
        ("-0.5", 0.0),
        ("86400", 86400.0),
        ("1e12", 1e12),
    ],
)
def test_retry_after_in_seconds(value: str, seconds: float) -> None:
    assert http.retry_after({"Retry-After": value}) == seconds


@pytest.mark.parametrize("value", ["", "soon", "Wed, 21 Oct 2015 07:28:00 GMT", "5s", "0x10", "1,5"])
def test_retry_after_that_is_not_a_number_of_seconds_is_ignored(value: str) -> None:
    assert http.retry_after({"Retry-After": value}) is None


@pytest.mark.parametrize("name", ["Retry-After", "retry-after", "RETRY-AFTER", "rEtRy-AfTeR"])
def test_retry_after_header_names_are_case_insensitive(name: str) -> None:
    assert http.retry_after({"Content-Type": "text/plain", name: "7"}) == 7.0


def test_no_retry_after_header() -> None:
    assert http.retry_after({}) is None
    assert http.retry_after({"X-Retry-After-Ms": "5"}) is None


# --- rate-limit reset header -----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "stamp"),
    [
        ("1700000000", 1_700_000_000.0),
        ("1700000000.5", 1_700_000_000.5),
        ("1700000000000", 1_700_000_000.0),
        ("1700000000500", 1_700_000_000.5),
        ("100000000000", 1e11),
        ("100000000001", 100_000_000.001),
        ("0", 0.0),
        ("-5", -5.0),
        ("99999999999", 99_999_999_999.0),
    ],
)
def test_a_reset_header_in_seconds_or_milliseconds(value: str, stamp: float) -> None:
    assert http.reset_at({"X-Gate-RateLimit-Reset-Timestamp": value}, "X-Gate-RateLimit-Reset-Timestamp") == stamp


@pytest.mark.parametrize("value", ["", "later", "1700000000s", "Wed, 21 Oct 2015 07:28:00 GMT"])
def test_a_reset_header_that_is_not_a_number_is_ignored(value: str) -> None:
    assert http.reset_at({"X-Reset": value}, "X-Reset") is None


def test_a_reset_header_is_found_whatever_the_case() -> None:
    assert http.reset_at({"x-gate-ratelimit-reset-timestamp": "1700000000"}, "X-Gate-RateLimit-Reset-Timestamp") == (
        1_700_000_000.0
    )
    assert http.reset_at({"X-RESET": "12"}, "x-reset") == 12.0


def test_no_reset_header_or_none_named() -> None:
    assert http.reset_at({"X-Reset": "12"}, None) is None
    assert http.reset_at({"X-Reset": "12"}, "") is None
    assert http.reset_at({}, "X-Reset") is None
    assert http.reset_at({"X-Other": "12"}, "X-Reset") is None


# --- venue_error -----------------------------------------------------------------------------------------------------


def test_a_venue_error_keeps_everything_the_venue_said() -> None:
    error = http.venue_error(
        errors.InvalidRequestError,
        "bad size",
        operation=operation(),
        status=400,
        code="40017",
        headers={"Retry-After": "3"},
        body=b'{"code":"40017"}',
    )
    assert type(error) is errors.InvalidRequestError
    assert (error.venue, error.operation, error.status, error.code, error.message, error.body) == (
        "bitget",
        "get_ticket",
        400,
        "40017",
        "bad size",
        b'{"code":"40017"}',
    )


def test_a_rate_limit_error_gets_the_wait_the_venue_asked_for() -> None:
    headers = {"Retry-After": "3", "X-Reset": "1700000000123"}
    error = http.venue_error(
        errors.RateLimitError,
        "slow",
        operation=operation(),
        status=429,
        code="429",
        headers=headers,
        body=b"x",
        reset_header="X-Reset",
    )
    assert isinstance(error, errors.RateLimitError)
    assert (error.retry_after, error.reset_at) == (3.0, 1_700_000_000.123)
    assert (error.venue, error.operation, error.status, error.code, error.message, error.body) == (
        "bitget",
        "get_ticket",
        429,
        "429",
        "slow",
        b"x",
    )
    quiet = http.venue_error(
        errors.RateLimitError, "slow", operation=operation(), status=429, code=None, headers=headers, body=b""
    )
    assert isinstance(quiet, errors.RateLimitError) and quiet.reset_at is None and quiet.retry_after == 3.0


# --- load_json -------------------------------------------------------------------------------------------------------


def test_json_numbers_are_read_without_a_float() -> None:
    document = http.load_json(b'{"a": 0.1, "b": 12345678901234567890, "c": "x", "d": [1e-8]}', operation(), 200, {})
    assert document == {"a": Decimal("0.1"), "b": 12345678901234567890, "c": "x", "d": [Decimal("1E-8")]}
    assert type(document["a"]) is Decimal and str(document["a"]) == "0.1"


@pytest.mark.parametrize(
    ("status", "cls"),
    [
        (200, errors.ResponseError),
        (201, errors.ResponseError),
        (302, errors.ResponseError),
        (399, errors.ResponseError),
        (400, errors.InvalidRequestError),
        (401, errors.AuthenticationError),
        (404, errors.NotFoundError),
        (429, errors.RateLimitError),
        (500, errors.ServerError),
        (502, errors.ServerError),
    ],
)
@pytest.mark.parametrize("body", [b"<html>502 Bad Gateway</html>", b"", b"  \n", b"\xff\xfe\x00", b'{"a": 1'])
def test_a_body_that_is_not_json_raises_what_its_status_means(
    status: int, cls: type[errors.VenueError], body: bytes
) -> None:
    with pytest.raises(errors.VenueError) as caught:
        http.load_json(body, operation(), status, {"Retry-After": "2"})
    error = caught.value
    assert type(error) is cls
    assert (error.status, error.body, error.code, error.venue, error.operation) == (
        status,
        body,
        None,
        "bitget",
        "get_ticket",
    )
    assert str(status) in error.message
    if cls is errors.RateLimitError:
        assert isinstance(error, errors.RateLimitError) and error.retry_after == 2.0


def test_an_empty_body_is_told_apart_from_a_broken_one() -> None:
    messages = []
    for body in (b"", b" \r\n", b"<html>"):
        with pytest.raises(errors.ResponseError) as caught:
            http.load_json(body, operation(), 200, {})
        messages.append(caught.value.message)
    assert messages[0] == messages[1] != messages[2]
    assert "empty" in messages[0] and "empty" not in messages[2]


# --- read_result -----------------------------------------------------------------------------------------------------

ONE = {"ticketId": "1", "size": "2.5"}
TWO = {"ticketId": 2, "size": 3}


def test_a_model_result() -> None:
    assert http.read_result(operation("model"), ONE, 200, b"") == Ticket(ticket_id="1", size=Decimal("2.5"))


def test_a_list_result() -> None:
    assert http.read_result(operation("list"), [ONE, TWO], 200, b"") == [
        Ticket(ticket_id="1", size=Decimal("2.5")),
        Ticket(ticket_id="2", size=Decimal(3)),
    ]
    assert http.read_result(operation("list"), [], 200, b"") == []


def test_a_list_or_single_result_takes_either() -> None:
    single = http.read_result(operation("list_or_single"), ONE, 200, b"")
    several = http.read_result(operation("list_or_single"), [ONE, TWO], 200, b"")
    assert single == [Ticket(ticket_id="1", size=Decimal("2.5"))]
    assert several == [Ticket(ticket_id="1", size=Decimal("2.5")), Ticket(ticket_id="2", size=Decimal(3))]


@pytest.mark.parametrize(
    ("shape", "payload"),
    [
        ("model", [ONE]),
        ("model", None),
        ("model", "x"),
        ("model", {"ticketId": "1"}),
        ("model", {"ticketId": "1", "size": "NaN"}),
        ("model", {"ticketId": True, "size": "1"}),
        ("list", ONE),
        ("list", None),
        ("list", "x"),
        ("list", [ONE, "x"]),
        ("list", [ONE, {"size": "1"}]),
        ("list_or_single", None),
        ("list_or_single", "x"),
        ("list_or_single", 5),
        ("list_or_single", [[ONE]]),
        ("list_or_single", {"ticketId": "1"}),
    ],
    ids=repr,
)
def test_a_result_that_does_not_match_the_spec_is_a_response_error(shape: str, payload: object) -> None:
    with pytest.raises(errors.ResponseError) as caught:
        http.read_result(operation(shape), payload, 200, b"raw")
    error = caught.value
    assert (error.venue, error.operation, error.status, error.body) == ("bitget", "get_ticket", 200, b"raw")
    assert error.message


def test_a_response_error_says_what_did_not_match() -> None:
    with pytest.raises(errors.ResponseError) as caught:
        http.read_result(operation("model"), {"ticketId": "1", "size": "NaN"}, 200, b"")
    assert "size" in caught.value.message
    with pytest.raises(errors.ResponseError) as caught:
        http.read_result(operation("list"), {"ticketId": "1"}, 200, b"")
    assert "dict" in caught.value.message
    with pytest.raises(errors.ResponseError) as caught:
        http.read_result(operation("model"), [], 200, b"")
    assert "Ticket" in caught.value.message and "list" in caught.value.message


# --- query text, route, unsigned -------------------------------------------------------------------------------------


def test_query_text_keeps_the_order_and_encodes_only_for_the_url() -> None:
    pairs = [("symbol", "BTC/USDT"), ("a", "x y&z=1"), ("safe", "-_.~"), ("u", "é")]
    assert http.query_text(pairs, encode=False) == "symbol=BTC/USDT&a=x y&z=1&safe=-_.~&u=é"
    assert http.query_text(pairs, encode=True) == "symbol=BTC%2FUSDT&a=x%20y%26z%3D1&safe=-_.~&u=%C3%A9"
    assert http.query_text([], encode=True) == "" and http.query_text([], encode=False) == ""
    assert http.query_text([("k", "")], encode=True) == "k="


def test_query_text_encodes_every_value_once_any_value_needs_it() -> None:
    # The plain values around the one that needs encoding stay as they are; a lone reserved character is caught
    # wherever it stands, first or last.
    assert http.query_text([("a", "1"), ("b", "x y"), ("c", "BTC-USDT")], encode=True) == "a=1&b=x%20y&c=BTC-USDT"
    assert http.query_text([("a", "/"), ("b", "2")], encode=True) == "a=%2F&b=2"
    assert http.query_text([("a", "2"), ("b", "=")], encode=True) == "a=2&b=%3D"
    assert http.query_text([("a", "0.001"), ("b", "A-z_.~")], encode=True) == "a=0.001&b=A-z_.~"


def test_route_gives_the_server_the_full_path_and_the_servers_headers() -> None:
    assert http.route(GetTicket([("b", "2")], '{"x":1}'), "live", None) == (
        "https://api.example.test",
        "/api/v4/tickets/a%2Fb",
        {},
    )


def test_route_uses_the_environments_server_and_its_headers() -> None:
    base, path, headers = http.route(GetTicket(), "demo", None)
    assert (base, path, dict(headers)) == ("https://demo.example.test", "/tickets/a%2Fb", {"PAPTRADING": "1"})
    with pytest.raises(ValueError, match="testnet"):
        http.route(GetTicket(), "testnet", None)


@pytest.mark.parametrize(
    ("base_url", "base", "path"),
    [
        ("http://127.0.0.1:8080", "http://127.0.0.1:8080", "/tickets/a%2Fb"),
        ("http://127.0.0.1:8080/", "http://127.0.0.1:8080", "/tickets/a%2Fb"),
        ("http://127.0.0.1:8080/api/v4/", "http://127.0.0.1:8080", "/api/v4/tickets/a%2Fb"),
        ("http://127.0.0.1:9/prefix", "http://127.0.0.1:9", "/prefix/tickets/a%2Fb"),
    ],
)
def test_a_base_url_replaces_the_servers_url_and_keeps_its_headers(base_url: str, base: str, path: str) -> None:
    found = http.route(GetTicket(), "demo", base_url)
    assert (found[0], found[1], dict(found[2])) == (base, path, {"PAPTRADING": "1"})


def test_an_unsigned_request_has_no_credentials_and_an_encoded_query() -> None:
    request = GetTicket([("symbol", "BTC/USDT"), ("n", "1")])
    prepared = http.unsigned(request, *http.route(request, "demo", None))
    assert prepared.method == "GET"
    assert prepared.url == "https://demo.example.test/tickets/a%2Fb?symbol=BTC%2FUSDT&n=1"
    assert dict(prepared.headers) == {"PAPTRADING": "1", "Accept": "application/json"}
    assert prepared.body is None
    bare = http.unsigned(GetTicket(), *http.route(GetTicket(), "live", None))
    assert bare.url == "https://api.example.test/api/v4/tickets/a%2Fb"
    assert dict(bare.headers) == {"Accept": "application/json"}


def test_a_prepared_request_never_shows_its_headers() -> None:
    prepared = http.PreparedRequest("POST", "https://x.test/o", {"ACCESS-KEY": "key-1234567890"}, b"{}")
    assert "key-1234567890" not in repr(prepared) and "ACCESS-KEY" not in repr(prepared)
    assert "POST" in repr(prepared) and "https://x.test/o" in repr(prepared)


@pytest.mark.parametrize(
    ("body", "described"),
    [
        (b"", "an empty body"),
        (b" \r\n", "an empty body"),
        (b"[" * 100_000, "JSON nested too deeply to read"),
        (b'{"a": 1e9999999999999999999}', "a JSON number out of range"),
        (b'{"a": 1', "a body that is not JSON (Expecting ',' delimiter: line 1 column 8 (char 7))"),
        (b"\xff", "a body that is not JSON ("),
    ],
)
@pytest.mark.parametrize("status", [200, 502])
def test_what_is_wrong_with_a_body_is_said(body: bytes, described: str, status: int) -> None:
    with pytest.raises(errors.VenueError) as caught:
        http.load_json(body, operation(), status, {})
    assert caught.value.message.startswith(f"HTTP {status} with {described}")
    assert type(caught.value) is (errors.ResponseError if status == 200 else errors.ServerError)


def test_a_result_of_the_wrong_json_type_says_so_plainly() -> None:
    with pytest.raises(errors.ResponseError) as caught:
        http.read_result(operation("list"), {"ticketId": "1"}, 200, b"")
    assert caught.value.message == "the answer does not match the spec: expected a JSON array, got dict"


# --- headers ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("key", "shown"), [("123456789", "1234…"), ("12345678", "…"), ("", "…"), ("abcdefghijklmnop", "abcd…")]
)
def test_headers_show_four_characters_of_a_key_longer_than_eight(key: str, shown: str) -> None:
    headers = http.Headers({"K": key, "S": "signature", "P": "pass", "X": "plain"}, secret=("S", "P"), key="K")
    assert repr(headers) == f"Headers({{'K': '{shown}', 'S': '***', 'P': '***', 'X': 'plain'}})"
    assert dict(headers) == {"K": key, "S": "signature", "P": "pass", "X": "plain"}, "the values sent stay exact"


def test_headers_are_a_read_only_mapping_with_a_writable_copy() -> None:
    headers = http.Headers({"A": "1", "B": "2"})
    assert (headers["A"], list(headers), len(headers)) == ("1", ["A", "B"], 2)
    assert repr(headers) == "Headers({'A': '1', 'B': '2'})", "nothing hidden unless named"
    with pytest.raises(TypeError):
        headers["A"] = "3"  # type: ignore[index]
    copy = headers.copy()
    assert type(copy) is dict and copy == {"A": "1", "B": "2"}
    copy["C"] = "3"
    assert "C" not in headers


def test_a_prepared_request_keeps_masked_headers_and_makes_a_mapping_read_only() -> None:
    masked = http.Headers(
        {"ACCESS-KEY": "key-1234567890", "ACCESS-SIGN": "sig"}, secret=("ACCESS-SIGN",), key="ACCESS-KEY"
    )
    prepared = http.PreparedRequest("GET", "https://x.test/o", masked, None)
    assert prepared.headers is masked
    assert repr(prepared.headers) == "Headers({'ACCESS-KEY': 'key-…', 'ACCESS-SIGN': '***'})"
    plain = http.PreparedRequest("GET", "https://x.test/o", {"A": "1"}, None)
    assert type(plain.headers) is http.Headers and dict(plain.headers) == {"A": "1"}
