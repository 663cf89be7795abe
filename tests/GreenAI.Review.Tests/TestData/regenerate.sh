#!/usr/bin/env bash
# Regenerates sample-base.sarif and sample-head.sarif (README.md here says what they are) and prints the diff that
# docs/review-example.md shows. Run from anywhere after the analyzers' messages, properties or numbers change.
set -euo pipefail
root=$(cd "$(dirname "$0")/../../.." && pwd)
here="$root/tests/GreenAI.Review.Tests/TestData"
work=$(mktemp -d)
head="$root/samples/.sample-head"   # a sibling of the sample, so that its relative project references still resolve
trap 'rm -rf "$work" "$head"' EXIT

mkdir -p "$work/base" "$work/head"
dotnet build "$root/samples/GreenAI.Samples" --no-incremental "-p:ErrorLog=$work/base/GreenAI.Samples.sarif%2Cversion=2.1" > "$work/base.log" 2>&1 \
  || { cat "$work/base.log"; exit 1; }
rm -rf "$head" && cp -r "$root/samples/GreenAI.Samples" "$head" && rm -rf "$head/bin" "$head/obj"
dotnet format analyzers "$head/GreenAI.Samples.csproj" --diagnostics GAI001 GAI002 --severity info > "$work/format.log" 2>&1 \
  || { cat "$work/format.log"; exit 1; }
dotnet build "$head/GreenAI.Samples.csproj" --no-incremental "-p:ErrorLog=$work/head/GreenAI.Samples.sarif%2Cversion=2.1" > "$work/head.log" 2>&1 \
  || { cat "$work/head.log"; exit 1; }

# Keep the GreenAI rules and results only, drop `invocations` and the run's timing, and write file URIs as file:///src/app/….
python3 - "$work/base/GreenAI.Samples.sarif" "$here/sample-base.sarif" "$root/samples/GreenAI.Samples/" \
          "$work/head/GreenAI.Samples.sarif" "$here/sample-head.sarif" "$head/" <<'PY'
import json, sys
args = sys.argv[1:]
for source, target, folder in zip(args[0::3], args[1::3], args[2::3]):
    log = json.load(open(source, encoding="utf-8"))
    for run in log["runs"]:
        run.pop("invocations", None)
        run.pop("properties", None)  # the analyzers' execution time: it differs on every build
        rules = run["tool"]["driver"].get("rules", [])
        kept = [r for r in rules if r["id"].startswith("GAI")]
        for rule in kept:
            for timing in ("executionTimeInSeconds", "executionTimeInPercentage"):
                rule.get("properties", {}).pop(timing, None)
        index = {r["id"]: i for i, r in enumerate(kept)}
        run["tool"]["driver"]["rules"] = kept
        # In source order: the compiler reports in whatever order its threads finish.
        def place(result):
            location = result.get("locations", [{}])[0].get("physicalLocation", {})
            region = location.get("region", {})
            return (location.get("artifactLocation", {}).get("uri", ""), region.get("startLine", 0), region.get("startColumn", 0), result["ruleId"])
        run["results"] = sorted((r for r in run["results"] if r["ruleId"].startswith("GAI")), key=place)
        for result in run["results"]:
            result["ruleIndex"] = index[result["ruleId"]]
            for location in result.get("locations", []):
                artifact = location["physicalLocation"]["artifactLocation"]
                artifact["uri"] = artifact["uri"].replace("file://" + folder, "file:///src/app/")
            custom = result.get("properties", {}).get("customProperties", {})
            if "model_at" in custom:  # line:column:path, the path as the compiler has it
                custom["model_at"] = custom["model_at"].replace(folder, "/src/app/")
    with open(target, "w", encoding="utf-8", newline="\n") as f:
        json.dump(log, f, indent=2, ensure_ascii=False)
        f.write("\n")
PY
dotnet run --project "$root/src/GreenAI.Review" -- diff "$here/sample-base.sarif" "$here/sample-head.sarif"
