#!/usr/bin/env bash
# Regenerates the component reference of README.md (between the components markers)
# from the registry: `evorec list --markdown`. A test fails when the two differ.
set -euo pipefail
cd "$(dirname "$0")/.."
reference=$(dotnet run --project src/Evorec.Cli -c Release -- list --markdown)
python3 - "$reference" <<'PY'
import re, sys
readme = open("README.md", encoding="utf-8").read()
begin, end = "<!-- components:begin -->\n", "<!-- components:end -->"
start, stop = readme.index(begin) + len(begin), readme.index(end)
open("README.md", "w", encoding="utf-8").write(readme[:start] + sys.argv[1].rstrip("\n") + "\n\n" + readme[stop:])
PY
echo "README.md component reference updated."
