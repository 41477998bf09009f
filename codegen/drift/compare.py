"""The comparison rules of ``codegen drift``: one operation against its doc page, known differences included."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from codegen.drift.doctables import DocField, DocPage, DocParam
from codegen.drift.spec import Rate, Scope, SpecElement, SpecOperation
from codegen.generate.kinds import ACCEPTS

__all__ = ["Difference", "compare"]


@dataclass(frozen=True)
class Difference:
    """One difference between a snapshot and its spec operation; ``file:line`` is where the page states it."""

    kind: str
    venue: str
    operation_id: str
    name: str
    detail: str
    known: bool = False
    file: str = ""
    line: int = 0

    def render(self) -> str:
        """``file:line: [known: ]venue.operation: kind name: detail``, on one line."""
        where = f"{self.file}:{self.line}" if self.line else self.file
        who = f"{self.venue}.{self.operation_id}" if self.operation_id else self.venue
        what = f"{self.kind} {self.name}" if self.name else self.kind
        known = "known: " if self.known else ""
        return f"{where}: {known}{who}: {what}: {self.detail}"


@dataclass(frozen=True)
class _Emit:
    """Makes the differences of one operation against one page."""

    op: SpecOperation
    file: str

    def __call__(self, kind: str, name: str, detail: str, line: int = 0, known: bool = False) -> Difference:
        return Difference(kind, self.op.venue, self.op.operation_id, name, detail, known, self.file, line)

    def elsewhere(self, file: str) -> _Emit:
        """The same, for what another page (``fields: see other.md``) states."""
        return _Emit(self.op, file)


def _hint(disputed: bool, record: str) -> str:
    """For an unknown difference where an x-doc-conflict sits but records nothing about it."""
    return (
        f"; the x-doc-conflict here has no page record for it: add page: {{{record}}} if it explains this"
        if disputed
        else ""
    )


def _versus(
    emit: _Emit, kind: str, name: str, spec: str, page: str, recorded: str | None, line: int, hint: str
) -> list[Difference]:
    """A page value against its record, or the spec without one; known when it differs only from the spec."""
    if recorded is not None and page != recorded:
        return [emit(kind, name, f"page {page}, recorded {recorded} (spec {spec})", line)]
    if page != spec:
        known = recorded is not None
        return [emit(kind, name, f"spec {spec}, page {page}" + ("" if known else hint), line, known)]
    return []


def _rate_text(rate: Rate | None) -> str:
    return "none" if rate is None else f"{rate[0]}/{rate[1]}s {rate[2]}"


def _operation_diffs(emit: _Emit, op: SpecOperation, page: DocPage) -> list[Difference]:
    out: list[Difference] = []
    for kind, key, spec, stated in [
        ("method_changed", "method", op.method, page.method),
        ("path_changed", "path", op.path, page.path_template),
    ]:
        out += _versus(emit, kind, "", spec, stated, op.page.get(key), 0, _hint(op.disputed, f"{key}: {stated}"))
    r = page.rate_limit
    if r is not None:  # a page without a rate limit makes no claim
        recorded = _rate_text(op.page["rate-limit"]) if "rate-limit" in op.page else None
        stated = _rate_text((r.limit, r.per_seconds, r.scope))
        hint = _hint(op.disputed, f"rate-limit: {{limit: {r.limit}, per: {r.per_seconds}s, scope: {r.scope}}}")
        out += _versus(emit, "rate_limit_changed", "", _rate_text(op.rate_limit), stated, recorded, r.line, hint)
    return out


def _type_fits(s: SpecElement, word: str, item_word: str | None) -> bool:
    if word not in ACCEPTS[s.kind]:
        return False
    return item_word is None or s.item_kind is None or item_word in ACCEPTS[s.item_kind]


def _type_diffs(
    emit: _Emit, kind: str, s: SpecElement, word: str, raw: str, item: str | None, line: int
) -> list[Difference]:
    if not word:
        return []  # the page states no type
    spec_type = s.kind if s.item_kind is None else f"{s.kind} of {s.item_kind}"
    recorded = s.page.get("type")
    if recorded is not None and word != recorded.lower():
        return [emit(kind, s.name, f"page {raw}, recorded {recorded} (spec {spec_type})", line)]
    if _type_fits(s, word, item):
        return []
    hint = "" if recorded is not None else _hint(s.disputed, f"type: {raw.split('(')[0].split('<')[0].strip()}")
    return [emit(kind, s.name, f"spec {spec_type}, page {raw}{hint}", line, known=recorded is not None)]


def _required_word(value: bool) -> str:
    return "required" if value else "optional"


def _required_diffs(emit: _Emit, s: SpecElement, p: DocParam) -> list[Difference]:
    spec = _required_word(s.required)
    if p.required is None:  # the page's revisions disagree: a contradiction the spec must record
        detail = f"spec {spec}, page {p.required_raw!r}"
        if not s.disputed:
            detail += "; the revisions disagree and the element has no x-doc-conflict"
        return [emit("required_changed", s.name, detail, p.line, known=s.disputed)]
    recorded = s.page.get("required")
    said = _required_word(p.required)
    hint = _hint(s.disputed, f"required: {str(p.required).lower()}")
    known_as = None if recorded is None else _required_word(recorded)
    return _versus(emit, "required_changed", s.name, spec, said, known_as, p.line, hint)


def _enum_diffs(emit: _Emit, prefix: str, s: SpecElement, values: tuple[str, ...], line: int) -> list[Difference]:
    recorded: tuple[str, ...] | None = s.page.get("enum")
    if not values and recorded is None:
        return []  # the page lists no values: no claim
    spec = s.enum or ()
    base, source = (spec, "spec") if recorded is None else (recorded, "recorded")
    hint = "" if recorded is not None else _hint(s.disputed, f"enum: [{', '.join(values)}]")
    added, removed = f"{prefix}enum_added", f"{prefix}enum_removed"
    out = [emit(added, s.name, f"{v} (page lists it, {source} does not){hint}", line) for v in values if v not in base]
    out += [emit(removed, s.name, f"{v} ({source} has it, page does not){hint}", line) for v in base if v not in values]
    if recorded is not None:
        known = [v for v in values if v not in spec and v in recorded]
        out += [emit(added, s.name, f"{v} (page lists it, spec does not)", line, True) for v in known]
        gone = [v for v in spec if v not in values and v not in recorded]
        out += [emit(removed, s.name, f"{v} (spec has it, page does not)", line, True) for v in gone]
    return out


def _param_text(p: DocParam) -> str:
    return f"{p.location}, {p.type_raw}, required {p.required_raw}"


def _spec_text(s: SpecElement) -> str:
    parts = [s.location] if s.location else []
    parts.append(s.kind if s.item_kind is None else f"{s.kind} of {s.item_kind}")
    if s.location:
        parts.append(_required_word(s.required))
    return ", ".join(parts)


def _split(name: str) -> tuple[str, str]:
    """``orderList[].side`` -> (``orderList[].``, ``side``)."""
    cut = name.rfind(".") + 1
    return name[:cut], name[cut:]


def _implied(name: str, listed: Iterable[str]) -> bool:
    """A container counts as listed when the page lists one of its children."""
    return any(n.startswith((f"{name}.", f"{name}[].")) for n in listed)


def _presence(
    emit: _Emit,
    kind: str,
    spec: Mapping[str, SpecElement],
    scopes: Mapping[str, Scope],
    listed: Mapping[str, tuple[int, str]],
) -> list[Difference]:
    """``<kind>_added`` and ``<kind>_removed``: names on one side only, against the spec and the scopes' records."""
    out: list[Difference] = []
    for name, (line, text) in listed.items():
        prefix, leaf = _split(name)
        scope = scopes.get(prefix, Scope())
        if name not in spec:
            known = leaf in scope.adds
            hint = "" if known else _hint(scope.disputed, f"adds: [{leaf}]")
            out.append(emit(f"{kind}_added", name, f"page lists it ({text}), spec does not{hint}", line, known))
        elif leaf in scope.omits:
            out.append(emit(f"{kind}_added", name, f"page lists it ({text}), recorded as omitted", line))
    for name, s in spec.items():
        prefix, leaf = _split(name)
        scope = scopes.get(prefix, Scope())
        if name in listed or _implied(name, listed):
            continue
        known = leaf in scope.omits
        hint = "" if known else _hint(scope.disputed, f"omits: [{leaf}]")
        detail = f"spec has it ({_spec_text(s)}), page does not list it{hint}"
        out.append(emit(f"{kind}_removed", name, detail, known=known))
    for prefix, scope in scopes.items():
        for leaf in sorted(scope.adds):
            if prefix + leaf not in listed:
                out.append(
                    emit(f"{kind}_removed", prefix + leaf, "recorded as added by the page, page no longer lists it")
                )
    return out


def compare(
    op: SpecOperation, page: DocPage, fields: Sequence[DocField] | None = None, fields_file: str = ""
) -> list[Difference]:
    """Every difference between ``op`` and ``page``; ``fields`` (read from ``fields_file``) stand in for the page's
    own response fields when the page refers to another page's."""
    emit = _Emit(op, page.path)
    out = _operation_diffs(emit, op, page)
    params = {p.name: p for p in page.params}
    out += _presence(
        emit, "param", op.params, op.param_scopes, {n: (p.line, _param_text(p)) for n, p in params.items()}
    )
    for name, p in params.items():
        s = op.params.get(name)
        if s is None:
            continue
        if p.location != s.location:
            out.append(emit("location_changed", name, f"spec {s.location}, page {p.location}", p.line))
        out += _type_diffs(emit, "type_changed", s, p.type, p.type_raw, p.item_type, p.line)
        out += _required_diffs(emit, s, p)
        out += _enum_diffs(emit, "", s, p.enum, p.line)
    if fields is None:
        fields = page.response_fields
    elif fields_file:
        emit = emit.elsewhere(fields_file)
    response = {f.name: f for f in fields}
    listed = {n: (f.line, f.type_raw or "no type") for n, f in response.items()}
    out += _presence(emit, "field", op.fields, op.field_scopes, listed)
    for name, f in response.items():
        s = op.fields.get(name)
        if s is not None:
            out += _type_diffs(emit, "field_type_changed", s, f.type, f.type_raw, f.item_type, f.line)
            out += _enum_diffs(emit, "field_", s, f.enum, f.line)
    return out
