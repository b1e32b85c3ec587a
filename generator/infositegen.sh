#!/bin/sh
# The infositegen command of a published copy (the installed tool, and generator/bin/ready/ that `dotnet run`
# runs): starts the generator beside this file with two settings .NET reads only from the environment, each
# unless the caller chose a value for it.
#
# Write-xor-execute protection off. With it on, .NET maps every piece of code it compiles at run time twice (once
# writable, once executable) and switches between the two, which costs 4-10 % of a small site's build (README,
# "Start-up").
# .NET reads the setting only from the environment, so it cannot be written into the copy's runtimeconfig.json.
# The protection guards against code injected into a process that runs code from elsewhere; the generator runs
# only its own code and the theme's templates, which it compiles itself.
: "${DOTNET_EnableWriteXorExecute:=0}"
export DOTNET_EnableWriteXorExecute
# A first garbage-collector generation of 16 MB (hexadecimal, as .NET reads it). .NET otherwise takes half the
# processor's largest cache; a machine that reports none (the one the README's figures come from) starts from a few megabytes,
# and a build of 2,000 pages per language then collected 420 times and stood still for 0.5 s of its 3 s. With 16 MB:
# 43 times, and 10 % faster. On a machine with more than 32 MB of cache the setting lowers .NET's own budget, which
# measured no slower here (32 MB: 2.46 s against 2.41 s). README, "Start-up".
: "${DOTNET_GCgen0size:=0x1000000}"
export DOTNET_GCgen0size
# The installed tool is a link to this file, and the generator is beside the file, not beside the link. The
# link is read only when there is one: each program the script starts costs milliseconds of every build.
here=.
case $0 in */*) here=${0%/*} ;; esac
if [ -L "$0" ]; then
  file=$(readlink -f "$0")
  here=${file%/*}
fi
exec "$here/InfoSiteGen" "$@"
