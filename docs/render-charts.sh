#!/usr/bin/env bash
# Renders every Mermaid block of a Markdown file to PNG, as GitHub would draw it, to look at before a chart ships:
#   bash docs/render-charts.sh docs/review-example.md /tmp/charts
# Needs Node.js with npm and a Chromium (Debian: apt-get install chromium); not part of .ci/run, whose machine has
# only the .NET SDK.
set -euo pipefail
markdown=$1; out=${2:-/tmp/greenai-charts}
mkdir -p "$out"
tools="$out/.mermaid-cli"
[[ -x "$tools/node_modules/.bin/mmdc" ]] || (mkdir -p "$tools" && cd "$tools" && PUPPETEER_SKIP_DOWNLOAD=1 npm install --silent @mermaid-js/mermaid-cli)
echo '{"args":["--no-sandbox","--disable-gpu"],"executablePath":"/usr/bin/chromium"}' > "$tools/puppeteer.json"
awk -v out="$out" '/^```mermaid/{n++; f=1; file=sprintf("%s/chart-%d.mmd", out, n); next} /^```/{f=0} f{print > file}' "$markdown"
for chart in "$out"/chart-*.mmd; do
  "$tools/node_modules/.bin/mmdc" -p "$tools/puppeteer.json" -i "$chart" -o "${chart%.mmd}.png" -b white -w 900 >/dev/null
  echo "${chart%.mmd}.png"
done
