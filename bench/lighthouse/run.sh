#!/usr/bin/env bash
# Lighthouse (accessibility, SEO, best practices) over reader pages of a running site, with Debian's Chromium.
# Usage: bench/lighthouse/run.sh [BASE_URL]   (default http://127.0.0.1:5000; start the site first)
# Needs Node.js 20 and npm; installs lighthouse 12.2.3 (the last that runs on Node 20) into bench/lighthouse/.tools.
set -euo pipefail
base="${1:-http://127.0.0.1:5000}"
here="$(cd "$(dirname "$0")" && pwd)"
tools="$here/.tools"
if [[ ! -x "$tools/node_modules/.bin/lighthouse" ]]; then
  mkdir -p "$tools"
  (cd "$tools" && echo '{"name": "lighthouse-tools", "private": true}' > package.json && npm i -E lighthouse@12.2.3 >/dev/null)
fi
export CHROME_PATH="${CHROME_PATH:-/usr/bin/chromium}"
out="$(mktemp -d)"
slug="$(curl -sf "$base/api/v1/stories/2023-08-22-osh-dialogue-platform" | python3 -c 'import json,sys; print({t["language"]: t["slug"] for t in json.load(sys.stdin)["translations"]}["ru"])')"
for path in /ky/ /ru/ /ka/ "/ru/news/$slug" /ky/events /ka/events /ky/tag/new-settlements /ka/place/osh "/ru/search?q=%D0%9E%D1%88"; do
  file="$out/$(echo "$path" | tr '/?=%' '____').json"
  "$tools/node_modules/.bin/lighthouse" "$base$path" --only-categories=accessibility,seo,best-practices --output=json \
    --output-path="$file" --quiet \
    --chrome-flags="--headless=new --no-sandbox --disable-gpu --disable-background-networking --disable-component-update --no-first-run" >/dev/null 2>&1
  python3 - "$path" "$file" <<'PY'
import json, sys
path, file = sys.argv[1], sys.argv[2]
report = json.load(open(file))
scores = " ".join(f"{k} {round(v['score'] * 100)}" for k, v in report["categories"].items())
print(f"{path}: {scores}")
for category in report["categories"].values():
    for ref in category["auditRefs"]:
        audit = report["audits"][ref["id"]]
        if ref.get("weight", 0) > 0 and audit["score"] is not None and audit["score"] < 1:
            print(f"    {ref['id']}: {audit['title']}")
PY
done
rm -rf "$out"
