"""API credentials per venue. ``repr``/``str`` never show secrets; errors name fields or variables, never values."""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from .signing import HmacKey

__all__ = ["BingxCredentials", "BitgetCredentials", "GateCredentials"]


def _mask_key(value: str) -> str:
    """Show the first 4 characters of an API key (nothing for short keys)."""
    return repr(value[:4] + "…") if len(value) > 8 else "'…'"


def _hide(value: str | None) -> str:
    return "None" if value is None else ("''" if value == "" else "'***'")


def _str_type(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    # Not attrs.validators.instance_of: its message includes the value.
    if not isinstance(value, str):
        raise TypeError(f"{type(instance).__name__}.{attribute.name} must be a str, not {type(value).__name__}")


def _non_blank(instance: Any, attribute: attrs.Attribute[Any], value: Any) -> None:
    _str_type(instance, attribute, value)
    if not value or not value.strip():
        raise ValueError(f"{type(instance).__name__}.{attribute.name} must be a non-empty string")


def _read_env(
    environ: Mapping[str, str] | None, required: tuple[str, ...], optional: tuple[str, ...] = ()
) -> dict[str, str]:
    """Read variables; empty or whitespace-only values count as missing. Raises naming the missing variables only."""
    env = os.environ if environ is None else environ
    found = {name: env[name] for name in required + optional if env.get(name, "").strip()}
    missing = [name for name in required if name not in found]
    if missing:
        raise ValueError(f"missing environment variable(s): {', '.join(missing)}")
    return found


@attrs.frozen
class BitgetCredentials:
    """Bitget API key, secret and passphrase. With ``rsa_private_key`` (PEM), requests are RSA-signed with it instead
    of HMAC with ``secret_key``, which may then be ``""``."""

    venue: ClassVar[str] = "bitget"
    api_key: str = attrs.field(validator=_non_blank, repr=_mask_key)
    secret_key: str = attrs.field(validator=_str_type, repr=_hide)
    passphrase: str = attrs.field(validator=_non_blank, repr=_hide)
    rsa_private_key: str | None = attrs.field(default=None, validator=attrs.validators.optional(_str_type), repr=_hide)
    hmac_key: HmacKey = attrs.field(init=False, repr=False, eq=False)
    """``secret_key`` keyed for HMAC-SHA256, made once (unused when ``rsa_private_key`` is given)."""

    def __attrs_post_init__(self) -> None:
        if not self.secret_key.strip() and not (self.rsa_private_key or "").strip():
            raise ValueError("BitgetCredentials needs a non-empty secret_key or rsa_private_key")
        object.__setattr__(self, "hmac_key", HmacKey(self.secret_key, "sha256"))  # a computed field: attrs' way

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> BitgetCredentials:
        """From ``BITGET_API_KEY``, ``BITGET_SECRET_KEY``, ``BITGET_PASSPHRASE`` and optional
        ``BITGET_RSA_PRIVATE_KEY`` (when set, ``BITGET_SECRET_KEY`` is not required)."""
        env = os.environ if environ is None else environ
        rsa = bool(env.get("BITGET_RSA_PRIVATE_KEY", "").strip())
        required = (
            ("BITGET_API_KEY", "BITGET_PASSPHRASE")
            if rsa
            else ("BITGET_API_KEY", "BITGET_SECRET_KEY", "BITGET_PASSPHRASE")
        )
        found = _read_env(env, required, ("BITGET_SECRET_KEY", "BITGET_RSA_PRIVATE_KEY"))
        return cls(
            api_key=found["BITGET_API_KEY"],
            secret_key=found.get("BITGET_SECRET_KEY", ""),
            passphrase=found["BITGET_PASSPHRASE"],
            rsa_private_key=found.get("BITGET_RSA_PRIVATE_KEY"),
        )


@attrs.frozen
class GateCredentials:
    """Gate APIv4 key and secret (HMAC-SHA512)."""

    venue: ClassVar[str] = "gate"
    api_key: str = attrs.field(validator=_non_blank, repr=_mask_key)
    secret_key: str = attrs.field(validator=_non_blank, repr=_hide)
    hmac_key: HmacKey = attrs.field(init=False, repr=False, eq=False)
    """``secret_key`` keyed for HMAC-SHA512, made once."""

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "hmac_key", HmacKey(self.secret_key, "sha512"))

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> GateCredentials:
        """From ``GATE_API_KEY`` and ``GATE_SECRET_KEY``."""
        found = _read_env(environ, ("GATE_API_KEY", "GATE_SECRET_KEY"))
        return cls(api_key=found["GATE_API_KEY"], secret_key=found["GATE_SECRET_KEY"])


@attrs.frozen
class BingxCredentials:
    """BingX key and secret (HMAC-SHA256)."""

    venue: ClassVar[str] = "bingx"
    api_key: str = attrs.field(validator=_non_blank, repr=_mask_key)
    secret_key: str = attrs.field(validator=_non_blank, repr=_hide)
    hmac_key: HmacKey = attrs.field(init=False, repr=False, eq=False)
    """``secret_key`` keyed for HMAC-SHA256, made once."""

    def __attrs_post_init__(self) -> None:
        object.__setattr__(self, "hmac_key", HmacKey(self.secret_key, "sha256"))

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> BingxCredentials:
        """From ``BINGX_API_KEY`` and ``BINGX_SECRET_KEY``."""
        found = _read_env(environ, ("BINGX_API_KEY", "BINGX_SECRET_KEY"))
        return cls(api_key=found["BINGX_API_KEY"], secret_key=found["BINGX_SECRET_KEY"])
