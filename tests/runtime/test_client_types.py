"""Each venue's Client takes only its own credentials and server names, and says so before anything is sent."""

from __future__ import annotations

from typing import Any

import pytest

from venuebind import ValidationError, bingx, bitget, gate

CREDENTIALS: dict[str, Any] = {
    "bitget": bitget.Credentials(api_key="k" * 12, secret_key="s", passphrase="p"),
    "gate": gate.Credentials(api_key="k" * 12, secret_key="s"),
    "bingx": bingx.Credentials(api_key="k" * 12, secret_key="s"),
}
VENUES = {"bitget": bitget, "gate": gate, "bingx": bingx}


@pytest.mark.parametrize("venue", VENUES)
@pytest.mark.parametrize("other", VENUES)
def test_another_venues_credentials_are_a_type_error_naming_both(venue: str, other: str) -> None:
    if venue == other:
        assert VENUES[venue].Client(CREDENTIALS[other]).credentials is CREDENTIALS[other]
        return
    with pytest.raises(TypeError) as caught:
        VENUES[venue].Client(CREDENTIALS[other])
    message = str(caught.value)
    assert f"{venue}.Client takes {venue}.Credentials, not {other}.Credentials" in message
    assert "k" * 12 not in message


def test_credentials_of_no_venue_are_a_type_error() -> None:
    with pytest.raises(TypeError, match=r"bitget.Client takes bitget.Credentials, not dict"):
        bitget.Client({"api_key": "k"})


@pytest.mark.parametrize(
    ("venue", "wrong", "names"),
    [
        ("bitget", "testnet", "'live', 'demo', 'paper'"),
        ("gate", "demo", "'live', 'testnet', 'paper'"),
        ("bingx", "testnet", "'live', 'demo', 'paper'"),
    ],
)
def test_an_unknown_environment_is_a_validation_error_listing_the_names(venue: str, wrong: str, names: str) -> None:
    with pytest.raises(ValidationError) as caught:
        VENUES[venue].Client(CREDENTIALS[venue], environment=wrong)
    assert caught.value.path == "environment"
    assert str(caught.value) == f"environment: {wrong!r} is not a {venue} server; use one of {names}"


@pytest.mark.parametrize(("venue", "server"), [("bitget", "demo"), ("gate", "testnet"), ("bingx", "demo")])
def test_paper_names_each_venues_paper_trading_server(venue: str, server: str) -> None:
    client = VENUES[venue].Client(CREDENTIALS[venue], environment="paper")
    assert client.environment == server
    request = VENUES[venue].models.GetServerTimeRequest()
    by_alias = VENUES[venue].prepare(request, CREDENTIALS[venue], timestamp_ms=1, environment="paper")
    by_name = VENUES[venue].prepare(request, CREDENTIALS[venue], timestamp_ms=1, environment=server)
    live = VENUES[venue].prepare(request, CREDENTIALS[venue], timestamp_ms=1)
    assert (by_alias.url, dict(by_alias.headers)) == (by_name.url, dict(by_name.headers))
    assert (by_alias.url, dict(by_alias.headers)) != (live.url, dict(live.headers))


def test_a_client_refuses_another_venues_request_before_any_io() -> None:
    client = bitget.Client(CREDENTIALS["bitget"], base_url="http://127.0.0.1:9", pacer=None)
    with pytest.raises(TypeError, match=r"bitget.Client cannot send a gate request \(GetServerTimeRequest\)"):
        client.send(gate.models.GetServerTimeRequest())


def test_with_returns_the_client_itself() -> None:
    client = gate.Client(CREDENTIALS["gate"])
    with client as entered:
        assert entered is client
