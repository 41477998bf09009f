"""Read one venue doc snapshot (a markdown page) into a normalised :class:`DocPage`.

This is the reader half of ``python -m codegen drift``: it knows nothing about the specs. It understands the page
formats found under ``spec/docs/{bitget,gate,bingx}/*.md`` and refuses everything else with a
:class:`SnapshotError` that names the file and the 1-based line; it never returns fewer rows than the page has.
Standard library only; :func:`parse_snapshot` is pure (text in, value out), :func:`read_snapshot` only adds the read.

What a page must have
---------------------
* **Method and path**, on a line of its own outside code blocks: ``*   POST /api/v2/...``, ``**POST** `/api/...```,
  ``- Method/path: `GET /api/...` (note)``, ``# POST /spot/price_orders``, ```POST /spot/price_orders``` or a bare
  ``POST /openApi/...``. Several such lines must agree.
* **Request parameters**: exactly one request table (a table with a ``Required`` column), or, for an endpoint without
  parameters, an explicit line ``No request parameters.`` (optionally a ``-`` bullet). Neither, or both, is an error.
  A ``Notes``/``Notes on doc revisions`` section is never read for method, rate limit or parameters: it talks *about*
  revisions.
* Optionally a **rate limit** line (``Frequency limit: 20 times/1s (UID)``, ``**Rate limit:** 10 req/sec/UID``,
  ``- Rate limit: 2/s per UID; ...``, ``rate limitation by UID: 2/s ...``). The first limit on the line wins (later
  text on that line is commentary on older revisions). ``Rate limit: not stated ...`` means ``None``; a rate-limit
  line that says neither is an error.
* Optionally **response fields**: field tables (no ``Required`` column), ``... item fields (all String): a, b (int64),
  c (`x` / `y`).`` prose lists, and ``(fields: see other.md)`` / ``Same as other.md:`` references
  (:attr:`DocPage.response_ref`). An ``item fields (all T):`` line that ends at the colon types the table after it
  (which then needs no Type column). Item fields are named ``list[].field`` when the list is named: ```entrustedList`
  item fields`` or a ``data`` example in the same paragraph with exactly one ``"key": [``. Such an inline ``data``
  shape, ```data`: `{ "entrustedList": [...], "endId": "123" }```, also lists its top-level keys as fields, typed by
  their value (``[`` List, ``{`` Object, ``"`` String, a number Integer, ``true``/``false`` Boolean).

Code blocks are skipped (an unclosed one is an error); the request example body is read only to check the flat
batch layout below. Parameter names and response field names must be unique.

Tables
------
Every table must be one the reader knows (request, field, Gate "Enumerated Values", and Gate's HTTP status table,
which is ignored); an unknown header or column, a missing separator row, a row with another number of cells than the
header, an unknown type word, a request table in a Response section or a field table in a Request section is an
error. A trailing ``|`` is optional (Bitget site pages omit it); ``|`` inside code spans does not split.

Names. Nested rows are written ``> child`` / ``>child`` (Bitget) or ``» child`` / ``»» grandchild`` (Gate); the
parent is the nearest shallower row above, which must be a container (``list``/``array``/``object``). Children of a
list are named ``parent[].child``, children of an object ``parent.child``. Gate's request table starts with a ``body``
row typed as the body schema: that row is the body itself, not a field, and is dropped (its children are top-level).
Field tables may name several fields in one row (``orderId / clientOid``, ``> cTime / > uTime``); each becomes a
field with that row's type, enum and line. A flat request table (no nesting markers) whose row is typed a bare
``List``/``Array`` and followed by more rows is Bitget's batch layout: every following row is a field of each list
item (``orderList[].side``). When the page has a request example body, it must agree (no item field sent at top
level), else the page is ambiguous and refused.

Location (``DocParam.location``). A table with an ``In`` column (Gate) says it per row. Otherwise: BingX (paths under
``/openApi/``) sends every parameter in the signed query string, POST included (the page header's "request body" is
wrong, see bingx/NOTES.md); other venues (Bitget) send GET/DELETE parameters in the query string and POST/PUT/PATCH
parameters in the JSON body. A ``{name}`` in the path template makes the parameter ``name`` a path parameter, and
every ``{name}`` must have one.

Required. ``Yes``/``No``/``true``/``false``; revision notes such as ``No (newer revision); Yes (older revision)`` and
tables with one ``Required (<revision>)`` column per revision give ``True``/``False`` when the revisions agree and
``None`` when they disagree. A revision that does not list the parameter (``(not listed)``) does not vote.
:attr:`DocParam.required_raw` keeps what the page says (one-column form rebuilt for the multi-column table).

Types. ``type`` is the doc's type word lower-cased (``string``, ``integer``, ``int64``, ``float64``, ``list``...);
``type_raw`` is the cell as written (``List<String>``, ``integer(int64)``, ``String (doc says "boolean")``); the
``item_type`` property reads ``<String>`` out of it. A schema link is ``object``.
Prose fields without a stated type have ``type == ""``.

Enums
-----
Values are taken only where the page lists them: Gate's "Enumerated Values" table (``\\>=`` unescaped), Gate's
"Detailed descriptions" bullets under ``**»» name**:`` (``- limit : Limit Order``, ``- `>=`: ...``), and description
cells in one of the shapes below (the first shape that yields two or more values wins). The sources are merged in
that order: cell, details, enumerated table, without duplicates. Gate references (``»» rule``) are resolved by depth
and leaf name and must name exactly one parameter.

1. ``segments``: ``<br>``/multi-space separated segments that *start* with a code token: ``<br><code>buy</code>: Buy``,
   ``<br>- `open`: Open``, ``   `none` not setting STP``;
2. ``code_run``: two or more code tokens joined only by ``/``, ``or``, ``and`` or ``,`` (each may carry a plain
   parenthesised gloss): ```live` (not triggered) / `executing` ``, ```buy` or `sell` ``;
3. ``upper_for``: ``BUY for buy, SELL for sell``;
4. ``ident_colon``: ``sell: Sell buy: Buy`` (code tokens in the cell are ignored for this shape);
5. ``comma_list``: the whole cell is ``normal, market, profit_market``;
6. ``name_words``: the field's own name in words followed by bare values, ``Order type limit market``.

Code tokens anywhere else are prose and are not values: ``required when `orderType`=`limit` `` (a token next to
``=``, or a segment token followed by ``:`` and another code token, belongs to a condition on another field),
``e.g. `ETHUSDT` ``, single tokens (``planStatus``: "`live` for pending orders" gives no enum). A run whose tokens are
all names of fields in the same table (``send `orderId` or `clientOid` ``) is not an enum; lists and objects never
have enum values; and fields whose name says they hold a number, a time or an ID (``...Price``, ``...Size``,
``...Amount``, ``...Ratio``, ``...Time``, ``...Id``/``...Oid``, ``id...``, ``limit``, ``recvWindow``...) never take
prose enums: their code tokens are conditions (``- `normal_plan`: take-profit trigger price``, Gate's ``amount``
bullets ``- `side`: `buy` refers to quote currency``) or special inputs (```0` → remove``). The same rules apply
to Gate's detailed-description bullets.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import ClassVar, Literal, cast

__all__ = [
    "DocField",
    "DocPage",
    "DocParam",
    "EnumFinding",
    "RateLimit",
    "SnapshotError",
    "find_cell_enum",
    "parse_snapshot",
    "rate_limit_number_span",
    "read_snapshot",
    "split_row",
]

Location = Literal["body", "query", "path"]
Scope = Literal["uid", "ip"]


class SnapshotError(Exception):
    """A snapshot the reader does not understand. ``line`` is 1-based; 0 means the whole file (something missing)."""

    def __init__(self, file: str, line: int, message: str) -> None:
        super().__init__(f"{file}:{line}: {message}")
        self.file = file
        self.line = line
        self.message = message


@dataclass(frozen=True)
class RateLimit:
    """``limit`` requests per ``per_seconds`` seconds per ``scope``, stated on ``line``."""

    limit: int
    per_seconds: int
    scope: Scope
    line: int


_ITEM_TYPE_RE = re.compile(r"^\s*[A-Za-z]\w*\s*<\s*([A-Za-z]\w*)\s*>\s*$")


def _item_type(type_raw: str) -> str | None:
    m = _ITEM_TYPE_RE.match(type_raw)
    return m.group(1).lower() if m else None


class _Typed:
    type_raw: str

    @property
    def item_type(self) -> str | None:
        """``string`` for ``List<String>``, else None."""
        return _item_type(self.type_raw)


@dataclass(frozen=True)
class DocParam(_Typed):
    """One request parameter. ``name`` is a dotted path: ``trigger.price``, ``orderList[].side``."""

    name: str
    location: Location
    type: str
    required: bool | None
    required_raw: str
    enum: tuple[str, ...]
    line: int
    type_raw: str


@dataclass(frozen=True)
class DocField(_Typed):
    """One response field, named like :class:`DocParam` (``successList[].orderId``)."""

    name: str
    type: str
    enum: tuple[str, ...]
    line: int
    type_raw: str


@dataclass(frozen=True)
class DocPage:
    """Everything the drift check compares for one snapshot. ``path`` is the path the caller gave."""

    path: str
    method: str
    path_template: str
    rate_limit: RateLimit | None
    params: tuple[DocParam, ...]
    response_fields: tuple[DocField, ...]
    response_ref: str | None = None

    def param(self, name: str) -> DocParam:
        for p in self.params:
            if p.name == name:
                return p
        raise KeyError(name)

    def field(self, name: str) -> DocField:
        for f in self.response_fields:
            if f.name == name:
                return f
        raise KeyError(name)


# --------------------------------------------------------------------------------------------------------------------
# small lexical helpers

_KNOWN_TYPES = frozenset(
    {
        "string", "integer", "int", "int32", "int64", "long", "number", "float", "float32", "float64", "double",
        "decimal", "boolean", "bool", "list", "array", "object", "map",
    }
)  # fmt: skip
_CONTAINER_TYPES = frozenset({"list", "array", "object", "map"})
_LIST_TYPES = frozenset({"list", "array"})
_HTTP_METHODS = "GET|POST|PUT|DELETE|PATCH"

_CODE_RE = re.compile(r"`([^`]+)`|<code>(.*?)</code>")
_UNESCAPE_RE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!<>|])")
_LINK_RE = re.compile(r"^\[([^\]]+)\]\([^)]*\)$")
_DOTTED_RE = re.compile(r"^[A-Za-z_][A-Za-z0-9_]*(?:(?:\[\])?\.[A-Za-z_][A-Za-z0-9_]*)*$")
_WORDS_RE = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z0-9]+")


def _unescape(s: str) -> str:
    return _UNESCAPE_RE.sub(r"\1", s)


def _name_words(name: str) -> list[str]:
    """``stopSurplusTriggerPrice`` -> ``[stop, surplus, trigger, price]``; ``time_in_force`` -> ``[time, in, force]``"""
    return [w.lower() for w in _WORDS_RE.findall(name)]


_SCALAR_LAST_WORDS = frozenset(
    {
        "price", "size", "qty", "quantity", "amount", "ratio", "rate", "id", "oid", "ids", "window", "timestamp",
        "index", "offset", "limit", "volume", "avg", "count", "than",
    }
)  # fmt: skip


def _is_scalar_kind(leaf: str) -> bool:
    """True for names that hold a number, a time or an ID: such fields never have a prose enum."""
    words = _name_words(leaf)
    if not words:
        return False
    last = words[-1]
    return last in _SCALAR_LAST_WORDS or last.endswith("time") or words[0] == "id"


def _leaf(name: str) -> str:
    return re.split(r"\[\]\.|\.", name)[-1]


def split_row(line: str) -> list[tuple[str, int]]:
    """Split a markdown table row into ``(stripped cell text, offset of that text in line)`` pairs.

    Pipes inside code spans and escaped pipes do not split; the trailing pipe is optional (Bitget site pages omit it).
    """
    first = line.index("|")
    bounds: list[tuple[int, int]] = []
    start = first + 1
    i = first + 1
    in_code = False
    while i < len(line):
        ch = line[i]
        if ch == "\\":
            i += 2
            continue
        if ch == "`":
            in_code = not in_code
        elif ch == "|" and not in_code:
            bounds.append((start, i))
            start = i + 1
        i += 1
    if line[start:].strip():
        bounds.append((start, len(line)))
    cells: list[tuple[str, int]] = []
    for a, b in bounds:
        raw = line[a:b]
        lead = len(raw) - len(raw.lstrip())
        cells.append((raw.strip(), a + lead))
    return cells


_SEPARATOR_RE = re.compile(r"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")


# --------------------------------------------------------------------------------------------------------------------
# enums in description cells


@dataclass(frozen=True)
class EnumFinding:
    """Enum values found in one description cell.

    ``units[i]`` is the ``[start, end)`` span of the text that states value ``i`` (its token, gloss and the separator
    after it), so that removing ``units[i]`` removes just that value and copying ``units[0]`` with another token adds
    one; ``tokens[i]`` is the span of the value itself (with its backticks or ``<code>`` tags). Offsets are into the
    cell text as given.
    """

    style: str
    values: tuple[str, ...]
    units: tuple[tuple[int, int], ...]
    tokens: tuple[tuple[int, int], ...]


def _code_tokens(cell: str) -> list[tuple[int, int, str]]:
    out: list[tuple[int, int, str]] = []
    for m in _CODE_RE.finditer(cell):
        value = m.group(1) if m.group(1) is not None else m.group(2)
        out.append((m.start(), m.end(), _unescape(value)))
    return out


def _units_from_starts(starts: Sequence[int], last_end: int) -> tuple[tuple[int, int], ...]:
    return tuple((s, starts[i + 1] if i + 1 < len(starts) else last_end) for i, s in enumerate(starts))


_SEGMENT_DELIM_RE = re.compile(r"<br\s*/?>|\s{2,}")
_SEGMENT_HEAD_RE = re.compile(r"(?:[-*]\s*)?(`[^`]+`|<code>.*?</code>)")


def _enum_segments(cell: str) -> EnumFinding | None:
    bounds: list[tuple[int, int]] = []
    pos = 0
    for delim in _SEGMENT_DELIM_RE.finditer(cell):
        bounds.append((pos, delim.start()))
        pos = delim.end()
    bounds.append((pos, len(cell)))
    seg_starts = [a for a, _ in bounds]
    values: list[str] = []
    units: list[tuple[int, int]] = []
    tokens: list[tuple[int, int]] = []
    for idx, (a, b) in enumerate(bounds):
        seg = cell[a:b]
        m = _SEGMENT_HEAD_RE.match(seg)
        if not m:
            continue
        rest = seg[m.end() :]
        if re.match(r"\s*=", rest) or re.match(r"\s*:\s*(`|<code>)", rest):
            continue  # "`side` = `buy`", "`side`: `buy` refers to ...": a condition on another field
        tok = _code_tokens(m.group(1))[0]
        values.append(tok[2])
        end = seg_starts[idx + 1] if idx + 1 < len(bounds) else len(cell)
        units.append((a, end))
        tokens.append((a + m.start(1), a + m.end(1)))
    if len(values) < 2:
        return None
    return EnumFinding("segments", tuple(values), tuple(units), tuple(tokens))


_GLOSS_RE = re.compile(r"^\s*\([^()`]*\)")
_RUN_SEPARATORS = frozenset({"/", "or", ",", "and", ", or", "|"})


def _enum_code_runs(cell: str) -> list[EnumFinding]:
    toks = _code_tokens(cell)
    runs: list[list[tuple[int, int, str]]] = []
    current: list[tuple[int, int, str]] = []
    for tok in toks:
        if re.search(r"=\s*$", cell[: tok[0]]) or re.match(r"\s*=", cell[tok[1] :]):
            # `side` = `buy`: both sides of a condition, never list items
            if current:
                runs.append(current)
            current = []
            continue
        if current:
            gap = cell[current[-1][1] : tok[0]]
            gap = _GLOSS_RE.sub("", gap, count=1).strip()
            if gap in _RUN_SEPARATORS:
                current.append(tok)
                continue
            runs.append(current)
        current = [tok]
    if current:
        runs.append(current)
    out: list[EnumFinding] = []
    for run in runs:
        if len(run) < 2:
            continue
        last_end = run[-1][1]
        gloss = _GLOSS_RE.match(cell[last_end:])
        if gloss:
            last_end += gloss.end()
        starts = [t[0] for t in run]
        out.append(
            EnumFinding(
                "code_run",
                tuple(t[2] for t in run),
                _units_from_starts(starts, last_end),
                tuple((t[0], t[1]) for t in run),
            )
        )
    return out


def _mask_code(cell: str) -> str:
    return _CODE_RE.sub(lambda m: " " * (m.end() - m.start()), cell)


_UPPER_FOR_RE = re.compile(r"(?<![\w`])([A-Z][A-Z0-9_]*) for ")
_IDENT_COLON_RE = re.compile(r"(?<![\w\\])([A-Za-z][A-Za-z0-9]*(?:\\?_[A-Za-z0-9]+)*) ?:\s")
_COMMA_LIST_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_]*(?:\s*,\s*[A-Za-z][A-Za-z0-9_]*)+$")


def _finding_from_matches(style: str, cell: str, matches: list[re.Match[str]]) -> EnumFinding | None:
    if len(matches) < 2:
        return None
    starts = [m.start(1) for m in matches]
    return EnumFinding(
        style,
        tuple(_unescape(m.group(1)) for m in matches),
        _units_from_starts(starts, len(cell)),
        tuple((m.start(1), m.end(1)) for m in matches),
    )


def _enum_upper_for(cell: str) -> EnumFinding | None:
    return _finding_from_matches("upper_for", cell, list(_UPPER_FOR_RE.finditer(_mask_code(cell))))


def _enum_ident_colon(cell: str) -> EnumFinding | None:
    return _finding_from_matches("ident_colon", cell, list(_IDENT_COLON_RE.finditer(_mask_code(cell))))


def _enum_comma_list(cell: str) -> EnumFinding | None:
    if not _COMMA_LIST_RE.match(cell):
        return None
    return _finding_from_matches("comma_list", cell, list(re.finditer(r"([A-Za-z][A-Za-z0-9_]*)", cell)))


def _enum_name_words(cell: str, leaf: str) -> EnumFinding | None:
    words = list(re.finditer(r"\S+", cell))
    head = _name_words(leaf)
    if len(words) < len(head) + 2 or [w.group(0).lower() for w in words[: len(head)]] != head:
        return None
    rest = words[len(head) :]
    if not all(re.fullmatch(r"[a-z][a-z0-9_]*", w.group(0)) for w in rest):
        return None
    starts = [w.start() for w in rest]
    return EnumFinding(
        "name_words",
        tuple(w.group(0) for w in rest),
        _units_from_starts(starts, len(cell)),
        tuple((w.start(), w.end()) for w in rest),
    )


def find_cell_enum(cell: str, leaf: str, table_names: Iterable[str] = ()) -> EnumFinding | None:
    """The enum a description ``cell`` lists for the field ``leaf`` (see the module docstring), or None.

    ``table_names`` are the leaf names of the fields in the same table: a run made only of them names fields, it does
    not list values.
    """
    if _is_scalar_kind(leaf):
        return None
    names = frozenset(table_names)

    def ok(f: EnumFinding | None) -> bool:
        return f is not None and not all(v in names for v in f.values)

    candidates: list[EnumFinding | None] = [_enum_segments(cell)]
    candidates.extend(_enum_code_runs(cell))
    candidates.extend(
        [_enum_upper_for(cell), _enum_ident_colon(cell), _enum_comma_list(cell), _enum_name_words(cell, leaf)]
    )
    for f in candidates:
        if f is not None and ok(f):
            return f
    return None


def _enum_for(cell: str, leaf: str, names: frozenset[str], type_word: str, type_raw: str) -> EnumFinding | None:
    """:func:`find_cell_enum`, except that lists of objects and objects never have enum values."""
    if type_word in _CONTAINER_TYPES and _item_type(type_raw) in (None, *_CONTAINER_TYPES):
        return None
    return find_cell_enum(cell, leaf, names)


# --------------------------------------------------------------------------------------------------------------------
# rate limits and method lines

_RATE_LABEL_RE = re.compile(r"(?i)\b(?:frequency limit|rate limit(?:ation)?)\b")
_RATE_PATTERNS = (
    # 20 times/1s (UID) | 10 req/sec/UID | 10 times/s (UID) | 2/s per UID | 20 req/sec/IP
    re.compile(
        r"(?i)(?P<n>\d+)\s*(?:times|req|requests?)?\s*/\s*(?P<per>\d*)\s*(?:s|secs?|seconds?)\b\s*"
        r"(?:/\s*|\(\s*|per\s+)(?P<scope>UID|IP)\b"
    ),
    # rate limitation by UID: 2/s
    re.compile(r"(?i)\bby\s+(?P<scope>UID|IP)\s*:\s*(?P<n>\d+)\s*/\s*(?P<per>\d*)\s*(?:s|secs?|seconds?)\b"),
)


def _match_rate(text: str) -> re.Match[str] | None:
    found = [m for pat in _RATE_PATTERNS if (m := pat.search(text))]
    return min(found, key=lambda m: m.start()) if found else None


def rate_limit_number_span(line: str) -> tuple[int, int] | None:
    """Span of the request count of the rate limit stated on ``line`` (the one the reader uses), or None."""
    label = _RATE_LABEL_RE.search(line)
    if not label:
        return None
    m = _match_rate(line[label.start() :])
    if not m:
        return None
    return label.start() + m.start("n"), label.start() + m.end("n")


_METHOD_LINE_RE = re.compile(
    r"^(?:#{1,6}\s+|[-*]\s+)?(?:Method/path:\s*)?(?:\*\*)?`?(?P<method>" + _HTTP_METHODS + r")(?:\*\*)?`?\s+"
    r"`?(?P<path>/[^\s`?]*)`?(?:\s+\(.*\))?\s*$"
)
_NO_PARAMS_RE = re.compile(r"(?i)^(?:[-*]\s+)?no request parameters\.?$")
_HEADING_RE = re.compile(r"^(#{1,6})\s+(.*)$")
_PATH_VAR_RE = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


# --------------------------------------------------------------------------------------------------------------------
# the page scanner


@dataclass
class _Row:
    """A table data row after the name cell has been read."""

    line: int
    depth: int
    names: list[str]
    cells: dict[str, str]
    desc: str


@dataclass
class _Table:
    header_line: int
    header: list[str]
    rows: list[tuple[int, list[tuple[str, int]]]]
    heading: str
    context: tuple[str, str] | None  # (item prefix, default type) from an "... item fields (all T):" paragraph


@dataclass
class _Built:
    """A parameter or field under construction, with what enum resolution needs."""

    name: str
    leaf: str
    depth: int
    type: str
    type_raw: str
    line: int
    enum: list[str]
    location: str = ""
    required: bool | None = None
    required_raw: str = ""


class _Reader:
    def __init__(self, text: str, file: str) -> None:
        self.file = file
        self.lines = text.splitlines()
        self.text = text

    def err(self, line: int, message: str) -> SnapshotError:
        return SnapshotError(self.file, line, message)

    # -- structure -------------------------------------------------------------------------------------------------

    def scan(self) -> DocPage:
        tables: list[_Table] = []
        paragraphs: list[list[int]] = []  # line indexes (0-based) of each paragraph
        method_hits: list[tuple[int, str, str]] = []
        rate_hits: list[tuple[int, RateLimit | None]] = []
        no_params: list[int] = []
        heading = ""
        notes = False
        in_fence = False
        para: list[int] = []
        i = 0
        n = len(self.lines)
        detailed: list[tuple[int, str]] = []  # Gate "Detailed descriptions" lines

        def flush() -> None:
            nonlocal para
            if para:
                paragraphs.append(para)
                para = []

        while i < n:
            raw = self.lines[i]
            stripped = raw.strip()
            if stripped.startswith("```"):
                flush()
                in_fence = not in_fence
                i += 1
                continue
            if in_fence:
                i += 1
                continue
            hm = _HEADING_RE.match(stripped)
            if hm:
                flush()
                heading = hm.group(2)
                notes = "note" in heading.lower()
            if stripped.startswith("|"):
                flush()
                start = i
                block = []
                while i < n and self.lines[i].strip().startswith("|"):
                    block.append(i)
                    i += 1
                tables.append(self._read_table(block, heading, start))
                continue
            if not stripped:
                flush()
                i += 1
                continue
            if "detailed descriptions" in heading.lower():
                detailed.append((i + 1, stripped))
            if not hm:
                para.append(i)
            if not notes:
                mm = _METHOD_LINE_RE.match(stripped)
                if mm:
                    method_hits.append((i + 1, mm.group("method"), mm.group("path")))
                if _RATE_LABEL_RE.search(stripped):
                    rate_hits.append((i + 1, self._read_rate(stripped, i + 1)))
                if _NO_PARAMS_RE.match(stripped):
                    no_params.append(i + 1)
            i += 1
        flush()
        if in_fence:
            raise self.err(n, "code block is not closed")

        method, path = self._method(method_hits)
        rate = self._rate(rate_hits)
        contexts, prose_fields, ref = self._read_prose(paragraphs, tables)
        for t in tables:
            t.context = contexts.get(t.header_line)
        return self._build(tables, detailed, no_params, method, path, rate, prose_fields, ref)

    def _read_table(self, block: list[int], heading: str, start: int) -> _Table:
        if len(block) < 2 or not _SEPARATOR_RE.match(self.lines[block[1]]):
            raise self.err(start + 1, "table header is not followed by a separator row")
        header = [c for c, _ in split_row(self.lines[block[0]])]
        if len(split_row(self.lines[block[1]])) != len(header):
            raise self.err(block[1] + 1, f"separator row has not {len(header)} cells")
        rows: list[tuple[int, list[tuple[str, int]]]] = []
        for li in block[2:]:
            cells = split_row(self.lines[li])
            if len(cells) != len(header):
                raise self.err(li + 1, f"table row has {len(cells)} cells, the header has {len(header)}")
            rows.append((li + 1, cells))
        return _Table(start + 1, header, rows, heading, None)

    def _method(self, hits: list[tuple[int, str, str]]) -> tuple[str, str]:
        if not hits:
            raise self.err(0, "no HTTP method/path line (e.g. '- Method/path: `GET /path`' or '*   POST /path')")
        line, method, path = hits[0]
        for other_line, m2, p2 in hits[1:]:
            if (m2, p2) != (method, path):
                raise self.err(other_line, f"method/path {m2} {p2} disagrees with {method} {path} on line {line}")
        return method, path

    def _read_rate(self, text: str, line: int) -> RateLimit | None:
        label = _RATE_LABEL_RE.search(text)
        assert label is not None
        after = text[label.end() :]
        if re.match(r"(?i)\W*not stated\b", after):
            return None
        m = _match_rate(after)
        if m is None:
            raise self.err(line, "rate limit line without a limit the reader understands")
        scope: Scope = "uid" if m.group("scope").lower() == "uid" else "ip"
        return RateLimit(int(m.group("n")), int(m.group("per") or "1"), scope, line)

    def _rate(self, hits: list[tuple[int, RateLimit | None]]) -> RateLimit | None:
        if not hits:
            return None
        first = hits[0][1]
        for line, other in hits[1:]:
            a = None if first is None else (first.limit, first.per_seconds, first.scope)
            b = None if other is None else (other.limit, other.per_seconds, other.scope)
            if a != b:
                raise self.err(line, f"rate limit disagrees with line {hits[0][0]}")
        return first

    # -- prose: "item fields" paragraphs and response references ----------------------------------------------------

    _REF_RE = re.compile(r"(?:fields:\s*see|Same as)\s+([\w.-]+\.md)\b")
    _LIST_RE = re.compile(
        r"(?:(?:`(?P<container>\w+)`\s+)?[Ii]tem fields|Same as [\w.-]+\.md)(?:\s*\(all (?P<all>\w+)\))?:[ \t]*"
    )

    def _read_prose(
        self, paragraphs: list[list[int]], tables: list[_Table]
    ) -> tuple[dict[int, tuple[str, str]], list[_Built], str | None]:
        contexts: dict[int, tuple[str, str]] = {}
        fields: list[_Built] = []
        refs: list[tuple[int, str]] = []
        for para in paragraphs:
            text, line_of = self._join(para)
            for m in self._REF_RE.finditer(text):
                refs.append((line_of(m.start()), m.group(1)))
            for m in self._SHAPE_RE.finditer(text):
                fields.extend(self._shape_fields(m.group(1), line_of(m.start())))
            for m in self._LIST_RE.finditer(text):
                container = m.group("container") or self._container(text[: m.start()], line_of(m.start()))
                prefix = f"{container}[]." if container else ""
                all_type = m.group("all") or ""
                if all_type and all_type.lower() not in _KNOWN_TYPES:
                    raise self.err(line_of(m.start()), f"unknown type {all_type!r} in '(all ...)'")
                if not text[m.end() :].strip():
                    nxt = [t for t in tables if t.header_line > para[-1] + 1]
                    if not nxt or any(self.lines[j].strip() for j in range(para[-1] + 1, nxt[0].header_line - 1)):
                        raise self.err(line_of(m.start()), "'item fields:' is followed neither by a list nor a table")
                    contexts[nxt[0].header_line] = (prefix, all_type)
                    continue
                fields.extend(self._prose_list(text, m.end(), line_of, prefix, all_type))
        ref = None
        if refs:
            ref = refs[0][1]
            for line, other in refs[1:]:
                if other != ref:
                    raise self.err(line, f"response reference {other} disagrees with {ref}")
        return contexts, fields, ref

    _SHAPE_RE = re.compile(r"`data`:\s*`(\{[^`]*\})`")
    _SHAPE_KEY_RE = re.compile(r'"(\w+)"\s*:\s*(\S)')
    _SHAPE_TYPES: ClassVar[dict[str, str]] = {"[": "List", "{": "Object", '"': "String", "t": "Boolean", "f": "Boolean"}

    def _shape_fields(self, shape: str, line: int) -> list[_Built]:
        """The top-level keys of an inline ``data`` shape, typed by the first character of their value."""
        out: list[_Built] = []
        depth = 0
        for i, ch in enumerate(shape):
            if ch in "[{":
                depth += 1
            elif ch in "]}":
                depth -= 1
            elif ch == '"' and depth == 1 and (m := self._SHAPE_KEY_RE.match(shape, i)):
                first = m.group(2)
                type_raw = "Integer" if first.isdigit() or first == "-" else self._SHAPE_TYPES.get(first)
                if type_raw is None:
                    raise self.err(line, f"cannot type the value of {m.group(1)!r} in the data shape {shape!r}")
                out.append(_Built(m.group(1), m.group(1), 0, type_raw.lower(), type_raw, line, []))
        return out

    def _join(self, para: list[int]) -> tuple[str, _LineOf]:
        parts: list[str] = []
        starts: list[tuple[int, int]] = []
        pos = 0
        for li in para:
            s = self.lines[li].strip()
            starts.append((pos, li + 1))
            parts.append(s)
            pos += len(s) + 1
        return " ".join(parts), _LineOf(starts)

    def _container(self, before: str, line: int) -> str:
        names = re.findall(r'"(\w+)"\s*:\s*\[', before)
        if len(names) > 1:
            raise self.err(line, f"'Item fields' after a data example with several lists {names}: which one?")
        return names[0] if names else ""

    def _prose_list(self, text: str, pos: int, line_of: _LineOf, prefix: str, all_type: str) -> list[_Built]:
        items: list[tuple[int, str]] = []
        depth = 0
        start = pos
        end = len(text)
        i = pos
        while i < len(text):
            ch = text[i]
            if ch == "(":
                depth += 1
            elif ch == ")":
                depth -= 1
            elif ch == "," and depth == 0:
                items.append((start, text[start:i]))
                start = i + 1
            elif ch == "." and depth == 0 and (i + 1 == len(text) or text[i + 1].isspace()):
                end = i
                break
            i += 1
        items.append((start, text[start:end]))
        out: list[_Built] = []
        for offset, item in items:
            body = item.strip()
            at = offset + len(item) - len(item.lstrip())
            m = re.fullmatch(r"([A-Za-z_]\w*)(?:\s*\((.*)\))?", body, re.S)
            if not m:
                raise self.err(line_of(at), f"cannot read field list item {body!r}")
            leaf, note = m.group(1), (m.group(2) or "").strip()
            type_raw = all_type
            enum: tuple[str, ...] = ()
            if note and note.lower() in _KNOWN_TYPES:
                type_raw = note
            elif note:
                found = find_cell_enum(note, leaf)
                enum = found.values if found else ()
            out.append(_Built(prefix + leaf, leaf, 0, type_raw.lower(), type_raw, line_of(at), list(enum)))
        return out

    # -- tables to params and fields ---------------------------------------------------------------------------------

    def _build(
        self,
        tables: list[_Table],
        detailed: list[tuple[int, str]],
        no_params: list[int],
        method: str,
        path: str,
        rate: RateLimit | None,
        prose_fields: list[_Built],
        ref: str | None,
    ) -> DocPage:
        request: list[_Built] = []
        request_table: _Table | None = None
        fields: list[_Built] = []
        enum_tables: list[_Table] = []
        for t in tables:
            kind = self._kind(t)
            section = t.heading.lower()
            if kind == "request":
                if "response" in section:
                    raise self.err(t.header_line, "parameter table (with a Required column) in a response section")
                if request_table is not None:
                    raise self.err(
                        t.header_line, f"second request table (the first is on line {request_table.header_line})"
                    )
                request_table = t
                request = self._request_rows(t, method, path)
            elif kind == "fields":
                if "request" in section or section.strip() == "parameters":
                    raise self.err(t.header_line, "field table without a Required column in a request section")
                fields.extend(self._field_rows(t))
            elif kind == "enum":
                enum_tables.append(t)
        if request_table is None and not no_params:
            raise self.err(0, "no request parameter table and no 'No request parameters.' line")
        if request_table is not None and no_params:
            raise self.err(
                no_params[0], f"'No request parameters.' but a parameter table on line {request_table.header_line}"
            )
        fields.extend(prose_fields)

        self._gate_enums(request, detailed, enum_tables)
        self._check_unique(request, "parameter")
        self._check_unique(fields, "response field")
        self._check_path_vars(request, path)
        params = tuple(
            DocParam(
                b.name,
                _as_location(b.location),
                b.type,
                b.required,
                b.required_raw,
                _dedupe(b.enum),
                b.line,
                b.type_raw,
            )
            for b in request
        )
        response = tuple(DocField(b.name, b.type, _dedupe(b.enum), b.line, b.type_raw) for b in fields)
        return DocPage(self.file, method, path, rate, params, response, ref)

    def _kind(self, t: _Table) -> str:
        h = [c.lower() for c in t.header]
        if h == ["parameter", "value"]:
            return "enum"
        if h == ["status", "meaning", "description", "schema"]:
            return "ignore"
        if not h or h[0] not in {"parameter", "parameter name", "name", "field"} or not h[-1].startswith("description"):
            raise self.err(t.header_line, f"unknown table header {t.header}")
        middle = h[1:-1]
        required = [c for c in middle if c.startswith("required")]
        known = {"in", "type"}
        if any(c not in known and not c.startswith("required") for c in middle):
            raise self.err(t.header_line, f"unknown column in table header {t.header}")
        if required:
            if "type" not in middle:
                raise self.err(t.header_line, "parameter table without a Type column")
            return "request"
        if "in" in middle:
            raise self.err(t.header_line, "table with an In column but no Required column")
        return "fields"

    def _read_names(self, cell: str, line: int, multi: bool) -> tuple[int, list[str]]:
        parts = [p.strip() for p in cell.split(" / ")] if multi else [cell.strip()]
        depth = -1
        marker = ""
        names: list[str] = []
        for part in parts:
            m = re.fullmatch(r"([»>][»>\s]*)?(.*)", part)
            assert m is not None
            marks = (m.group(1) or "").replace(" ", "")
            if len(set(marks)) > 1:
                raise self.err(line, f"mixed nesting markers in {part!r}")
            name = _unescape(m.group(2).strip())
            if not _DOTTED_RE.match(name):
                raise self.err(line, f"cannot read field name {part!r}")
            if depth == -1:
                depth, marker = len(marks), marks[:1]
            elif len(marks) != depth or (marks[:1] != marker):
                raise self.err(line, f"names in {cell!r} are not at one nesting level")
            names.append(name)
        return depth, names

    def _rows(self, t: _Table, multi: bool) -> list[_Row]:
        h = [c.lower() for c in t.header]
        rows: list[_Row] = []
        for line, cells in t.rows:
            depth, names = self._read_names(cells[0][0], line, multi)
            by_col = {h[k]: cells[k][0] for k in range(1, len(h))}
            rows.append(_Row(line, depth, names, by_col, cells[-1][0]))
        return rows

    def _nest(self, rows: list[_Row], gate_body: bool) -> list[tuple[_Row, str, list[str]]]:
        """Resolve nesting: returns (row, parent prefix, full names)."""
        if (
            gate_body
            and rows
            and rows[0].depth == 0
            and rows[0].names == ["body"]
            and len(rows) > 1
            and rows[1].depth > 0
        ):
            rows = rows[1:]  # Gate: the ``body`` row is the body schema itself
        if not rows:
            return []
        base = rows[0].depth
        stack: list[tuple[str, str]] = []  # (full name, type) per depth
        out: list[tuple[_Row, str, list[str]]] = []
        for r in rows:
            d = r.depth - base
            if d < 0:
                raise self.err(r.line, "row is shallower than the first row of its table")
            if d > len(stack):
                raise self.err(r.line, "nested row without a parent row")
            prefix = ""
            if d > 0:
                parent, ptype = stack[d - 1]
                if ptype not in _CONTAINER_TYPES:
                    raise self.err(r.line, f"nested under {parent!r}, whose type {ptype!r} is not a list or object")
                prefix = parent + ("[]." if ptype in _LIST_TYPES else ".")
            ptype = self._type_of(r.cells.get("type", ""), r.line)[0] if "type" in r.cells else ""
            stack = [*stack[:d], (prefix + r.names[0], ptype)]
            out.append((r, prefix, [prefix + nm for nm in r.names]))
        return out

    def _type_of(self, raw: str, line: int) -> tuple[str, str]:
        cell = raw.strip()
        if _LINK_RE.match(cell):
            return "object", cell
        m = re.match(r"`?([A-Za-z][A-Za-z0-9]*)", cell)
        if not m or m.group(1).lower() not in _KNOWN_TYPES:
            raise self.err(line, f"unknown type {cell!r}")
        return m.group(1).lower(), cell

    def _request_rows(self, t: _Table, method: str, path: str) -> list[_Built]:
        h = [c.lower() for c in t.header]
        rows = self._rows(t, multi=False)
        markers = any(r.depth for r in rows)
        nested = self._nest(rows, gate_body="in" in h)
        leaves = frozenset(_leaf(n) for r, _, _ in nested for n in r.names)
        req_cols = [c for c in t.header[1:-1] if c.lower().startswith("required")]
        path_vars = set(_PATH_VAR_RE.findall(path))
        built: list[_Built] = []
        for r, _, full in nested:
            type_word, type_raw = self._type_of(r.cells["type"], r.line)
            required, required_raw = self._required(r, req_cols)
            if "in" in r.cells:
                location = r.cells["in"].lower()
                if location not in {"body", "query", "path"}:
                    raise self.err(r.line, f"unknown In value {r.cells['in']!r}")
            elif r.depth == 0 and r.names[0] in path_vars:
                location = "path"
            elif path.startswith("/openApi/"):
                location = "query"
            else:
                location = "query" if method in {"GET", "DELETE"} else "body"
            leaf = _leaf(full[0])
            finding = _enum_for(r.desc, leaf, leaves, type_word, type_raw)
            built.append(
                _Built(
                    full[0], leaf, r.depth, type_word, type_raw, r.line,
                    list(finding.values) if finding else [], location, required, required_raw,
                )
            )  # fmt: skip
        if not markers:
            built = self._flat_list(built)
        return built

    def _required(self, r: _Row, req_cols: list[str]) -> tuple[bool | None, str]:
        if len(req_cols) == 1:
            raw = r.cells[req_cols[0].lower()]
            try:
                return _parse_required(raw), raw
            except ValueError as e:
                raise self.err(r.line, str(e)) from None
        votes: list[bool] = []
        parts: list[str] = []
        for col in req_cols:
            cell = r.cells[col.lower()]
            m = re.fullmatch(r"(?i)required\s*\((.*)\)", col.strip())
            if not m:
                raise self.err(r.line, f"several Required columns, but {col!r} names no revision")
            if cell.strip().strip("()").lower() == "not listed":
                parts.append(f"not listed ({m.group(1)})")
                continue
            try:
                value = _parse_required(cell)
            except ValueError as e:
                raise self.err(r.line, str(e)) from None
            if value is None:
                raise self.err(r.line, f"revision cell {cell!r} in a per-revision Required column")
            votes.append(value)
            parts.append(f"{cell} ({m.group(1)})")
        if not votes:
            raise self.err(r.line, "no revision lists this parameter")
        return (votes[0] if all(v == votes[0] for v in votes) else None), "; ".join(parts)

    def _flat_list(self, built: list[_Built]) -> list[_Built]:
        heads = [
            k
            for k, b in enumerate(built)
            if b.type in _LIST_TYPES and b.type_raw.lower() in _LIST_TYPES and k + 1 < len(built)
        ]
        if not heads:
            return built
        if len(heads) > 1:
            raise self.err(built[heads[1]].line, "flat table with two bare List rows: whose items are the rows after?")
        k = heads[0]
        head = built[k]
        items = built[k + 1 :]
        example = self._request_example()
        if example is not None:
            top = [b.name for b in items if b.name in example]
            value = example.get(head.name)
            if top or not (value is None or isinstance(value, list)):
                raise self.err(
                    head.line,
                    f"rows after the bare List row {head.name!r} read as its item fields, "
                    f"but the request example sends {top or head.name} differently",
                )
        for b in items:
            b.name = f"{head.name}[].{b.name}"
        return built

    def _request_example(self) -> dict[str, object] | None:
        """The request example body (curl ``-d '...'`` or a block after a 'Request example' line), if it is JSON."""
        m = re.search(r"-d\s*'([^']*)'", self.text)
        candidates = [m.group(1)] if m else []
        bm = re.search(r"(?i)request example body[^\n]*\n+```\w*\n(.*?)```", self.text, re.S)
        if bm:
            candidates.append(bm.group(1))
        im = re.search(r"(?i)request example body[^\n`]*`(\{[^`]*\})`", self.text)
        if im:
            candidates.append(im.group(1))
        for c in candidates:
            try:
                value = json.loads(c)
            except ValueError:
                continue
            if isinstance(value, dict):
                return value
        return None

    def _field_rows(self, t: _Table) -> list[_Built]:
        rows = self._rows(t, multi=True)
        nested = self._nest(rows, gate_body=False)
        prefix0, all_type = t.context or ("", "")
        if "type" not in [c.lower() for c in t.header] and not all_type:
            raise self.err(t.header_line, "field table without a Type column and no '(all <type>)' before it")
        leaves = frozenset(_leaf(n) for r, _, _ in nested for n in r.names)
        out: list[_Built] = []
        for r, _, full in nested:
            if "type" in r.cells:
                type_word, type_raw = self._type_of(r.cells["type"], r.line)
            else:
                type_word, type_raw = all_type.lower(), all_type
            for name in full:
                leaf = _leaf(name)
                finding = _enum_for(r.desc, leaf, leaves, type_word, type_raw)
                out.append(
                    _Built(
                        prefix0 + name, leaf, r.depth, type_word, type_raw, r.line,
                        list(finding.values) if finding else [],
                    )
                )  # fmt: skip
        return out

    # -- Gate: enumerated values and detailed descriptions -----------------------------------------------------------

    def _target(self, request: list[_Built], ref: str, line: int) -> _Built:
        m = re.fullmatch(r"((?:»\s*)+)(\w+)", ref.strip())
        if not m:
            raise self.err(line, f"cannot read parameter reference {ref!r}")
        depth = m.group(1).count("»")
        hits = [b for b in request if b.depth == depth and b.leaf == m.group(2)]
        if len(hits) != 1:
            raise self.err(line, f"{ref!r} names {len(hits)} parameters, not one")
        return hits[0]

    _DETAIL_HEAD_RE = re.compile(r"^\*\*((?:»\s*)+\w+)\*\*\s*:")
    _DETAIL_BULLET_RE = re.compile(r"^[-*]\s+(?:`([^`]+)`|([^\s`:]+))\s*:\s*(.*)$")

    def _gate_enums(self, request: list[_Built], detailed: list[tuple[int, str]], enum_tables: list[_Table]) -> None:
        target: _Built | None = None
        for line, text in detailed:
            hm = self._DETAIL_HEAD_RE.match(text)
            if hm:
                target = self._target(request, hm.group(1), line)
                continue
            bm = self._DETAIL_BULLET_RE.match(text)
            if not bm or target is None:
                continue
            if bm.group(3).startswith("`") or _is_scalar_kind(target.leaf):
                continue  # "- `side`: `buy` refers to quote currency": a condition, not a value
            target.enum.append(_unescape(bm.group(1) if bm.group(1) is not None else bm.group(2)))
        for t in enum_tables:
            for line, cells in t.rows:
                value = _unescape(cells[1][0]).strip("`")
                if not value:
                    raise self.err(line, "empty enumerated value")
                self._target(request, cells[0][0], line).enum.append(value)

    # -- checks ------------------------------------------------------------------------------------------------------

    def _check_unique(self, built: list[_Built], what: str) -> None:
        seen: dict[str, int] = {}
        for b in built:
            if b.name in seen:
                raise self.err(b.line, f"{what} {b.name!r} already on line {seen[b.name]}")
            seen[b.name] = b.line

    def _check_path_vars(self, request: list[_Built], path: str) -> None:
        in_path = {b.name for b in request if b.location == "path"}
        for var in _PATH_VAR_RE.findall(path):
            if var not in in_path:
                raise self.err(0, f"path {path} has {{{var}}} but no path parameter {var!r}")


class _LineOf:
    """Maps an offset in a joined paragraph back to its 1-based file line."""

    def __init__(self, starts: list[tuple[int, int]]) -> None:
        self.starts = starts

    def __call__(self, offset: int) -> int:
        line = self.starts[0][1]
        for pos, ln in self.starts:
            if pos <= offset:
                line = ln
        return line


_REQUIRED_WORDS = {"yes": True, "true": True, "no": False, "false": False}
_REVISION_PART_RE = re.compile(r"(?i)^(yes|no|true|false)\s*\(([^()]*revision[^()]*)\)$")


def _parse_required(raw: str) -> bool | None:
    """``Yes``/``No``/``true``/``false``, or ``No (newer revision); Yes (older revision)`` (None if they disagree)."""
    s = raw.strip()
    if s.lower() in _REQUIRED_WORDS:
        return _REQUIRED_WORDS[s.lower()]
    parts = [p.strip() for p in s.split(";")]
    if len(parts) >= 2:
        values = []
        for p in parts:
            m = _REVISION_PART_RE.match(p)
            if not m:
                raise ValueError(f"unknown Required cell {raw!r}")
            values.append(_REQUIRED_WORDS[m.group(1).lower()])
        return values[0] if all(v == values[0] for v in values) else None
    raise ValueError(f"unknown Required cell {raw!r}")


def _as_location(value: str) -> Location:
    assert value in ("body", "query", "path"), value
    return cast(Location, value)


def _dedupe(values: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(values))


def parse_snapshot(text: str, path: str) -> DocPage:
    """Parse the markdown ``text`` of one snapshot; ``path`` names it in the result and in errors."""
    return _Reader(text, path).scan()


def read_snapshot(path: Path | str, name: str | None = None) -> DocPage:
    """Read and parse the snapshot at ``path``; ``name`` (default: the path as given) is what the page is called."""
    p = Path(path)
    return parse_snapshot(p.read_text(encoding="utf-8"), name if name is not None else str(path))
