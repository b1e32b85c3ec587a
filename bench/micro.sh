#!/usr/bin/env bash
# BenchmarkDotNet benchmarks of the build's hot stages (bench/InfoSiteGen.Benchmarks): front matter, content
# reading, Markdown rendering, template rendering, HTML clean-up and page writing, search index.
#   bash bench/micro.sh [FILTER] [BenchmarkDotNet options…]    e.g. bash bench/micro.sh '*Markdown*'
#   QUICK=1 bash bench/micro.sh                                  a short run (3 iterations) to check they all work
# The corpus is made once with ../shared/bench/gen_corpus.py (200 pages per language) unless
# INFOSITEGEN_BENCH_CORPUS names a content folder. Results: bench/results/micro/.
set -euo pipefail
cd "$(dirname "$0")/.."
filter=${1:-*}
[ $# -gt 0 ] && shift
job=()
[ -n "${QUICK:-}" ] && job=(--job short)
dotnet run -c Release --project bench/InfoSiteGen.Benchmarks -- \
  --filter "$filter" --artifacts bench/results/micro "${job[@]}" "$@"
