#!/usr/bin/env python3
# Regenerates ecologits-models.tsv from EcoLogits' models.json (v0.9.1).
# Usage (from this folder): python3 generate_catalog.py ../../../../tests/GreenAI.Analyzers.Tests/TestData/ecologits-0.9.1/models.json > ecologits-models.tsv
# The test CatalogMatchesSourceTests checks the TSV against the JSON, so an edit by hand is caught.
import json
import sys


def bounds(value):
    """A parameter count is a number or {min, max}; return (min, max)."""
    if isinstance(value, dict):
        return value["min"], value["max"]
    return value, value


def fmt(x):
    return repr(float(x)) if not float(x).is_integer() else str(int(x))


data = json.load(open(sys.argv[1], encoding="utf-8"))
print("# Derived from EcoLogits v0.9.1 ecologits/data/models.json (commit 2d0a1c7), MPL-2.0.")
print("# This file is subject to the Mozilla Public License, v. 2.0: http://mozilla.org/MPL/2.0/")
print("# Columns: kind, provider, name, architecture, total_min, total_max, active_min, active_max, warnings | alias target")
for m in data["models"]:
    params = m["architecture"]["parameters"]
    if isinstance(params, dict) and "total" in params:
        total, active = bounds(params["total"]), bounds(params["active"])
    else:
        total = active = bounds(params)
    warnings = ",".join(m["warnings"] or [])
    row = ["model", m["provider"], m["name"], m["architecture"]["type"],
           fmt(total[0]), fmt(total[1]), fmt(active[0]), fmt(active[1]), warnings]
    print("\t".join(row))
for a in data["aliases"]:
    print("\t".join(["alias", a["provider"], a["name"], a["alias"]]))
