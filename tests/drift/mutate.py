"""Mutated copies of a doc snapshot, each with the one difference the reader must then report.

Every mutation edits the markdown the way a venue's next doc revision might (a row more or less, a Required cell
flipped, an enum value more or less, another type, another rate limit) and returns ``(mutated_text, expected)``,
where ``expected`` is the single :class:`Difference` that :func:`diff_pages` must find between the pages parsed from
the original and the mutated text. The drift tests use this to check :mod:`codegen.drift.doctables` end to end; it is a
test helper, not part of codegen. Standard library only.

A mutation that does not fit the page (no rate limit, a parameter without enum, a container type) returns None;
:func:`all_mutations` yields every mutation that fits.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from codegen.drift.doctables import (
    DocField,
    DocPage,
    DocParam,
    RateLimit,
    find_cell_enum,
    parse_snapshot,
    rate_limit_number_span,
    split_row,
)

__all__ = [
    "PROBE_NAME",
    "PROBE_VALUE",
    "Difference",
    "Mutation",
    "add_enum_value",
    "add_param",
    "all_mutations",
    "change_rate_limit",
    "change_type",
    "diff_pages",
    "flip_required",
    "remove_enum_value",
    "remove_param",
]

PROBE_NAME = "driftProbe"
PROBE_VALUE = "drift_probe"


@dataclass(frozen=True)
class Difference:
    """One difference between two parsed pages.

    ``kind`` is ``param_added``, ``param_removed``, ``required_changed``, ``type_changed``, ``location_changed``,
    ``enum_added``, ``enum_removed``, ``enum_reordered``, ``param_order_changed``, the same with ``field_`` for
    response fields (``field_added``...), or ``method_changed``, ``path_changed``, ``rate_limit_changed``,
    ``response_ref_changed``. ``file`` is the page's path, ``name`` the parameter or field ("" for page-level
    differences), ``detail`` the value added or removed, or ``old -> new``.
    """

    kind: str
    file: str
    name: str
    detail: str


@dataclass(frozen=True)
class Mutation:
    text: str
    expected: Difference


# --------------------------------------------------------------------------------------------------------------------
# comparing pages


def _param_desc(p: DocParam) -> str:
    return f"{p.location}, {p.type_raw}, required {p.required_raw}"


def _rate_desc(r: RateLimit | None) -> str:
    return "none" if r is None else f"{r.limit}/{r.per_seconds}s {r.scope}"


def _enum_diffs(prefix: str, file: str, name: str, a: tuple[str, ...], b: tuple[str, ...]) -> list[Difference]:
    out = [Difference(f"{prefix}enum_removed", file, name, v) for v in a if v not in b]
    out += [Difference(f"{prefix}enum_added", file, name, v) for v in b if v not in a]
    common_a = [v for v in a if v in b]
    common_b = [v for v in b if v in a]
    if common_a != common_b:
        out.append(Difference(f"{prefix}enum_reordered", file, name, f"{','.join(common_a)} -> {','.join(common_b)}"))
    return out


def _order_diff(kind: str, file: str, a: list[str], b: list[str]) -> list[Difference]:
    common_a = [n for n in a if n in b]
    common_b = [n for n in b if n in a]
    return [] if common_a == common_b else [Difference(kind, file, "", f"{common_a} -> {common_b}")]


def diff_pages(a: DocPage, b: DocPage) -> tuple[Difference, ...]:
    """Differences from ``a`` to ``b``, ignoring line numbers; reported under ``b.path``."""
    file = b.path
    out: list[Difference] = []
    if a.method != b.method:
        out.append(Difference("method_changed", file, "", f"{a.method} -> {b.method}"))
    if a.path_template != b.path_template:
        out.append(Difference("path_changed", file, "", f"{a.path_template} -> {b.path_template}"))
    if _rate_desc(a.rate_limit) != _rate_desc(b.rate_limit):
        out.append(
            Difference("rate_limit_changed", file, "", f"{_rate_desc(a.rate_limit)} -> {_rate_desc(b.rate_limit)}")
        )
    if a.response_ref != b.response_ref:
        out.append(Difference("response_ref_changed", file, "", f"{a.response_ref} -> {b.response_ref}"))

    pa = {p.name: p for p in a.params}
    pb = {p.name: p for p in b.params}
    out += [Difference("param_removed", file, n, _param_desc(p)) for n, p in pa.items() if n not in pb]
    out += [Difference("param_added", file, n, _param_desc(p)) for n, p in pb.items() if n not in pa]
    for n, x in pa.items():
        y = pb.get(n)
        if y is None:
            continue
        if x.location != y.location:
            out.append(Difference("location_changed", file, n, f"{x.location} -> {y.location}"))
        if (x.type, x.type_raw) != (y.type, y.type_raw):
            out.append(Difference("type_changed", file, n, f"{x.type_raw} -> {y.type_raw}"))
        if (x.required, x.required_raw) != (y.required, y.required_raw):
            out.append(Difference("required_changed", file, n, f"{x.required_raw} -> {y.required_raw}"))
        out += _enum_diffs("", file, n, x.enum, y.enum)
    out += _order_diff("param_order_changed", file, list(pa), list(pb))

    fa = {f.name: f for f in a.response_fields}
    fb = {f.name: f for f in b.response_fields}
    out += [Difference("field_removed", file, n, f.type_raw) for n, f in fa.items() if n not in fb]
    out += [Difference("field_added", file, n, f.type_raw) for n, f in fb.items() if n not in fa]
    for n, fx in fa.items():
        fy: DocField | None = fb.get(n)
        if fy is None:
            continue
        if (fx.type, fx.type_raw) != (fy.type, fy.type_raw):
            out.append(Difference("field_type_changed", file, n, f"{fx.type_raw} -> {fy.type_raw}"))
        out += _enum_diffs("field_", file, n, fx.enum, fy.enum)
    out += _order_diff("field_order_changed", file, list(fa), list(fb))
    return tuple(out)


# --------------------------------------------------------------------------------------------------------------------
# locating a parameter's row


@dataclass(frozen=True)
class _RowInfo:
    index: int  # 0-based line index
    header: list[str]  # lower-cased header cells
    cells: list[tuple[str, int]]


def _row(lines: list[str], p: DocParam) -> _RowInfo:
    i = p.line - 1
    top = i
    while top > 0 and lines[top - 1].strip().startswith("|"):
        top -= 1
    header = [c.lower() for c, _ in split_row(lines[top])]
    return _RowInfo(i, header, split_row(lines[i]))


def _replace_cell(line: str, cell: tuple[str, int], new: str) -> str:
    text, at = cell
    return line[:at] + new + line[at + len(text) :]


def _join(lines: list[str], text: str) -> str:
    return "\n".join(lines) + ("\n" if text.endswith("\n") else "")


def _has_children(page: DocPage, name: str) -> bool:
    return any(p.name.startswith(name + ".") or p.name.startswith(name + "[].") for p in page.params)


def _leaf(name: str) -> str:
    return re.split(r"\[\]\.|\.", name)[-1]


def _gate_ref_re(p: DocParam) -> re.Pattern[str]:
    """Matches Gate's ``»» leaf`` reference to ``p`` (depth = number of name segments)."""
    depth = len(re.split(r"\[\]\.|\.", p.name))
    return re.compile(r"(?:»\s*){" + str(depth) + r"}" + re.escape(_leaf(p.name)) + r"(?!\w)")


def _gate_refs(lines: list[str], p: DocParam, page: DocPage) -> list[int]:
    """Indexes of lines outside the parameter table that refer to ``p`` Gate-style (details, enumerated values)."""
    ref = _gate_ref_re(p)
    param_lines = {q.line - 1 for q in page.params}
    out = []
    for i, line in enumerate(lines):
        if i in param_lines:
            continue
        s = line.strip()
        if (s.startswith("**") and ref.match(s[2:])) or (s.startswith("|") and ref.fullmatch(split_row(s)[0][0])):
            out.append(i)
    return out


# --------------------------------------------------------------------------------------------------------------------
# the mutations


def add_param(text: str, file: str) -> Mutation | None:
    """Insert a ``driftProbe`` row (optional string; a query parameter where the first row is a path one) before the
    first top-level parameter row."""
    page = parse_snapshot(text, file)
    top = [p for p in page.params if "." not in p.name]
    if not top:
        return None
    target = top[0]
    lines = text.splitlines()
    info = _row(lines, target)
    if target.location == "path" and "in" not in info.header:
        return None
    location = "query" if target.location == "path" else target.location
    line = lines[info.index]
    new = line
    type_value = ""
    required: list[str] = []
    for k in reversed(range(len(info.cells))):
        col = info.header[k]
        cell = info.cells[k]
        if k == 0:
            marks = cell[0][: len(cell[0]) - len(cell[0].lstrip("»> "))]
            value = marks + PROBE_NAME
        elif col == "type":
            value = type_value = "String" if cell[0][:1].isupper() else "string"
        elif col.startswith("required"):
            value = "false" if cell[0].lower() in {"true", "false"} else "No"
            revision = re.fullmatch(r"required\s*\((.*)\)", col)
            required.insert(0, f"{value} ({revision.group(1)})" if revision else value)
        elif col.startswith("description"):
            value = "Drift probe parameter"
        elif col == "in":
            value = location
        else:
            value = cell[0]
        new = _replace_cell(new, cell, value)
    lines.insert(info.index, new)
    detail = f"{location}, {type_value}, required {'; '.join(required)}"
    return Mutation(_join(lines, text), Difference("param_added", file, PROBE_NAME, detail))


def remove_param(text: str, file: str, name: str) -> Mutation | None:
    """Delete the row of ``name``: a leaf, not a path parameter, not referred to by Gate's enum sections."""
    page = parse_snapshot(text, file)
    p = page.param(name)
    lines = text.splitlines()
    if p.location == "path" or _has_children(page, name) or _gate_refs(lines, p, page):
        return None
    del lines[p.line - 1]
    return Mutation(_join(lines, text), Difference("param_removed", file, name, _param_desc(p)))


_FLIP = {"yes": "no", "no": "yes", "true": "false", "false": "true"}


def _same_case(like: str, word: str) -> str:
    if like.isupper() and len(like) > 1:
        return word.upper()
    if like[:1].isupper():
        return word.capitalize()
    return word


def flip_required(text: str, file: str, name: str) -> Mutation | None:
    """Yes <-> No (true <-> false) in a one-column Required cell that states no revisions."""
    page = parse_snapshot(text, file)
    p = page.param(name)
    lines = text.splitlines()
    info = _row(lines, p)
    cols = [k for k, h in enumerate(info.header) if h.startswith("required")]
    if len(cols) != 1:
        return None
    cell = info.cells[cols[0]]
    if cell[0].lower() not in _FLIP:
        return None
    new = _same_case(cell[0], _FLIP[cell[0].lower()])
    lines[info.index] = _replace_cell(lines[info.index], cell, new)
    return Mutation(_join(lines, text), Difference("required_changed", file, name, f"{cell[0]} -> {new}"))


_TO_INTEGER = frozenset({"string", "float", "float32", "float64", "double", "number", "decimal"})


def change_type(text: str, file: str, name: str) -> Mutation | None:
    """String or a float word -> Integer, anything else -> String, in the Type cell of a non-container parameter.

    The new type is always of another family than any spec type that accepts the old one: a decimal that a page
    retypes from float64 to String is still a decimal (``codegen.drift`` accepts both), so floats become Integer.
    """
    page = parse_snapshot(text, file)
    p = page.param(name)
    if p.type in {"list", "array", "object", "map"} or not re.fullmatch(r"[A-Za-z][A-Za-z0-9]*", p.type_raw):
        return None
    lines = text.splitlines()
    info = _row(lines, p)
    cell = info.cells[info.header.index("type")]
    new = _same_case(cell[0], "integer" if p.type in _TO_INTEGER else "string")
    lines[info.index] = _replace_cell(lines[info.index], cell, new)
    return Mutation(_join(lines, text), Difference("type_changed", file, name, f"{cell[0]} -> {new}"))


def add_enum_value(text: str, file: str, name: str) -> Mutation | None:
    """Add ``drift_probe`` (``DRIFT_PROBE`` in ``X for y`` lists) where the page lists ``name``'s values."""
    page = parse_snapshot(text, file)
    p = page.param(name)
    if not p.enum:
        return None
    lines = text.splitlines()
    info = _row(lines, p)
    desc, at = info.cells[-1]
    leaves = frozenset(_leaf(q.name) for q in page.params)
    found = find_cell_enum(desc, _leaf(p.name), leaves)
    if found is not None:
        value = "DRIFT_PROBE" if found.style == "upper_for" else PROBE_VALUE
        (u0, u0_end), (t0, t0_end) = found.units[0], found.tokens[0]
        token = desc[t0:t0_end]
        if token.startswith("<code>"):
            new_token = f"<code>{value}</code>"
        elif token.startswith("`"):
            new_token = f"`{value}`"
        else:
            new_token = value
        unit = desc[u0:t0] + new_token + desc[t0_end:u0_end]
        insert_at = found.units[1][0]
        new_desc = desc[:insert_at] + unit + desc[insert_at:]
        lines[info.index] = _replace_cell(lines[info.index], (desc, at), new_desc)
        return Mutation(_join(lines, text), Difference("enum_added", file, name, value))
    refs = _gate_refs(lines, p, page)
    table_rows = [i for i in refs if lines[i].strip().startswith("|")]
    if table_rows:
        last = table_rows[-1]
        cells = split_row(lines[last])
        lines.insert(last + 1, _replace_cell(lines[last], cells[1], PROBE_VALUE))
        return Mutation(_join(lines, text), Difference("enum_added", file, name, PROBE_VALUE))
    heads = [i for i in refs if lines[i].strip().startswith("**")]
    if heads:
        j = heads[0] + 1
        last_bullet = None
        while j < len(lines) and not lines[j].startswith("#") and not lines[j].startswith("**"):
            if re.match(r"\s*[-*]\s", lines[j]):
                last_bullet = j
            j += 1
        if last_bullet is not None:
            lines.insert(last_bullet + 1, f"- {PROBE_VALUE}: Drift probe")
            return Mutation(_join(lines, text), Difference("enum_added", file, name, PROBE_VALUE))
    return None


def remove_enum_value(text: str, file: str, name: str) -> Mutation | None:
    """Remove ``name``'s second enum value: from a description list of three or more, or from Gate's sections."""
    page = parse_snapshot(text, file)
    p = page.param(name)
    if len(p.enum) < 2:
        return None
    lines = text.splitlines()
    info = _row(lines, p)
    desc, at = info.cells[-1]
    leaves = frozenset(_leaf(q.name) for q in page.params)
    found = find_cell_enum(desc, _leaf(p.name), leaves)
    if found is not None:
        if len(found.values) < 3 or found.values[1] in found.values[:1] + found.values[2:]:
            return None  # a list of two would fall below the two-value threshold and lose both values
        start, end = found.units[1]
        new_desc = desc[:start] + desc[end:]
        lines[info.index] = _replace_cell(lines[info.index], (desc, at), new_desc)
        return Mutation(_join(lines, text), Difference("enum_removed", file, name, found.values[1]))
    value = p.enum[1]
    drop: list[int] = []
    refs = _gate_refs(lines, p, page)
    for i in refs:
        s = lines[i].strip()
        if s.startswith("|") and split_row(s)[1][0].replace("\\", "").strip("`") == value:
            drop.append(i)
        if s.startswith("**"):
            j = i + 1
            while j < len(lines) and not lines[j].startswith("#") and not lines[j].startswith("**"):
                m = re.match(r"\s*[-*]\s+(?:`([^`]+)`|([^\s`:]+))\s*:", lines[j])
                if m and (m.group(1) or m.group(2)).replace("\\", "") == value:
                    drop.append(j)
                j += 1
    if not drop:
        return None
    for i in sorted(drop, reverse=True):
        del lines[i]
    return Mutation(_join(lines, text), Difference("enum_removed", file, name, value))


def change_rate_limit(text: str, file: str) -> Mutation | None:
    """Raise the stated request count by one."""
    page = parse_snapshot(text, file)
    r = page.rate_limit
    if r is None:
        return None
    lines = text.splitlines()
    line = lines[r.line - 1]
    span = rate_limit_number_span(line)
    if span is None:
        return None
    lines[r.line - 1] = line[: span[0]] + str(r.limit + 1) + line[span[1] :]
    new = RateLimit(r.limit + 1, r.per_seconds, r.scope, r.line)
    return Mutation(
        _join(lines, text), Difference("rate_limit_changed", file, "", f"{_rate_desc(r)} -> {_rate_desc(new)}")
    )


def all_mutations(text: str, file: str) -> Iterator[Mutation]:
    """Every mutation that fits the page: one added row, one rate-limit change, and per parameter the others."""
    page = parse_snapshot(text, file)
    single = [add_param(text, file), change_rate_limit(text, file)]
    yield from (m for m in single if m is not None)
    for p in page.params:
        for fn in (remove_param, flip_required, change_type, add_enum_value, remove_enum_value):
            m = fn(text, file, p.name)
            if m is not None:
                yield m
