#!/usr/bin/env bash
# Builds enroll-desk and shows it working with no CM server and no card
# hardware: the simulated CM server on loopback, and its requests listed.
# Ctrl-C stops the simulator.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

ensure_packages "${BUILD_PACKAGES[@]}"
ensure_rust
cargo build --release --quiet
desk=target/release/enroll-desk

port="${ENROLL_DESK_DEMO_PORT:-8080}"
"$desk" sim --listen "127.0.0.1:$port" &
sim_pid=$!
trap 'kill "$sim_pid" 2>/dev/null || true; wait "$sim_pid" 2>/dev/null || true' EXIT
for _ in $(seq 50); do
    "$desk" requests --server "http://127.0.0.1:$port" --status Approved >/dev/null 2>&1 && break
    sleep 0.1
done

echo
echo "Approved requests waiting for a card:"
"$desk" requests --server "http://127.0.0.1:$port" --status Approved
echo
echo "The simulated CM server runs at http://127.0.0.1:$port. Try, in another terminal:"
echo "  $desk requests --server http://127.0.0.1:$port --json"
echo "Press Ctrl-C to stop it."
wait "$sim_pid"
