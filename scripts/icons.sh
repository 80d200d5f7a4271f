#!/usr/bin/env bash
# Draws the desk's icon (assets/icon.svg, drawn for this project and under its
# licence, MIT OR Apache-2.0) at the sizes the packages need. Run it after
# changing the SVG and commit what it writes; the package build only copies.
#   assets/icons/hicolor/<N>x<N>/enroll-desk.png  the Linux icon theme's sizes
#   assets/icon-64.png                             the window's own icon
#   assets/icon.ico                                Windows: 16 to 256 in one file
# Needs rsvg-convert (Debian librsvg2-bin) and ImageMagick's convert.
set -euo pipefail
cd "$(dirname "$0")/.."
sizes=(16 24 32 48 64 128 256)
for size in "${sizes[@]}"; do
    dir="assets/icons/hicolor/${size}x${size}"
    mkdir -p "$dir"
    rsvg-convert -w "$size" -h "$size" assets/icon.svg -o "$dir/enroll-desk.png"
done
cp assets/icons/hicolor/64x64/enroll-desk.png assets/icon-64.png
# The .ico holds each size as drawn above (none resampled), the largest as PNG.
pngs=()
for size in "${sizes[@]}"; do pngs+=("assets/icons/hicolor/${size}x${size}/enroll-desk.png"); done
convert "${pngs[@]}" assets/icon.ico
echo "icons written: assets/icons/hicolor/*/enroll-desk.png, assets/icon-64.png, assets/icon.ico"
