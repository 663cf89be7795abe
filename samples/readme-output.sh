#!/usr/bin/env bash
# Prints the selection of `dotnet build samples/GreenAI.Samples` that README.md § What you see shows, help links cut:
# after an update of the method (src/GreenAI.Impact/Data/update_ecologits.py), paste its output there.
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
output=$(dotnet build "$root/samples/GreenAI.Samples" --no-incremental 2>&1 \
  | grep -E "warning GAI0" | sed -E "s|$root/samples/GreenAI.Samples/||; s| \(https://[^)]*\)||; s| \[[^]]*\]$||" | sort -u)
for site in "SupportBot.cs(15,41): warning GAI001" "CodeReviewer.cs(15,21): warning GAI001" "SupportBot.cs(21,52): warning GAI010" \
            "ToolCallingAgent.cs(17,53): warning GAI002" "TrailerStudio.cs(15,30): warning GAI004" "FaqEndpoints.cs(19,25): warning GAI007"; do
  grep -F "$site" <<< "$output"
done
