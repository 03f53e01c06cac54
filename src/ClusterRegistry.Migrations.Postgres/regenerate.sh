#!/usr/bin/env bash
# PostgreSQL support is new: its migrations are kept as ONE initial migration generated from the current model.
# After merging model changes, run this to delete and regenerate it (no database is needed).
# Once a PostgreSQL registry runs in production, stop using this and add migrations as for the other providers.
set -euo pipefail
cd "$(dirname "$0")/../.."
project=src/ClusterRegistry.Migrations.Postgres
rm -rf "$project/Migrations"
dotnet tool restore >/dev/null
dotnet build "$project" -v q -nologo >/dev/null
dotnet ef migrations add InitialCreate --project "$project" --startup-project "$project" -o Migrations
