"""IR to Python source: Jinja templates render, ruff tidies imports and formats."""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
import textwrap
from collections.abc import Callable
from pathlib import Path

import jinja2

from codegen.generate.ir import Condition, FieldIR, ModelIR, ModelModuleIR, OperationIR, VenueIR
from codegen.generate.kinds import IMPORTS, Use, kind_of, string_literal
from codegen.generate.kinds.base import concatenate

LINE_LENGTH = 120
_RUFF_OPTIONS = [
    f"--line-length={LINE_LENGTH}",
    "--target-version=py311",
    "--config=lint.isort.known-first-party=['venuebind']",
]


def render(venue: VenueIR, *, fast: bool = True) -> dict[str, str]:
    """The unformatted files of one venue package, by path relative to ``generated/venuebind/<venue>/``.

    ``fast=False`` leaves the kinds' inline fast paths out of the constructors, so that every value takes its kind's
    check: the general path, which the differential property test holds the shipped code to.
    """
    env = _environment()
    env.globals["imports"] = IMPORTS
    env.globals["fast"] = fast
    env.globals["checked_enums"] = _checked_enums(venue) if fast else frozenset()
    files = {
        "__init__.py": env.get_template("venue_init.py.jinja").render(venue=venue),
        "models.py": env.get_template("models.py.jinja").render(venue=venue),
    }
    for module in venue.model_modules:
        files[f"{module.name}.py"] = env.get_template("model_module.py.jinja").render(venue=venue, module=module)
    for tag in venue.tags:
        operations = [operation for operation in venue.operations if operation.tag == tag.name]
        files[f"{tag.name}.py"] = env.get_template("tag.py.jinja").render(
            venue=venue, tag=tag, operations=operations, own=venue.own_models(tag.name)
        )
    return files


def format_sources(files: dict[str, str]) -> dict[str, str]:
    """``files`` with unused imports dropped, imports sorted and code formatted: each step one ruff run over all."""
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        for name, text in files.items():
            path = root / name
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
        ruff = [sys.executable, "-m", "ruff"]
        common = ["--no-cache", "--isolated", *_RUFF_OPTIONS]
        # unused imports first, then sorting: an import list left short by the first fits on one line again
        _run([*ruff, "check", "--fix-only", "--exit-zero", "--select=F401", *common, "."], root)
        _run([*ruff, "check", "--fix-only", "--exit-zero", "--select=I", *common, "."], root)
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
        defined=_defined,
        doc=_doc,
        doc_text=_docstring_text,
        stored=_stored_annotation,
        given=_input_annotation,
        read=_response_annotation,
        read_default=_response_default,
        args_doc=_args_section,
        checked=_checked,
        json_body=_json_body,
        info=_field_info,
        query_pairs=_query_pairs,
        path_text=_path_text,
        test=_condition_expression,
        violated=_restriction_broken,
        field_doc=_field_doc,
        sentence=_sentence,
        end_marker=_end_marker,
        py=string_literal,
        py_regex=_regex_literal,
        pyrepr=repr,
    )
    return env


@jinja2.pass_context
def _defined(context: jinja2.runtime.Context, module: ModelModuleIR) -> str:
    """Every name a module of models defines, for another module's import of them (ruff drops those it does not use):
    the servers in the shared one, each enum with its map of values if generated, patterns, decimals, models."""
    names = ["SERVERS"] if module.tag is None else []
    for enum in module.enums:
        names += [enum.name, enum.values_map] if enum.name in context["checked_enums"] else [enum.name]
    names += [pattern.constant for pattern in module.patterns] + [constant.name for constant in module.decimals]
    return ", ".join(names + [model.name for model in module.models])


def _doc(text: str, indent: int = 4) -> str:
    """Prose wrapped to the line length, every line after the first indented to sit inside a docstring, escaped."""
    width = LINE_LENGTH - indent - 6  # room for the quotes that open and close a one-line docstring
    paragraphs = [" ".join(p.split()) for p in text.split("\n\n")]
    wrapped = ["\n".join(textwrap.wrap(p, width, break_long_words=False, break_on_hyphens=False)) for p in paragraphs]
    indented = textwrap.indent("\n\n".join(wrapped), " " * indent).lstrip(" ")
    return _docstring_text(indented.replace("\n" + " " * indent + "\n", "\n\n"))


def _docstring_text(text: str) -> str:
    """``text`` as it may stand inside a ``\"\"\"`` docstring: the one way spec text enters a docstring.

    Backslashes are doubled, characters that are not printable (NUL, ``\\r``, U+2028) written as escapes, and a
    quote that two more follow, or that ends the text, escaped: the text can neither close the docstring nor
    start an escape of its own.  Ordinary prose comes out as it went in.
    """
    text = text.replace("\\", "\\\\")
    text = "".join(char if char.isprintable() or char == "\n" else repr(char)[1:-1] for char in text)
    return re.sub(r'"(?="")|"\Z', r'\\"', text)


def _stored_annotation(field: FieldIR) -> str:
    base = kind_of(field.type).annotation(field.type, "stored")
    return base if field.required and not field.blank else f"{base} | None"


def _input_annotation(field: FieldIR) -> str:
    """An argument's annotation: a blank field (None sends "") must still be given, as an optional one need not."""
    base = kind_of(field.type).annotation(field.type, "given")
    if field.blank:
        return f"{base} | None"
    return base if field.required else f"{base} | None = None"


def _response_annotation(field: FieldIR) -> str:
    """An answer's field: optional ones are None when absent, unless their kind reads absence otherwise (a list is
    then empty)."""
    kind = kind_of(field.type)
    base = kind.annotation(field.type, "read")
    return base if field.required or kind.absent_factory else f"{base} | None"


def _response_default(field: FieldIR) -> str:
    """The ``attrs.field`` default of an answer's field: none for a required one."""
    if field.required:
        return ""
    factory = kind_of(field.type).absent_factory
    return "default=None, " if factory is None else f"factory={factory}, "


def _checked_enums(venue: VenueIR) -> frozenset[str]:
    """The enums whose map of values (``EnumIR.values_map``) a request constructor's fast path looks values up in:
    the maps generated, and only those."""
    used = set()
    for model in venue.models:
        for field in model.fields if model.side == "request" else ():
            shortcut = kind_of(field.type).fast(field.type, field, field.name, "type")
            used.add(f"{shortcut.test} {shortcut.value}" if shortcut else "")
    return frozenset(
        enum.name for enum in venue.enums if any(re.search(rf"\b{enum.values_map}\b", code) for code in used)
    )


BUILTINS_USED = frozenset({"type"})
"""Built-ins the kinds' inline tests call that a field may be named after (Gate's ``type``): spelled
``builtins.<name>`` in that model.  Others they call (``str``, ``len``) are reserved (``names.RESERVED_FIELDS``)."""


def _type_of(model: ModelIR) -> str:
    return "builtins.type" if any(field.name in BUILTINS_USED for field in model.fields) else "type"


def _checked(field: FieldIR, model: ModelIR, fast: bool) -> str:
    """Statements that leave the checked value of argument ``field.name`` in that name (and its wire text in
    ``<name>_text`` where the kind's fast path writes it): the kind's inline test first, where it has one and
    ``fast`` asks for it, its check call for every other value.  Indented for the constructor's ``try`` block."""
    name = field.name
    kind = kind_of(field.type)
    call = kind.check(field.type, field, name, string_literal(field.wire))
    shortcut = kind.fast(field.type, field, name, _type_of(model)) if fast else None
    if shortcut is None:
        lines = [f"{name} = {call}"]
    elif shortcut.value is not None:
        lines = [f"if {shortcut.test}:", f"    {name} = {shortcut.value}", "else:", f"    {name} = {call}"]
    else:
        lines = [f"if {_negated(shortcut.test)}:", f"    {name} = {call}"]
        if shortcut.text is not None:
            lines.append(f"    {shortcut.text} = {kind.text(name)}")
    if not field.required or field.blank:
        lines = [f"if {name} is not None:"] + [f"    {line}" for line in lines]
    return textwrap.indent("\n".join(lines), " " * 12).lstrip(" ")


def _negated(test: str) -> str:
    """``not (test)``, or ``a is not b`` for a lone ``a is b``."""
    lone = re.fullmatch(r"([\w.]+\(\w+\)) is ([\w.]+)", test)
    return f"{lone[1]} is not {lone[2]}" if lone else f"not ({test})"


def _json_body(fields: list[FieldIR], model: ModelIR, fast: bool) -> str:
    """The statement that stores the JSON body of ``fields`` (checked values in local names) in ``_wire``: each value
    written as its kind writes it, or the wire text its fast path found.  Indented for the ``try`` block.

    Where the first field is required, every comma's place is known here: the body is one join of a tuple, the
    literals of the required fields written between their values and an optional field's member (comma first) or
    ``""`` in its place.  Otherwise the members are collected in a list and joined with commas.
    """

    def parts(field: FieldIR) -> tuple[str, str, str]:
        kind = kind_of(field.type)
        opening, expression, closing = kind.json(field.type, field.name)
        shortcut = kind.fast(field.type, field, field.name, _type_of(model)) if fast else None
        if shortcut is not None and shortcut.text is not None:
            expression = shortcut.text
        return opening, expression, closing

    def member(field: FieldIR, comma: str = "") -> str:
        opening, expression, closing = parts(field)
        name = comma + json.dumps(field.wire, ensure_ascii=False)
        if field.blank:  # required on the wire, None in Python: the empty string
            value = concatenate(opening, expression, closing)
            empty = string_literal('""')
            return f"{string_literal(name + ':')} + ({empty} if {field.name} is None else {value})"
        return concatenate(name + ":" + opening, expression, closing)

    if not fields[0].required:
        members = _collect(fields, "members", "str", member, prefix="")
        empty = "" if any(field.required for field in fields) else ' if members else ""'
        return (
            textwrap.indent(members, " " * 4).lstrip(" ")
            + f'\n            store_wire_text(self, "{{" + ",".join(members) + "}}"{empty})'
        )
    elements: list[str] = []
    literal = "{"
    for index, field in enumerate(fields):
        comma = "," if index else ""
        if not field.required:
            elements += [string_literal(literal)] if literal else []
            literal = ""
            elements.append(f'{member(field, ",")} if {field.name} is not None else ""')
        elif field.blank:
            elements += [string_literal(literal)] if literal else []
            literal = ""
            elements.append(member(field, comma))
        else:
            opening, expression, closing = parts(field)
            elements += [string_literal(literal + comma + json.dumps(field.wire, ensure_ascii=False) + ":" + opening)]
            elements.append(expression)
            literal = closing
    elements.append(string_literal(literal + "}"))
    lines = ["store_wire_text(", "    self,", '    "".join(', "        ("]
    lines += [f"            {element}," for element in elements]
    lines += ["        )", "    ),", ")"]
    return textwrap.indent("\n".join(lines), " " * 12).lstrip(" ")


def _field_info(field: FieldIR, use: Use) -> str:
    """The arguments of a field's ``field_info`` after its wire name and place, from its kind."""
    arguments = kind_of(field.type).metadata(field.type, use) + (["blank=True"] if field.blank else [])
    return "".join(f", {argument}" for argument in arguments)


def _condition_expression(condition: Condition) -> str:
    """True when ``condition`` holds for the constructor's checked values (its local names)."""
    attribute = condition.field.name
    if condition.literals is None:
        return f"{attribute} is not None"
    if len(condition.literals) == 1:
        return f"{attribute} == {condition.literals[0]}"
    return f"{attribute} in ({', '.join(condition.literals)})"


def _restriction_broken(restriction: Condition) -> str:
    """True when a present field holds none of the values ``restriction`` allows."""
    attribute = restriction.field.name
    assert restriction.literals is not None
    if len(restriction.literals) == 1:
        broken = f"{attribute} != {restriction.literals[0]}"
    else:
        broken = f"{attribute} not in ({', '.join(restriction.literals)})"
    return broken if restriction.field.required else f"{attribute} is not None and {broken}"


def _field_doc(field: FieldIR) -> str:
    text = field.description
    if field.default_doc is not None:
        text = f"{_sentence(text)} The venue's default: ``{field.default_doc}``."
    return _doc(text)


def _args_section(operation: OperationIR, venue: VenueIR) -> str:
    """The ``Args:`` section of an endpoint function's docstring: one entry per argument, indented for the body.

    Each entry is the field's description, then what the spec adds: the allowed values (or that it is a decimal), the
    venue's default, and that an optional argument left out is not sent.
    """
    entries = [("client", f"The {venue.title} client that signs and sends the request (``{venue.name}.Client``).")]
    python_names = {field.wire: field.name for field in operation.request_fields}
    for field in operation.arguments:
        # the spec's prose names fields by wire name; here the reader sees the arguments
        text = re.sub(r"`(\w+)`", lambda m: f"`{python_names.get(m.group(1), m.group(1))}`", field.description)
        text = _sentence(text) + kind_of(field.type).argument_note(field.type, field.description)
        said = field.description.lower()
        if field.default_doc is not None and not ("default" in said and f"`{field.default_doc}`" in said):
            text += f" The venue's default: ``{field.default_doc}``."
        if not field.required:
            text += " Optional: left out, it is not sent."
        if field.blank:
            text += ' ``None`` sends the empty string ``""``.'
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
    return _docstring_text(textwrap.indent("\n".join(lines), "    ").lstrip(" "))


def _regex_literal(regex: str) -> str:
    """A raw string where it reads better and is safe, an escaped one otherwise."""
    if '"' in regex or regex.endswith("\\") or not regex.isprintable():
        return string_literal(regex)
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


def _query_pairs(fields: list[FieldIR]) -> str:
    """Statements that leave the (wire name, text) pairs of the set query ``fields`` in ``pairs``."""
    return _collect(fields, "pairs", "tuple[str, str]", lambda f: f"({string_literal(f.wire)}, {_text(f)})")


def _collect(
    fields: list[FieldIR],
    variable: str,
    item_type: str,
    expression: Callable[[FieldIR], str],
    prefix: str = "self.",
) -> str:
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
            lines += [f"if {prefix}{field.name} is not None:", f"    {variable}.append({expression(field)})"]
    return textwrap.indent("\n".join(lines), " " * 8).lstrip(" ")


def _text(field: FieldIR) -> str:
    """The expression for a query or path field's text."""
    return kind_of(field.type).text(f"self.{field.name}")


def _path_text(model: ModelIR) -> str:
    """The expression for the request path: the spec's template with each path field's text percent-encoded."""
    assert model.operation is not None
    by_wire = {field.wire: field for field in model.fields if field.location == "path"}
    parts = []
    for literal, name in re.findall(r"([^{]*)(?:\{([^}]*)\})?", model.operation.path):
        if literal:
            parts.append(string_literal(literal))
        if name:
            parts.append(f'quote({_text(by_wire[name])}, safe="")')
    return " + ".join(parts)


def _sentence(text: str) -> str:
    return text if text.endswith((".", "!", "?", ":")) else text + "."
