#!/usr/bin/env bash
# Server CPU per request for the hostile documents of issue 9 (see bench/README.md, "Hostile set").
set -euo pipefail
bench="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
dotnet build "$(dirname "$bench")/src/ClusterRegistry.Api/ClusterRegistry.Api.csproj" -c Release -nologo -v quiet -clp:ErrorsOnly
exec python3 "$bench/hostile/hostile.py"
