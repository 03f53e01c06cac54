#!/usr/bin/env bash
# Open-data exports on a generated registry: wall time and the API's peak memory for each file, beside a baseline
# (the same API after start-up and one GraphQL page). Each file gets a fresh API process on a copy of the database,
# so the peak (VmHWM) is that export's own.
#   bench/run.sh generate --clusters 100000 --out bench/out/registry-100000.db
#   bench/exports.sh bench/out/registry-100000.db
set -euo pipefail
db="$1"
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
files="${FILES:-clusters.csv clusters.xlsx clusters.json designations.csv designations.xlsx designations.json batches.csv}"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet build "$root/src/ClusterRegistry.Api/ClusterRegistry.Api.csproj" -c Release -nologo -v quiet -clp:ErrorsOnly
api="$root/src/ClusterRegistry.Api/bin/Release/net10.0/ClusterRegistry.Api.dll"
port="$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
kib() { awk -v k="$1" '/^VmHWM/ {print $2}' "/proc/$2/status"; }

printf '%-20s %10s %12s %14s %14s\n' file seconds bytes "baseline MiB" "peak MiB"
for file in $files; do
  cp "$db" "$work/registry.db"
  (cd "$root/src/ClusterRegistry.Api" && exec env ASPNETCORE_ENVIRONMENT=Development \
     dotnet "$api" --urls "http://127.0.0.1:$port" --ConnectionStrings:Registry="Data Source=$work/registry.db" \
     --Logging:LogLevel:Default=Warning >"$work/api.log" 2>&1) &
  pid=$!
  for _ in $(seq 1 300); do curl -fs "http://127.0.0.1:$port/health/live" >/dev/null 2>&1 && break; sleep 0.5; done
  curl -fs "http://127.0.0.1:$port/graphql" -H 'content-type: application/json' \
    -d '{"query":"{ clusters(first: 50) { nodes { id name status } } }"}' >/dev/null
  baseline=$(kib x "$pid")
  read -r seconds bytes < <(curl -fs -o /dev/null -w '%{time_total} %{size_download}\n' "http://127.0.0.1:$port/data/$file")
  peak=$(kib x "$pid")
  printf '%-20s %10.2f %12d %14.1f %14.1f\n' "$file" "$seconds" "$bytes" "$(echo "$baseline/1024" | bc -l)" "$(echo "$peak/1024" | bc -l)"
  kill "$pid" 2>/dev/null || true
  wait 2>/dev/null || true
done
