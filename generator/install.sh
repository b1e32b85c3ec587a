#!/usr/bin/env bash
# Installs (or updates) the `infositegen` command from this checkout as a .NET tool for the current user,
# then, when arguments are given, runs it with them: `bash generator/install.sh build` installs and builds.
# The package is self-contained, with the generator compiled ahead of time, so the command starts fast and
# needs no other .NET than the SDK used here to pack it. Packing takes a few minutes the first time.
set -euo pipefail
cd "$(dirname "$0")"

export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1 DOTNET_SKIP_FIRST_TIME_EXPERIENCE=1
# A version of its own for every packing, so that `dotnet tool update` always takes this one.
version="$(sed -n 's:.*<Version>\(.*\)</Version>.*:\1:p' InfoSiteGen.csproj)-local.$(date -u +%Y%m%d%H%M%S)"
packages=bin/package
rm -rf "$packages"
echo "packing infositegen $version…" >&2
dotnet pack -c Release -p:Version="$version" -p:ReadyToRunCopy=false --nologo -v quiet >&2
dotnet tool update --global --add-source "$packages" --version "$version" InfoSiteGen >&2

tools="${DOTNET_CLI_HOME:-$HOME}/.dotnet/tools"
case ":$PATH:" in
  *":$tools:"*) ;;
  *) echo "note: add $tools to PATH to type infositegen anywhere, e.g. echo 'export PATH=\"\$PATH:$tools\"' >> ~/.bashrc" >&2 ;;
esac

if [ "$#" -gt 0 ]; then
  cd - >/dev/null
  exec "$tools/infositegen" "$@"
fi
