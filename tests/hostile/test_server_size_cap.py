"""Item 5: an answer is read in chunks and abandoned past ``max_response_bytes``; a compressed answer is never
inflated beyond it.  The memory cases run in a subprocess and measure its peak RSS around the one call."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

import pytest

from tests.hostile.common import bitget_client, server_time
from tests.hostile.servers import json_answers, serving
from venuebind import ResponseError

MiB = 1024 * 1024

SCRIPT = textwrap.dedent(
    """
    import json, resource, sys, zlib
    from tests.hostile.common import bitget_client, server_time
    from tests.hostile.servers import answer_head, read_request, serving
    from venuebind import ResponseError

    kind, size = sys.argv[1], int(sys.argv[2]) * 1024 * 1024
    chunk = b" " * (1024 * 1024)
    if kind == "gzip":  # `size` of spaces, compressed to about a thousandth of it
        packer = zlib.compressobj(9, zlib.DEFLATED, 31)
        packed = b"".join(packer.compress(chunk) for _ in range(size // len(chunk))) + packer.flush()

    def handle(connection):
        read_request(connection)
        if kind == "gzip":
            connection.sendall(answer_head(200, len(packed), "Content-Encoding: gzip") + packed)
            return
        length = size if kind == "plain" else None  # "unframed": no length, the body ends when the server closes
        connection.sendall(answer_head(200, length, *([] if length else ["Connection: close"])))
        for _ in range(size // len(chunk)):
            connection.sendall(chunk)

    with serving(handle) as server, bitget_client(server.url) as client:
        before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        try:
            client.send(server_time())
            outcome, kept = "no error", 0
        except ResponseError as error:
            outcome, kept = "ResponseError", len(error.body)
        after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    print(json.dumps({"outcome": outcome, "kept": kept, "growth_mib": (after - before) / 1024}))
    """
)


def peak_growth(kind: str, size_mib: int) -> dict[str, object]:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, kind, str(size_mib)], capture_output=True, text=True, timeout=60, check=True
    )
    result: dict[str, object] = json.loads(done.stdout.splitlines()[-1])
    return result


@pytest.mark.parametrize(("kind", "size_mib"), [("plain", 200), ("unframed", 200), ("gzip", 256)])
def test_a_huge_answer_is_abandoned_at_the_cap_without_the_memory(kind: str, size_mib: int) -> None:
    result = peak_growth(kind, size_mib)
    assert result["outcome"] == "ResponseError"
    assert isinstance(result["kept"], int) and result["kept"] <= 64 * 1024
    assert isinstance(result["growth_mib"], float) and result["growth_mib"] < 48, result


def test_the_cap_is_set_per_client() -> None:
    body = b'{"code":"00000","msg":"success","data":{"serverTime":"1700000000000","pad":"' + b"x" * 3000 + b'"}}'
    with serving(json_answers(lambda _: (200, body))) as server:
        with bitget_client(server.url, max_response_bytes=len(body)) as roomy:
            assert roomy.send(server_time()).server_time == 1700000000000
        with bitget_client(server.url, max_response_bytes=1000) as tight:
            with pytest.raises(ResponseError) as caught:
                tight.send(server_time())
    assert "1000" in str(caught.value)
    assert caught.value.body == body[: len(caught.value.body)]
