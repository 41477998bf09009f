"""Each venue's AsyncClient takes only its own credentials, server names and requests, as its Client does."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from tests.runtime.test_client_types import CREDENTIALS, VENUES
from venuebind import ValidationError, bitget, gate


@pytest.mark.parametrize("venue", VENUES)
@pytest.mark.parametrize("other", VENUES)
def test_another_venues_credentials_are_a_type_error_naming_both(venue: str, other: str) -> None:
    if venue == other:
        assert VENUES[venue].AsyncClient(CREDENTIALS[other]).credentials is CREDENTIALS[other]
        return
    with pytest.raises(TypeError) as caught:
        VENUES[venue].AsyncClient(CREDENTIALS[other])
    message = str(caught.value)
    assert f"{venue}.AsyncClient takes {venue}.Credentials, not {other}.Credentials" in message
    assert f"use {other}.AsyncClient" in message and "k" * 12 not in message


@pytest.mark.parametrize(("venue", "wrong", "server"), [("bitget", "testnet", "demo"), ("gate", "demo", "testnet")])
def test_environments_are_the_venues_own_and_paper_names_its_paper_server(venue: str, wrong: str, server: str) -> None:
    with pytest.raises(ValidationError) as caught:
        VENUES[venue].AsyncClient(CREDENTIALS[venue], environment=wrong)
    assert caught.value.path == "environment"
    assert VENUES[venue].AsyncClient(CREDENTIALS[venue], environment="paper").environment == server


def test_an_async_client_refuses_another_venues_request_before_any_io() -> None:
    async def main() -> None:
        async with bitget.AsyncClient(CREDENTIALS["bitget"], base_url="http://127.0.0.1:9", pacer=None) as client:
            with pytest.raises(TypeError, match=r"bitget.AsyncClient cannot send a gate request"):
                await client.send(gate.models.GetServerTimeRequest())

    asyncio.run(main())


def test_async_with_returns_the_client_itself() -> None:
    async def main() -> Any:
        client = gate.AsyncClient(CREDENTIALS["gate"])
        async with client as entered:
            assert entered is client
        return client

    assert isinstance(asyncio.run(main()), gate.AsyncClient)
