#!/usr/bin/env bash
# Runs the BenchmarkDotNet benchmarks of the generator's stages (bench/InfoSiteGen.Benchmarks) in Release on a
# deterministic corpus, and leaves the reports (Markdown, CSV, HTML, logs) under bench/results/micro/.
#   bash bench/micro.sh [--quick] [FILTER...] [-- BENCHMARKDOTNET_OPTIONS...]
#     FILTER     BenchmarkDotNet glob on Class.Method, e.g. '*Markdown*' '*StageBenchmarks.ReadAll'; default '*'
#     --quick    one iteration of each benchmark (BenchmarkDotNet's dry job): checks they all run, in about half a minute
#                after the build; its times are not measurements
#   Default job: BenchmarkDotNet's short run (3 warm-up and 3 measured iterations), a few minutes in all.
#   Environment: INFOSITEGEN_BENCH_CORPUS=DIR benchmarks that content folder instead of a generated one;
#   INFOSITEGEN_BENCH_PAGES=N pages per language of the generated corpus (default 200);
#   GEN_CORPUS=PATH the corpus generator (default ../shared/bench/gen_corpus.py, from the repository root).
set -euo pipefail
cd "$(dirname "$0")/.."

job=short
filters=()
extra=()
while [ $# -gt 0 ]; do
  case "$1" in
    --quick) job=dry ;;
    --) shift; extra=("$@"); break ;;
    *) filters+=("$1") ;;
  esac
  shift
done
[ ${#filters[@]} -gt 0 ] || filters=('*')

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
project=bench/InfoSiteGen.Benchmarks
# Quiet, but a build error is shown: the benchmarks call the generator's internals, which change under them.
build_log=$(mktemp)
dotnet build -c Release "$project" --nologo -v quiet >"$build_log" 2>&1 || { cat "$build_log"; exit 1; }
rm -f "$build_log"
# In-process: BenchmarkDotNet's default toolchain builds and starts a separate program for every benchmark,
# which takes about 25 s each here; one process is enough to compare stages and successive versions of the code.
dotnet "$project/bin/Release/net10.0/InfoSiteGen.Benchmarks.dll" \
  --inProcess --job "$job" --filter "${filters[@]}" ${extra[@]+"${extra[@]}"}
echo "reports: bench/results/micro/results/"
