"""Small raw-socket HTTP servers on 127.0.0.1 that misbehave on purpose, for the hostile-server tests."""

from __future__ import annotations

import socket
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager

Handler = Callable[[socket.socket], None]


class RawServer:
    """Accepts connections on 127.0.0.1 and hands each to ``handle`` in its own thread; counts what it accepted."""

    def __init__(self, handle: Handler) -> None:
        self._handle = handle
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.port = self._listener.getsockname()[1]
        self.accepted = 0
        self._threads: list[threading.Thread] = []
        self._accepting = threading.Thread(target=self._accept, daemon=True)
        self._accepting.start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}"

    def _accept(self) -> None:
        while True:
            try:
                connection, _ = self._listener.accept()
            except OSError:  # closed
                return
            self.accepted += 1
            thread = threading.Thread(target=self._serve, args=(connection,), daemon=True)
            self._threads.append(thread)
            thread.start()

    def _serve(self, connection: socket.socket) -> None:
        with connection:
            try:
                self._handle(connection)
            except OSError:  # the client went away: what these servers expect
                pass

    def close(self) -> None:
        """Stop accepting: later connections are refused (a shutdown wakes the blocked ``accept``)."""
        try:
            self._listener.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        self._listener.close()
        self._accepting.join(5)


@contextmanager
def serving(handle: Handler) -> Iterator[RawServer]:
    server = RawServer(handle)
    try:
        yield server
    finally:
        server.close()


def read_request(connection: socket.socket) -> bytes:
    """One request, head and body (by its Content-Length); b"" when the client closed first."""
    data = b""
    while b"\r\n\r\n" not in data:
        chunk = connection.recv(65536)
        if not chunk:
            return b""
        data += chunk
    head, _, body = data.partition(b"\r\n\r\n")
    length = 0
    for line in head.split(b"\r\n")[1:]:
        name, _, value = line.partition(b":")
        if name.strip().lower() == b"content-length":
            length = int(value)
    while len(body) < length:
        chunk = connection.recv(65536)
        if not chunk:
            break
        body += chunk
    return head + b"\r\n\r\n" + body


def target(request: bytes) -> str:
    """The request target (path and query) of a raw request."""
    return request.split(b" ", 2)[1].decode()


def answer_head(status: int, length: int | None, *headers: str) -> bytes:
    """A status line and headers; ``Content-Length`` when ``length`` is given."""
    lines = [f"HTTP/1.1 {status} X", "Content-Type: application/json", *headers]
    if length is not None:
        lines.append(f"Content-Length: {length}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode()


def json_answers(respond: Callable[[bytes], tuple[int, bytes]]) -> Handler:
    """A keep-alive handler: each request on the connection answered with ``respond(request)``'s status and body."""

    def handle(connection: socket.socket) -> None:
        while request := read_request(connection):
            status, body = respond(request)
            connection.sendall(answer_head(status, len(body)) + body)

    return handle
