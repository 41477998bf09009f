"""``python -m codegen drift``: compare every spec operation with the doc snapshot its ``x-doc`` names.

Each ``spec/<venue>.yaml`` is read the one way codegen reads a spec (``codegen.generate.read``: loaded, validated,
built into the IR, with the generator's refusals and messages); for each operation the snapshot ``spec/docs/<x-doc>``
is read with :mod:`codegen.drift.doctables` and compared with the IR: method and path; rate limit; every request
parameter (query and path parameters, body properties, nested objects as ``trigger.price``, list items as
``orderList[].side``) by name, location, type, required flag and enum values; every response field (the success
payload, inside the envelope when the spec has ``x-envelope``; the items of a list payload are named without a prefix,
like the pages do) by name, type and enum values. Each difference is one :class:`Difference`, printed as one line.

Kinds: ``method_changed``, ``path_changed``, ``rate_limit_changed``; ``param_added`` (the page lists it, the spec does
not), ``param_removed``, ``location_changed``, ``type_changed``, ``required_changed``, ``enum_added`` (the page lists
the value), ``enum_removed``; and ``field_added``, ``field_removed``, ``field_type_changed``, ``field_enum_added``,
``field_enum_removed`` for response fields; ``operation_missing`` for a snapshot under ``docs/<venue>/`` that no
operation names (nor refers to for its response fields).

What the page does not state is not compared: no rate-limit line (Gate's pages, "Rate limit: not stated") makes no
claim, nor does a field without a type or a description without listed values. A container the page leaves out but
whose children it lists (``entrustedList`` beside ``entrustedList[].orderId``) counts as listed. Signer-supplied
parameters (BingX ``timestamp``) are spec parameters like any other. A page without response fields of its own that
refers to another page's (``fields: see x.md``) is compared with that page's fields.

Types
-----
The page's type word (lower-cased; a schema link is ``object``) must be one the spec type accepts (each type kind
says which, in ``codegen/generate/kinds/``):

==============================================  ===============================================================
spec                                            page type words
==============================================  ===============================================================
``type: string`` (also enums, ``x-timestamp``)  string
``$ref`` Decimal (``format: decimal``)          string, float, float32, float64, double, number, decimal
``type: number`` (responses)                    float, float32, float64, double, number, decimal
``type: integer`` (``x-id``, ``x-timestamp``)   integer, int, int32, int64, long
``type: boolean``                               boolean, bool
``type: array``                                 list, array; ``List<T>`` also checks T against ``items``
object (``$ref`` to an object schema)           object, map, a schema link
==============================================  ===============================================================

Known differences
-----------------
Where the page and the spec differ on purpose, the spec says what the page says, machine-readably, in the ``page``
key of an ``x-doc-conflict`` entry (beside ``doc``, ``chosen``, ``why``). drift compares the page with the spec
overlaid by these records: a difference from the spec that agrees with a record is *known* (printed as ``known:``,
never a failure); a page that no longer says what a record says is drift like any other (a stale record). Only the
element a difference attaches to is consulted:

* an aspect of a parameter or field (type, required flag, enum values) attaches to its element: the property node
  (in its object's ``properties``), or the parameter object and its inline schema; never a shared ``$ref`` target.
  Keys: ``type`` (the page's type word, e.g. ``String``), ``required`` (true or false), ``enum`` (the values the page
  lists);
* a name on one side only attaches to the object it belongs to: the object schema or the property node holding it
  (for an array, also its ``items``); for top-level parameters the request body schema and the operation, for
  top-level response fields the payload node. Keys: ``adds`` (names, without their prefix, that the page lists and
  the spec leaves out), ``omits`` (names the spec has and the page does not list);
* method, path and rate limit attach to the operation, the rate limit also to its ``x-rate-limit``. Keys:
  ``method``, ``path``, ``rate-limit`` (``{limit, per, scope}``, as ``x-rate-limit``).

Example (BingX ``recvWindow``, typed float64 on the page, an integer in the spec)::

    x-doc-conflict:
      doc: This page types recvWindow as float64; the other OCO endpoints type it as int64.
      chosen: An integer (int64).
      why: ...
      page: {type: float64}

A Required cell whose revisions disagree (``Yes (newer revision); No (older revision)``) is itself a contradiction in
the page: any ``x-doc-conflict`` on the element makes it known. A ``page`` key that does not belong where it stands,
a bad value, a key recorded twice, ``omits`` naming a name the spec does not have or ``adds`` one it has, is a spec
error. When an unknown difference attaches to an element that carries an ``x-doc-conflict`` without the matching
record, its line says which ``page`` record would make it known.

Exit status: 0 when no difference is unknown, 1 when one is, 2 when a spec, or a snapshot (``file:line: message``),
cannot be read.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, TextIO

from codegen.drift.compare import Difference, compare
from codegen.drift.doctables import DocField, DocPage, SnapshotError, read_snapshot
from codegen.drift.spec import Scope, SpecElement, SpecOperation, operations, venue_operations
from codegen.errors import SpecError
from codegen.generate import read
from codegen.generate.kinds import ACCEPTS

__all__ = ["ACCEPTS", "Difference", "Scope", "SpecElement", "SpecOperation", "check", "compare", "main", "operations"]

ROOT = Path(__file__).resolve().parents[2]


@dataclass
class Report:
    """What one run found: differences, and errors (``file:line: message``) that stopped a comparison."""

    differences: list[Difference] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    checked: int = 0


def _display(path: Path) -> str:
    try:
        return str(path.resolve().relative_to(Path.cwd()))
    except ValueError:
        return str(path)


class _Pages:
    """Snapshots, each read once; a page that refers to another page's response fields gets those."""

    def __init__(self) -> None:
        self.cache: dict[Path, DocPage] = {}

    def read(self, path: Path) -> DocPage:
        key = path.resolve()
        if key not in self.cache:
            if not path.is_file():
                raise SnapshotError(_display(path), 0, "no such snapshot")
            self.cache[key] = read_snapshot(path, _display(path))
        return self.cache[key]

    def fields(self, path: Path, page: DocPage) -> tuple[tuple[DocField, ...], str]:
        """The page's response fields, or those of the page it refers to; and the page that states them."""
        if page.response_fields or page.response_ref is None:
            return page.response_fields, page.path
        other = self.read(path.parent / page.response_ref)
        return other.response_fields, other.path


def _check_venue(spec_path: Path, docs: Path, pages: _Pages, report: Report) -> None:
    try:
        ops = list(venue_operations(read(spec_path)[1]))
    except SpecError as error:
        report.errors.append(str(error))
        return
    for op in ops:
        snapshot = docs / op.doc
        try:
            page = pages.read(snapshot)
            fields, fields_file = pages.fields(snapshot, page)
        except SnapshotError as error:
            report.errors.append(f"{error} (x-doc of {op.venue}.{op.operation_id})")
            continue
        report.checked += 1
        report.differences += compare(op, page, fields, fields_file)
    for snapshot in sorted((docs / spec_path.stem).glob("*.md")):
        if snapshot.resolve() in pages.cache:
            continue
        try:
            page = pages.read(snapshot)
        except SnapshotError as error:
            report.errors.append(str(error))
            continue
        detail = f"no operation of {spec_path.name} names this snapshot in x-doc ({page.method} {page.path_template})"
        report.differences.append(Difference("operation_missing", spec_path.stem, "", "", detail, file=page.path))


def check(spec_dir: Path, venue: str | None = None) -> Report:
    """Compare every operation of every spec in ``spec_dir`` (or only ``venue``'s) with its snapshot in ``docs/``,
    and report the snapshots under ``docs/<venue>/`` that no operation names."""
    report = Report()
    paths = sorted(spec_dir.glob("*.yaml"))
    if venue is not None:
        paths = [p for p in paths if p.stem == venue]
        if not paths:
            report.errors.append(f"{_display(spec_dir)}: no spec {venue}.yaml")
    pages = _Pages()
    for path in paths:
        _check_venue(path, spec_dir / "docs", pages, report)
    return report


def run(spec_dir: Path, venue: str | None, as_json: bool, out: TextIO, err: TextIO) -> int:
    """Print the report (one line per difference, or a JSON list); return the exit status."""
    report = check(spec_dir, venue)
    for error in report.errors:
        print(error, file=err)
    unknown = sum(not d.known for d in report.differences)
    if as_json:
        json.dump([asdict(d) for d in report.differences], out, indent=1)
        out.write("\n")
    else:
        for d in report.differences:
            print(d.render(), file=out)
        known = len(report.differences) - unknown
        print(
            f"drift: {report.checked} operations, {unknown} differences not recorded in the spec, {known} known",
            file=out,
        )
    if report.errors:
        return 2
    return 1 if unknown else 0


def add_parser(commands: Any) -> None:
    """Add the ``drift`` subcommand to ``codegen.__main__``'s subparsers."""
    drift = commands.add_parser("drift", help="compare the doc snapshots under spec/docs with the specs")
    drift.add_argument("--venue", help="only this venue (the spec's file stem)")
    drift.add_argument("--json", action="store_true", help="print the differences as a JSON list")
    drift.add_argument("--spec-dir", type=Path, default=ROOT / "spec", help="the specs, with their snapshots in docs/")


def main(args: argparse.Namespace) -> int:
    """Run the ``drift`` subcommand parsed into ``args``."""
    return run(args.spec_dir, args.venue, args.json, sys.stdout, sys.stderr)
