"""Spec to IR: every decision about names, types and rules is made here, and every refusal names its spec path."""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from decimal import Decimal
from typing import Any

import attrs

from codegen.errors import SpecError
from codegen.generate import conflicts, kinds, names
from codegen.generate.ir import (
    Bound,
    Condition,
    DecimalConstant,
    DocConflicts,
    EnumIR,
    FieldIR,
    FieldRef,
    Location,
    ModelIR,
    ModelModuleIR,
    OperationIR,
    PaginationIR,
    Pattern,
    RateLimitIR,
    RuleIR,
    ServerIR,
    Side,
    TagIR,
    TypeIR,
    VenueIR,
)
from codegen.generate.kinds.base import whole
from codegen.generate.kinds.decimals import parse as parse_decimal
from codegen.generate.load import Spec

METHODS = ("get", "post", "put", "patch", "delete")
RESERVED_MODULES = frozenset({"models", "shared", "AsyncClient", "Client", "Credentials", "prepare", "parse"})
"""Names a tag may not have: the venue package's own (``shared``: its ``_shared_models`` module)."""
RESERVED_FUNCTIONS = frozenset({"overload"})
"""Names a tag module imports: no endpoint function may take one."""

_DOC_KEYS = frozenset({"description", "title", "example", "examples", "x-doc-conflict", "deprecated"})
_OPERATION_KEYS = frozenset(
    {
        "operationId",
        "tags",
        "summary",
        "description",
        "externalDocs",
        "parameters",
        "requestBody",
        "responses",
        "security",
        "x-doc",
        "x-rate-limit",
        "x-doc-conflict",
        "x-pagination",
        "x-parameter-rules",
    }
)
_PARAMETER_KEYS = _DOC_KEYS | {"name", "in", "required", "schema", "content", "x-signer-supplied"}
_OBJECT_KEYS = _DOC_KEYS | {"type", "properties", "required", "additionalProperties", "allOf", "dependentRequired"}
_VALUE_KEYS = (
    _DOC_KEYS
    | {"$ref", "type", "format", "default", "pattern", "minLength", "maxLength", "minimum", "maximum"}
    | {"readOnly", "x-client-id"}
    | kinds.KEYWORDS
)
_RULE_KEYS = frozenset({"if", "then", "else", "description", "x-doc-conflict"})
_BRANCH_KEYS = frozenset({"required", "properties", "not", "description"})


def build(spec: Spec) -> VenueIR:
    """The IR of one venue's spec."""
    return _Builder(spec).venue()


class _Builder:
    def __init__(self, spec: Spec) -> None:
        self.spec = spec
        self.enums: dict[str, EnumIR] = {}
        self.patterns: dict[str, Pattern] = {}
        self.models: dict[str, ModelIR] = {}
        self.model_sides: dict[str, Side] = {}
        self.decimals: dict[Decimal, DecimalConstant] = {}

    # -- document ---------------------------------------------------------------------------------------------------

    def venue(self) -> VenueIR:
        doc = self.spec.document
        info = doc["info"]
        tags = self._tags()
        operations = self._operations({tag.name for tag in tags})
        used_tags = [tag for tag in tags if tag.name in {operation.tag for operation in operations}]
        enums = tuple(self.enums.values())
        patterns = tuple(self.patterns.values())
        decimals = tuple(sorted(self.decimals.values(), key=lambda constant: constant.value))
        models = tuple(self.models.values())
        return VenueIR(
            name=names.identifier(self.spec.name, self.spec.path.name),
            title=info["title"],
            description=_text(info.get("description", info["title"]), self.spec.where("info")),
            spec_file=f"spec/{self.spec.path.name}",
            servers=self._servers(),
            enums=enums,
            patterns=patterns,
            decimals=decimals,
            models=models,
            operations=tuple(operations),
            tags=tuple(used_tags),
            model_modules=_model_modules(used_tags, operations, enums, patterns, decimals, models),
        )

    def _servers(self) -> tuple[ServerIR, ...]:
        servers = []
        for index, server in enumerate(self.spec.document.get("servers", [])):
            where = self.spec.where("servers", index)
            environment = server.get("x-environment")
            if environment not in ("live", "demo", "testnet"):
                raise SpecError(where, "every server needs x-environment: live, demo or testnet")
            headers = server.get("x-headers", {})
            if not isinstance(headers, Mapping) or not all(isinstance(v, str) for v in headers.values()):
                raise SpecError(where, "x-headers maps header names to string values")
            for name, value in headers.items():
                if not re.fullmatch(r"[!#$%&'*+.^_`|~0-9A-Za-z-]+", name) or not re.fullmatch(
                    r"[ -~\xa0-\xff]*", value
                ):
                    raise SpecError(f"{where}/x-headers", f"{name!r}: {value!r} cannot travel as an HTTP header")
            servers.append(
                ServerIR(environment, server["url"], server.get("description", ""), tuple(sorted(headers.items())))
            )
        if not any(server.environment == "live" for server in servers):
            raise SpecError(self.spec.where("servers"), "the spec lists no live server")
        return tuple(servers)

    def _tags(self) -> list[TagIR]:
        tags = []
        for index, tag in enumerate(self.spec.document.get("tags", [])):
            where = self.spec.where("tags", index)
            name = names.identifier(tag["name"], where)
            if name in RESERVED_MODULES:
                raise SpecError(where, f"tag {name!r} would shadow a name of the venue package")
            tags.append(TagIR(name, _text(tag.get("description", name), where)))
        return tags

    # -- operations -------------------------------------------------------------------------------------------------

    def _operations(self, tags: set[str]) -> list[OperationIR]:
        operations: list[OperationIR] = []
        seen: dict[str, str] = {}
        for path, item in self.spec.document.get("paths", {}).items():
            for method in item:
                where = self.spec.where("paths", path, method)
                if method == "parameters":
                    raise SpecError(where, "path-level parameters are not supported: list them on each operation")
                if method not in METHODS:
                    raise SpecError(where, f"unsupported path item key {method!r}")
                operation_id = item[method].get("operationId")
                if operation_id in seen:
                    raise SpecError(where, f"duplicate operationId {operation_id!r} (also at {seen[operation_id]})")
                seen[operation_id] = where
                operations.append(self._operation(path, method, item[method], where, tags))
        functions: dict[tuple[str, str], str] = {}
        for operation in operations:
            own = [operation.operation_id] + ([f"iter_{operation.operation_id}"] if operation.pagination else [])
            for function in own:
                if (operation.tag, function) in functions:
                    raise SpecError(seen[operation.operation_id], f"{operation.tag}.{function} would be defined twice")
                functions[(operation.tag, function)] = operation.operation_id
        return operations

    def _operation(self, path: str, method: str, op: Mapping[str, Any], where: str, tags: set[str]) -> OperationIR:
        _only(op, _OPERATION_KEYS, where)
        operation_id = names.identifier(_required(op, "operationId", where), f"{where}/operationId")
        if operation_id in RESERVED_FUNCTIONS:
            raise SpecError(f"{where}/operationId", f"{operation_id!r} is a name the tag module imports")
        op_tags = _required(op, "tags", where)
        if len(op_tags) != 1 or op_tags[0] not in tags:
            raise SpecError(f"{where}/tags", "an operation has exactly one tag, declared in the document's tags")
        docs_url = _required(_required(op, "externalDocs", where), "url", f"{where}/externalDocs")
        summary = _text(_required(op, "summary", where), f"{where}/summary")
        result, shape, status, payload_conflicts = self._result(op, where)  # results first: requests refer to them
        request, parameters = self._request(operation_id, path, op, where)
        rate_node = op.get("x-rate-limit")
        operation = OperationIR(
            operation_id=operation_id,
            tag=op_tags[0],
            method=method.upper(),
            path=path,
            summary=summary,
            description=_text(op.get("description", ""), f"{where}/description"),
            docs_url=docs_url,
            doc_snapshot=_required(op, "x-doc", where),
            rate_limit=_rate_limit(rate_node, f"{where}/x-rate-limit"),
            request=request.name,
            request_fields=request.fields,
            result=result,
            result_shape=shape,
            success_status=status,
            client_id=self._client_id(request.fields, where),
            signed=op.get("security") != [],
            pagination=self._pagination(op.get("x-pagination"), request, result, shape, f"{where}/x-pagination"),
            parameters=parameters,
            conflicts=conflicts.read(op, where, conflicts.OPERATION_KEYS | conflicts.SCOPE_KEYS),
            rate_limit_conflicts=None
            if rate_node is None
            else conflicts.read(rate_node, f"{where}/x-rate-limit", conflicts.RATE_LIMIT_KEYS),
            payload_conflicts=payload_conflicts,
        )
        self._add_model(attrs.evolve(request, operation=operation), request.where)
        return operation

    def _request(
        self, operation_id: str, path: str, op: Mapping[str, Any], where: str
    ) -> tuple[ModelIR, tuple[FieldIR, ...]]:
        """The request model (added once its operation is built) and every parameter, signer-supplied ones too."""
        name = names.pascal(operation_id, where) + "Request"
        parameters = tuple(
            self._parameter(parameter, f"{where}/parameters/{index}")
            for index, parameter in enumerate(op.get("parameters", []))
        )
        fields = [field for field in parameters if not field.signer_supplied]
        schema: Mapping[str, Any] = {}
        schema_where = where
        if "requestBody" in op:
            body_where = f"{where}/requestBody"
            content = _required(op["requestBody"], "content", body_where)
            if set(content) != {"application/json"}:
                raise SpecError(f"{body_where}/content", "only an application/json request body is supported")
            body = _required(content["application/json"], "schema", f"{body_where}/content/application~1json")
            schema, schema_where, component = self.spec.resolve(body, f"{body_where}/content/application~1json/schema")
            if component != name:
                raise SpecError(schema_where, f"the request body schema of {operation_id} must be named {name}")
            fields.extend(self._fields(schema, schema_where, "request", "body"))
        placeholders = set(re.findall(r"\{([^}]*)\}", path))
        path_fields = {field.wire for field in fields if field.location == "path"}
        if placeholders != path_fields:
            unmatched = ", ".join(sorted(placeholders ^ path_fields))
            raise SpecError(
                where, f"each {{name}} in the path needs a path parameter, and each one a place: {unmatched}"
            )
        clash = _same_name(fields)
        if clash is not None:
            raise SpecError(where, f"two request fields of {operation_id} are both named {clash[1].name!r}")
        _no_text_clash(fields, where)
        description = _text(schema.get("description", op["summary"]), schema_where)
        rules = self._rules(schema, schema_where, fields) if schema else ()
        if "x-parameter-rules" in op:
            rules_where = f"{where}/x-parameter-rules"
            if schema:
                raise SpecError(rules_where, "a request body states its rules in its own schema, not x-parameter-rules")
            _only(op["x-parameter-rules"], {"allOf", "dependentRequired"}, rules_where)
            rules = self._rules(op["x-parameter-rules"], rules_where, fields)
        found = conflicts.read(schema, schema_where, conflicts.SCOPE_KEYS)
        model = ModelIR(name, "request", description, tuple(fields), rules, schema_where, conflicts=found)
        return model, parameters

    def _pagination(
        self, node: Mapping[str, Any] | None, request: ModelIR, result: str, shape: str, where: str
    ) -> PaginationIR | None:
        if node is None:
            return None
        _only(node, {"style", "request", "limit", "items", "next", "more", "description"}, where)
        style = node.get("style")
        if style not in ("cursor", "offset", "page"):
            raise SpecError(where, "style is cursor, offset or page")
        asked = {field.wire: field for field in request.fields}
        answered = {field.wire: field for field in self.models[result].fields}

        def request_field(key: str) -> str | None:
            if key not in node:
                return None
            if node[key] not in asked:
                raise SpecError(f"{where}/{key}", f"{node[key]!r} is not a request field")
            return asked[node[key]].name

        def result_field(key: str, fields: dict[str, FieldIR]) -> FieldIR | None:
            if key not in node:
                return None
            if node[key] not in fields:
                raise SpecError(f"{where}/{key}", f"{node[key]!r} is not a field of the result")
            return fields[node[key]]

        if (shape == "model") == ("items" not in node):
            raise SpecError(where, "items names the result's list property, and only when the result is an object")
        items = result_field("items", answered)
        item = result if items is None else kinds.kind_of(items.type).nested(items.type)
        if item is None or (items is not None and items.type.item is None):
            raise SpecError(f"{where}/items", f"{node['items']!r} is not a list of objects")
        next_cursor = node.get("next")
        if style == "cursor":
            if not isinstance(next_cursor, str):
                raise SpecError(where, "the cursor style needs next")
            if next_cursor.startswith("items[]."):
                item_fields = {field.wire: field for field in self.models[item].fields}
                if next_cursor[8:] not in item_fields:
                    raise SpecError(f"{where}/next", f"{next_cursor[8:]!r} is not a field of {item}")
                next_cursor = "items[]." + item_fields[next_cursor[8:]].name
            else:
                next_cursor = _must(result_field("next", answered), where).name
        more = result_field("more", answered)
        return PaginationIR(
            style=style,
            request=_must(request_field("request"), where),
            limit=request_field("limit"),
            items=items.name if items is not None else None,
            next=next_cursor,
            more=more.name if more is not None else None,
            item=item,
        )

    def _client_id(self, fields: tuple[FieldIR, ...], where: str) -> str | None:
        flagged = [field for field in fields if field.client_id]
        if len(flagged) > 1:
            raise SpecError(where, "at most one request property carries x-client-id")
        return flagged[0].name if flagged else None

    def _parameter(self, parameter: Mapping[str, Any], where: str) -> FieldIR:
        parameter, where, _ = self.spec.resolve(parameter, where)
        _only(parameter, _PARAMETER_KEYS, where)
        location = parameter["in"]
        if location not in ("query", "path"):
            raise SpecError(where, f"parameters in {location!r} are not supported (query and path are)")
        schema, schema_where, encoding = self._parameter_schema(parameter, where)
        described = {**schema, "description": parameter.get("description", schema.get("description"))}
        required = bool(parameter.get("required", False))
        field = self._field(parameter["name"], described, schema_where, "request", location, required, encoding)
        if not kinds.kind_of(field.type).parameter:
            raise SpecError(
                f"{where}/schema", f"a {location} parameter is one value: lists and objects travel in a body"
            )
        own = conflicts.read(parameter, where, conflicts.ELEMENT_KEYS)
        return attrs.evolve(
            field,
            signer_supplied=bool(parameter.get("x-signer-supplied")),
            conflicts=field.conflicts if own is None else (own, *field.conflicts),
        )

    def _parameter_schema(self, parameter: Mapping[str, Any], where: str) -> tuple[Mapping[str, Any], str, str | None]:
        """A parameter's schema, where it is, and the media type its value is serialised as (``content``) if any."""
        if ("schema" in parameter) == ("content" in parameter):
            raise SpecError(where, "a parameter has either a schema or a content, not both or neither")
        if "schema" in parameter:
            return parameter["schema"], f"{where}/schema", None
        content = parameter["content"]
        if not isinstance(content, Mapping) or list(content) != [kinds.JSON_MEDIA_TYPE]:
            raise SpecError(f"{where}/content", f"a parameter's content names one media type, {kinds.JSON_MEDIA_TYPE}")
        media_where = f"{where}/content/{kinds.JSON_MEDIA_TYPE.replace('/', '~1')}"
        return (
            _required(content[kinds.JSON_MEDIA_TYPE], "schema", media_where),
            f"{media_where}/schema",
            kinds.JSON_MEDIA_TYPE,
        )

    # -- results ----------------------------------------------------------------------------------------------------

    def _result(self, op: Mapping[str, Any], where: str) -> tuple[str, Any, int, DocConflicts | None]:
        responses = _required(op, "responses", where)
        successes = sorted(code for code in responses if str(code).startswith("2"))
        if not successes:
            raise SpecError(f"{where}/responses", "no 2xx response")
        status = successes[0]
        if not re.fullmatch(r"2[0-9][0-9]", str(status)):
            raise SpecError(f"{where}/responses", f"{str(status)!r} is not an HTTP status: write the success as 200")
        response_where = f"{where}/responses/{status}"
        response, response_where, _ = self.spec.resolve(responses[status], response_where)
        content = _required(response, "content", response_where)
        if "application/json" not in content:
            raise SpecError(f"{response_where}/content", "the success response has no application/json schema")
        schema_where = f"{response_where}/content/application~1json/schema"
        schema = _required(content["application/json"], "schema", schema_where)
        envelope = self.spec.document.get("x-envelope")
        if envelope is not None:
            schema, schema_where = self._payload(schema, schema_where, envelope)
        name, shape = self._payload_model(schema, schema_where)
        return name, shape, int(status), conflicts.read(schema, schema_where, conflicts.SCOPE_KEYS)

    def _payload(self, schema: Mapping[str, Any], where: str, envelope: Mapping[str, Any]) -> tuple[Any, str]:
        payload = envelope.get("payload")
        for index, member in enumerate(schema.get("allOf", [])):
            if "$ref" not in member and payload in member.get("properties", {}):
                return member["properties"][payload], f"{where}/allOf/{index}/properties/{payload}"
        raise SpecError(where, f"with x-envelope, the schema is allOf [Envelope, {{properties: {{{payload}: ...}}}}]")

    def _payload_model(self, schema: Mapping[str, Any], where: str) -> tuple[str, Any]:
        if "oneOf" in schema:
            arms = schema["oneOf"]
            if (
                len(arms) == 2
                and arms[0].get("type") == "array"
                and "$ref" in arms[1]
                and arms[0].get("items", {}).get("$ref") == arms[1]["$ref"]
            ):
                return self.named_model(arms[1], f"{where}/oneOf/1", "response"), "list_or_single"
            raise SpecError(where, "a oneOf payload must be [{type: array, items: X}, X]")
        if schema.get("type") == "array":
            return self.named_model(_required(schema, "items", where), f"{where}/items", "response"), "list"
        return self.named_model(schema, where, "response"), "model"

    # -- models -----------------------------------------------------------------------------------------------------

    def named_model(self, node: Mapping[str, Any], where: str, side: Side) -> str:
        schema, target_where, component = self.spec.resolve(node, where)
        if component is None:
            raise SpecError(where, "inline objects are not supported: name the schema under components/schemas")
        name = names.pascal(component, target_where)
        known = self.model_sides.get(name)
        if known is not None:
            if known != side:
                raise SpecError(target_where, f"{name} is used in both requests and responses: give each its schema")
            return name
        self.model_sides[name] = side  # claimed before its fields, so a cycle is refused below, not looped
        fields = self._fields(schema, target_where, side, None)
        clash = _same_name(fields)
        if clash is not None:
            first, second = clash
            raise SpecError(
                f"{target_where}/properties/{second.wire}",
                f"{second.wire!r} and {first.wire!r} are both {second.name!r} in Python",
            )
        if side == "request":
            _no_text_clash(fields, target_where)
        rules = self._rules(schema, target_where, fields) if side == "request" else ()
        description = _text(schema.get("description", name), target_where)
        found = conflicts.read(schema, target_where, conflicts.SCOPE_KEYS)
        model = ModelIR(name, side, description, tuple(fields), rules, target_where, conflicts=found)
        self._add_model(model, target_where)
        return name

    def _add_model(self, model: ModelIR, where: str) -> None:
        if model.name in self.models or model.name in self.enums:
            raise SpecError(where, f"two models or enums are named {model.name}")
        self.models[model.name] = model
        self.model_sides[model.name] = model.side

    def _fields(self, schema: Mapping[str, Any], where: str, side: Side, location: Location | None) -> list[FieldIR]:
        _only(schema, _OBJECT_KEYS, where)
        if schema.get("type") != "object":
            raise SpecError(where, "a model schema must have type: object")
        if side == "request" and schema.get("additionalProperties") is not False:
            raise SpecError(where, "request objects need additionalProperties: false (unknown fields are refused)")
        required = set(schema.get("required", []))
        properties = schema.get("properties", {})
        missing = required - set(properties)
        if missing:
            raise SpecError(f"{where}/required", f"required names no property: {', '.join(sorted(missing))}")
        fields = [
            self._field(wire, prop, f"{where}/properties/{wire}", side, location, wire in required)
            for wire, prop in properties.items()
        ]
        if side == "response" and any(field.name == "extra" for field in fields):
            raise SpecError(where, "a response property may not be named 'extra' (it holds unknown fields)")
        return fields

    def _field(
        self,
        wire: str,
        prop: Mapping[str, Any],
        where: str,
        side: Side,
        location: Location | None,
        required: bool,
        encoding: str | None = None,
    ) -> FieldIR:
        if "$ref" not in prop and (prop.get("type") == "object" or "properties" in prop):
            raise SpecError(where, "inline objects are not supported: name the schema under components/schemas")
        blank = "anyOf" in prop
        if blank:
            prop = _blank_arm(prop, where, side, location)
        _only(prop, _VALUE_KEYS, where)
        description = prop.get("description")
        if not description:
            raise SpecError(where, "every property needs a description")
        target, target_where, component = self.spec.resolve(prop, where)
        schema = kinds.Schema(wire, prop, target, where, target_where, component, side, encoding)
        field_type = self.type_of(wire, prop, where, side, encoding)
        kind = kinds.kind_of(field_type)
        minimum, maximum = kind.bounds(self, schema)
        pattern, pattern_name = kind.pattern(self, schema)
        nested = kind.nested(field_type) is not None
        items_conflicts = None
        if nested and field_type.item is not None:
            items_conflicts = conflicts.read(target["items"], f"{target_where}/items", conflicts.SCOPE_KEYS)
        own = conflicts.read(prop, where, conflicts.ELEMENT_KEYS | (conflicts.SCOPE_KEYS if nested else frozenset()))
        return FieldIR(
            name=names.snake(wire, where),
            wire=wire,
            type=field_type,
            required=required,
            description=_text(description, where),
            location=location,
            default_doc=None if "default" not in prop else str(prop["default"]),
            pattern=self._pattern(pattern, pattern_name, where) if pattern is not None and side == "request" else None,
            min_length=whole(prop, "minLength", where),
            max_length=whole(prop, "maxLength", where),
            minimum=minimum,
            maximum=maximum,
            min_items=whole(prop, "minItems", where),
            max_items=whole(prop, "maxItems", where),
            blank=blank,
            client_id=bool(prop.get("x-client-id")),
            conflicts=() if own is None else (own,),
            items_conflicts=items_conflicts,
        )

    # -- what the kinds ask for ---------------------------------------------------------------------------------------

    def type_of(
        self, wire: str, node: Mapping[str, Any], where: str, side: Side, encoding: str | None = None
    ) -> TypeIR:
        """The type of the schema ``node`` (serialised as ``encoding``, if given), from the kind that claims it."""
        target, target_where, component = self.spec.resolve(node, where)
        schema = kinds.Schema(wire, node, target, where, target_where, component, side, encoding)
        kind = kinds.claiming(schema)
        if kind is None:
            raise SpecError(where, f"unsupported type {target.get('type')!r}")
        return kind.type(self, schema)

    def resolve(self, node: Mapping[str, Any], where: str) -> tuple[Mapping[str, Any], str, str | None]:
        return self.spec.resolve(node, where)

    def add_enum(self, enum: EnumIR) -> EnumIR:
        """``enum``, or the enum of its name already met with the same members."""
        known = self.enums.get(enum.name)
        if known is not None:
            if known.members != enum.members:
                raise SpecError(
                    enum.where, f"enum {enum.name} already has other values at {known.where}: set x-enum-name"
                )
            return known
        if enum.name in self.models:
            raise SpecError(enum.where, f"enum {enum.name} has the name of a model")
        self.enums[enum.name] = enum
        return enum

    def decimal_constant(self, value: Decimal) -> DecimalConstant:
        """The module constant for a decimal bound, one per value."""
        if value not in self.decimals:
            name = "_DECIMAL_" + format(value, "f").replace("-", "MINUS_").replace(".", "_")
            self.decimals[value] = DecimalConstant(name, value)
        return self.decimals[value]

    def text(self, value: object, where: str) -> str:
        return _text(value, where)

    def _pattern(self, regex: str, named_after: str, where: str) -> Pattern:
        if regex in self.patterns:
            return self.patterns[regex]
        try:
            re.compile(regex)
        except re.error as error:
            raise SpecError(f"{where}/pattern", f"not a valid regular expression: {error}") from None
        constant = "_" + names.constant(named_after, where) + "_PATTERN"
        if any(pattern.constant == constant for pattern in self.patterns.values()):
            constant = f"_{names.constant(named_after, where)}_PATTERN_{len(self.patterns)}"
        self.patterns[regex] = Pattern(constant, regex)
        return self.patterns[regex]

    # -- rules ------------------------------------------------------------------------------------------------------

    def _rules(self, schema: Mapping[str, Any], where: str, fields: list[FieldIR]) -> tuple[RuleIR, ...]:
        by_wire = {field.wire: field for field in fields}
        rules = []
        for trigger, dependents in schema.get("dependentRequired", {}).items():
            at = f"{where}/dependentRequired/{trigger}"
            refs = tuple(_ref(by_wire, name, at) for name in dependents)
            rules.append(
                RuleIR(
                    description=f"{', '.join(dependents)} required once {trigger} is set",
                    when=(Condition(_ref(by_wire, trigger, at)),),
                    negated=False,
                    require=refs,
                )
            )
        for index, element in enumerate(schema.get("allOf", [])):
            at = f"{where}/allOf/{index}"
            _only(element, _RULE_KEYS, at)
            description = _text(_required(element, "description", at), at)
            when = self._condition(_required(element, "if", at), f"{at}/if", by_wire)
            for branch, negated in (("then", False), ("else", True)):
                if branch in element:
                    rules.append(self._branch(element[branch], f"{at}/{branch}", by_wire, description, when, negated))
        return tuple(rules)

    def _condition(self, node: Mapping[str, Any], where: str, by_wire: dict[str, FieldIR]) -> tuple[Condition, ...]:
        _only(node, {"properties", "required"}, where)
        required = node.get("required", [])
        properties = node.get("properties", {})
        unguarded = set(properties) - set(required)
        if unguarded:
            raise SpecError(where, f"list {', '.join(sorted(unguarded))} in required too, or the if holds when absent")
        return tuple(
            self._values(by_wire, name, properties.get(name), f"{where}/properties/{name}") for name in required
        )

    def _branch(
        self,
        node: Mapping[str, Any],
        where: str,
        by_wire: dict[str, FieldIR],
        description: str,
        when: tuple[Condition, ...],
        negated: bool,
    ) -> RuleIR:
        _only(node, _BRANCH_KEYS, where)
        require = tuple(_ref(by_wire, name, f"{where}/required") for name in node.get("required", []))
        forbid = tuple(_ref(by_wire, name, f"{where}/not") for name in _forbidden(node.get("not"), f"{where}/not"))
        restrict: list[Condition] = []
        bounds: list[Bound] = []
        for name, constraint in node.get("properties", {}).items():
            at = f"{where}/properties/{name}"
            if set(constraint) == {"x-decimal"}:
                field = _ref(by_wire, name, at)
                if not kinds.kind_of(by_wire[name].type).decimal_bounds:
                    raise SpecError(at, "x-decimal applies to decimal fields only")
                limits = constraint["x-decimal"]
                _only(limits, {"minimum", "maximum", "unit"}, f"{at}/x-decimal")
                minimum, maximum = (
                    self.decimal_constant(parse_decimal(limits[key], at)) if key in limits else None
                    for key in ("minimum", "maximum")
                )
                unit = _text(limits["unit"], f"{at}/x-decimal/unit") if "unit" in limits else None
                bounds.append(Bound(field, minimum, maximum, unit))
            else:
                restrict.append(self._values(by_wire, name, constraint, at))
        return RuleIR(description, when, negated, require, forbid, tuple(restrict), tuple(bounds))

    def _values(
        self, by_wire: dict[str, FieldIR], name: str, constraint: Mapping[str, Any] | None, where: str
    ) -> Condition:
        field = _ref(by_wire, name, where)
        if constraint is None:
            return Condition(field)
        _only(constraint, {"const", "enum"}, where)
        if len(constraint) != 1:
            raise SpecError(where, "a rule constrains a property by exactly one of const or enum")
        values = (constraint["const"],) if "const" in constraint else tuple(constraint["enum"])
        target = by_wire[name].type
        if not kinds.kind_of(target).comparable:
            raise SpecError(where, "rules compare enum or string properties only")
        allowed = kinds.kind_of(target).values(target)
        unknown = [value for value in values if allowed is not None and value not in allowed]
        if unknown:
            raise SpecError(where, f"{', '.join(map(repr, unknown))} not among the values of {name}")
        return Condition(field, values, tuple(repr(value) for value in values))


# -- helpers --------------------------------------------------------------------------------------------------------


def _forbidden(node: Mapping[str, Any] | None, where: str) -> Iterable[str]:
    if node is None:
        return ()
    if set(node) == {"required"}:
        return tuple(node["required"])
    if set(node) == {"anyOf"} and all(set(arm) == {"required"} for arm in node["anyOf"]):
        return tuple(name for arm in node["anyOf"] for name in arm["required"])
    raise SpecError(where, "not takes {required: [...]} or {anyOf: [{required: [...]}, ...]}")


def _blank_arm(prop: Mapping[str, Any], where: str, side: Side, location: Location | None) -> Mapping[str, Any]:
    """The value schema of a property that may also be the empty string (``anyOf: [<value>, {const: ""}]``), with
    the property's own keywords (description, conflicts) kept."""
    arms = prop["anyOf"]
    if not (isinstance(arms, list) and len(arms) == 2 and arms[1] == {"const": ""} and isinstance(arms[0], dict)):
        raise SpecError(f"{where}/anyOf", 'a property\'s anyOf must be [<value schema>, {const: ""}]')
    if side != "request" or location != "body":
        raise SpecError(f"{where}/anyOf", "an empty-string arm is supported on request body fields only")
    if arms[0].get("type") in ("object", "array") or "anyOf" in arms[0]:
        raise SpecError(f"{where}/anyOf/0", "the value arm must be one value (a string, number, or a $ref to one)")
    own = {key: value for key, value in prop.items() if key != "anyOf"}
    clash = sorted(set(own) & set(arms[0]))
    if clash:
        raise SpecError(f"{where}/anyOf/0", f"{clash[0]!r} is set both on the property and in its value arm")
    return {**own, **arms[0]}


def _ref(by_wire: dict[str, FieldIR], name: str, where: str) -> FieldRef:
    if name not in by_wire:
        raise SpecError(where, f"the rule names {name!r}, which is not a property here")
    field = by_wire[name]
    return FieldRef(field.name, name, field.required and not field.blank)


def _must(value: Any, where: str) -> Any:
    if value is None:
        raise SpecError(where, "x-pagination needs request (and next, for the cursor style)")
    return value


def _rate_limit(node: Mapping[str, Any] | None, where: str) -> RateLimitIR | None:
    if node is None:
        return None
    _only(node, {"limit", "per", "scope", "x-doc-conflict", "description"}, where)
    rate = conflicts.rate(node)
    if rate is None:
        raise SpecError(where, "x-rate-limit is {limit: <int>, per: <n>s, scope: uid | ip}")
    return RateLimitIR(*rate)


def _only(node: Mapping[str, Any], allowed: Iterable[str], where: str) -> None:
    unknown = sorted(set(node) - set(allowed))
    if unknown:
        raise SpecError(where, f"unsupported keyword {unknown[0]!r}")


def _required(node: Mapping[str, Any], key: str, where: str) -> Any:
    if key not in node:
        raise SpecError(where, f"{key} is missing")
    return node[key]


def _text(value: object, where: str) -> str:
    """Spec prose bound for a docstring: a string that cannot end the docstring early."""
    if not isinstance(value, str):
        raise SpecError(where, "descriptions are strings")
    if '"""' in value or "\\" in value or "\x00" in value:
        raise SpecError(where, 'descriptions may not contain """, backslashes or NUL: they would break the docstring')
    return value.strip()


def _same_name(fields: list[FieldIR]) -> tuple[FieldIR, FieldIR] | None:
    """The first field whose Python name an earlier one has (two wire names can give one), with that earlier one."""
    seen: dict[str, FieldIR] = {}
    for field in fields:
        if field.name in seen:
            return seen[field.name], field
        seen[field.name] = field
    return None


def _no_text_clash(fields: list[FieldIR], where: str) -> None:
    """A request constructor keeps a field's wire text in the local ``<name>_text``: no field may be named so."""
    taken = {field.name for field in fields}
    for name in sorted(taken):
        field = name.removesuffix("_text")
        if name != field and field in taken:
            raise SpecError(where, f"request fields {field!r} and {name!r} clash (wire text is kept as <name>_text)")


def _model_modules(
    tags: list[TagIR],
    operations: list[OperationIR],
    enums: tuple[EnumIR, ...],
    patterns: tuple[Pattern, ...],
    decimals: tuple[DecimalConstant, ...],
    models: tuple[ModelIR, ...],
) -> tuple[ModelModuleIR, ...]:
    """The private modules the enums, patterns, decimals and models are written to: each goes to the module of the
    one tag whose operations reach it (from their request and result models, through fields, nested models and rule
    bounds), or to the shared one when several tags reach it, or none. What a module holds then refers only to its
    own and shared names, and the shared module only to its own."""
    by_name = {model.name: model for model in models}
    reached: dict[str, set[str | None]] = {}

    def reach(name: str, tag: str | None) -> None:
        tags_here = reached.setdefault(name, set())
        if tag not in tags_here:
            tags_here.add(tag)
            for referred in _referred(by_name[name]) if name in by_name else ():
                reach(referred, tag)

    for operation in operations:
        reach(operation.request, operation.tag)
        reach(operation.result, operation.tag)
    for model in models:
        if model.name not in reached:
            reach(model.name, None)

    def owner(name: str) -> str | None:
        """The one tag that reaches ``name``, or None: shared."""
        by = reached.get(name, set())
        return next(iter(by)) if len(by) == 1 else None

    def module(tag: str | None) -> ModelModuleIR:
        return ModelModuleIR(
            name=f"_{tag or 'shared'}_models",
            tag=tag,
            enums=tuple(enum for enum in enums if owner(enum.name) == tag),
            patterns=tuple(pattern for pattern in patterns if owner(pattern.constant) == tag),
            decimals=tuple(constant for constant in decimals if owner(constant.name) == tag),
            models=tuple(model for model in models if owner(model.name) == tag),
        )

    own = [module(tag.name) for tag in tags]
    return (module(None), *(module for module in own if module.models))


def _referred(model: ModelIR) -> Iterator[str]:
    """The names of the enums, models, patterns and decimal constants ``model``'s code refers to."""
    for field in model.fields:
        type_: TypeIR | None = field.type
        while type_ is not None:
            if type_.of is not None:
                yield type_.of
            type_ = type_.item
        if field.pattern is not None:
            yield field.pattern.constant
        for limit in (field.minimum, field.maximum):
            if isinstance(limit, DecimalConstant):
                yield limit.name
    for rule in model.rules:
        for bound in rule.bounds:
            for constant in (bound.minimum, bound.maximum):
                if constant is not None:
                    yield constant.name
