#!/usr/bin/env bash
# The Windows build, cross-compiled here with mingw-w64 and checked under
# Wine by tests/wine.rs:
#   windows.sh build   the release executable for x86_64-pc-windows-gnu and,
#                      beside it, the test-only bcryptprimitives.dll that
#                      Wine 8 lacks (scripts/wine/); prints the exe's path last
#                      (linted as it builds when lint_while_building is set)
#   windows.sh lint    clippy on every target, for Windows, warnings as errors
# Exit status 2: the Windows standard library cannot be installed on this
# machine (said in one loud line); the caller skips the Wine tests then.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh
ensure_rust
target=x86_64-pc-windows-gnu
export CARGO_TARGET_X86_64_PC_WINDOWS_GNU_LINKER=x86_64-w64-mingw32-gcc

if ! rustup target list --installed 2>/dev/null | grep -qx "$target" &&
    ! rustup target add "$target" >/dev/null 2>&1; then
    echo "!!! WINDOWS BUILD SKIPPED: the Rust standard library for $target cannot be installed on this machine (rustup target add $target failed) !!!" >&2
    exit 2
fi

case "${1:-}" in
build)
    cargo build --quiet --release --target "$target" --bin enroll-desk
    out="target/$target/release"
    x86_64-w64-mingw32-gcc -shared -O2 -o "$out/bcryptprimitives.dll" \
        scripts/wine/bcryptprimitives.c scripts/wine/bcryptprimitives.def -ladvapi32
    realpath "$out/enroll-desk.exe"
    ;;
lint)
    cargo clippy --quiet --all-targets --target "$target" --target-dir target/clippy -- -D warnings
    ;;
*)
    echo "usage: $0 build|lint" >&2
    exit 64
    ;;
esac
