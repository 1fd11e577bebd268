#!/bin/sh
# Rebuilds app/fonts/noto-naskh-arabic-tote.woff2, the face of the töte view (/kk-arab): Noto Naskh
# Arabic (OFL-1.1, app/fonts/OFL.txt), variable weight 400–700, cut to the letters and marks that
# lib/translit/kk-arab.ts writes (plus ٵ ٶ ٷ ٸ and the joiners), about 16 KB instead of 94 KB for
# the package's whole Arabic subset. Needs fontTools with brotli (Debian: apt-get install
# python3-fonttools python3-brotli). Keep UNICODES equal to the unicode-range in app/globals.css.
set -eu
UNICODES='U+0020,U+00A0,U+060C,U+061B,U+061F,U+0621,U+0627,U+0628,U+062A,U+062C,U+062D,U+062F,U+0631-0634,U+0639,U+0640-0648,U+0649,U+064A,U+0674-0678,U+067E,U+0686,U+06AD,U+06AF,U+06BE,U+06C6,U+06C7,U+06CB,U+06D5,U+200C-200F,U+2066-2069'
out="$(cd "$(dirname "$0")/.." && pwd)/app/fonts/noto-naskh-arabic-tote.woff2"
tmp="$(mktemp -d)"
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent @fontsource-variable/noto-naskh-arabic@5.3.0 >/dev/null && tar xzf ./*.tgz)
python3 -m fontTools.subset "$tmp/package/files/noto-naskh-arabic-arabic-wght-normal.woff2" \
  --unicodes="$UNICODES" --flavor=woff2 --output-file="$out"
cp "$tmp/package/LICENSE" "$(dirname "$out")/OFL.txt"
ls -l "$out"
