#!/usr/bin/env bash
# The benchmark in one command (see bench/README.md):
#   bench/run.sh                      # run: 1k, 10k, 100k and 1M clusters, writes bench/RESULTS.md
#   bench/run.sh run --sizes 1000,10000 --seconds 5 --rounds 2 --connections 32
#   bench/run.sh smoke                # CI: 200 clusters, ~1 s per operation, fails on any request error
#   bench/run.sh generate --clusters 100000 --out bench/out/registry-100000.db
set -euo pipefail

bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(dirname "$bench")"
command="${1:-run}"
[ $# -gt 0 ] && shift

# wrk drives the load from its own process. Install Debian's package when it is missing and we may;
# without it the harness falls back to an in-process HttpClient driver and says so in its output.
if [ "$command" != generate ] && ! command -v wrk >/dev/null 2>&1; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    echo "bench: installing wrk (Debian package)"
    { apt-get install -y -q wrk || { apt-get update -q && apt-get install -y -q wrk; }; } >/dev/null 2>&1 \
      || echo "bench: wrk could not be installed; using the in-process driver"
  else
    echo "bench: wrk is not installed (apt-get install wrk); using the in-process driver"
  fi
fi

# Release build of the harness and, through its project reference, of ClusterRegistry.Api.
dotnet build "$bench/ClusterRegistry.Bench/ClusterRegistry.Bench.csproj" -c Release -nologo -v quiet -clp:ErrorsOnly

cd "$root"
exec dotnet "$bench/ClusterRegistry.Bench/bin/Release/net10.0/ClusterRegistry.Bench.dll" "$command" "$@"
