#!/usr/bin/env bash
# Builds enroll-desk and opens the desk window. Without a configured server
# it starts in demo mode: a simulated CM server on loopback and two simulated
# readers, so a bind and PIN hand-over work with no server and no card
# hardware. Arguments are passed on (e.g. --server https://cm.example.org).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

ensure_packages "${BUILD_PACKAGES[@]}" "${GUI_PACKAGES[@]}"
ensure_rust
cargo build --release --quiet

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "There is no screen to open the desk on (neither DISPLAY nor WAYLAND_DISPLAY is set)." >&2
    echo "Run this from a desktop session, or with ssh -X from one." >&2
    exit 1
fi
exec target/release/enroll-desk "$@"
