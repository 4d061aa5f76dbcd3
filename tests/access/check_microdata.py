#!/usr/bin/env python3
"""An independent reader of a Följa microdata export (INTERCHANGE §1, `microdata export`).

    check_microdata.py DIR EXPECTED.json FORBIDDEN.txt

Reads DIR/insatser.csv with Python's csv module and DIR/datapackage.json with json, and checks:
  * the CSV header is exactly the Table Schema's field names, in order;
  * every value fits its field: pseudonyms are 32 hex digits, integers are integers, dates are
    YYYY-MM or YYYY-MM-DD as the package says, coded values are in the field's enum, every part of
    a multi-valued field is one of its categories; missing values are only those the schema lists;
  * the counts per kön × insats × måluppfyllelse (rows whose måluppfyllelse is "not applicable" left
    out, as the engine leaves them out of its table) equal EXPECTED.json ({"kon|insats|mal": n});
  * no line of FORBIDDEN.txt (personnummer, comments, account names, ärende keys) occurs anywhere
    in any file of DIR.
Prints what is wrong and exits 1, or prints a summary and exits 0.
"""

import collections
import csv
import json
import os
import re
import sys


def main(argv):
    if len(argv) != 4:
        print(__doc__, file=sys.stderr)
        return 2
    out_dir, expected_path, forbidden_path = argv[1:]
    problems = []

    with open(os.path.join(out_dir, "datapackage.json"), encoding="utf-8") as f:
        package = json.load(f)
    resource = package["resources"][0]
    schema = resource["schema"]
    fields = schema["fields"]
    names = [field["name"] for field in fields]
    missing = set()
    for m in schema.get("missingValues", [""]):
        missing.add(m["value"] if isinstance(m, dict) else m)
    if missing != {"", "-"}:
        problems.append(f"missingValues should be '' (bortfall) and '-' (ej tillämplig), not {sorted(missing)}")

    with open(os.path.join(out_dir, resource["path"]), encoding="utf-8", newline="") as f:
        rows = list(csv.reader(f, delimiter=resource["dialect"]["delimiter"]))
    header, data = rows[0], rows[1:]
    if header != names:
        problems.append(f"header {header} differs from the schema's fields {names}")

    date_patterns = {"yearmonth": re.compile(r"^\d{4}-\d{2}$"), "date": re.compile(r"^\d{4}-\d{2}-\d{2}$")}
    counts = collections.Counter()
    for line_no, row in enumerate(data, start=2):
        if len(row) != len(names):
            problems.append(f"line {line_no}: {len(row)} fields, expected {len(names)}")
            continue
        record = dict(zip(names, row))
        for field in fields:
            value = record[field["name"]]
            if value in missing:
                if field.get("constraints", {}).get("required"):
                    problems.append(f"line {line_no}: {field['name']} is required")
                continue
            kind = field["type"]
            where = f"line {line_no}, {field['name']} = {value!r}"
            if "pattern" in field.get("constraints", {}):
                if not re.fullmatch(field["constraints"]["pattern"], value):
                    problems.append(f"{where}: does not match {field['constraints']['pattern']}")
            if kind == "integer":
                if not re.fullmatch(r"\d+", value):
                    problems.append(f"{where}: not an integer")
            elif kind in date_patterns:
                if not date_patterns[kind].match(value):
                    problems.append(f"{where}: not a {kind}")
            elif "enum" in field.get("constraints", {}):
                if value not in field["constraints"]["enum"]:
                    problems.append(f"{where}: not in the enum")
            elif "categories" in field:
                allowed = {c["value"] for c in field["categories"]}
                for part in value.split("|"):
                    if part not in allowed:
                        problems.append(f"{where}: {part!r} is not a category")
        if record["maluppfyllelse"] != "-":
            counts[f"{record['kon']}|{record['insats']}|{record['maluppfyllelse']}"] += 1

    with open(expected_path, encoding="utf-8") as f:
        expected = json.load(f)
    for key in sorted(set(expected) | set(counts)):
        if expected.get(key, 0) != counts.get(key, 0):
            problems.append(f"count {key}: export {counts.get(key, 0)}, engine {expected.get(key, 0)}")

    with open(forbidden_path, encoding="utf-8") as f:
        forbidden = [line.rstrip("\n") for line in f if line.strip()]
    for name in sorted(os.listdir(out_dir)):
        with open(os.path.join(out_dir, name), encoding="utf-8") as f:
            text = f.read()
        for word in forbidden:
            if word in text:
                problems.append(f"{name} contains a forbidden string ({len(word)} characters)")

    if problems:
        for p in problems[:40]:
            print(p)
        print(f"{len(problems)} problem(s)")
        return 1
    print(f"ok: {len(data)} rows, {sum(counts.values())} counted in {len(counts)} cells")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
