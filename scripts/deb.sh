#!/usr/bin/env bash
# The Debian package, from a binary already built (nothing is compiled here):
#   deb.sh BINARY OUTDIR [SITE_FILE]    prints the .deb's path last
# /usr/bin/enroll-desk (stripped), its manual page, .desktop entry and hicolor icons,
# Depends from dpkg-shlibdeps plus pcscd and the libraries the window opens
# at run time. With SITE_FILE the package also installs the site settings as
# /etc/enroll-desk/site.toml (a conffile: an edited one survives upgrades).
# DEB_COMPRESSION (xz by default) picks dpkg-deb's compressor; the tests use
# gzip, which packs the large unoptimised test build in a fraction of the time.
# Needs dpkg-dev (dpkg-shlibdeps) and binutils (strip), both in build-essential.
set -euo pipefail
cd "$(dirname "$0")/.."
source scripts/setup.sh

binary=${1:?usage: deb.sh BINARY OUTDIR [SITE_FILE]}
outdir=${2:?usage: deb.sh BINARY OUTDIR [SITE_FILE]}
site_file=${3:-}
version=$(package_version)
arch=$(dpkg --print-architecture)
maintainer=${DEB_MAINTAINER:-"enroll-desk maintainers <enroll-desk@example.org>"}
# Reproducible: file times and the changelog's date from the last commit.
export SOURCE_DATE_EPOCH=${SOURCE_DATE_EPOCH:-$(git log -1 --format=%ct 2>/dev/null || date +%s)}

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
root="$work/root"
doc="$root/usr/share/doc/enroll-desk"
install -d "$root/usr/bin" "$root/usr/share/applications" "$doc" "$root/DEBIAN"
strip --strip-unneeded -o "$root/usr/bin/enroll-desk" "$binary"
chmod 0755 "$root/usr/bin/enroll-desk"
install -m 0644 packaging/linux/enroll-desk.desktop "$root/usr/share/applications/"
for icon in assets/icons/hicolor/*/enroll-desk.png; do
    size=$(basename "$(dirname "$icon")")
    install -D -m 0644 "$icon" "$root/usr/share/icons/hicolor/$size/apps/enroll-desk.png"
done
install -D -m 0644 assets/icon.svg "$root/usr/share/icons/hicolor/scalable/apps/enroll-desk.svg"
install -m 0644 packaging/linux/copyright "$doc/copyright"
install -d "$root/usr/share/man/man1"
gzip -9n <packaging/linux/enroll-desk.1 >"$root/usr/share/man/man1/enroll-desk.1.gz"
chmod 0644 "$root/usr/share/man/man1/enroll-desk.1.gz"
changed=$(date -u -R -d "@$SOURCE_DATE_EPOCH")
printf 'enroll-desk (%s) unstable; urgency=medium\n\n  * Release %s.\n\n -- %s  %s\n' \
    "$version" "$version" "$maintainer" "$changed" | gzip -9n >"$doc/changelog.gz"
chmod 0644 "$doc/changelog.gz"
if [ -n "$site_file" ]; then
    install -D -m 0644 "$site_file" "$root/etc/enroll-desk/site.toml"
    echo /etc/enroll-desk/site.toml >"$root/DEBIAN/conffiles"
fi

# The shared libraries the binary links; the window's X11 and GL libraries
# are opened at run time (winit), so shlibdeps cannot see them.
mkdir -p "$work/debian"
printf 'Source: enroll-desk\n\nPackage: enroll-desk\nArchitecture: any\n' >"$work/debian/control"
linked=$(cd "$work" && dpkg-shlibdeps -O -e"$root/usr/bin/enroll-desk" 2>/dev/null | sed -n 's/^shlibs:Depends=//p')
window_libraries="libx11-6, libxcursor1, libxrandr2, libxi6, libxkbcommon-x11-0, libgl1, libegl1"
rm -rf "$work/debian"

cat >"$root/DEBIAN/control" <<CONTROL
Package: enroll-desk
Version: $version
Architecture: $arch
Maintainer: $maintainer
Installed-Size: $(du -sk --exclude=DEBIAN "$root" | cut -f1)
Depends: $linked, pcscd, $window_libraries
Section: utils
Priority: optional
Description: smart-card enrollment desk for MIM Certificate Management
 enroll-desk lists a Microsoft Identity Manager Certificate Management
 server's enrollment requests, binds the smart card in a reader to the
 chosen request and shows the officer the server-proposed PIN once.
 .
 A demo mode with a simulated server and simulated cards teaches the job.
 Site settings in /etc/enroll-desk/site.toml fix the server and sign-in for
 every officer of the computer; "enroll-desk doctor" checks the computer.
CONTROL

find "$root" -exec touch -h -d "@$SOURCE_DATE_EPOCH" {} +
mkdir -p "$outdir"
deb="$outdir/enroll-desk_${version}_${arch}.deb"
dpkg-deb --root-owner-group -Z"${DEB_COMPRESSION:-xz}" --build "$root" "$deb" >/dev/null
realpath "$deb"
