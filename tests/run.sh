#!/usr/bin/env bash
# Runs the whole test suite on a fresh machine: installs what the tests need, builds, runs every
# test project, and ends with one plain line "N passed, N failed" (", N skipped" when there are any).
set -uo pipefail
cd "$(dirname "$0")/.."

if ! command -v dotnet >/dev/null 2>&1; then
  echo "error: the .NET 10 SDK is required (dotnet not found on PATH)" >&2
  exit 1
fi

# Debian packages the tests need: ICU for Vietnamese sorting (without it .NET runs in invariant mode),
# Node.js for the tests of the search script and for Lighthouse, a font with Vietnamese letters for the share
# cards, for the browser tests Debian's Chromium at /usr/bin/chromium and nginx, Java for the Nu HTML
# Checker, and OpenSSH's server for the SFTP deploy tests. Only missing ones are installed, after one
# 'apt-get update'; this needs root, as in CI.
packages=()
ldconfig -p 2>/dev/null | grep libicuuc >/dev/null || packages+=(libicu72) # not grep -q: under pipefail, ldconfig would die of SIGPIPE
command -v node >/dev/null 2>&1 || packages+=(nodejs)
command -v afl-fuzz >/dev/null 2>&1 || packages+=(afl++)
[ -x /usr/bin/chromium ] || packages+=(chromium)
command -v nginx >/dev/null 2>&1 || [ -x /usr/sbin/nginx ] || packages+=(nginx)
# The share cards are drawn in DejaVu Sans (every Vietnamese letter), found through fontconfig.
[ -f /usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf ] || packages+=(fonts-dejavu-core)
[ -f /etc/fonts/fonts.conf ] || packages+=(fontconfig-config)
command -v java >/dev/null 2>&1 || packages+=(default-jre-headless)
# The deploy tests start their own OpenSSH server on 127.0.0.1 (none is left running).
[ -x /usr/sbin/sshd ] || packages+=(openssh-server)
if [ "${#packages[@]}" -gt 0 ]; then
  if command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" -eq 0 ]; then
    echo "installing ${packages[*]}"
    apt_log=$(mktemp)
    if ! { DEBIAN_FRONTEND=noninteractive apt-get update -qq &&
      DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${packages[@]}"; } >"$apt_log" 2>&1; then
      cat "$apt_log" >&2
      echo "warning: could not install ${packages[*]}; the tests that need them will fail" >&2
    fi
    rm -f "$apt_log"
  else
    echo "warning: ${packages[*]} missing; install with: apt-get update && apt-get install -y ${packages[*]}" >&2
  fi
fi

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1

# The outside judges the browser tests run (the Nu HTML Checker and Lighthouse), at the versions the lock
# file pins; npm runs no install script of theirs (vnu-jar's would download a Java).
if [ ! -d tests/judges/node_modules/lighthouse ] || [ ! -f tests/judges/node_modules/vnu-jar/build/dist/vnu.jar ] ||
  [ tests/judges/package-lock.json -nt tests/judges/node_modules/.package-lock.json ]; then
  echo "installing the outside judges (npm ci in tests/judges)"
  npm ci --prefix tests/judges --no-audit --no-fund --ignore-scripts --loglevel=error ||
    echo "warning: could not install the judges; the tests that need them will fail" >&2
fi

log=$(mktemp)
dotnet test InfoSiteGen.sln --nologo -c Release 2>&1 | tee "$log"
status=${PIPESTATUS[0]}

# `dotnet test` prints one summary line per test project, e.g.
#   Passed!  - Failed:     0, Passed:    42, Skipped:     0, Total:    42, Duration: 3 s - InfoSiteGen.Tests.dll
read -r passed failed skipped < <(
  grep -E '(Passed|Failed)!  - Failed: ' "$log" | sed -E 's/.*Failed: *([0-9]+), Passed: *([0-9]+), Skipped: *([0-9]+).*/\2 \1 \3/' |
    awk '{p+=$1; f+=$2; s+=$3} END {print p+0, f+0, s+0}')
rm -f "$log"

# Lighthouse's scores per page, as the browser tests wrote them (the full reports lie beside this table).
summary=tests/InfoSiteGen.BrowserTests/TestResults/lighthouse/summary.txt
[ -f "$summary" ] && cat "$summary"

if [ "$status" -ne 0 ] && [ "$failed" -eq 0 ]; then
  # The build or the test host failed before any test result was reported.
  failed=1
fi

# A step outside `dotnet test` that counts as one test: passed when the command succeeds.
one_test() {
  local failure=$1
  shift
  if "$@"; then
    passed=$((passed + 1))
  else
    echo "$failure (see above)" >&2
    failed=$((failed + 1))
    status=1
  fi
}

# The benchmarks (bench/InfoSiteGen.Benchmarks, and bench/Floor) are no test projects, so `dotnet test` does not
# build them; built here, they cannot fall behind the generator's code unnoticed.
build_benchmarks() {
  dotnet build bench/InfoSiteGen.Benchmarks --nologo -c Release -v quiet && dotnet build bench/Floor --nologo -c Release -v quiet
}
one_test "the benchmarks do not build" build_benchmarks

# A short smoke run of the fuzzing harness (AFL++ through SharpFuzz), 20 seconds per target; the long runs
# are `bash fuzz/run.sh` (10 minutes per target).
one_test "fuzz smoke run failed" bash fuzz/run.sh "${FUZZ_SECONDS:-20}"

if [ "$skipped" -gt 0 ]; then
  echo "$passed passed, $failed failed, $skipped skipped"
else
  echo "$passed passed, $failed failed"
fi
[ "$status" -eq 0 ] && [ "$failed" -eq 0 ]
