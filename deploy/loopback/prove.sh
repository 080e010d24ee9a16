#!/usr/bin/env bash
# The loopback cluster proof, in one command on a fresh Debian machine: a PostgreSQL server, two production jars
# started at the same moment on two ports, and nginx with sticky sessions in front, all on 127.0.0.1; then the
# browser journey ClusterJourneyTest through the proxy. Installs what it needs (nginx, postgresql, chromium) when
# run as root; stops everything it started, and keeps the logs in the work folder it names.
set -euo pipefail
cd "$(dirname "$0")/../.."

PORT_PG=${WAYPOINT_PROOF_PG_PORT:-15432}
PORT_A=${WAYPOINT_PROOF_PORT_A:-18081}
PORT_B=${WAYPOINT_PROOF_PORT_B:-18082}
PORT_PROXY=${WAYPOINT_PROOF_PORT_PROXY:-18080}
WORK=$(mktemp -d /tmp/waypoint-loopback.XXXXXX)
chmod 755 "$WORK"
echo "Loopback proof: logs and data in $WORK"

missing=()
command -v nginx >/dev/null || missing+=(nginx)
compgen -G "/usr/lib/postgresql/*/bin/initdb" >/dev/null || missing+=(postgresql)
command -v chromium >/dev/null || missing+=(chromium)
command -v chromedriver >/dev/null || missing+=(chromium-driver)
if [ ${#missing[@]} -gt 0 ]; then
  if [ "$(id -u)" != 0 ]; then
    echo "Install these Debian packages first (or run as root): ${missing[*]}" >&2
    exit 1
  fi
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq "${missing[@]}" fonts-noto-cjk >/dev/null
fi
PG_BIN=$(dirname "$(compgen -G "/usr/lib/postgresql/*/bin/initdb" | sort -V | tail -1)")

if [ -z "${JAVA_HOME:-}" ] || ! "${JAVA_HOME}/bin/java" -version 2>&1 | grep -qE 'version "(2[1-9]|[3-9][0-9])'; then
  for jdk in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*25* /usr/lib/jvm/*21*; do
    if [ -x "$jdk/bin/java" ]; then export JAVA_HOME="$jdk"; break; fi
  done
fi
JAVA="${JAVA_HOME:+$JAVA_HOME/bin/}java"

pids=()
stop_all() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  [ -d "$WORK/pg" ] && as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -m fast stop >/dev/null 2>&1 || true
}
trap stop_all EXIT

# PostgreSQL refuses to run as root: as root, the server runs as the postgres user the package made
as_postgres() {
  if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$@"; else "$@"; fi
}

echo "Building the production jar"
./mvnw -B -ntp -q -Pproduction -DskipTests -pl ui -am package
JAR=ui/target/waypoint.jar

echo "Starting PostgreSQL on 127.0.0.1:$PORT_PG"
DB_PASSWORD=$(head -c 18 /dev/urandom | base64 | tr -d '/+=')
mkdir -p "$WORK/pg" "$WORK/pg-socket" "$WORK/pg-log"
if [ "$(id -u)" = 0 ]; then chown postgres "$WORK/pg" "$WORK/pg-socket" "$WORK/pg-log"; fi
as_postgres "$PG_BIN/initdb" -D "$WORK/pg" -U postgres --auth-local=trust --auth-host=scram-sha-256 \
  -E UTF8 --locale=C.UTF-8 >"$WORK/pg-log/initdb.log"
as_postgres "$PG_BIN/pg_ctl" -D "$WORK/pg" -l "$WORK/pg-log/postgresql.log" -w \
  -o "-p $PORT_PG -c listen_addresses=127.0.0.1 -k $WORK/pg-socket" start >/dev/null
as_postgres "$PG_BIN/psql" -q -h "$WORK/pg-socket" -p "$PORT_PG" -U postgres -d postgres -v ON_ERROR_STOP=1 \
  -c "create role waypoint login password '$DB_PASSWORD'" -c "create database waypoint owner waypoint"

export SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PORT_PG/waypoint"
export SPRING_DATASOURCE_USERNAME=waypoint
export SPRING_DATASOURCE_PASSWORD="$DB_PASSWORD"

echo "Starting two instances at once on ports $PORT_A and $PORT_B"
for port in "$PORT_A" "$PORT_B"; do
  PORT=$port "$JAVA" -jar "$JAR" >"$WORK/app-$port.log" 2>&1 &
  pids+=($!)
done
for port in "$PORT_A" "$PORT_B"; do
  for _ in $(seq 1 180); do
    if curl -fsS "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null 2>&1; then break; fi
    if ! kill -0 "${pids[0]}" 2>/dev/null || ! kill -0 "${pids[1]}" 2>/dev/null; then
      echo "An instance stopped while starting; see $WORK/app-*.log" >&2
      exit 1
    fi
    sleep 1
  done
  curl -fsS "http://127.0.0.1:$port/actuator/health/readiness" >/dev/null
done

echo "Starting nginx on 127.0.0.1:$PORT_PROXY"
mkdir -p "$WORK/nginx-temp"
chmod 777 "$WORK/nginx-temp"
sed -e "s|@WORK@|$WORK|g" -e "s|@PORT_A@|$PORT_A|g" -e "s|@PORT_B@|$PORT_B|g" -e "s|@PORT_PROXY@|$PORT_PROXY|g" \
  deploy/loopback/nginx.conf.template >"$WORK/nginx.conf"
nginx -p "$WORK" -c "$WORK/nginx.conf"

echo "Running the journey through the proxy"
CI=true ./mvnw -B -ntp -q -pl ui -am verify -Dtest=ClusterJourneyTest -Dit.test=none \
  -Dsurefire.failIfNoSpecifiedTests=false -Dwaypoint.cluster.url="http://127.0.0.1:$PORT_PROXY/" \
  -Dwaypoint.cluster.jdbc-url="$SPRING_DATASOURCE_URL" -Dwaypoint.cluster.db-user="$SPRING_DATASOURCE_USERNAME" \
  -Dwaypoint.cluster.db-password="$SPRING_DATASOURCE_PASSWORD"

echo "Checking what the instances logged"
roadmaps=$(ls service/src/main/resources/content/roadmaps/*.yaml 2>/dev/null | wc -l)
loaded=$(cat "$WORK"/app-*.log | grep -c "is now at content version" || true)
if [ "$loaded" -ne "$roadmaps" ]; then
  echo "The built-in content was loaded $loaded times for $roadmaps roadmap(s); once each was expected" >&2
  exit 1
fi
if grep -E "^\S+\s+ERROR" "$WORK"/app-*.log; then
  echo "An instance logged an error; see $WORK/app-*.log" >&2
  exit 1
fi
echo "Loopback proof passed: two instances, one database, sticky sessions; logs in $WORK"
