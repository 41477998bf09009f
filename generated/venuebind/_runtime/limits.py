"""The bounds on one exchange with a venue, kept apart from any transport: the deadline of an attempt and the size
of an answer, decompressed or not.  The transport feeds them; they say when to stop."""

from __future__ import annotations

import time
import zlib
from typing import Any

__all__ = [
    "DEADLINE",
    "KEPT_BODY_BYTES",
    "MAX_PAGES",
    "MAX_RESPONSE_BYTES",
    "BodyCollector",
    "Deadline",
    "UnreadableBody",
]

DEADLINE = 30.0
"""Seconds one attempt may take, from asking the pool for a connection to the last byte of the answer."""
MAX_RESPONSE_BYTES = 16 * 1024 * 1024
"""The largest answer body read, in bytes after decompression; a larger one is abandoned as a ``ResponseError``."""
MAX_PAGES = 1000
"""The most pages a page walker asks for before it raises a ``ResponseError``."""
KEPT_BODY_BYTES = 64 * 1024
"""The most bytes of an answer body an error keeps."""


class Deadline:
    """The moment an attempt must end, on the monotonic clock."""

    __slots__ = ("at", "seconds")

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds
        self.at = time.monotonic() + seconds

    def remaining(self) -> float:
        """Seconds left; zero or less once it has passed."""
        return self.at - time.monotonic()


class UnreadableBody(Exception):
    """An answer body that will not be read: too large, or in an encoding that was not asked for.

    ``kept`` is its first bytes (at most ``KEPT_BODY_BYTES``), as received; ``status`` the answer's HTTP status.
    """

    def __init__(self, message: str, kept: bytes, status: int = 0) -> None:
        super().__init__(message)
        self.kept = kept
        self.status = status


_WINDOW_BITS = {"gzip": 31, "x-gzip": 31, "deflate": 15 | 32}
"""zlib window bits per Content-Encoding: gzip framing; zlib framing (or gzip, detected)."""


class BodyCollector:
    """An answer body gathered from the chunks a transport reads, never holding more than ``limit`` bytes.

    A ``gzip`` or ``deflate`` body is inflated at most to ``limit`` bytes (the request asks for ``identity``, but a
    server may compress anyway); any other encoding is refused.  ``status``, the answer's, goes on the errors.
    """

    def __init__(self, limit: int, content_encoding: str | None = None, status: int = 0) -> None:
        self.limit = limit
        self.status = status
        self._parts: list[bytes] = []
        self._size = 0
        self._raw = b""  # the first bytes as received, for an error to keep
        encoding = (content_encoding or "identity").strip().lower()
        self._inflater: Any = None
        if encoding in _WINDOW_BITS:
            self._inflater = zlib.decompressobj(_WINDOW_BITS[encoding])
        elif encoding != "identity":
            raise UnreadableBody(
                f"the answer is in Content-Encoding {encoding!r}, which was not asked for", b"", status
            )

    def refuse_length(self, length: int | None) -> None:
        """Refuse at once a body whose announced length is beyond the limit (uncompressed only)."""
        if self._inflater is None and length is not None and length > self.limit:
            raise UnreadableBody(self._too_large(), b"", self.status)

    def feed(self, chunk: bytes) -> None:
        """Add the next chunk as received; raises ``UnreadableBody`` once the body would pass the limit."""
        if len(self._raw) < KEPT_BODY_BYTES:
            self._raw += chunk[: KEPT_BODY_BYTES - len(self._raw)]
        if self._inflater is None:
            self._add(chunk)
            return
        try:
            data = self._inflater.decompress(chunk, self.limit - self._size + 1)
        except zlib.error as error:
            raise UnreadableBody(f"the compressed answer is corrupt ({error})", self._raw, self.status) from None
        self._add(data)
        if self._inflater.unconsumed_tail:  # stopped at the limit with input left
            raise UnreadableBody(self._too_large(), self._raw, self.status)

    def body(self) -> bytes:
        """The whole body, decompressed."""
        if self._inflater is not None:
            self._add(self._inflater.flush(self.limit - self._size + 1))
        return b"".join(self._parts)

    def _add(self, data: bytes) -> None:
        self._size += len(data)
        if self._size > self.limit:
            raise UnreadableBody(self._too_large(), self._raw, self.status)
        if data:
            self._parts.append(data)

    def _too_large(self) -> str:
        return f"the answer is larger than max_response_bytes ({self.limit} bytes); abandoned"
