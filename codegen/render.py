"""IR to Python source: Jinja templates render, ruff tidies imports and formats."""

from __future__ import annotations

import functools
import json
import re
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path

import jinja2

from codegen.ir import Condition, EnumIR, FieldIR, ModelIR, OperationIR, TypeIR, VenueIR

LINE_LENGTH = 120
_RUFF_OPTIONS = [
    f"--line-length={LINE_LENGTH}",
    "--target-version=py311",
    "--config=lint.isort.known-first-party=['venuebind']",
]


def render(venue: VenueIR) -> dict[str, str]:
    """The unformatted files of one venue package, by path relative to ``generated/venuebind/<venue>/``."""
    env = _environment()
    encoders = _Encoders({enum.name: enum for enum in venue.enums})
    decimals = _decimal_constants(venue)
    env.filters.update(
        json_members=encoders.json_members,
        query_pairs=_query_pairs,
        path_text=_path_text,
        given=functools.partial(_input_annotation, enums=encoders.enums),
        args_doc=functools.partial(_args_section, enums=encoders.enums, venue=venue),
    )
    files = {
        "__init__.py": env.get_template("venue_init.py.jinja").render(venue=venue),
        "models.py": env.get_template("models.py.jinja").render(
            venue=venue,
            decimals=decimals,
            operations_by_request={operation.request: operation for operation in venue.operations},
        ),
    }
    for tag in venue.tags:
        operations = [operation for operation in venue.operations if operation.tag == tag.name]
        models = {model.name: model for model in venue.models}
        files[f"{tag.name}.py"] = env.get_template("tag.py.jinja").render(
            venue=venue, tag=tag, operations=operations, models=models
        )
    return files


def format_sources(files: dict[str, str]) -> dict[str, str]:
    """``files`` with unused imports dropped, imports sorted and code formatted, in one ruff run each."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for name, text in files.items():
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        ruff = [sys.executable, "-m", "ruff"]
        common = ["--no-cache", "--isolated", *_RUFF_OPTIONS]
        _run([*ruff, "check", "--fix-only", "--exit-zero", "--select=F401,I", *common, "."], root)
        _run([*ruff, "format", *common, "."], root)
        return {name: (root / name).read_text(encoding="utf-8") for name in files}


def _run(command: list[str], cwd: Path) -> None:
    result = subprocess.run(command, cwd=cwd, capture_output=True, text=True, check=False)
    if result.returncode != 0:
        raise RuntimeError(f"{' '.join(command[2:4])} failed:\n{result.stdout}{result.stderr}")


def _environment() -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(Path(__file__).parent / "templates"),
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
        autoescape=False,
    )
    env.filters.update(
        doc=_doc,
        stored=_stored_annotation,
        read=_response_annotation,
        check=_check_expression,
        literal=_literal,
        test=_condition_expression,
        violated=_restriction_broken,
        field_doc=_field_doc,
        sentence=_sentence,
        end_marker=_end_marker,
        py=_string_literal,
        py_regex=_regex_literal,
        pyrepr=repr,
    )
    return env


def _doc(text: str, indent: int = 4) -> str:
    """Prose wrapped to the line length, every line after the first indented to sit inside a docstring."""
    width = LINE_LENGTH - indent - 6  # room for the quotes that open and close a one-line docstring
    paragraphs = [" ".join(p.split()) for p in text.split("\n\n")]
    wrapped = ["\n".join(textwrap.wrap(p, width, break_long_words=False, break_on_hyphens=False)) for p in paragraphs]
    return textwrap.indent("\n\n".join(wrapped), " " * indent).lstrip(" ").replace("\n" + " " * indent + "\n", "\n\n")


def _scalar(type_: TypeIR, *, given: EnumIR | None = None, open_enum: bool = False) -> str:
    """The annotation of one value; ``given`` is the enum of an argument, which takes a member or a wire value."""
    if type_.kind in ("enum", "model"):
        name = str(type_.of)
        if given is not None:
            values = ", ".join(_string_literal(value) for _, value in given.members)
            return f"{name} | Literal[{values}]"  # mypy catches a wrong literal; the check still runs
        if type_.kind == "enum" and open_enum:
            return f"{name} | str"
        return name
    if type_.kind == "decimal":
        return "Decimal"
    return {"str": "str", "id": "str", "int": "int", "bool": "bool"}[type_.kind]


def _stored_annotation(field: FieldIR) -> str:
    base = _scalar(field.type)
    if field.type.array:
        base = f"tuple[{base}, ...]"
    return base if field.required else f"{base} | None"


def _input_annotation(field: FieldIR, enums: dict[str, EnumIR]) -> str:
    """The annotation of an argument: decimals take ``DecimalInput``, enums a member or one of their wire values."""
    enum = enums[str(field.type.of)] if field.type.kind == "enum" else None
    base = "DecimalInput" if field.type.kind == "decimal" else _scalar(field.type, given=enum)
    if field.type.array:
        base = f"Sequence[{base}]"
    return base if field.required else f"{base} | None = None"


def _response_annotation(field: FieldIR) -> str:
    """An answer's field: a list is never None (empty when the venue sends null or leaves it out)."""
    base = _scalar(field.type, open_enum=True)
    if field.type.array:
        return f"list[{base}]"
    return base if field.required else f"{base} | None"


def _check_expression(field: FieldIR, model: ModelIR, decimals: dict[Decimal, str]) -> str:
    """The call that checks and converts the argument ``field.name`` into the stored value."""
    kind = field.type.kind
    options = []
    if kind == "decimal":
        if field.pattern is not None:
            options.append(f"pattern={field.pattern.constant}")
        options += [f"{key}={_literal(value, decimals)}" for key, value in _bounds(field)]
    elif kind in ("str", "id"):
        if field.pattern is not None:
            options.append(f"pattern={field.pattern.constant}")
        options += [
            f"{key}={value}"
            for key, value in (("min_length", field.min_length), ("max_length", field.max_length))
            if value is not None
        ]
    elif kind == "int":
        options += [f"{key}={value}" for key, value in _bounds(field)]
    function = {
        "decimal": "check.decimal",
        "str": "check.string",
        "id": "check.string",
        "int": "check.integer",
        "bool": "check.boolean",
        "enum": "check.enum_member",
        "model": "check.model",
    }[kind]
    lead = f"{field.type.of}, " if kind in ("enum", "model") else ""
    if field.type.array:
        sizes = [
            f"{key}={value}"
            for key, value in (("min_items", field.min_items), ("max_items", field.max_items))
            if value is not None
        ]
        if kind == "model":
            call = f"check.model_items({field.type.of}, {field.name}, {_string_literal(field.wire)}{_args(sizes)})"
        else:
            item = f"lambda item, at: {function}({lead}item, at{_args(options)})"
            call = f"check.items({field.name}, {_string_literal(field.wire)}, {item}{_args(sizes)})"
    else:
        call = f"{function}({lead}{field.name}, {_string_literal(field.wire)}{_args(options)})"
    return call if field.required else f"None if {field.name} is None else {call}"


def _bounds(field: FieldIR) -> list[tuple[str, Decimal | int]]:
    return [
        (key, value) for key, value in (("minimum", field.minimum), ("maximum", field.maximum)) if value is not None
    ]


def _args(options: list[str]) -> str:
    return "".join(f", {option}" for option in options)


def _literal(value: Decimal | int, decimals: dict[Decimal, str]) -> str:
    """A bound as Python: a decimal by its module constant, an integer as written."""
    return decimals[value] if isinstance(value, Decimal) else str(value)


def _decimal_constants(venue: VenueIR) -> dict[Decimal, str]:
    """A module constant for each decimal bound the venue's checks use, built once at import, not per request."""
    values = {field.minimum for model in venue.models for field in model.fields}
    values |= {field.maximum for model in venue.models for field in model.fields}
    values |= {bound.minimum for model in venue.models for rule in model.rules for bound in rule.bounds}
    values |= {bound.maximum for model in venue.models for rule in model.rules for bound in rule.bounds}
    decimals = sorted(value for value in values if isinstance(value, Decimal))
    return {value: "_DECIMAL_" + format(value, "f").replace("-", "MINUS_").replace(".", "_") for value in decimals}


def _condition_expression(condition: Condition) -> str:
    """True when ``condition`` holds for ``self``."""
    attribute = f"self.{condition.field.name}"
    if condition.literals is None:
        return f"{attribute} is not None"
    if len(condition.literals) == 1:
        return f"{attribute} == {condition.literals[0]}"
    return f"{attribute} in ({', '.join(condition.literals)})"


def _restriction_broken(restriction: Condition, model: ModelIR) -> str:
    """True when a present field holds none of the values ``restriction`` allows."""
    attribute = f"self.{restriction.field.name}"
    assert restriction.literals is not None
    if len(restriction.literals) == 1:
        broken = f"{attribute} != {restriction.literals[0]}"
    else:
        broken = f"{attribute} not in ({', '.join(restriction.literals)})"
    required = next(field.required for field in model.fields if field.name == restriction.field.name)
    return broken if required else f"{attribute} is not None and {broken}"


def _field_doc(field: FieldIR) -> str:
    text = field.description
    if field.default_doc is not None:
        text = f"{_sentence(text)} The venue's default: ``{field.default_doc}``."
    return _doc(text)


def _args_section(model: ModelIR, enums: dict[str, EnumIR], venue: VenueIR) -> str:
    """The ``Args:`` section of an endpoint function's docstring: one entry per argument, indented for the body.

    Each entry is the field's description, then what the spec adds: the allowed values, the venue's default, and
    that an optional argument left out is not sent.
    """
    entries = [("client", f"The {venue.title} client that signs and sends the request (``{venue.name}.Client``).")]
    ordered = [field for field in model.fields if field.required] + [f for f in model.fields if not f.required]
    python_names = {field.wire: field.name for field in model.fields}
    for field in ordered:
        # the spec's prose names fields by wire name; here the reader sees the arguments
        text = re.sub(r"`(\w+)`", lambda m: f"`{python_names.get(m.group(1), m.group(1))}`", field.description)
        text = _sentence(text)
        said = field.description.lower()
        if field.type.kind == "enum":
            members = enums[str(field.type.of)].members
            if not all(f"`{value}`" in field.description for _, value in members):
                values = ", ".join(f"``{value}``" for _, value in members)
                text += f" {'Each one' if field.type.array else 'One'} of {values}."
        elif field.type.kind == "decimal":
            text += " A decimal."
        if field.default_doc is not None and not ("default" in said and f"`{field.default_doc}`" in said):
            text += f" The venue's default: ``{field.default_doc}``."
        if not field.required:
            text += " Optional: left out, it is not sent."
        entries.append((field.name, text))
    width = LINE_LENGTH - 8
    lines = ["Args:"]
    for name, text in entries:
        wrapped = textwrap.wrap(
            f"{name}: {' '.join(text.split())}",
            width,
            subsequent_indent="    ",
            break_long_words=False,
            break_on_hyphens=False,
        )
        lines += ["    " + line for line in wrapped]
    return textwrap.indent("\n".join(lines), "    ").lstrip(" ")


def _string_literal(text: str) -> str:
    """``text`` as a Python string literal: spec text never reaches the code unquoted."""
    return json.dumps(text, ensure_ascii=False)  # a JSON string is a valid Python literal


def _regex_literal(regex: str) -> str:
    """A raw string where it reads better and is safe, an escaped one otherwise."""
    if '"' in regex or regex.endswith("\\") or "\n" in regex:
        return _string_literal(regex)
    return f'r"{regex}"'


def _end_marker(operation: OperationIR) -> str:
    """The venue's end of the list, in words, for the page walker's docstring."""
    pagination = operation.pagination
    assert pagination is not None
    ends = ["a page comes back empty"]
    if pagination.limit:
        ends.append(f"holds fewer items than ``{pagination.limit}``")
    if pagination.more:
        ends.append(f"says ``{pagination.more}`` is false")
    if pagination.style == "cursor":
        ends.append("gives no next cursor")
    return ", ".join(ends[:-1]) + " or " + ends[-1] if len(ends) > 1 else ends[0]


class _Encoders:
    """The statements that turn a request-side model's fields into JSON text, built for one venue's enums.

    Every value becomes text the way its type demands: a decimal in plain notation, an enum as its value, a bool as
    ``true``/``false``; strings are escaped by the standard library's JSON encoder, and enums whose values need no
    escaping are quoted as they are.  An absent optional field gets no member at all.
    """

    def __init__(self, enums: dict[str, EnumIR]) -> None:
        self.enums = enums

    def json_members(self, fields: list[FieldIR]) -> str:
        """Statements that leave the JSON members (``"wire":value``) of the set ``fields`` in ``members``."""
        return _collect(fields, "members", "str", self._json_member)

    def _json_member(self, field: FieldIR) -> str:
        opening, expression, closing = self._json_value(field.type, f"self.{field.name}")
        if field.type.array:
            item_opening, item, item_closing = self._json_value(TypeIR(field.type.kind, field.type.of), "item")
            element = _concatenate(item_opening, item, item_closing)
            opening, expression, closing = "[", f'",".join({element} for item in self.{field.name})', "]"
        return _concatenate(json.dumps(field.wire, ensure_ascii=False) + ":" + opening, expression, closing)

    def _json_value(self, type_: TypeIR, value: str) -> tuple[str, str, str]:
        """The JSON text of one value as (literal before, expression, literal after)."""
        kind = type_.kind
        if kind == "enum":
            if self.enums[str(type_.of)].json_safe:
                return '"', value, '"'  # a StrEnum member is its value
            return "", f"json_string({value})", ""
        if kind == "decimal":
            return '"', f'format({value}, "f")', '"'
        if kind == "int":
            return ('"', f"str({value})", '"') if type_.wire_text else ("", f"str({value})", "")
        if kind == "bool":
            return "", f'("true" if {value} else "false")', ""
        if kind == "model":
            return "", f"{value}.wire_json()", ""
        return "", f"json_string({value})", ""  # str, and request-side ids (kept as strings)


def _query_pairs(fields: list[FieldIR]) -> str:
    """Statements that leave the (wire name, text) pairs of the set query ``fields`` in ``pairs``."""
    return _collect(fields, "pairs", "tuple[str, str]", lambda f: f"({_string_literal(f.wire)}, {_text(f)})")


def _collect(fields: list[FieldIR], variable: str, item_type: str, expression: Callable[[FieldIR], str]) -> str:
    """Statements building the list ``variable`` from ``fields`` in order, skipping absent optional ones.

    The leading required fields go into the list display; the rest are appended, each optional one behind its
    ``is not None`` test.  Indented for a method body.
    """
    leading = 0
    while leading < len(fields) and fields[leading].required:
        leading += 1
    if leading:
        lines = [f"{variable}: list[{item_type}] = ["]
        lines += [f"    {expression(field)}," for field in fields[:leading]]
        lines.append("]")
    else:
        lines = [f"{variable}: list[{item_type}] = []"]
    for field in fields[leading:]:
        if field.required:
            lines.append(f"{variable}.append({expression(field)})")
        else:
            lines += [f"if self.{field.name} is not None:", f"    {variable}.append({expression(field)})"]
    return textwrap.indent("\n".join(lines), " " * 8).lstrip(" ")


def _concatenate(opening: str, expression: str, closing: str) -> str:
    parts = [_string_literal(opening)] if opening else []
    parts.append(expression)
    if closing:
        parts.append(_string_literal(closing))
    return " + ".join(parts)


def _text(field: FieldIR) -> str:
    """The expression for a query or path field's text: what it is, unquoted, unescaped (the signers need it so)."""
    value = f"self.{field.name}"
    return {
        "decimal": f'format({value}, "f")',
        "int": f"str({value})",
        "bool": f'"true" if {value} else "false"',
    }.get(field.type.kind, value)


def _path_text(operation: OperationIR, model: ModelIR) -> str:
    """The expression for the request path: the spec's template with each path field's text percent-encoded."""
    by_wire = {field.wire: field for field in model.fields if field.location == "path"}
    parts = []
    for literal, name in re.findall(r"([^{]*)(?:\{([^}]*)\})?", operation.path):
        if literal:
            parts.append(_string_literal(literal))
        if name:
            parts.append(f'quote({_text(by_wire[name])}, safe="")')
    return " + ".join(parts)


def _sentence(text: str) -> str:
    return text if text.endswith((".", "!", "?", ":")) else text + "."
