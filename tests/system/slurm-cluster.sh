#!/usr/bin/env bash
# System test: a real single-node Slurm cluster on localhost runs a suite as a 4-task job
# array with its report job; the merged results must equal an unsharded run's (wall seconds
# aside). Installs Debian's slurm-wlm and munge if missing, starts munged, slurmctld and
# slurmd directly (no systemd), and stops what it started.
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$(pwd)
work=$(mktemp -d /tmp/evorec-slurm.XXXXXX)
started=()

cleanup() {
  for pid in "${started[@]}"; do kill "$pid" 2>/dev/null || true; done
  [ -f "$work/slurmctld.pid" ] && kill "$(cat "$work/slurmctld.pid")" 2>/dev/null || true
  [ -f "$work/slurmd.pid" ] && kill "$(cat "$work/slurmd.pid")" 2>/dev/null || true
  [ -f "$work/munged.pid" ] && kill "$(cat "$work/munged.pid")" 2>/dev/null || true
  sleep 1
  rm -rf "$work"
}
trap cleanup EXIT

if ! command -v slurmctld >/dev/null || ! command -v munged >/dev/null; then
  echo "installing slurm-wlm and munge"
  apt-get update -qq >/dev/null
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq slurm-wlm munge >/dev/null
fi

# munge: a fresh key in the scratch folder, its own socket.
mkdir -p "$work/munge" "$work/state" "$work/spool"
dd if=/dev/urandom bs=1 count=1024 of="$work/munge/munge.key" status=none
chmod 700 "$work/munge"
chmod 400 "$work/munge/munge.key"
socket="$work/munge/munge.socket"
munged --force --key-file="$work/munge/munge.key" --socket="$socket" --pid-file="$work/munged.pid" \
  --log-file="$work/munge/munged.log" --seed-file="$work/munge/munge.seed"
for _ in $(seq 50); do [ -S "$socket" ] && break; sleep 0.1; done

# Slurm: the repository's configuration with this scratch folder and free ports.
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1]); s.close()'; }
conf="$work/slurm.conf"
sed -e "s#@DIR@#$work#g" -e "s#@CPUS@#$(nproc)#g" -e "s#@CTLD_PORT@#$(free_port)#g" -e "s#@SLURMD_PORT@#$(free_port)#g" \
  "$repo/tests/cluster/slurm.conf.in" > "$conf"
echo "AuthInfo=socket=$socket" >> "$conf"
export SLURM_CONF="$conf"
slurmctld -f "$conf"
slurmd -f "$conf" -N localhost
for _ in $(seq 100); do
  state=$(sinfo -h -N -o '%t' 2>/dev/null | head -n 1 || true)
  [ "$state" = "idle" ] && break
  sleep 0.2
done
echo "slurm node state: ${state:-unknown}"
[ "${state:-}" = "idle" ] || { echo "the local Slurm node did not come up"; tail -n 20 "$work/slurmctld.log" "$work/slurmd.log" || true; exit 1; }

# Evorec: build once, then the array run and an unsharded run of the same suite.
dotnet build -c Release src/Evorec.Cli -v quiet -nologo >/dev/null
evorec=(dotnet "$repo/src/Evorec.Cli/bin/Release/net10.0/evorec.dll")
out="$work/array"
"${evorec[@]}" slurm tests/cluster/suite.json --out "$out" --tasks 4 --cpus-per-task 1 --time 00:15:00 --submit | tee "$work/submit.txt"
array_id=$(sed -n 's/^array job //p' "$work/submit.txt")
report_id=$(sed -n 's/^report job //p' "$work/submit.txt")
[ -n "$array_id" ] && [ -n "$report_id" ] || { echo "submission failed"; exit 1; }

for _ in $(seq 600); do
  [ -z "$(squeue -h -j "$array_id,$report_id" 2>/dev/null)" ] && break
  sleep 1
done
[ -z "$(squeue -h -j "$array_id,$report_id" 2>/dev/null)" ] || { echo "jobs did not finish in 10 minutes"; squeue; exit 1; }
cat "$out/slurm/report.out" | tail -n 5 || true
ls "$out"/manifest-*-of-4.json >/dev/null

"${evorec[@]}" run tests/cluster/suite.json --out "$work/whole" --threads 2 >/dev/null

python3 - "$work/whole" "$out" <<'PY'
import json, os, sys
whole, array = sys.argv[1], sys.argv[2]
def strip(node):
    if isinstance(node, dict):
        return {k: strip(v) for k, v in node.items() if k != "wall_seconds"}
    if isinstance(node, list):
        return [strip(v) for v in node]
    return node
a = strip(json.load(open(os.path.join(whole, "summary.json"))))
b = strip(json.load(open(os.path.join(array, "summary.json"))))
assert a == b, "the array run's summary differs from the unsharded run's"
runs = 0
for root, _, files in os.walk(whole):
    for name in files:
        if name.startswith("run-") and name.endswith(".csv"):
            rel = os.path.relpath(os.path.join(root, name), whole)
            cut = lambda p: [",".join(c for i, c in enumerate(l.rstrip("\n").split(",")) if i != 3) for l in open(p)]
            assert cut(os.path.join(whole, rel)) == cut(os.path.join(array, rel)), rel
            runs += 1
assert runs == 12, f"{runs} run logs"
print(f"slurm array run equals the unsharded run: {runs} run logs and the summary")
PY
