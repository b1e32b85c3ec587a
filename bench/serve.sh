#!/usr/bin/env bash
# Measures the preview server's live-reload latency on a deterministic bilingual corpus
# (../shared/bench/gen_corpus.py): the time from saving a file to the server's reload event, and to a
# fetched page that shows the change, as the median of EDITS edits — of one article's body, of its title
# (front matter), and of the theme's base template.
#   bash bench/serve.sh [PAGES_PER_LANGUAGE]       default 2000; EDITS=7, PORT=5391
set -euo pipefail
cd "$(dirname "$0")/.."
pages=${1:-2000}
edits=${EDITS:-7}
port=${PORT:-5391}
gen=${GEN_CORPUS:-../shared/bench/gen_corpus.py}
corpus=bench/corpus/$pages
scratch=$(mktemp -d)
server=

stop() {
  [ -n "$server" ] && kill -TERM "$server" 2>/dev/null && wait "$server" 2>/dev/null
  rm -rf "$scratch"
}
trap stop EXIT

dotnet build -c Release generator --nologo -v quiet >/dev/null
[ -f "$corpus/site.yml" ] || python3 "$gen" --pages "$pages" --out "$corpus" --force >/dev/null
# The edits go to copies, so the corpus stays as generated.
cp -r "$corpus" "$scratch/content"
cp -r theme "$scratch/theme"

generator/bin/ready/infositegen.sh serve --content "$scratch/content" --theme "$scratch/theme" \
  --now 2024-01-01 --port "$port" --lang en >"$scratch/serve.log" 2>&1 &
server=$!
for _ in $(seq 600); do
  grep -q "Previewing the site at" "$scratch/serve.log" && break
  kill -0 "$server" 2>/dev/null || { cat "$scratch/serve.log"; exit 1; }
  sleep 0.2
done
grep -m1 "updated in" "$scratch/serve.log" | sed 's/^/first build: /'
base="http://127.0.0.1:$port/"

echo "== one article's body ($pages pages per language)"
python3 bench/serve_latency.py "$base" "$scratch/content/articles/p00001.vi.md" articles/p00001/ "$edits"
echo "== one article's title (front matter: lists and neighbours are assembled again)"
python3 bench/serve_latency.py "$base" "$scratch/content/articles/p00001.vi.md" articles/p00001/ "$edits" --front-matter
echo "== the theme's base template"
python3 bench/serve_latency.py "$base" "$scratch/theme/layouts/_base.cshtml" articles/p00001/ "$edits" --theme
echo "== server log (updates)"
grep -E "updated in|error" "$scratch/serve.log" | tail -n $((3 * edits + 2))
