#!/usr/bin/python3
"""schema_check.py — validate Byline quiz packs against docs/pack.schema.json.

Usage:
  /usr/bin/python3 tests/tools/schema_check.py [--schema FILE] [--expect-invalid [--one-error]] PACK.json...
  /usr/bin/python3 tests/tools/schema_check.py [--schema FILE] --schema-only

Checks the schema itself first (it must be a valid JSON Schema draft 2020-12; with --schema-only
that is all it does, and it also requires a "description" on every property, which editors show
as hover help), then validates every file and prints one line per problem:

  FILE: JSON.PATH: message

The path is written the way `byline check` writes it ("$" for the whole pack, otherwise e.g.
"questions[3].answer"), so the two tools' reports can be compared line by line.

Exit status: 0 when every file is valid — or, with --expect-invalid, when every file is rejected
(with --one-error: rejected with exactly one error, for fixtures that each break one rule);
1 otherwise; 2 for usage errors, an invalid schema, or jsonschema not being installed.

Uses Debian's python3-jsonschema: run it with /usr/bin/python3, not a pyenv/venv python3.
"""
import argparse
import json
import os
import re
import sys

try:
    import jsonschema
    from jsonschema import Draft202012Validator
    from jsonschema.exceptions import best_match
except ImportError:  # pragma: no cover - depends on the machine
    sys.stderr.write("schema_check.py: the jsonschema module is missing: "
                     "install python3-jsonschema (and run this with /usr/bin/python3)\n")
    sys.exit(2)

HERE = os.path.dirname(os.path.abspath(__file__))
DEFAULT_SCHEMA = os.path.normpath(os.path.join(HERE, "..", "..", "docs", "pack.schema.json"))


def ecma_pattern(pattern):
    """JSON Schema patterns are ECMA-262 regexes, where '$' (without the m flag) matches only at
    the very end. Python's '$' also matches before a final newline, so "abc\\n" would pass
    "^[a-z]+$". Anchor a trailing '$' with '\\Z' so this tool agrees with editors and Byline."""
    if pattern.endswith("$") and not pattern.endswith("\\$"):
        return pattern[:-1] + r"\Z"
    return pattern


def _pattern(validator, pattern, instance, schema):
    if validator.is_type(instance, "string") and not re.search(ecma_pattern(pattern), instance):
        # The schema's patternErrorMessage (which VS Code shows too) says it better than a regex.
        hint = schema.get("patternErrorMessage")
        yield jsonschema.ValidationError(f"{instance!r}: {hint}" if hint else
                                         f"{instance!r} does not match {pattern!r}")


Validator = jsonschema.validators.extend(Draft202012Validator, {"pattern": _pattern})


def byline_path(parts):
    """["questions", 3, "answer"] -> "questions[3].answer"; [] -> "$"."""
    out = ""
    for p in parts:
        if isinstance(p, int):
            out += f"[{p}]"
        else:
            out += ("." if out else "") + str(p)
    return out or "$"


JSON_TYPES = {dict: "an object", list: "an array", str: "a string", bool: "a boolean",
              int: "a number", float: "a number", type(None): "null"}

SCHEMA_TYPES = {"object": "an object", "array": "an array", "string": "a string",
                "boolean": "true or false", "integer": "an integer", "number": "a number",
                "null": "null"}


def shorten(text, limit=200):
    return text if len(text) <= limit else text[:limit - 3] + "..."


def explain(err):
    """(path, message) for one error. When a value matches none of a oneOf/anyOf's forms (a
    passage that is neither a quotation nor a valid {"quote": ...} object), report why the form
    of the value's own type failed, at its own path, instead of "not valid under any of the given
    schemas"."""
    if err.validator in ("oneOf", "anyOf") and err.context:
        # Errors of the forms whose type the value has (not "is not of type" the value itself).
        same_type = [e for e in err.context if e.validator != "type" or e.relative_path]
        if same_type:
            return explain(best_match(same_type))
        wanted = [str(e.validator_value) for e in err.context if e.validator == "type"]
        found = JSON_TYPES.get(type(err.instance), "another type")
        return (byline_path(list(err.absolute_path)),
                f"expected one of the types {', '.join(wanted)}; found {found}")
    where = byline_path(list(err.absolute_path))
    # Say these the way byline check does, without repeating a possibly huge value.
    if err.validator == "maxItems":
        return where, f"has {len(err.instance)} items; at most {err.validator_value} are allowed"
    if err.validator == "minItems":
        v = err.validator_value
        return where, f"needs at least {v} item{'' if v == 1 else 's'}, found {len(err.instance)}"
    if err.validator == "type" and isinstance(err.validator_value, str):
        return where, (f"expected {SCHEMA_TYPES.get(err.validator_value, err.validator_value)}, "
                       f"found {JSON_TYPES.get(type(err.instance), 'another type')}")
    return where, shorten(err.message)


def undescribed_properties(schema, path=""):
    """Paths of properties without a "description" (editors show it as hover help). The
    conditions of if/then are tests, not definitions, and are skipped."""
    missing = []
    if isinstance(schema, dict):
        for key, sub in schema.items():
            here = f"{path}/{key}"
            if key == "if":
                continue
            if key == "properties" and isinstance(sub, dict):
                for name, prop in sub.items():
                    if not (isinstance(prop, dict) and isinstance(prop.get("description"), str)
                            and prop["description"].strip()):
                        missing.append(f"{here}/{name}")
                    missing += undescribed_properties(prop, f"{here}/{name}")
            else:
                missing += undescribed_properties(sub, here)
    elif isinstance(schema, list):
        for i, sub in enumerate(schema):
            missing += undescribed_properties(sub, f"{path}/{i}")
    return missing


def reject_constant(name):
    raise ValueError(f"{name} is not valid JSON")


def load_json(path):
    """The parsed file, or raises ValueError/OSError with a message."""
    with open(path, "rb") as f:
        raw = f.read()
    text = raw.decode("utf-8")  # strict: Byline reads UTF-8 only
    if text.startswith("\ufeff"):
        raise ValueError("file starts with a byte-order mark; save it as UTF-8 without BOM")
    return json.loads(text, parse_constant=reject_constant)


def validate_file(validator, path):
    """A sorted list of (path, message) problems; empty when the file is valid."""
    try:
        data = load_json(path)
    except (OSError, UnicodeDecodeError, ValueError) as e:
        return [("$", f"cannot read as JSON: {e}")]
    errors = sorted(validator.iter_errors(data),
                    key=lambda e: ([str(p) for p in e.absolute_path], e.message))
    return [explain(e) for e in errors]


def main(argv):
    ap = argparse.ArgumentParser(
        description="Validate Byline quiz packs against the pack JSON Schema (draft 2020-12).")
    ap.add_argument("--schema", default=DEFAULT_SCHEMA,
                    help="schema file (default: docs/pack.schema.json of this source tree)")
    ap.add_argument("--expect-invalid", action="store_true",
                    help="succeed only if every file is rejected")
    ap.add_argument("--one-error", action="store_true",
                    help="with --expect-invalid: every file must have exactly one error")
    ap.add_argument("--schema-only", action="store_true",
                    help="only check the schema: a valid draft 2020-12 schema with a description "
                         "on every property")
    ap.add_argument("files", nargs="*", metavar="PACK.json")
    args = ap.parse_args(argv)
    if not args.files and not args.schema_only:
        ap.error("no pack given")
    if args.one_error and not args.expect_invalid:
        ap.error("--one-error needs --expect-invalid")

    try:
        schema = load_json(args.schema)
    except (OSError, UnicodeDecodeError, ValueError) as e:
        print(f"{args.schema}: $: cannot read the schema: {e}")
        return 2
    try:
        Draft202012Validator.check_schema(schema)
    except jsonschema.SchemaError as e:
        print(f"{args.schema}: {byline_path(list(e.absolute_path))}: "
              f"not a valid draft 2020-12 schema: {e.message}")
        return 2
    if schema.get("$schema") != "https://json-schema.org/draft/2020-12/schema":
        print(f"{args.schema}: $schema: expected \"https://json-schema.org/draft/2020-12/schema\"")
        return 2
    if args.schema_only:
        missing = undescribed_properties(schema)
        for where in missing:
            print(f"{args.schema}: {where}: property has no \"description\" (editors show it as help)")
        if missing:
            return 1
        print(f"{args.schema}: ok: a valid draft 2020-12 schema, every property described")
        return 0

    validator = Validator(schema)
    failed = 0
    for path in args.files:
        problems = validate_file(validator, path)
        for where, msg in problems:
            print(f"{path}: {where}: {msg}")
        if args.expect_invalid:
            if not problems:
                print(f"{path}: accepted by the schema, but expected to be rejected")
                failed += 1
            elif args.one_error and len(problems) != 1:
                print(f"{path}: {len(problems)} errors, but expected exactly one")
                failed += 1
        elif problems:
            failed += 1
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
