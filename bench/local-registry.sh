# Sourced by the registry benchmarks: start_local_registry WORK starts Debian's docker-registry on 127.0.0.1 at a
# free port, storage in WORK/storage, sets $host (127.0.0.1:PORT) and $registry_pid, and on EXIT stops it and
# removes WORK.
# shellcheck shell=bash
start_local_registry() {
  local work=$1 port
  command -v docker-registry >/dev/null || { echo "Error: docker-registry missing (apt-get install docker-registry)" >&2; exit 1; }
  # A port nothing listens on: a connection attempt to it fails.
  while :; do
    port=$(shuf -i 20000-60000 -n 1)
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null || break
  done
  host=127.0.0.1:$port
  cat >"$work/registry.yml" <<YAML
version: 0.1
log:
  level: error
storage:
  filesystem:
    rootdirectory: $work/storage
http:
  addr: $host
YAML
  docker-registry serve "$work/registry.yml" >"$work/registry.log" 2>&1 &
  registry_pid=$!
  # shellcheck disable=SC2064 # expanded now, on purpose
  trap "kill $registry_pid 2>/dev/null; wait $registry_pid 2>/dev/null || true; rm -rf '$work'" EXIT
  # Up to 60 s (a loaded 2-core CI machine), and say so if it never comes up, with its log.
  for _ in $(seq 600); do
    (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && return 0
    kill -0 "$registry_pid" 2>/dev/null || break
    sleep 0.1
  done
  echo "Error: docker-registry did not start on $host:" >&2
  cat "$work/registry.log" >&2
  exit 1
}
