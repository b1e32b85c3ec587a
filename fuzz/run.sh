#!/usr/bin/env bash
# Fuzzes the generator's reading of editors' files with AFL++ through SharpFuzz.
#   bash fuzz/run.sh [SECONDS] [TARGET...]     targets: front-matter markdown (default: both, SECONDS each)
# Findings go to fuzz/findings/TARGET/; a crash or a hang is copied to fuzz/regressions/TARGET/, where the
# test suite replays it, and makes this script fail. Needs root once to install AFL++ (Debian package afl++).
set -euo pipefail
cd "$(dirname "$0")"

seconds=${1:-600}
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(front-matter markdown)

if ! command -v afl-fuzz >/dev/null 2>&1; then
  DEBIAN_FRONTEND=noninteractive apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq afl++ >/dev/null
fi

dotnet tool restore >/dev/null
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet publish InfoSiteGen.Fuzz -c Release -o "$work/bin" --nologo -v quiet >/dev/null
# Instrument the code that reads editors' files: the generator, the Markdown and the YAML parsers.
for assembly in InfoSiteGen.dll Markdig.dll YamlDotNet.dll; do
  dotnet tool run sharpfuzz "$work/bin/$assembly" >/dev/null
done

# The target is 'dotnet', which AFL++ cannot see instrumented; SharpFuzz reports coverage itself.
export AFL_SKIP_BIN_CHECK=1 AFL_SKIP_CPUFREQ=1 AFL_I_DONT_CARE_ABOUT_MISSING_CRASHES=1 AFL_NO_UI=1 AFL_NO_AFFINITY=1

status=0
for target in "${targets[@]}"; do
  findings="findings/$target"
  rm -rf "$findings"
  mkdir -p "$findings"
  echo "fuzzing $target for $seconds s"
  afl-fuzz -i "corpus/$target" -o "$findings" -V "$seconds" -t 10000 -m none -- \
    dotnet "$work/bin/InfoSiteGen.Fuzz.dll" "$target" >"$findings/afl.log" 2>&1 || true
  stats="$findings/default/fuzzer_stats"
  if [ ! -f "$stats" ]; then
    echo "error: afl-fuzz did not run for $target; see fuzz/$findings/afl.log" >&2
    tail -20 "$findings/afl.log" >&2
    status=1
    continue
  fi
  grep -E '^(execs_done|execs_per_sec|corpus_count|saved_crashes|saved_hangs) ' "$stats" | sed 's/^/  /'
  # A hang (an input that runs past the 10 s limit) is as much a failure as a crash: an editor's build that
  # never ends. Both are kept for the regression tests, hangs under a name that says so.
  for kind in crashes hangs; do
    found=$(find "$findings/default/$kind" -name 'id:*' 2>/dev/null | wc -l)
    if [ "$found" -gt 0 ]; then
      mkdir -p "regressions/$target"
      prefix=""
      [ "$kind" = hangs ] && prefix="hang-"
      for input in "$findings/default/$kind"/id:*; do
        cp "$input" "regressions/$target/$prefix$(sha256sum "$input" | cut -c1-16).bin"
      done
      echo "error: $found $kind in $target; copied to fuzz/regressions/$target/ for the regression tests" >&2
      status=1
    fi
  done
done
exit $status
