#!/usr/bin/env bash
# Starts the web app of a checkout (this one by default, or the one given with --source DIR, e.g. an export of an
# older commit) in Release, in demo mode on a fresh SQLite folder, with the API rate limit lifted; runs the load
# benchmark against it (remaining arguments go to the benchmark, e.g. --clients 20 50 --seconds 30); stops the app.
#   bench/Concordia.Bench.Load/run.sh [--source DIR] [--label TEXT] [benchmark options]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
source="$repo"
label="$(git -C "$repo" rev-parse --short HEAD 2>/dev/null || echo 'this build')"
args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --source) source="$(cd "$2" && pwd)"; label="$(basename "$source")"; shift 2 ;;
    --label) label="$2"; shift 2 ;;
    *) args+=("$1"); shift ;;
  esac
done

port=${CONCORDIA_BENCH_PORT:-5191}
data=$(mktemp -d)
password="Bench-password-2024"
dotnet build -c Release "$source/src/Concordia.Web" >/dev/null
dotnet build -c Release "$here" >/dev/null
# The built program itself (not dotnet run), so that stopping it stops the server.
(cd "$source/src/Concordia.Web" && exec env ASPNETCORE_ENVIRONMENT=Development dotnet bin/Release/net10.0/linux-x64/Concordia.Web.dll \
  --urls "http://127.0.0.1:$port" --Database:DataDirectory="$data" --Privacy:KeyRingDirectory="$data/keys" \
  --Demo:Password="$password" --Security:ApiPerMinute=100000000 --Logging:LogLevel:Default=Warning >"$data/app.log" 2>&1) &
app=$!
trap 'kill $app 2>/dev/null; wait $app 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 180); do
  curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null && break
  sleep 1
done
curl -sf "http://127.0.0.1:$port/health/ready" >/dev/null || { echo "The app did not start; see its log:" >&2; tail -20 "$data/app.log" >&2; exit 1; }
dotnet run -c Release --no-build --project "$here" -- --url "http://127.0.0.1:$port" --password "$password" --label "$label" "${args[@]}"
