#!/usr/bin/env bash
# System test: the HTML report renders in a real browser.
# Installs Debian's chromium when it is missing, runs a tiny suite, renders its report.html
# headless to a PNG and to a DOM dump, and checks that the page loaded without console errors,
# has its tables and inline plots, and that the picture is not blank.
# Prints "N passed, N failed" and exits non-zero when a check failed.
set -uo pipefail
cd "$(dirname "$0")/../.."

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0
check() { # check NAME COMMAND...
  local name=$1
  shift
  if "$@"; then
    echo "ok   $name"
    passed=$((passed + 1))
  else
    echo "FAIL $name"
    failed=$((failed + 1))
  fi
}
finish() {
  echo "$passed passed, $failed failed"
  [ "$failed" -eq 0 ]
  exit $?
}

browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "installing chromium"
  if ! { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium; } > "$work/apt.log" 2>&1; then
    tail -n 20 "$work/apt.log"
  fi
  browser=$(command -v chromium || true)
fi
check "chromium is installed" test -n "$browser"
[ -n "$browser" ] || finish

cat > "$work/suite.json" <<'JSON'
{
  "suite": "browser-check",
  "seed": 3,
  "runs": 3,
  "budget": { "evaluations": 800 },
  "experiments": [
    {
      "name": "sine",
      "task": { "type": "sine-generation", "length": 40, "testLength": 60, "solvedBelow": 0.95 },
      "network": { "type": "elman", "hidden": 3 },
      "trainer": [ { "type": "ga", "population": 20 }, { "type": "rwg", "batch": 20 } ]
    }
  ]
}
JSON
results="$work/results"
dotnet run --project src/Evorec.Cli -c Release -- run "$work/suite.json" --out "$results" --threads 2 > "$work/run.log" 2>&1
status=$?
[ "$status" -eq 0 ] || tail -n 30 "$work/run.log"
check "evorec run writes a results folder" test "$status" -eq 0 -a -f "$results/report.html"
[ -f "$results/report.html" ] || finish
for file in comparisons.csv summary.tex report.md summary.json; do
  check "the report folder has $file" test -s "$results/$file"
done

page="file://$results/report.html"
flags=(--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking
  --disable-component-update --disable-sync --hide-scrollbars)
profile=$(mktemp -d -p "$work")
timeout 180 "$browser" "${flags[@]}" --user-data-dir="$profile" --enable-logging=stderr --v=0 \
  --screenshot="$work/report.png" --window-size=1280,2000 "$page" > "$work/screenshot.log" 2>&1
check "chromium renders report.html to a PNG" test -s "$work/report.png"

# Console messages (script errors, resources that failed to load) are logged as CONSOLE lines.
if grep -E "CONSOLE|Uncaught|Failed to load resource|ERR_FILE_NOT_FOUND|ERR_INTERNET_DISCONNECTED" "$work/screenshot.log" > "$work/console.txt"; then
  cat "$work/console.txt"
  check "the page logs no console errors" false
else
  check "the page logs no console errors" true
fi

profile=$(mktemp -d -p "$work")
timeout 180 "$browser" "${flags[@]}" --user-data-dir="$profile" --dump-dom "$page" > "$work/dom.html" 2> "$work/dom.log"
figures=$(find "$results/plots" -name '*.svg' | wc -l)
svgs=$(grep -o '<svg ' "$work/dom.html" | wc -l)
check "the DOM has every plot inline ($figures)" test "$figures" -gt 0 -a "$svgs" -eq "$figures"
check "the DOM has the summary table" grep -q '<table class="summary">' "$work/dom.html"
check "the DOM has a comparison matrix" grep -q '<table class="matrix">' "$work/dom.html"
check "the DOM has no parser error" bash -c "! grep -q parsererror '$work/dom.html'"

# The picture: decode the PNG (zlib, scanline filters) and count colours, ink, and the trainers' plot colours.
python3 - "$work/report.png" > "$work/png.txt" <<'PY'
import struct, sys, zlib
data = open(sys.argv[1], "rb").read()
assert data[:8] == b"\x89PNG\r\n\x1a\n", "not a PNG"
pos, chunks = 8, {}
idat = b""
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    if kind == b"IHDR":
        width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", body)
    elif kind == b"IDAT":
        idat += body
    pos += 12 + length
assert depth == 8 and colour in (2, 6) and interlace == 0, f"unsupported PNG (depth {depth}, colour type {colour})"
channels = 3 if colour == 2 else 4
raw = zlib.decompress(idat)
stride = width * channels
previous = bytearray(stride)
pixels = []
offset = 0
for _ in range(height):
    kind = raw[offset]; offset += 1
    line = bytearray(raw[offset:offset + stride]); offset += stride
    for i in range(stride):
        left = line[i - channels] if i >= channels else 0
        up = previous[i]
        corner = previous[i - channels] if i >= channels else 0
        if kind == 1: line[i] = (line[i] + left) & 255
        elif kind == 2: line[i] = (line[i] + up) & 255
        elif kind == 3: line[i] = (line[i] + (left + up) // 2) & 255
        elif kind == 4:
            p = left + up - corner
            pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
            line[i] = (line[i] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
    pixels.append(bytes(line))
    previous = line
colours, ink, blue, vermillion = set(), 0, 0, 0
for line in pixels:
    for i in range(0, stride, channels):
        r, g, b = line[i], line[i + 1], line[i + 2]
        colours.add((r, g, b))
        if r < 235 or g < 235 or b < 235: ink += 1
        if abs(r - 0x00) + abs(g - 0x72) + abs(b - 0xB2) < 30: blue += 1
        if abs(r - 0xD5) + abs(g - 0x5E) + abs(b - 0x00) < 30: vermillion += 1
print(f"{width}x{height} colours={len(colours)} ink={ink / (width * height):.4f} blue={blue} vermillion={vermillion}")
PY
cat "$work/png.txt"
read -r size colours ink blue vermillion < <(tr '=' ' ' < "$work/png.txt" | awk '{print $1, $3, $5, $7, $9}')
check "the screenshot is 1280x2000" test "$size" = "1280x2000"
check "the screenshot is not blank (many colours)" test "${colours:-0}" -ge 50
check "the screenshot has text and plots (over 2% ink)" python3 -c "import sys; sys.exit(0 if float('${ink:-0}') > 0.02 else 1)"
check "the trainers' plot colours are drawn" test "${blue:-0}" -ge 50 -a "${vermillion:-0}" -ge 50

mkdir -p "${REPORT_SCREENSHOT_DIR:-/tmp}" 2>/dev/null && cp "$work/report.png" "${REPORT_SCREENSHOT_DIR:-/tmp}/evorec-report-in-browser.png" 2>/dev/null || true
finish
