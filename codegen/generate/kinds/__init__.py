"""The type kinds, one module each: adding a kind is a module here and a line in ``KINDS``.

``KINDS`` is also the order in which kinds are asked whether they claim a schema: a parameter's JSON ``content``
first, then lists and objects by their ``type``, timestamps and enums (integer ones first) before the string and
integer kinds (they are strings or integers with a keyword), ids before integers.
"""

from __future__ import annotations

from collections.abc import Mapping

from codegen.generate.kinds.base import REGISTRY, Builder, Kind, Schema, Use, kind_of, string_literal
from codegen.generate.kinds.booleans import BOOLEANS
from codegen.generate.kinds.decimals import DECIMALS
from codegen.generate.kinds.enums import ENUMS
from codegen.generate.kinds.ids import IDS
from codegen.generate.kinds.int_enums import INT_ENUMS
from codegen.generate.kinds.integers import INTEGERS
from codegen.generate.kinds.jsontext import JSON_TEXT
from codegen.generate.kinds.jsontext import MEDIA_TYPE as JSON_MEDIA_TYPE
from codegen.generate.kinds.lists import LISTS
from codegen.generate.kinds.models import MODELS
from codegen.generate.kinds.numbers import NUMBERS
from codegen.generate.kinds.strings import STRINGS
from codegen.generate.kinds.timestamps import TIMESTAMPS

KINDS: tuple[Kind, ...] = (
    JSON_TEXT, LISTS, MODELS, TIMESTAMPS, INT_ENUMS, ENUMS, DECIMALS, NUMBERS, STRINGS, IDS, INTEGERS, BOOLEANS
)  # fmt: skip
REGISTRY.update((kind.name, kind) for kind in KINDS)

ACCEPTS: Mapping[str, frozenset[str]] = {kind.page: kind.page_words for kind in KINDS}
"""The doc page type words (lower-cased) drift accepts, by what drift calls the spec's type."""
TYPE_WORDS = frozenset().union(*ACCEPTS.values())
KEYWORDS = frozenset().union(*(kind.keywords for kind in KINDS))
"""The schema keywords the kinds read."""
IMPORTS = tuple(sorted({statement for kind in KINDS for statement in kind.imports}))
"""What generated modules may need for the kinds' values (ruff drops what a module does not use)."""


def claiming(schema: Schema) -> Kind | None:
    """The kind that claims ``schema``, if any."""
    return next((kind for kind in KINDS if kind.claims(schema)), None)


__all__ = [
    "ACCEPTS",
    "IMPORTS",
    "JSON_MEDIA_TYPE",
    "KEYWORDS",
    "KINDS",
    "TYPE_WORDS",
    "Builder",
    "Kind",
    "Schema",
    "Use",
    "claiming",
    "kind_of",
    "string_literal",
]
