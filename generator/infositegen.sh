#!/bin/sh
# The infositegen command of a published copy (the installed tool, and generator/bin/ready/ that `dotnet run`
# runs): starts the generator beside this file with .NET's write-xor-execute protection off, unless the caller
# chose a value for it.
#
# Why: with the protection on, .NET maps every piece of code it compiles at run time twice (once writable, once
# executable) and switches between the two, which costs 4-10 % of a small site's build (README, "Start-up").
# .NET reads the setting only from the environment, so it cannot be written into the copy's runtimeconfig.json.
# The protection guards against code injected into a process that runs code from elsewhere; the generator runs
# only its own code and the theme's templates, which it compiles itself.
: "${DOTNET_EnableWriteXorExecute:=0}"
export DOTNET_EnableWriteXorExecute
# The installed tool is a link to this file, and the generator is beside the file, not beside the link. The
# link is read only when there is one: each program the script starts costs milliseconds of every build.
here=.
case $0 in */*) here=${0%/*} ;; esac
if [ -L "$0" ]; then
  file=$(readlink -f "$0")
  here=${file%/*}
fi
exec "$here/InfoSiteGen" "$@"
