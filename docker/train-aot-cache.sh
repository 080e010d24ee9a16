#!/usr/bin/env bash
# Records the JDK's ahead-of-time cache for Waypoint with a training run: starts the app with
# -XX:AOTCacheOutput=<cache> and the given java arguments, waits until it is ready, opens the login page once, and
# stops it; the JVM writes the cache as it exits. Needs bash only (no HTTP client): it talks HTTP over /dev/tcp.
#   train-aot-cache.sh <cache> <java arguments...>      e.g. train-aot-cache.sh waypoint.aot -jar waypoint.jar
set -euo pipefail
cache=$1
shift
port=${PORT:-8080}

http_status() {
  exec 3<>"/dev/tcp/127.0.0.1/$port" || return 1
  printf 'GET %s HTTP/1.0\r\nHost: localhost\r\n\r\n' "$1" >&3
  local line
  IFS= read -r line <&3 || true
  exec 3>&-
  echo "$line"
}

java -XX:AOTCacheOutput="$cache" "$@" &
app=$!
for _ in $(seq 1 600); do
  if [[ $(http_status /actuator/health/readiness 2>/dev/null) == *" 200"* ]]; then
    break
  fi
  if ! kill -0 "$app" 2>/dev/null; then
    echo "the training run ended before the app was ready" >&2
    exit 1
  fi
  sleep 0.5
done
http_status /login >/dev/null
kill -TERM "$app"
wait "$app" || true
test -s "$cache"
