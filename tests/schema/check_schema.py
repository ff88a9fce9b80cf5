#!/usr/bin/env python3
"""Checks the shipped bank and every fixture under tests/data against data/schema/bank.schema.json with a real
JSON Schema validator (python3-jsonschema, Draft 2020-12), and compares the verdict with what each fixture's
<name>.expect.json says the schema must decide. The C++ tests hold the same fixtures to the loader's verdict, so
the schema and the loader cannot drift apart unnoticed.

usage: check_schema.py REPO_ROOT
"""
import json
import sys
from pathlib import Path

from jsonschema import Draft202012Validator


def problems_in(validator, path):
    """Every problem in one file; empty when it is valid."""
    raw = path.read_bytes()
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return ["not UTF-8"]
    if text.startswith("\ufeff"):
        text = text[1:]
    try:
        value = json.loads(text)
    except ValueError as error:
        return [f"not JSON: {error}"]
    return [f"/{'/'.join(str(p) for p in e.absolute_path)} {e.message}" for e in validator.iter_errors(value)]


def json_files(folder):
    return sorted(p for p in folder.iterdir() if p.suffix == ".json" and not p.name.startswith("."))


def main():
    if len(sys.argv) != 2:
        print(__doc__.strip().splitlines()[-1], file=sys.stderr)
        return 2
    root = Path(sys.argv[1])
    schema = json.loads((root / "data/schema/bank.schema.json").read_text(encoding="utf-8"))
    Draft202012Validator.check_schema(schema)  # the schema itself must be valid 2020-12
    validator = Draft202012Validator(schema)

    failures = []
    checked = 0
    # 1. The shipped bank must be valid, file by file.
    for path in json_files(root / "data/bank"):
        checked += 1
        found = problems_in(validator, path)
        if found:
            failures.append(f"{path}: " + "; ".join(found[:10]))

    # 2. Each fixture folder must get the schema verdict its .expect.json states.
    for group in ("good", "bad"):
        base = root / "tests/data" / group
        for folder in sorted(p for p in base.iterdir() if p.is_dir()):
            expect_file = base / f"{folder.name}.expect.json"
            if not expect_file.exists():
                failures.append(f"{folder}: no {expect_file.name} beside it")
                continue
            expected = json.loads(expect_file.read_text(encoding="utf-8")).get("schemaValid")
            if not isinstance(expected, bool):
                failures.append(f"{expect_file}: \"schemaValid\" must say true or false")
                continue
            checked += 1
            found = [f"{path.name}: {p}" for path in json_files(folder) for p in problems_in(validator, path)]
            valid = not found
            if valid != expected:
                detail = "".join(f"\n    {p}" for p in found[:5])
                failures.append(f"{folder}: the schema says {'valid' if valid else 'invalid'} but the fixture "
                                f"expects {'valid' if expected else 'invalid'}{detail}")

    for failure in failures:
        print(f"FAIL {failure}", file=sys.stderr)
    print(f"schema check: {checked} banks/files checked, {len(failures)} failure(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
