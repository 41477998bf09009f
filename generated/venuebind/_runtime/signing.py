"""Signature primitives for the supported venues: pure functions, standard library only (RSA needs ``cryptography``)."""

from __future__ import annotations

import binascii
import functools
from collections.abc import Iterable
from typing import TYPE_CHECKING

# cryptography is the optional ``rsa`` extra: each import of it carries an ignore that is used only where it is not
# installed, so that the package (or a vendored copy) type-checks strictly with or without it.
if TYPE_CHECKING:
    from cryptography.hazmat.primitives.asymmetric.rsa import RSAPrivateKey  # type: ignore[import-not-found, unused-ignore]

__all__ = [
    "HmacKey",
    "bingx_param_string",
    "bitget_prehash",
    "gate_signature_string",
    "hmac_sha256_base64",
    "hmac_sha256_hex",
    "hmac_sha512_hex",
    "rsa_sha256_base64",
]


_INNER_PAD = bytes(byte ^ 0x36 for byte in range(256))
_OUTER_PAD = bytes(byte ^ 0x5C for byte in range(256))
"""RFC 2104's ipad and opad, as ``bytes.translate`` tables: each key byte XOR 0x36 (0x5C)."""


class HmacKey:
    """A secret keyed for HMAC once (RFC 2104, with the standard library's hash objects).

    HMAC(K, m) = H((K' ^ opad) + H((K' ^ ipad) + m)), where K' is the key padded with zeros to the hash's block size
    (hashed first when longer).  The two hash states that have taken in the padded keys are made here; each signature
    continues copies of them, so keying costs nothing per request, and the copies are hashlib's (C) rather than
    ``hmac.HMAC``'s (Python).  Held by the credentials it belongs to; ``repr`` never shows it.
    """

    __slots__ = ("_algorithm", "_inner", "_outer", "_secret")

    def __init__(self, secret: str, algorithm: str) -> None:
        import hashlib  # hashlib (which starts OpenSSL) loads with the first credentials, not at import

        self._secret = secret
        self._algorithm = algorithm
        new = getattr(hashlib, algorithm)
        key = secret.encode("utf-8")
        block = new().block_size
        if len(key) > block:
            key = new(key).digest()
        key = key.ljust(block, b"\0")
        self._inner = new(key.translate(_INNER_PAD))
        self._outer = new(key.translate(_OUTER_PAD))

    def __repr__(self) -> str:
        return f"HmacKey(<hidden>, {self._algorithm!r})"

    def __reduce__(self) -> tuple[type[HmacKey], tuple[str, str]]:
        return HmacKey, (self._secret, self._algorithm)  # hash states cannot be pickled

    def digest(self, message: str) -> bytes:
        """The HMAC of ``message`` (UTF-8), as bytes."""
        inner = self._inner.copy()
        inner.update(message.encode())  # UTF-8
        outer = self._outer.copy()
        outer.update(inner.digest())
        digest: bytes = outer.digest()
        return digest

    def hexdigest(self, message: str) -> str:
        """The HMAC of ``message`` (UTF-8), in lower-case hex."""
        inner = self._inner.copy()
        inner.update(message.encode())  # UTF-8
        outer = self._outer.copy()
        outer.update(inner.digest())
        text: str = outer.hexdigest()
        return text


def bitget_prehash(timestamp_ms: str, method: str, path: str, query: str, body: str) -> str:
    """Bitget prehash: ``timestamp + METHOD + path ["?" + query] + body``.

    ``query`` is given without ``"?"`` (empty string when there is none); the ``"?"`` is added only when it is
    non-empty. ``body`` is the exact JSON text sent, or ``""``.
    """
    request_path = f"{path}?{query}" if query else path
    return f"{timestamp_ms}{method.upper()}{request_path}{body}"


def hmac_sha256_base64(key: HmacKey, message: str) -> str:
    """Bitget ``ACCESS-SIGN`` (HMAC keys): standard padded Base64 of HMAC-SHA256(secret, message), both UTF-8."""
    return _base64(key.digest(message))


@functools.lru_cache(maxsize=8)
def _load_rsa_private_key(private_key_pem: str) -> RSAPrivateKey:
    """Parse a PKCS#1 or PKCS#8 PEM private key once; cached because signing happens per request."""
    try:
        from cryptography.hazmat.primitives.asymmetric import rsa  # type: ignore[import-not-found, unused-ignore]
        from cryptography.hazmat.primitives.serialization import load_pem_private_key  # type: ignore[import-not-found, unused-ignore]
    except ImportError as exc:
        raise ImportError(
            "RSA signing needs the 'cryptography' package: install the venuebind[rsa] extra "
            "(pip install 'venuebind[rsa]')"
        ) from exc
    key = load_pem_private_key(private_key_pem.encode("utf-8"), password=None)
    if not isinstance(key, rsa.RSAPrivateKey):
        raise TypeError("the private key PEM is not an RSA key")
    return key


def rsa_sha256_base64(private_key_pem: str, message: str) -> str:
    """Bitget ``ACCESS-SIGN`` (RSA keys): Base64 of RSASSA-PKCS1-v1_5 SHA-256 over the prehash (UTF-8).

    Accepts PKCS#1 (``RSA PRIVATE KEY``) and PKCS#8 (``PRIVATE KEY``) unencrypted PEM. Needs the optional
    ``cryptography`` package (the ``venuebind[rsa]`` extra); raises ``ImportError`` saying so when it is missing.
    """
    key = _load_rsa_private_key(private_key_pem)
    from cryptography.hazmat.primitives import hashes  # type: ignore[import-not-found, unused-ignore]
    from cryptography.hazmat.primitives.asymmetric import padding  # type: ignore[import-not-found, unused-ignore]

    signature = key.sign(message.encode("utf-8"), padding.PKCS1v15(), hashes.SHA256())
    return _base64(signature)


def gate_signature_string(method: str, path: str, query: str, body: bytes, timestamp_s: str) -> str:
    """Gate APIv4 signature string: ``METHOD\\npath\\nquery\\nhex(SHA512(body))\\ntimestamp``.

    ``path`` includes the ``/api/v4`` prefix; ``query`` is unencoded, in URL order, without ``"?"`` (``""`` if none);
    ``body`` is the exact bytes sent (``b""`` when there is no body, which hashes the empty string).
    """
    import hashlib

    body_hash = hashlib.sha512(body).hexdigest()
    return f"{method.upper()}\n{path}\n{query}\n{body_hash}\n{timestamp_s}"


def hmac_sha512_hex(key: HmacKey, message: str) -> str:
    """Gate ``SIGN``: lower-case hex HMAC-SHA512(secret, message), both UTF-8."""
    return key.hexdigest(message)


def bingx_param_string(params: Iterable[tuple[str, str]]) -> str:
    """BingX parameter string: ``k1=v1&k2=v2``, values unencoded, order preserved (must equal the sent order)."""
    return "&".join([key + "=" + value for key, value in params])  # an enum member is its value here, as a str


def hmac_sha256_hex(key: HmacKey, message: str) -> str:
    """BingX ``signature``: lower-case hex HMAC-SHA256(secret, parameter string), both UTF-8."""
    return key.hexdigest(message)


def _base64(data: bytes) -> str:
    """Standard padded Base64 (binascii directly: the base64 module adds nothing here but its import)."""
    return binascii.b2a_base64(data, newline=False).decode("ascii")
