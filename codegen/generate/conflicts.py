"""``x-doc-conflict`` entries: read and checked once, by the builder, for ``codegen drift`` to compare with.

Which ``page`` keys a node may record depends on where it stands (the ``codegen drift`` documentation, "Known
differences"): ``ELEMENT_KEYS`` on a parameter or property, ``SCOPE_KEYS`` on an object (and on a property holding
one), ``OPERATION_KEYS`` on an operation, ``rate-limit`` on its ``x-rate-limit``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import Any

from codegen.errors import SpecError
from codegen.generate.ir import DocConflicts, PageRecord
from codegen.generate.kinds import TYPE_WORDS

ELEMENT_KEYS = frozenset({"type", "required", "enum"})
SCOPE_KEYS = frozenset({"adds", "omits"})
OPERATION_KEYS = frozenset({"method", "path", "rate-limit"})
RATE_LIMIT_KEYS = frozenset({"rate-limit"})

Rate = tuple[int, int, str]


def read(node: Mapping[str, Any], where: str, allowed: frozenset[str]) -> DocConflicts | None:
    """The node's x-doc-conflict entries, None without any; their ``page`` records may use the ``allowed`` keys only."""
    raw = node.get("x-doc-conflict")
    if raw is None:
        return None
    entries = raw if isinstance(raw, list) else [raw]
    if not entries:
        return None
    at = f"{where}/x-doc-conflict"
    pages: list[PageRecord] = []
    for entry in entries:
        if not isinstance(entry, Mapping):
            raise SpecError(at, "an x-doc-conflict is an object or a list of objects")
        record = entry.get("page", {})
        if not isinstance(record, Mapping):
            raise SpecError(at, "page is a mapping")
        checked = []
        for key, value in record.items():
            if key not in allowed:
                raise SpecError(at, f"page key {key!r} is not one of {', '.join(sorted(allowed))} here")
            checked.append((str(key), _checked(key, value, at)))
        pages.append(tuple(checked))
    return DocConflicts(where, tuple(pages))


def rate(node: Any) -> Rate | None:
    """``{limit: <int>, per: <n>s, scope: uid | ip}`` as (limit, seconds, scope); None when it is not that."""
    if not isinstance(node, Mapping):
        return None
    per = re.fullmatch(r"(\d+)s", str(node.get("per", "")))
    limit, scope = node.get("limit"), node.get("scope")
    if per is None or not isinstance(limit, int) or isinstance(limit, bool) or scope not in ("uid", "ip"):
        return None
    return limit, int(per.group(1)), str(scope)


def _strings(value: Any) -> bool:
    return isinstance(value, list) and all(isinstance(v, str) for v in value)


def _checked(key: str, value: Any, where: str) -> object:
    ok = {
        "type": isinstance(value, str) and value.lower() in TYPE_WORDS,
        "required": isinstance(value, bool),
        "enum": _strings(value),
        "adds": _strings(value),
        "omits": _strings(value),
        "method": isinstance(value, str),
        "path": isinstance(value, str),
        "rate-limit": rate(value) is not None,
    }[key]
    if not ok:
        raise SpecError(where, f"page {key}: {value!r} is not a valid value")
    if key == "rate-limit":
        return rate(value)
    return tuple(value) if isinstance(value, list) else value
