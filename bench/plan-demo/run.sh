#!/usr/bin/env bash
# The Paris demo at full scale, planned through the running product: starts the web app (Release, demo mode, fresh
# data) on SQLite or PostgreSQL, then as the demo planner asks for a plan of the upcoming Paris event (foreign
# contingents and the host's own forces), follows the job to its end, publishes the version, changes the alert level
# as the coordinator and follows the re-plan proposal it creates; prints the figures and the app's peak memory.
#   bench/plan-demo/run.sh [--provider sqlite|postgres] [--plan-level LEVEL] [--level LEVEL] [--replan-seconds N] [--rearrange]
# --plan-level sets the alert level in force before the plan (default: the demo's own); --level is the level the
# coordinator then changes to. --replan-seconds sets the event's re-plan search time (planning settings) before the
# alert-level change. --rearrange then asks, as the planner, for a re-arrangement of the published plan (the frozen
# horizon's duties kept, the rest re-planned) and follows it as well.
# PostgreSQL uses the server in CONCORDIA_TEST_POSTGRES and a database of its own, dropped at the end.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
provider=sqlite
level=vigilance
plan_level=""
replan_seconds=""
rearrange=""
while [ $# -gt 0 ]; do
  case "$1" in
    --provider) provider="$2"; shift 2 ;;
    --level) level="$2"; shift 2 ;;
    --plan-level) plan_level="$2"; shift 2 ;;
    --replan-seconds) replan_seconds="$2"; shift 2 ;;
    --rearrange) rearrange=1; shift ;;
    *) echo "usage: $0 [--provider sqlite|postgres] [--plan-level LEVEL] [--level LEVEL] [--replan-seconds N] [--rearrange]" >&2; exit 2 ;;
  esac
done

port=${CONCORDIA_BENCH_PORT:-5193}
# shellcheck source=../lib/demo-app.sh
. "$here/../lib/demo-app.sh"
database=()
if [ "$provider" = postgres ]; then
  : "${CONCORDIA_TEST_POSTGRES:?set CONCORDIA_TEST_POSTGRES to a PostgreSQL server}"
  name="concordia_bench_plan_$$"
  database=(--Database:Provider=Postgres "--Database:ConnectionString=${CONCORDIA_TEST_POSTGRES/Database=postgres/Database=$name}")
fi
cleanup() {
  stop_demo_app
  if [ "$provider" = postgres ]; then
    psql "${CONCORDIA_TEST_POSTGRES}" -qc "DROP DATABASE IF EXISTS $name WITH (FORCE)" >/dev/null 2>&1 || true
  fi
}
trap cleanup EXIT

echo "uptime before: $(uptime)"
[ "${SKIP_BUILD:-}" = 1 ] || dotnet build -c Release "$repo/src/Concordia.Web" >/dev/null
start_demo_app "$repo" "$port" "${database[@]}"
echo "ready after $ready_seconds s ($(grep -o 'Demo data loaded in [0-9]* s' "$data/app.log" || true))"

token() {
  curl -sf -H 'Content-Type: application/json' -d "{\"userName\":\"$1\",\"password\":\"$password\",\"lifetimeHours\":2}" "$base/api/v1/auth/token" | jq -r .token
}
planner=$(token planner@concordia.demo)
coordinator=$(token coordinator@concordia.demo)
get() {
  local try
  for try in 1 2 3 4 5; do
    curl -sf --max-time 60 -H "Authorization: Bearer $1" "$base$2" && return 0
    sleep 1
  done
  return 1
}
send() { curl -sf -X "$1" -H "Authorization: Bearer $2" -H 'Content-Type: application/json' -d "$4" "$base$3"; }
event=$(get "$planner" /api/v1/events | jq -r '.[] | select(.code == "paris-upcoming") | .id')

# Follows a job to its end; prints each change of phase and the final state.
follow() {
  local job="$1" since="$2" last="" state
  while :; do
    state=$(get "$planner" "/api/v1/plans/jobs/$job")
    local line
    line=$(echo "$state" | jq -r '"\(.state) \(.phase) hard=\(.hardViolations) coverage=\(.coveragePercent)"')
    if [ "$line" != "$last" ]; then
      echo "  $(printf '%6.1f' "$(echo "$(date +%s.%N) - $since" | bc)") s  $line"
      last="$line"
    fi
    case $(echo "$state" | jq -r .state) in done|failed|cancelled) break ;; esac
    sleep 0.5
  done
  echo "$state" > "$data/job.json"
}

change_level() {
  local current
  current=$(get "$coordinator" "/api/v1/events/$event/alert-level")
  send PUT "$coordinator" "/api/v1/events/$event/alert-level" "{\"level\":\"$1\",\"reason\":\"benchmark\",\"version\":$(echo "$current" | jq .eventVersion)}" >/dev/null
}
if [ -n "$plan_level" ]; then
  change_level "$plan_level"
fi

echo "plan of paris-upcoming at $(get "$planner" "/api/v1/events/$event/alert-level" | jq -r .current.name):"
asked=$(date +%s.%N)
job=$(send POST "$planner" "/api/v1/events/$event/plans" '{}' | jq -r .jobId)
follow "$job" "$asked"
job_log() { grep -oE "problem built \([^)]*\) in [0-9.]+ s|coverage ceiling .* computed in [0-9.]+ s|plan and report ready \([^)]*\) at [0-9.]+ s|version [0-9]+ .*" "$data/app.log" | tail -4 | sed 's/^/  job log: /'; }
job_log
version=$(jq -r .versionId "$data/job.json")
[ "$version" != null ] || { jq . "$data/job.json"; exit 1; }
summary=$(get "$planner" "/api/v1/plans/versions/$version" | jq .version)
echo "  version: $(echo "$summary" | jq -c '{hardViolations, coveragePercent, coverageCeilingPercent, requiredUnits, coveredUnits, coverableUnits, duties, searchSeconds}')"
send POST "$planner" "/api/v1/plans/versions/$version/publish" "{\"version\":$(echo "$summary" | jq .version)}" >/dev/null

if [ -n "$replan_seconds" ]; then
  settings=$(get "$planner" "/api/v1/events/$event/planning-settings")
  send PUT "$planner" "/api/v1/events/$event/planning-settings" "$(echo "$settings" | jq -c ".replanSeconds = $replan_seconds")" >/dev/null
fi
echo "alert level → $level, re-plan proposal (search $(get "$planner" "/api/v1/events/$event/planning-settings" | jq .replanSeconds) s):"
changed=$(date +%s.%N)
change_level "$level"
proposal=""
while [ -z "$proposal" ]; do
  proposal=$(get "$planner" "/api/v1/events/$event/plans/jobs" | jq -r "[.[] | select(.id != \"$job\")][0].id // empty")
  sleep 0.2
done
follow "$proposal" "$changed"
job_log
echo "  proposal ready $(echo "$(date +%s.%N) - $changed" | bc) s after the alert-level change"
next=$(jq -r .versionId "$data/job.json")
if [ "$next" != null ]; then
  proposal=$(get "$planner" "/api/v1/plans/versions/$next")
  echo "  proposal: $(echo "$proposal" | jq -c '.version | {hardViolations, coveragePercent, coveredUnits, duties, moves, searchSeconds}')"
  echo "$proposal" | jq -r '.rules[] | select(.hard and .violations > 0) | "  hard rule broken: \(.rule), \(.violations) time(s)"'
  diff=$(get "$planner" "/api/v1/plans/versions/$next/compare/$version")
  echo "  against the published plan: $(echo "$diff" | jq -c '{added, removed, moved, kept}') of $(echo "$summary" | jq .duties) published duties"
fi
if [ -n "$rearrange" ]; then
  echo "re-arrangement of the published plan (search $(get "$planner" "/api/v1/events/$event/planning-settings" | jq .planSeconds) s):"
  asked=$(date +%s.%N)
  job=$(send POST "$planner" "/api/v1/events/$event/plans/rearrangements" '{}' | jq -r .jobId)
  follow "$job" "$asked"
  job_log
  echo "  re-arrangement ready $(echo "$(date +%s.%N) - $asked" | bc) s after the request"
  other=$(jq -r .versionId "$data/job.json")
  if [ "$other" != null ]; then
    echo "  re-arrangement: $(get "$planner" "/api/v1/plans/versions/$other" | jq -c '.version | {hardViolations, coveragePercent, coveredUnits, duties, moves, searchSeconds}')"
    diff=$(get "$planner" "/api/v1/plans/versions/$other/compare/$version")
    echo "  against the published plan: $(echo "$diff" | jq -c '{added, removed, moved, kept}') of $(echo "$summary" | jq .duties) published duties"
  fi
fi
echo "peak memory of the web process (VmHWM): $(grep VmHWM /proc/$app/status | awk '{printf "%.2f GiB", $2/1048576}')"
echo "uptime after: $(uptime)"
