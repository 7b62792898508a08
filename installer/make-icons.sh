#!/bin/sh
# Makes the Windows .ico and the macOS .icns from the PNGs in icons/ (themselves made from
# icons/funnelboard.svg). Needs ImageMagick (convert) and icnsutils (png2icns). Run from the
# repository root after changing the icon; the results are committed because the Windows and
# macOS builds have neither tool.
set -eu
convert icons/funnelboard-16.png icons/funnelboard-24.png icons/funnelboard-32.png icons/funnelboard-48.png \
  icons/funnelboard-64.png icons/funnelboard-128.png icons/funnelboard-256.png installer/windows/funnelboard.ico
png2icns installer/macos/funnelboard.icns icons/funnelboard-16.png icons/funnelboard-32.png \
  icons/funnelboard-48.png icons/funnelboard-128.png icons/funnelboard-256.png icons/funnelboard-512.png >/dev/null
