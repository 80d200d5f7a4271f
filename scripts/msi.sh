#!/usr/bin/env bash
# The Windows installer, from an executable already built (nothing is
# compiled here), with wixl and msibuild (Debian wixl, msitools):
#   msi.sh EXE OUTDIR [SITE_FILE]    prints the .msi's path last
# packaging/windows/enroll-desk.wxs says what goes where. VERSION overrides
# Cargo.toml's version (the tests build a "newer" MSI of the same exe).
# With SITE_FILE the MSI also lays down %ProgramData%\enroll-desk\site.toml.
#
# Signing (optional): with ENROLL_DESK_SIGN_PKCS12 naming a PKCS#12 file
# (certificate and key) and ENROLL_DESK_SIGN_PASSWORD_FILE a file holding its
# password, osslsigncode signs the executable before it goes in and the MSI
# after; ENROLL_DESK_SIGN_TIMESTAMP_URL adds a timestamp (needs the network).
# The password is read from its file, never put on a command line.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

exe=${1:?usage: msi.sh EXE OUTDIR [SITE_FILE]}
outdir=${2:?usage: msi.sh EXE OUTDIR [SITE_FILE]}
site_file=${3:-}
version=$(package_version)
upgrade_code="{F4DE9196-9BFE-4A3E-8ED5-63A4FF552CD5}"

sign() {
    local in=$1 out=$2
    local args=(sign -pkcs12 "$ENROLL_DESK_SIGN_PKCS12" -readpass "$ENROLL_DESK_SIGN_PASSWORD_FILE"
        -n enroll-desk -h sha256)
    [ -z "${ENROLL_DESK_SIGN_TIMESTAMP_URL:-}" ] || args+=(-ts "$ENROLL_DESK_SIGN_TIMESTAMP_URL")
    osslsigncode "${args[@]}" -in "$in" -out "$out" >/dev/null
}
signing=""
if [ -n "${ENROLL_DESK_SIGN_PKCS12:-}" ]; then
    : "${ENROLL_DESK_SIGN_PASSWORD_FILE:?ENROLL_DESK_SIGN_PKCS12 needs ENROLL_DESK_SIGN_PASSWORD_FILE}"
    signing=yes
fi

# wixl takes its sources by relative name: everything goes into one folder.
stage=$(mktemp -d)
trap 'rm -rf "$stage"' EXIT
if [ -n "$signing" ]; then
    sign "$exe" "$stage/enroll-desk.exe"
else
    cp "$exe" "$stage/enroll-desk.exe"
fi
cp assets/icon.ico packaging/windows/enroll-desk.wxs "$stage/"
defines=(-D "Version=$version" -D Exe=enroll-desk.exe -D Icon=icon.ico)
if [ -n "$site_file" ]; then
    cp "$site_file" "$stage/site.toml"
    defines+=(-D SiteFile=site.toml)
fi
(cd "$stage" && wixl -a x64 "${defines[@]}" -o enroll-desk.msi enroll-desk.wxs)

# wixl ignores IncludeMaximum: without it an MSI of the same version (a
# rebuild, with a new product code) would install beside the old one. The
# row is written again with its attributes: migrate features (1), minimum
# and maximum inclusive (256, 512).
msibuild "$stage/enroll-desk.msi" \
    -q "DELETE FROM \`Upgrade\` WHERE \`ActionProperty\` = 'OLDER_INSTALLED'" \
    -q "INSERT INTO \`Upgrade\` (\`UpgradeCode\`, \`VersionMin\`, \`VersionMax\`, \`Attributes\`, \`ActionProperty\`) VALUES ('$upgrade_code', '0.0.0', '$version', 769, 'OLDER_INSTALLED')"

mkdir -p "$outdir"
msi="$outdir/enroll-desk-$version-x64.msi"
if [ -n "$signing" ]; then
    sign "$stage/enroll-desk.msi" "$msi"
else
    cp "$stage/enroll-desk.msi" "$msi"
fi
realpath "$msi"
