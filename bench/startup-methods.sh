#!/usr/bin/env bash
# Makes tools/StartupProfile/generator-methods.txt again: the methods the JIT compiles when the generator starts,
# which its ahead-of-time copy then holds (see tools/StartupProfile/Program.cs). Run it after changes that move
# generic code around (new LINQ queries, new value tuples in the pipeline); a stale list only makes starts slower.
#
# It publishes a copy without the profile, runs the commands an office runs most (a clean build, a build after
# it, `check`, a build of a 200-page generated site) with the JIT's list of compiled methods switched on, and keeps
# the methods of the generator's assemblies that the list names.
set -euo pipefail
cd "$(dirname "$0")/.."
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

rid=$(dotnet --info | awk '/^ *RID:/ && !rid { rid = $2 } END { print rid }')
# Compiled in a folder of its own: the ReadyToRun step would otherwise find the last build's image up to date.
dotnet publish generator -c Release -r "$rid" --self-contained -p:PublishReadyToRunComposite=true \
  -p:StartupProfile=false -p:IntermediateOutputPath="$work/obj/" -p:PublishDir="$work/copy/" --nologo -v quiet >/dev/null
python3 ../shared/bench/gen_corpus.py --pages 200 --out "$work/corpus" --force >/dev/null

export INFOSITEGEN_CACHE="$work/cache"
run() {
  local name=$1; shift
  DOTNET_JitDisasmSummary=1 DOTNET_JitStdOutFile="$work/jit-$name.txt" "$work/copy/infositegen.sh" "$@" >/dev/null 2>&1 || true
}
# The templates compiled once, as on any build but the first after an update.
"$work/copy/infositegen.sh" build --content content --output "$work/warm" >/dev/null 2>&1 || true
rm -rf "$INFOSITEGEN_CACHE/builds/pipelines"
run build build --content content --output "$work/out"
run rebuild build --content content --output "$work/out"
run check check --content content
run corpus build --content "$work/corpus" --output "$work/corpus-out" --now 2024-01-01

ls "$work"/copy/*.dll >"$work/assemblies.txt"
dotnet build tools/StartupProfile -c Release --nologo -v quiet >/dev/null
dotnet tools/StartupProfile/bin/Release/net10.0/StartupProfile.dll collect "$work/assemblies.txt" \
  tools/StartupProfile/generator-methods.txt "$work"/jit-*.txt
