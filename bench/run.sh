#!/usr/bin/env bash
# Benchmarks full clean builds of deterministic bilingual corpora (../shared/bench/gen_corpus.py), with
# InfoSiteGen and, where it is installed (apt-get install hugo), with Hugo on the same corpus in two
# configurations (bench/hugo: templates close to InfoSiteGen's pages; bench/hugo-lean: the leanest templates
# that still do the same job), runs alternating, and prints the median of RUNS runs: wall time, CPU time
# (user + sys), peak memory, ms per output page, and the InfoSiteGen/Hugo wall-time ratios; then rebuilds of
# each corpus after edits, and clean builds of the default site (content/).
#   bash bench/run.sh [PAGES_PER_LANGUAGE...]        default: 200 2000 5000; RUNS=5 by default
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=("$@")
[ ${#sizes[@]} -gt 0 ] || sizes=(200 2000 5000)
runs=${RUNS:-5}
gen=${GEN_CORPUS:-../shared/bench/gen_corpus.py}
work=bench/corpus
mkdir -p "$work" bench/results

dotnet build -c Release generator --nologo -v quiet >/dev/null
# The ReadyToRun copy each build publishes, started through its launcher as `dotnet run --project generator` and the
# installed command start it.
generator="generator/bin/ready/infositegen.sh"
have_hugo=false
command -v hugo >/dev/null 2>&1 && have_hugo=true

# Every run builds into a folder of its own that did not exist before: a clean build, as on a new machine.
# The folders are deleted only when all runs are done, because a file system that has just deleted
# thousands of files creates the next thousands more slowly (ext4 skips recently freed inodes), which
# would time the disk rather than the generators.
runs_dir="$work/runs"
rm -rf "$runs_dir"
trap 'rm -rf "$runs_dir"' EXIT
mkdir -p "$runs_dir"
# A cache of its own: the compiled templates are kept (any build after the first finds them), but a clean build
# must not find the content read and rendered by the run before, which the pipeline store keeps per content folder.
export INFOSITEGEN_CACHE="$runs_dir/cache"
forget_content() { rm -rf "$INFOSITEGEN_CACHE/builds/pipelines"; }

# One timed run into a new folder: prints "wall cpu peak_kb pages".
measure() {
  local out=$1; shift
  local times
  /usr/bin/time -o "$out.time" -f '%e %U %S %M' "$@" >/dev/null 2>&1
  times=$(tail -1 "$out.time")
  local pages
  pages=$(find "$out" -name '*.html' | wc -l)
  awk -v t="$times" -v p="$pages" 'BEGIN { split(t, a, " "); printf "%s %.2f %s %s\n", a[1], a[2] + a[3], a[4], p }'
}

median() { sort -n | awk '{ v[NR] = $1 } END { print (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(free -g | awk '/Mem:/ { print $2 }') GB; $runs runs per tool, alternating, medians"
printf '%-6s %-12s %9s %9s %9s %7s %8s\n' pages/lang tool wall_s cpu_s peak_MB pages ms/page
for n in "${sizes[@]}"; do
  corpus="$work/$n"
  [ -f "$corpus/site.yml" ] || python3 "$gen" --pages "$n" --out "$corpus" --force >/dev/null
  # Hugo's templates here make no share images, so the comparison draws one share card per language, not one per
  # page title (the default): the cost of those cards is measured apart, in the README's Pictures figures.
  grep -q '^images:' "$corpus/site.yml" || printf '\nimages:\n  share_cards: site\n' >>"$corpus/site.yml"
  # Compile the theme's templates once, as any build after the first finds them cached.
  $generator build --content "$corpus" --output "$runs_dir/warm-up-$n" --now 2024-01-01 >/dev/null 2>&1 || true
  : >"bench/results/isg-$n.txt"
  : >"bench/results/hugo-$n.txt"
  : >"bench/results/hugo-lean-$n.txt"
  for ((run = 1; run <= runs; run++)); do
    out="$runs_dir/isg-$n-$run"
    forget_content
    measure "$out" $generator build --content "$corpus" --output "$out" --now 2024-01-01 >>"bench/results/isg-$n.txt"
    if $have_hugo; then
      out="$runs_dir/hugo-$n-$run"
      measure "$out" hugo --source bench/hugo --contentDir "$PWD/$corpus" --destination "$PWD/$out" --quiet >>"bench/results/hugo-$n.txt"
      out="$runs_dir/hugo-lean-$n-$run"
      measure "$out" hugo --source bench/hugo-lean --contentDir "$PWD/$corpus" --destination "$PWD/$out" --quiet >>"bench/results/hugo-lean-$n.txt"
    fi
  done
  for tool in isg hugo hugo-lean; do
    file="bench/results/$tool-$n.txt"
    [ -s "$file" ] || continue
    wall=$(cut -d' ' -f1 "$file" | median)
    cpu=$(cut -d' ' -f2 "$file" | median)
    peak=$(cut -d' ' -f3 "$file" | median)
    pages=$(cut -d' ' -f4 "$file" | median)
    case $tool in
      isg) name=InfoSiteGen ;;
      hugo) name="Hugo $(hugo version | cut -d' ' -f2 | cut -d+ -f1)" ;;
      *) name="Hugo lean" ;;
    esac
    printf '%-10s %-12s %9.2f %9.2f %9.0f %7d %8.2f\n' "$n" "$name" "$wall" "$cpu" "$(echo "$peak / 1024" | bc -l)" "$pages" "$(echo "$wall * 1000 / $pages" | bc -l)"
  done
  # Rebuilds into the output an earlier build left: with nothing changed (the build record's shortcut), and after
  # editing one article's body and one article's title (the files read and bodies rendered come from the pipeline
  # store; every page is rendered again, and only changed files are written).
  rebuilt="$runs_dir/rebuild-$n"
  article=$(find "$corpus" -path '*articles*' -name '*.md' ! -name '*.en.md' | sort | sed -n 1p)
  cp "$article" "$runs_dir/article-$n.md"
  $generator build --content "$corpus" --output "$rebuilt" --now 2024-01-01 >/dev/null 2>&1
  : >"bench/results/rebuild-$n.txt"
  for ((run = 1; run <= runs; run++)); do
    unchanged=$(measure "$rebuilt" $generator build --content "$corpus" --output "$rebuilt" --now 2024-01-01 | cut -d' ' -f1)
    printf '\n\nEdited for the benchmark, run %d.\n' "$run" >>"$article"
    body=$(measure "$rebuilt" $generator build --content "$corpus" --output "$rebuilt" --now 2024-01-01 | cut -d' ' -f1)
    sed -i "0,/^title: \"/s//title: \"$run. /" "$article"
    title=$(measure "$rebuilt" $generator build --content "$corpus" --output "$rebuilt" --now 2024-01-01 | cut -d' ' -f1)
    echo "$unchanged $body $title" >>"bench/results/rebuild-$n.txt"
  done
  cp "$runs_dir/article-$n.md" "$article"
  printf '%-10s rebuild: nothing changed %.2f s, one body edited %.2f s, one title edited %.2f s (targets at 2,000: 0.40, 0.50, 0.80)\n' "$n" \
    "$(cut -d' ' -f1 "bench/results/rebuild-$n.txt" | median)" "$(cut -d' ' -f2 "bench/results/rebuild-$n.txt" | median)" "$(cut -d' ' -f3 "bench/results/rebuild-$n.txt" | median)"
  if [ -s "bench/results/hugo-$n.txt" ]; then
    isg_wall=$(cut -d' ' -f1 "bench/results/isg-$n.txt" | median)
    printf '%-10s InfoSiteGen/Hugo wall-time ratio: %.2f with bench/hugo, %.2f with bench/hugo-lean (target: at most 0.40 with the lean one)\n' "$n" \
      "$(echo "$isg_wall / $(cut -d' ' -f1 "bench/results/hugo-$n.txt" | median)" | bc -l)" \
      "$(echo "$isg_wall / $(cut -d' ' -f1 "bench/results/hugo-lean-$n.txt" | median)" | bc -l)"
  fi
done

# The default site (content/), the whole process as the office runs it, clean each time (a new output folder,
# no pipeline store); its templates were compiled by an earlier build, as on any build after the first.
$generator build --content content --output "$runs_dir/default-warm-up" >/dev/null 2>&1 || true
: >bench/results/default-site.txt
for ((run = 1; run <= runs; run++)); do
  forget_content
  measure "$runs_dir/default-$run" $generator build --content content --output "$runs_dir/default-$run" >>bench/results/default-site.txt
done
printf 'default site (content/): %.2f s wall, %.2f s CPU, %.0f MB peak, %d pages (target: at most 0.40 s wall)\n' \
  "$(cut -d' ' -f1 bench/results/default-site.txt | median)" "$(cut -d' ' -f2 bench/results/default-site.txt | median)" \
  "$(echo "$(cut -d' ' -f3 bench/results/default-site.txt | median) / 1024" | bc -l)" "$(cut -d' ' -f4 bench/results/default-site.txt | median)"
