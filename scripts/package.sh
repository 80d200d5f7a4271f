#!/usr/bin/env bash
# The packages IT installs, with their checksums, in target/package/
# (PACKAGE_DIR moves it):
#   enroll-desk_<version>_<arch>.deb    apt-get install ./enroll-desk_….deb
#   enroll-desk-<version>-x64.msi       msiexec /i enroll-desk-….msi /qn
#   SHA256SUMS
#
#   package.sh [--site site.toml]
# --site builds both packages with these site settings inside (checked first
# with `enroll-desk check-site-file`): /etc/enroll-desk/site.toml on Linux,
# %ProgramData%\enroll-desk\site.toml on Windows.
# Builds the release binary and the Windows one (scripts/windows.sh) unless
# LINUX_BINARY and WINDOWS_EXE name ones already built. Signing the MSI: see
# scripts/msi.sh (ENROLL_DESK_SIGN_PKCS12, ENROLL_DESK_SIGN_PASSWORD_FILE).
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

site=""
case "${1:-}" in
"") ;;
--site) site=$(realpath "${2:?--site needs a file}") ;;
*)
    echo "usage: $0 [--site site.toml]" >&2
    exit 64
    ;;
esac

ensure_packages "${BUILD_PACKAGES[@]}" "${PACKAGE_PACKAGES[@]}"
linux=${LINUX_BINARY:-}
windows=${WINDOWS_EXE:-}
if [ -z "$linux" ] || [ -z "$windows" ]; then
    ensure_rust
fi
if [ -z "$linux" ]; then
    cargo build --quiet --release --bin enroll-desk
    linux=target/release/enroll-desk
fi
if [ -z "$windows" ]; then
    ensure_packages "${WINDOWS_TEST_PACKAGES[@]}"
    windows=$(bash scripts/windows.sh build | tail -n 1)
fi
# A broken site file must never reach a desk: it would stop it cold.
[ -z "$site" ] || "$linux" check-site-file "$site"

out=${PACKAGE_DIR:-target/package}
rm -rf "$out"
mkdir -p "$out"
deb=$(bash scripts/deb.sh "$linux" "$out" ${site:+"$site"} | tail -n 1)
msi=$(bash scripts/msi.sh "$windows" "$out" ${site:+"$site"} | tail -n 1)
(cd "$out" && sha256sum "$(basename "$deb")" "$(basename "$msi")" >SHA256SUMS)
echo "packages in $out:"
ls -l "$out"
