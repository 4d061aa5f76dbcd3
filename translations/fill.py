#!/usr/bin/env python3
"""Fill translations into a Qt .ts file from a JSON map (see update.sh); --missing lists gaps."""
import json
import sys
import xml.etree.ElementTree as ET


def missing(ts_path):
    root = ET.parse(ts_path).getroot()
    n = 0
    for ctx in root.iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            if tr is None or tr.get("type") == "unfinished":
                n += 1
                print(f"{name}\t{msg.findtext('source')}")
    return n


def fill(ts_path, json_path):
    with open(json_path, encoding="utf-8") as f:
        wanted = json.load(f)
    tree = ET.parse(ts_path)
    root = tree.getroot()
    done = 0
    for ctx in root.iter("context"):
        name = ctx.findtext("name")
        table = wanted.get(name, {})
        for msg in ctx.iter("message"):
            src = msg.findtext("source")
            if src not in table:
                continue
            value = table[src]
            tr = msg.find("translation")
            if tr is None:
                tr = ET.SubElement(msg, "translation")
            tr.attrib.pop("type", None)
            tr.text = None
            for child in list(tr):
                tr.remove(child)
            if isinstance(value, list):
                for form in value:
                    ET.SubElement(tr, "numerusform").text = form
            else:
                tr.text = value
            done += 1
    with open(ts_path, "wb") as f:
        f.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(f, encoding="utf-8", xml_declaration=False)
    print(f"{done} translations filled in {ts_path}", file=sys.stderr)


if __name__ == "__main__":
    if sys.argv[1] == "--missing":
        sys.exit(1 if missing(sys.argv[2]) else 0)
    fill(sys.argv[1], sys.argv[2])
