#!/usr/bin/env python3
"""Breaking changes between two OpenAPI documents of this service, and whether the changelog
announces each of them.

    api_diff.py OLD.json NEW.json                      list the breaking changes
    api_diff.py OLD.json NEW.json --changelog FILE     also fail (exit 1) on any breaking change
                                                       whose location the changelog's
                                                       "Unreleased" section does not name
    api_diff.py selftest                               check the rules on made-up documents

What is breaking is written in docs/api/versioning.md; in short, anything that makes a client
generated from OLD send what NEW refuses or misread what NEW answers:

- an operation, a parameter, a request or success media type, a success status, a schema or
  a property removed;
- a parameter or request property newly required; a response property no longer required;
- a type changed (a request's may widen, a response's may narrow);
- an enum value removed from what a request may send, or added to what an answer may carry
  (generated clients treat enums as closed).

Each change has a location, e.g. `GET /api/v1/statistics/summary query format` or
`Job.kind`: the changelog announces a change by naming its location in backticks.
"""

import copy
import json
import re
import sys

METHODS = ("get", "put", "post", "delete", "patch", "head", "options", "trace")


def ref_name(ref):
    return ref.rsplit("/", 1)[-1]


def kinds(schema):
    """The set of what a value of `schema` may be: JSON types, `ref:Name` for a named schema,
    `array<…>` for arrays (by their items)."""
    if not isinstance(schema, dict):
        return frozenset()
    if "$ref" in schema:
        return frozenset({"ref:" + ref_name(schema["$ref"])})
    out = set()
    for key in ("oneOf", "anyOf"):
        for item in schema.get(key, []):
            out |= kinds(item)
    for item in schema.get("allOf", []):
        out |= kinds(item)
    types = schema.get("type")
    if isinstance(types, str):
        types = [types]
    for t in types or []:
        if t == "array":
            out.add("array<" + ",".join(sorted(kinds(schema.get("items", {})))) + ">")
        else:
            out.add(t)
    return frozenset(out)


def refs_in(node):
    """Names of the schemas `node` refers to, directly."""
    found = set()
    stack = [node]
    while stack:
        x = stack.pop()
        if isinstance(x, dict):
            if isinstance(x.get("$ref"), str) and x["$ref"].startswith("#/components/schemas/"):
                found.add(ref_name(x["$ref"]))
            stack.extend(x.values())
        elif isinstance(x, list):
            stack.extend(x)
    return found


def resolve(doc, node):
    """`node`, or what its `$ref` (a pointer within the document) names."""
    ref = node.get("$ref") if isinstance(node, dict) else None
    if not isinstance(ref, str) or not ref.startswith("#/"):
        return node
    at = doc
    for key in ref[2:].split("/"):
        at = at.get(key.replace("~1", "/").replace("~0", "~"), {}) if isinstance(at, dict) else {}
    return at


def resolve_response(doc, response):
    return resolve(doc, response)


def operations(doc):
    for path, item in doc.get("paths", {}).items():
        for method in METHODS:
            if method in item:
                yield f"{method.upper()} {path}", item[method]


def reachable(doc):
    """(schemas a request may carry, schemas an answer may carry), each closed over references."""
    schemas = doc.get("components", {}).get("schemas", {})

    def close(names):
        seen, todo = set(), list(names)
        while todo:
            n = todo.pop()
            if n in seen or n not in schemas:
                continue
            seen.add(n)
            todo.extend(refs_in(schemas[n]))
        return seen

    request, response = set(), set()
    for _, op in operations(doc):
        request |= refs_in(op.get("parameters", []))
        request |= refs_in(op.get("requestBody", {}))
        for _, r in op.get("responses", {}).items():
            response |= refs_in(resolve_response(doc, r))
    return close(request), close(response)


def compare_kinds(old, new, in_request, in_response):
    """Whether changing a value's kinds from `old` to `new` breaks a client."""
    if old == new:
        return False
    if in_request and not in_response:
        return not new >= old
    if in_response and not in_request:
        return not new <= old
    return True


def compare_enum(old, new, in_request, in_response):
    old, new = set(old or []), set(new or [])
    if not old and not new:
        return []
    out = []
    if in_request and old - new:
        out.append("removes " + ", ".join(sorted(map(str, old - new))))
    if in_response and new - old and old:
        out.append("adds " + ", ".join(sorted(map(str, new - old))))
    return out


def diff(old, new):
    """The breaking changes from `old` to `new`: a list of (location, what)."""
    changes = []
    new_ops = dict(operations(new))
    for where, op in operations(old):
        if where not in new_ops:
            changes.append((where, "operation removed"))
            continue
        nop = new_ops[where]
        params = {(p.get("in"), p.get("name")): p for p in (resolve(old, p) for p in op.get("parameters", []))}
        nparams = {(p.get("in"), p.get("name")): p for p in (resolve(new, p) for p in nop.get("parameters", []))}
        for key, p in params.items():
            loc = f"{where} {key[0]} {key[1]}"
            if key not in nparams:
                changes.append((loc, "parameter removed"))
                continue
            np = nparams[key]
            if np.get("required") and not p.get("required"):
                changes.append((loc, "parameter now required"))
            if compare_kinds(kinds(p.get("schema")), kinds(np.get("schema")), True, False):
                changes.append((loc, "parameter type changed"))
            for what in compare_enum(p.get("schema", {}).get("enum"), np.get("schema", {}).get("enum"), True, False):
                changes.append((loc, "parameter enum " + what))
        for key, np in nparams.items():
            if key not in params and np.get("required"):
                changes.append((f"{where} {key[0]} {key[1]}", "new required parameter"))
        body = op.get("requestBody", {}).get("content", {})
        nbody = nop.get("requestBody", {}).get("content", {})
        for media in body:
            if media not in nbody:
                changes.append((f"{where} body {media}", "request media type removed"))
            elif compare_kinds(kinds(body[media].get("schema")), kinds(nbody[media].get("schema")), True, False):
                changes.append((f"{where} body {media}", "request body type changed"))
        if nop.get("requestBody", {}).get("required") and op.get("requestBody") and not op["requestBody"].get("required"):
            changes.append((f"{where} body", "request body now required"))
        nresponses = nop.get("responses", {})
        for status, r in op.get("responses", {}).items():
            if not status.startswith("2"):
                continue
            if status not in nresponses:
                changes.append((f"{where} {status}", "success status removed"))
                continue
            content = resolve_response(old, r).get("content", {})
            ncontent = resolve_response(new, nresponses[status]).get("content", {})
            for media in content:
                if media not in ncontent:
                    changes.append((f"{where} {status} {media}", "response media type removed"))
                elif compare_kinds(kinds(content[media].get("schema")), kinds(ncontent[media].get("schema")), False, True):
                    changes.append((f"{where} {status} {media}", "response type changed"))

    schemas = old.get("components", {}).get("schemas", {})
    nschemas = new.get("components", {}).get("schemas", {})
    req, res = reachable(old)
    for name, s in schemas.items():
        in_req, in_res = name in req, name in res
        if not (in_req or in_res):
            continue
        if name not in nschemas:
            changes.append((name, "schema removed"))
            continue
        n = nschemas[name]
        if compare_kinds(kinds(s), kinds(n), in_req, in_res):
            changes.append((name, "type changed"))
        for what in compare_enum(s.get("enum"), n.get("enum"), in_req, in_res):
            changes.append((name, "enum " + what))
        props, nprops = s.get("properties", {}), n.get("properties", {})
        required, nrequired = set(s.get("required", [])), set(n.get("required", []))
        for prop, ps in props.items():
            loc = f"{name}.{prop}"
            if prop not in nprops:
                changes.append((loc, "property removed"))
                continue
            nps = nprops[prop]
            if compare_kinds(kinds(ps), kinds(nps), in_req, in_res):
                changes.append((loc, "type changed"))
            for what in compare_enum(ps.get("enum"), nps.get("enum"), in_req, in_res):
                changes.append((loc, "enum " + what))
            if in_res and prop in required and prop not in nrequired:
                changes.append((loc, "no longer always present"))
        for prop in nrequired - required:
            if in_req:
                changes.append((f"{name}.{prop}", "now required in requests"))
    return changes


def unreleased(changelog):
    """The text of the changelog's Unreleased section."""
    m = re.search(r"^## \[Unreleased\][^\n]*\n(.*?)(?=^## \[|\Z)", changelog, re.S | re.M)
    return m.group(1) if m else ""


def unannounced(changes, changelog):
    section = unreleased(changelog)
    return [(loc, what) for loc, what in changes if f"`{loc}`" not in section]


def selftest():
    base = {
        "openapi": "3.1.0",
        "paths": {
            "/a": {
                "get": {
                    "parameters": [{"name": "q", "in": "query", "schema": {"type": "string"}}],
                    "responses": {"200": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}}}},
                },
                "post": {
                    "requestBody": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/In"}}}},
                    "responses": {"201": {"content": {"application/json": {"schema": {"$ref": "#/components/schemas/A"}}}}},
                },
            }
        },
        "components": {
            "schemas": {
                "A": {
                    "type": "object",
                    "required": ["id", "state"],
                    "properties": {"id": {"type": "integer"}, "state": {"$ref": "#/components/schemas/State"},
                                   "note": {"type": ["string", "null"]}},
                },
                "State": {"type": "string", "enum": ["open", "closed"]},
                "In": {"type": "object", "properties": {"name": {"type": "string"}, "kind": {"type": "string",
                       "enum": ["x", "y"]}}},
            }
        },
    }
    assert diff(base, copy.deepcopy(base)) == [], "no change, nothing breaking"

    def changed(edit):
        new = copy.deepcopy(base)
        edit(new)
        return diff(base, new)

    s = lambda d: d["components"]["schemas"]  # noqa: E731
    cases = [
        (lambda d: s(d)["A"]["properties"].pop("note"), [("A.note", "property removed")]),
        (lambda d: s(d)["A"]["required"].remove("state"), [("A.state", "no longer always present")]),
        (lambda d: s(d)["A"]["properties"]["note"].update(type="string"), []),  # an answer narrows
        (lambda d: s(d)["A"]["properties"]["id"].update(type="string"), [("A.id", "type changed")]),
        (lambda d: s(d)["State"]["enum"].append("lost"), [("State", "enum adds lost")]),
        (lambda d: s(d)["State"]["enum"].remove("closed"), []),  # an answer carries fewer values
        (lambda d: s(d)["In"]["properties"]["kind"]["enum"].remove("y"), [("In.kind", "enum removes y")]),
        (lambda d: s(d)["In"]["properties"]["kind"]["enum"].append("z"), []),  # a request may send more
        (lambda d: s(d)["In"].update(required=["name"]), [("In.name", "now required in requests")]),
        (lambda d: s(d)["In"]["properties"]["name"].update(type=["string", "null"]), []),  # a request widens
        (lambda d: d["paths"]["/a"].pop("post"), [("POST /a", "operation removed")]),
        (lambda d: d["paths"]["/a"]["get"]["parameters"].clear(), [("GET /a query q", "parameter removed")]),
        (lambda d: d["paths"]["/a"]["get"]["parameters"][0].update(required=True),
         [("GET /a query q", "parameter now required")]),
        (lambda d: d["paths"]["/a"]["get"]["parameters"].append({"name": "p", "in": "query", "required": False}), []),
        (lambda d: d["paths"]["/a"]["get"]["responses"]["200"]["content"].update({"text/csv": {}}), []),
        (lambda d: (d["components"].update(parameters={"Q": d["paths"]["/a"]["get"]["parameters"][0]}),
                    d["paths"]["/a"]["get"].update(parameters=[{"$ref": "#/components/parameters/Q"}])), []),
        (lambda d: d["paths"]["/a"]["get"]["responses"]["200"].update(content={"text/csv": {}}),
         [("GET /a 200 application/json", "response media type removed")]),
        (lambda d: d["paths"]["/a"]["post"]["requestBody"]["content"]["application/json"].update(
            schema={"type": "array", "items": {"$ref": "#/components/schemas/In"}}),
         [("POST /a body application/json", "request body type changed")]),
        (lambda d: d["paths"]["/a"]["post"]["requestBody"]["content"]["application/json"].update(
            schema={"oneOf": [{"$ref": "#/components/schemas/In"}, {"type": "array"}]}), []),  # widened
    ]
    for i, (edit, want) in enumerate(cases):
        got = changed(edit)
        assert got == want, f"case {i}: {got} != {want}"

    changes = changed(lambda d: s(d)["A"]["properties"].pop("note"))
    log = "# Changelog\n\n## [Unreleased]\n\n### Removed\n\n- **Breaking**: `A.note`.\n\n## [0.1.0]\n\n- `B.x`\n"
    assert unannounced(changes, log) == []
    assert unannounced(changes, log.replace("`A.note`", "A.note")) == changes, "named in backticks"
    assert unannounced(changes, "## [Unreleased]\n\n## [0.1.0]\n\n- `A.note`\n") == changes, "in Unreleased"
    print(f"api_diff selftest: {len(cases) + 3} cases pass")


def main(argv):
    if argv[1:] == ["selftest"]:
        selftest()
        return 0
    if len(argv) not in (3, 5) or (len(argv) == 5 and argv[3] != "--changelog"):
        print(__doc__, file=sys.stderr)
        return 2
    with open(argv[1], encoding="utf-8") as f:
        old = json.load(f)
    with open(argv[2], encoding="utf-8") as f:
        new = json.load(f)
    changes = diff(old, new)
    for loc, what in changes:
        print(f"breaking: `{loc}`: {what}")
    print(f"{len(changes)} breaking changes from {argv[1]} to {argv[2]}")
    if len(argv) == 5:
        with open(argv[4], encoding="utf-8") as f:
            missing = unannounced(changes, f.read())
        for loc, what in missing:
            print(f"not announced in {argv[4]} (Unreleased): `{loc}`: {what}")
        if missing:
            print(f"{len(missing)} breaking changes are not announced: name each location, in backticks, "
                  "in the Unreleased section of the changelog (docs/api/versioning.md)")
            return 1
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
