#!/usr/bin/env bash
# Benchmarks the picture work of a build: 40 bilingual articles using 200 deterministic phone-like photos (4000 × 3000
# JPEG with EXIF and GPS, made once by bench/images/make_photos.mjs into bench/corpus/photos/), five per article — a
# lead picture and four in the body. Runs alternate, and the script prints the median of RUNS runs of wall time, CPU
# time (user + sys) and peak memory for:
#   - InfoSiteGen's first build: empty picture cache, new output folder (every copy decoded and encoded);
#   - InfoSiteGen's rebuild with the picture cache the first build filled, into a new output folder;
#   - InfoSiteGen's build of the same articles without their pictures (the rebuild's baseline);
#   - @11ty/eleventy-img 7.0.0 (sharp 0.35.5, on the same libvips 8.18.7) making the same copies of the same photos:
#     480, 800, 1200 and 1600 px, WebP q 80 effort 4 and progressive JPEG q 80 (bench/images/eleventy_img.mjs).
# Then the bytes a phone downloads for an article's lead picture (median over the 40 articles).
#   bash bench/images.sh           RUNS=5 by default; ARTICLES=40 (5 photos each; fewer for a quick check of the script)
# Needs the .NET 10 SDK, Node.js 20 or later and npm (sharp and eleventy-img are installed into bench/images/).
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${RUNS:-5}
articles=${ARTICLES:-40}
work=bench/corpus
photos=$work/photos
content=$work/images
now=2023-12-10
mkdir -p "$work" bench/results

dotnet build -c Release generator --nologo -v quiet >/dev/null
# The ReadyToRun copy each build publishes, started through its launcher as `dotnet run --project generator` and the
# installed command start it.
generator="generator/bin/ready/infositegen.sh"
# sharp and eleventy-img at the versions of bench/images/package-lock.json, in bench/images/node_modules (git-ignored).
[ -d bench/images/node_modules/@11ty/eleventy-img ] || (cd bench/images && npm ci --no-audit --no-fund --loglevel=error)

# The photos take about seven minutes to make on two cores, so they are made once and kept (make_photos.mjs skips the
# ones that exist). The articles are cheap and made anew, so they always match make_content.mjs.
node bench/images/make_photos.mjs "$photos" 200
node bench/images/make_content.mjs "$photos" content "$content/with" "$content/without" "$articles" 5
# The photos the articles use (hard links into the content folder): eleventy-img gets exactly these.
used="$content/with/articles/photos"

# Every run writes into folders of its own that did not exist before, deleted only when all runs are done (as in
# bench/run.sh: right after thousands of files are deleted, ext4 creates the next ones more slowly).
runs_dir="$work/images-runs"
rm -rf "$runs_dir"
trap 'rm -rf "$runs_dir"' EXIT
mkdir -p "$runs_dir"

# One timed run: prints "wall cpu peak_kb"; the command's output goes to OUT.log, and a failure stops the script with it.
measure() {
  local out=$1; shift
  if ! /usr/bin/time -o "$out.time" -f '%e %U %S %M' "$@" >"$out.log" 2>&1; then
    echo "failed: $*" >&2
    cat "$out.log" >&2
    exit 1
  fi
  awk '{ printf "%s %.2f %s\n", $1, $2 + $3, $4 }' "$out.time"
}

# %.12g, not awk's default %.6g, which writes 2552340.5 as 2.55234e+06 (bc cannot read that).
median() { sort -n | awk '{ v[NR] = $1 } END { printf "%.12g\n", (NR % 2 ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2) }'; }

# INFOSITEGEN_CACHE holds the compiled templates besides the pictures. An empty one would add the compilation of the
# theme (several seconds) to every first build, which is not picture work: a warm-up build compiles them once, and
# every run's fresh cache starts with a copy of them and nothing else. The warm-up builds the site without pictures, so
# its cache (templates and the share cards drawn for those pages) is also the warm cache of the baseline runs.
seed="$runs_dir/cache-seed"
INFOSITEGEN_CACHE="$seed" $generator build --content "$content/without" --output "$runs_dir/warm-up" --now $now --lang en >"$runs_dir/warm-up.log" 2>&1 \
  || { cat "$runs_dir/warm-up.log" >&2; exit 1; }

# The machine may be shared: a load above the number of cores during the runs inflates wall times (CPU times less so).
load_before=$(cut -d' ' -f1-3 /proc/loadavg)
echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | sed 's/^ *//'), $(free -g | awk '/Mem:/ { print $2 }') GB; $runs runs per case, alternating, medians"
echo "photos: $(find "$used" -name '*.jpg' | wc -l), $(du -shL "$used" | cut -f1), 4000 × 3000, used by $articles articles × 2 languages in $content/with"
for case in first rebuild without eleventy; do : >"bench/results/images-$case.txt"; done
for ((run = 1; run <= runs; run++)); do
  cache="$runs_dir/cache-$run"
  mkdir -p "$cache"
  cp -r "$seed/templates" "$cache/"
  INFOSITEGEN_CACHE="$cache" measure "$runs_dir/first-$run" \
    $generator build --content "$content/with" --output "$runs_dir/first-$run" --now $now --lang en >>bench/results/images-first.txt
  INFOSITEGEN_CACHE="$cache" measure "$runs_dir/rebuild-$run" \
    $generator build --content "$content/with" --output "$runs_dir/rebuild-$run" --now $now --lang en >>bench/results/images-rebuild.txt
  cp -r "$seed" "$runs_dir/cache-without-$run"
  INFOSITEGEN_CACHE="$runs_dir/cache-without-$run" measure "$runs_dir/without-$run" \
    $generator build --content "$content/without" --output "$runs_dir/without-$run" --now $now --lang en >>bench/results/images-without.txt
  measure "$runs_dir/eleventy-$run" node bench/images/eleventy_img.mjs "$used" "$runs_dir/eleventy-$run" >>bench/results/images-eleventy.txt
done

# What each run did, from the first run's logs: the rebuild must have made nothing ("0 pictures … made").
echo "first build:   $(grep '^pictures:' "$runs_dir/first-1.log")"
echo "rebuild:       $(grep '^pictures:' "$runs_dir/rebuild-1.log")"
echo "eleventy-img:  $(cat "$runs_dir/eleventy-1.log")"
echo

echo "load average (1, 5, 15 min) before the runs: $load_before; after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo
printf '%-38s %8s %8s %9s   %s\n' case wall_s cpu_s peak_MB "wall of each run"
col() { cut -d' ' -f"$2" "bench/results/images-$1.txt" | median; }
for case in first rebuild without eleventy; do
  case $case in
    first) name="InfoSiteGen first build (empty cache)" ;;
    rebuild) name="InfoSiteGen rebuild (warm cache)" ;;
    without) name="InfoSiteGen, site without photos" ;;
    eleventy) name="eleventy-img 7.0.0 (sharp 0.35.5)" ;;
  esac
  printf '%-38s %8.2f %8.2f %9.0f   %s\n' "$name" "$(col $case 1)" "$(col $case 2)" "$(echo "$(col $case 3) / 1024" | bc -l)" \
    "$(cut -d' ' -f1 "bench/results/images-$case.txt" | paste -sd' ')"
done
echo
# The first build also writes the pages and makes a 1200 × 630 share crop of each lead photo and a drawn card for
# every other page; eleventy-img makes the copies only. "Picture work" is the first build less the build without
# photos, which draws cards for the article pages instead of crops.
printf 'InfoSiteGen first build / eleventy-img: wall %.2f, CPU %.2f\n' \
  "$(echo "$(col first 1) / $(col eleventy 1)" | bc -l)" "$(echo "$(col first 2) / $(col eleventy 2)" | bc -l)"
printf 'picture work of the first build (first build - site without photos): wall %.2f s, CPU %.2f s; / eleventy-img: wall %.2f\n' \
  "$(echo "$(col first 1) - $(col without 1)" | bc -l)" "$(echo "$(col first 2) - $(col without 2)" | bc -l)" \
  "$(echo "($(col first 1) - $(col without 1)) / $(col eleventy 1)" | bc -l)"
printf 'rebuild adds %.2f s wall (%.2f s CPU) over the site without photos\n' \
  "$(echo "$(col rebuild 1) - $(col without 1)" | bc -l)" "$(echo "$(col rebuild 2) - $(col without 2)" | bc -l)"

# What a phone downloads for an article's lead picture: its page offers WebP at every width with
# sizes="(min-width: 50rem) 46rem, 100vw", so a phone 390 CSS pixels wide needs 390 × DPR pixels and the browser takes
# the narrowest copy at least that wide (800 at DPR 2, 1200 at DPR 3). Read from the first run's output, over the
# Vietnamese article pages (the English ones show the same copies).
echo
out="$runs_dir/first-1"
for dpr in 2 3; do
  need=$((390 * dpr))
  for page in "$out"/articles/*/index.html; do
    srcset=$(sed -n 's/.*<source type="image\/webp" srcset="\([^"]*\)" sizes="[^"]*"><img class="lead-image".*/\1/p' "$page")
    [ -n "$srcset" ] || continue
    # "url 480w, url 800w, …", narrowest first: the first copy at least $need wide, else the widest. Prints "url 800w".
    copy=$(echo "$srcset" | tr ',' '\n' | awk -v need="$need" '{ last = $0 } $2 + 0 >= need { print; found = 1; exit } END { if (!found) print last }')
    echo "$(stat -c %s "$(dirname "$page")/$(echo $copy | cut -d' ' -f1)") $(echo $copy | cut -d' ' -f2)"
  done >"$runs_dir/lead-dpr$dpr.txt"
  bytes=$(cut -d' ' -f1 "$runs_dir/lead-dpr$dpr.txt" | median)
  printf 'lead picture on a 390-px phone at DPR %d (%d px needed): the %s WebP, median %.0f bytes (%.1f KB) over %d articles\n' "$dpr" "$need" \
    "$(cut -d' ' -f2 "$runs_dir/lead-dpr$dpr.txt" | sort -u | paste -sd/)" "$bytes" "$(echo "$bytes / 1024" | bc -l)" "$(wc -l <"$runs_dir/lead-dpr$dpr.txt")"
done
# For scale: the photos the editors gave as lead pictures.
bytes=$(sed -n 's/^image: //p' "$content"/with/articles/*.vi.md | while read -r f; do stat -c %s "$content/with/articles/$f"; done | median)
printf 'the original lead photos (JPEG 4000 × 3000, quality 90, with EXIF): median %.0f bytes (%.1f KB)\n' "$bytes" "$(echo "$bytes / 1024" | bc -l)"
