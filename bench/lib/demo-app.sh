# Sourced by the benchmark scripts that run the product itself. Defines:
#   start_demo_app SOURCE PORT [app options…]
# which starts the built web app of the checkout SOURCE (Release, demo mode, a fresh data folder, the API rate limit
# lifted) on 127.0.0.1:PORT and waits until it is ready. Afterwards: $app (its process id), $data (its data folder),
# $base (its address), $password (the demo users' password), $ready_seconds (start to ready). Stop it with
# stop_demo_app, which also removes the data folder. Build first (dotnet build -c Release SOURCE/src/Concordia.Web).
password="Bench-password-2024"

start_demo_app() {
  local source="$1" port="$2"
  shift 2
  data=$(mktemp -d)
  base="http://127.0.0.1:$port"
  local started
  started=$(date +%s.%N)
  # The built program itself (not dotnet run), so that stopping it stops the server.
  (cd "$source/src/Concordia.Web" && exec env ASPNETCORE_ENVIRONMENT=Development dotnet bin/Release/net10.0/linux-x64/Concordia.Web.dll \
    --urls "$base" --Database:DataDirectory="$data" --Privacy:KeyRingDirectory="$data/keys" \
    --Demo:Password="$password" --Security:ApiPerMinute=100000000 "$@" >"$data/app.log" 2>&1) &
  app=$!
  local _
  for _ in $(seq 1 1800); do
    curl -sf "$base/health/ready" >/dev/null && break
    kill -0 "$app" 2>/dev/null || break
    sleep 1
  done
  if ! curl -sf "$base/health/ready" >/dev/null; then
    echo "The app did not start; see its log:" >&2
    tail -20 "$data/app.log" >&2
    return 1
  fi
  ready_seconds=$(echo "$(date +%s.%N) - $started" | bc)
}

stop_demo_app() {
  if [ -n "${app:-}" ]; then
    kill "$app" 2>/dev/null || true
    wait "$app" 2>/dev/null || true
  fi
  if [ -n "${data:-}" ]; then
    rm -rf "$data"
  fi
}
