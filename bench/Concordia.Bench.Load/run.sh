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
# shellcheck source=../lib/demo-app.sh
. "$here/../lib/demo-app.sh"
trap stop_demo_app EXIT
dotnet build -c Release "$source/src/Concordia.Web" >/dev/null
dotnet build -c Release "$here" >/dev/null
start_demo_app "$source" "$port" --Logging:LogLevel:Default=Warning
dotnet run -c Release --no-build --project "$here" -- --url "$base" --password "$password" --label "$label" "${args[@]}"
