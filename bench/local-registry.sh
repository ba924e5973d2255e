# Sourced by the registry benchmarks: start_local_registry WORK starts Debian's docker-registry on 127.0.0.1 at a
# free port, storage in WORK/storage, sets $host (127.0.0.1:PORT) and $registry_pid, and on EXIT stops it and
# removes WORK.
# shellcheck shell=bash
start_local_registry() {
  local work=$1 port attempt
  command -v docker-registry >/dev/null || { echo "Error: docker-registry missing (apt-get install docker-registry)" >&2; exit 1; }
  # Ports below the kernel's ephemeral range, which other tests' outgoing connections take their local ports
  # from (a port in use as one cannot be listened on, though nothing listens there); and a few tries, for a port
  # another test takes between our check and the registry's bind.
  local low
  low=$(awk '{print $1}' /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)
  for attempt in 1 2 3 4 5; do
    while :; do
      port=$(shuf -i 20000-$((low - 1)) -n 1)
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
    grep -q "address already in use" "$work/registry.log" || break
  done
  echo "Error: docker-registry did not start on $host:" >&2
  cat "$work/registry.log" >&2
  exit 1
}
