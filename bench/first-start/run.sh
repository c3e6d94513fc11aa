#!/usr/bin/env bash
# First start of the product in demo mode on a fresh SQLite folder (Release build): times the start to ready and
# prints the demo loader's own steps, RUNS times (3 by default), with the machine's load before and after each run.
#   bench/first-start/run.sh [RUNS]
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
runs=${1:-3}
port=${CONCORDIA_BENCH_PORT:-5195}
# shellcheck source=../lib/demo-app.sh
. "$here/../lib/demo-app.sh"
trap stop_demo_app EXIT
[ "${SKIP_BUILD:-}" = 1 ] || dotnet build -c Release "$repo/src/Concordia.Web" >/dev/null
for run in $(seq 1 "$runs"); do
  echo "run $run, uptime before: $(uptime)"
  start_demo_app "$repo" "$port"
  echo "  ready after $ready_seconds s"
  grep -oE "step [0-9]+ of [0-9]+: .*|Demo data loaded in [0-9]+ s" "$data/app.log" | sed 's/^/  /'
  echo "  uptime after: $(uptime)"
  stop_demo_app
  app=""
  data=""
done
