#!/usr/bin/env bash
# Lighthouse's accessibility audit, mobile, of every main page of a running Waypoint, signed in as an account
# that exists on it. Needs Node and Chromium; Lighthouse comes from the npm registry.
#   scripts/lighthouse.sh http://localhost:8080 person@example.com 'their password' [project id] [group id]
# Writes one JSON report per page to target/lighthouse and prints each page's score.
set -euo pipefail
base=${1%/}; email=$2; password=$3; project=${4:-}; group=${5:-}
out=${LIGHTHOUSE_OUT:-target/lighthouse}
chrome=${CHROME_PATH:-$(command -v chromium || command -v chromium-browser || command -v google-chrome)}
mkdir -p "$out"
cookies=$(mktemp)
trap 'rm -f "$cookies"' EXIT

# sign in as a browser would: the login page hands out the session and its CSRF token
csrf=$(curl -s -c "$cookies" "$base/login" | grep -o 'name="_csrf" content="[^"]*"' | sed 's/.*content="//; s/"$//')
curl -s -b "$cookies" -c "$cookies" -o /dev/null --data-urlencode "username=$email" \
     --data-urlencode "password=$password" --data-urlencode "_csrf=$csrf" "$base/login"
session=$(awk '$6 == "JSESSIONID" { print $7 }' "$cookies")

pages=("" roadmaps roadmaps/ai-backend-2025h2 skills projects interview interview/questions interview/review
       interview/problems interview/stories interview/mocks applications groups settings settings/data)
[ -n "$project" ] && pages+=("projects/$project")
[ -n "$group" ] && pages+=("groups/$group")
for page in "${pages[@]}"; do
  name=${page:-home}; name=${name//\//-}
  CHROME_PATH="$chrome" npx --yes lighthouse@13.5.0 "$base/$page" --quiet --only-categories=accessibility \
      --form-factor=mobile --screenEmulation.mobile --chrome-flags="--headless --no-sandbox --disable-gpu" \
      --extra-headers "{\"Cookie\": \"JSESSIONID=$session\"}" --output=json --output-path="$out/$name.json"
  node -e "const r = require(process.argv[1]); const failed = Object.values(r.audits)
      .filter(a => a.score !== null && a.score < 1 && a.scoreDisplayMode === 'binary').map(a => a.id);
      console.log('/' + process.argv[2], Math.round(r.categories.accessibility.score * 100), failed.join(' '))" \
      "$(realpath "$out/$name.json")" "$page"
done
