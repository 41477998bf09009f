"""Item 10 (TLS and stale connections): a certificate that fails verification, or a pooled connection the server
closed before anything was written, did not reach the venue; the certificate failure is not tried again."""

from __future__ import annotations

import datetime
import socket
import ssl
import threading
import time
from pathlib import Path

import pytest

from tests.hostile.common import bitget_client, plan_order, server_time
from tests.hostile.servers import read_request, serving
from venuebind import TransportError
from venuebind._runtime.retry import DEFAULT_RETRY

TIME = b'{"code":"00000","msg":"success","data":{"serverTime":"1700000000000"}}'


def self_signed(directory: Path) -> ssl.SSLContext:
    """A server context with a fresh self-signed certificate for 127.0.0.1, which no client trusts."""
    import ipaddress

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = datetime.datetime.now(datetime.UTC)
    certificate = (
        x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=1))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .sign(key, hashes.SHA256())
    )  # fmt: skip
    (directory / "cert.pem").write_bytes(certificate.public_bytes(serialization.Encoding.PEM))
    (directory / "key.pem").write_bytes(
        key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8, serialization.NoEncryption())
    )
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(directory / "cert.pem", directory / "key.pem")
    return context


def test_a_certificate_that_fails_verification_did_not_reach_and_is_not_retried(tmp_path: Path) -> None:
    context = self_signed(tmp_path)

    def handshake(connection: socket.socket) -> None:
        with pytest.raises(ssl.SSLError):  # the client refuses the certificate
            context.wrap_socket(connection, server_side=True).recv(1)

    with serving(handshake) as server:
        url = server.url.replace("http://", "https://")
        with bitget_client(url, retry=DEFAULT_RETRY, sleep=lambda _: None) as client:
            with pytest.raises(TransportError) as caught:
                client.send(server_time())
    assert caught.value.may_have_reached is False
    assert "certificate" in str(caught.value)
    assert server.accepted == 1, "a certificate failure is not tried again"


def test_over_trusted_tls_answers_arrive_and_the_deadline_holds(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same transport over TLS: a trusted certificate works, and a dripping answer ends at the deadline."""
    context = self_signed(tmp_path)
    monkeypatch.setenv("SSL_CERT_FILE", str(tmp_path / "cert.pem"))  # trusted by this process's TLS defaults

    def answer(connection: socket.socket) -> None:
        with context.wrap_socket(connection, server_side=True) as tls:
            read_request(tls)
            tls.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(TIME) + TIME)
            read_request(tls)
            for byte in b"HTTP/1.1 200 OK\r\n":  # then one byte every 0.2 s
                tls.sendall(bytes([byte]))
                time.sleep(0.2)

    with serving(answer) as server:
        with bitget_client(server.url.replace("http://", "https://"), deadline=1.0) as client:
            assert client.send(server_time()).server_time == 1700000000000
            started = time.monotonic()
            with pytest.raises(TransportError) as caught:
                client.send(plan_order("tls-slow-1"))
            took = time.monotonic() - started
    assert 1.0 <= took < 1.5, took
    assert caught.value.may_have_reached and "deadline" in str(caught.value)


def test_a_stale_pooled_connection_did_not_reach_the_venue() -> None:
    answered = threading.Event()

    def once(connection: socket.socket) -> None:
        request = read_request(connection)
        assert request
        connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(TIME) + TIME)
        answered.wait(5)

    with serving(once) as server, bitget_client(server.url) as client:
        assert client.send(server_time()).server_time == 1700000000000
        server.close()  # no new connections
        answered.set()  # the pooled one is closed by the server, before the next request is written
        threading.Event().wait(0.2)
        with pytest.raises(TransportError) as caught:
            client.send(plan_order("stale-1"))
    assert caught.value.may_have_reached is False
    assert caught.value.client_id == "stale-1"
