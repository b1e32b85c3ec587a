#!/usr/bin/env bash
# The least work a build of the 2,000-pages-per-language corpus must do (bench/Floor): its Markdown turned into HTML,
# and as many pages as the site has written into folders of their own, each timed as a whole process, RUNS times
# (default 3), beside the site's own figures. See README, "What 0.40 of a lean Hugo leaves".
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-3}
pages=${1:-2000}
corpus="bench/corpus/$pages"
[ -f "$corpus/site.yml" ] || python3 ../shared/bench/gen_corpus.py --pages "$pages" --out "$corpus" --force >/dev/null
dotnet build -c Release generator --nologo -v quiet >/dev/null
dotnet build bench/Floor -c Release --nologo -v quiet >/dev/null
floor="dotnet bench/Floor/bin/Release/net10.0/Floor.dll"
# On the disk bench/run.sh writes to, and with a cache of its own.
work=$(mktemp -d -p bench/corpus floor.XXXXXX)
trap 'rm -rf "$work"' EXIT
export INFOSITEGEN_CACHE="$work/cache"
# The site's page count and average page size, from a build of the corpus.
generator/bin/ready/infositegen.sh build --content "$corpus" --output "$work/site" --now 2024-01-01 >/dev/null
count=$(find "$work/site" -name '*.html' | wc -l)
bytes=$(( $(find "$work/site" -name '*.html' -printf '%s\n' | awk '{ s += $1 } END { print s }') / count ))
echo "site: $count pages of $bytes bytes on average"
for i in $(seq "$runs"); do
  /usr/bin/time -f "markdown: %e s wall, %U s user, %S s system" $floor markdown "$corpus" >/dev/null
  /usr/bin/time -f "write:    %e s wall, %U s user, %S s system" $floor write "$work/pages-$i" "$count" "$bytes" >/dev/null
done
