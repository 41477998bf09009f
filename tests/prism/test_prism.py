"""A third-party reader of the specs: Prism (Stoplight's OpenAPI mock server) validates every prepared request.

For each operation, requests drawn from the spec's own schema are built into models, prepared (signed) exactly as
``Client`` would send them, and sent to ``prism mock --errors`` on 127.0.0.1, which answers 422 with an
``sl-violations`` header when a request breaks the spec, and 401 when a security header or parameter is missing.
Prism's answer is generated from the spec's response schemas and examples, so parsing it checks those too.

Run by ``nox -s prism``, which installs Prism (pinned with everything under it by ``tests/prism/package-lock.json``)
from the npm registry into ``.prism/``.
"""

from __future__ import annotations

import importlib
import os
import socket
import subprocess
import time
from collections.abc import Iterator
from typing import Any

import pytest
import urllib3
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis_jsonschema import from_schema

from tests.conftest import OPERATION_IDS, OPERATIONS, ROOT, SPEC_DIR, examples
from tests.failed_before import FAILED_BEFORE
from tests.schemas import request_model, request_schema
from venuebind.sandbox.schema import request_validator

pytestmark = pytest.mark.prism

PRISM = os.environ.get("PRISM", str(ROOT / ".prism" / "node_modules" / ".bin" / "prism"))
CREDENTIALS = {
    "bitget": {"api_key": "prism-key-0001", "secret_key": "prism-secret", "passphrase": "prism-pass"},
    "gate": {"api_key": "prism-key-0001", "secret_key": "prism-secret"},
    "bingx": {"api_key": "prism-key-0001", "secret_key": "prism-secret"},
}


JS_SAFE_INTEGER = 2**53
"""Prism runs on JavaScript numbers: it refuses an int64 beyond 2**53 that the spec (and venuebind) accept."""


def integers(value: Any) -> Iterator[int]:
    if isinstance(value, dict):
        value = list(value.values())
    if isinstance(value, list):
        for item in value:
            yield from integers(item)
    elif isinstance(value, int) and not isinstance(value, bool):
        yield value


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


@pytest.fixture(scope="session")
def prism_servers() -> Iterator[dict[str, str]]:
    """One ``prism mock`` per venue spec on 127.0.0.1, started on first use, stopped at the end of the session."""
    if not os.path.exists(PRISM):
        pytest.fail(f"Prism is not installed at {PRISM}: run `nox -s prism`, which installs it")
    processes: dict[str, subprocess.Popen[str]] = {}
    urls: dict[str, str] = {}
    try:
        for venue in CREDENTIALS:
            port = free_port()
            command = [PRISM, "mock", str(SPEC_DIR / f"{venue}.yaml"), "--host", "127.0.0.1", "--port", str(port)]
            processes[venue] = subprocess.Popen(
                [*command, "--errors", "--dynamic", "--seed", "1"],
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
            )
            urls[venue] = f"http://127.0.0.1:{port}"
        for venue, process in processes.items():
            wait_until_listening(process, venue)
        yield urls
    finally:
        for process in processes.values():
            process.terminate()
            process.wait(timeout=10)


def wait_until_listening(process: subprocess.Popen[str], venue: str) -> None:
    deadline = time.monotonic() + 90
    seen = []
    assert process.stdout is not None
    while time.monotonic() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        seen.append(line)
        if "Prism is listening" in line:
            return
    pytest.fail(f"prism did not start for {venue}:\n{''.join(seen)}")


@pytest.mark.parametrize(("venue", "method", "path", "operation"), OPERATIONS, ids=OPERATION_IDS)
def test_prism_accepts_every_prepared_request(
    prism_servers: dict[str, str], venue: str, method: str, path: str, operation: dict[str, Any]
) -> None:
    binding = importlib.import_module(f"venuebind.{venue}")
    credentials = binding.Credentials(**CREDENTIALS[venue])
    model = request_model(venue, operation)
    validator = request_validator(venue, operation["operationId"])
    http = urllib3.PoolManager(retries=False)
    sent = []

    @settings(max_examples=examples(12), deadline=None, suppress_health_check=list(HealthCheck))
    @given(from_schema(request_schema(venue, operation)))
    def accepted(instance: dict[str, Any]) -> None:
        assume(validator.is_valid(instance))
        assume(all(abs(value) < JS_SAFE_INTEGER for value in integers(instance)))
        request = model.from_wire(instance)
        prepared = binding.prepare(
            request, credentials, timestamp_ms=int(time.time() * 1000), base_url=prism_servers[venue]
        )
        answer = http.request(prepared.method, prepared.url, body=prepared.body, headers=dict(prepared.headers))
        violations = answer.headers.get("sl-violations")
        assert answer.status < 300 and violations is None, f"{answer.status} {violations}: {prepared.url}"
        binding.parse(request, status=answer.status, headers=answer.headers, body=answer.data)
        sent.append(prepared.url)

    for instance in FAILED_BEFORE.get(f"{venue}.{operation['operationId']}", []):
        if instance.get("order_id") not in DOT_SEGMENTS:  # test_a_dot_segment_path_parameter, below
            accepted = example(instance)(accepted)
    accepted()
    assert sent, "no request was sent"


DOT_SEGMENTS = (".", "..")


@pytest.mark.xfail(
    strict=True,
    reason="issue 12: a path parameter '.' or '..' is sent as it is, and the path normalised to another endpoint",
)
@pytest.mark.parametrize("order_id", DOT_SEGMENTS)
@pytest.mark.parametrize("operation_id", ["get_spot_price_order", "cancel_spot_price_order"])
def test_a_dot_segment_path_parameter_is_refused_or_reaches_its_endpoint(
    prism_servers: dict[str, str], operation_id: str, order_id: str
) -> None:
    """Found by Prism on a random ``order_id`` of "."; kept here so that the fixed-seed run does not depend on
    drawing it.  Either the model refuses the value before any I/O, or the request reaches the one-order endpoint."""
    from venuebind import ValidationError, gate

    (operation,) = [op for venue, _, _, op in OPERATIONS if venue == "gate" and op["operationId"] == operation_id]
    try:
        request = request_model("gate", operation).from_wire({"order_id": order_id})
    except ValidationError:
        return
    credentials = gate.Credentials(**CREDENTIALS["gate"])
    prepared = gate.prepare(request, credentials, timestamp_ms=int(time.time() * 1000), base_url=prism_servers["gate"])
    answer = urllib3.PoolManager(retries=False).request(
        prepared.method, prepared.url, body=prepared.body, headers=dict(prepared.headers)
    )
    violations = answer.headers.get("sl-violations")
    assert answer.status < 300 and violations is None, f"{answer.status} {violations}: {prepared.url}"
