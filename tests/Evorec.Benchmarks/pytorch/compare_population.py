"""Runs the speed comparison of the README's "Speed" section back to back, in one go.

Order: `evorec bench --json`, `evorec bench --population --json`, then population_lstm.py in float64
and float32 at 1 and 2 threads (each best of 3 after a warm-up). Prints the load average before and
after, every raw figure, and the ratios Evorec / PyTorch at the same thread count. Not run in CI.
Usage, from the repository root after `dotnet build -c Release`:
    /usr/bin/python3 tests/Evorec.Benchmarks/pytorch/compare_population.py [--out DIR]
"""
import argparse
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
EVOREC = ["dotnet", "src/Evorec.Cli/bin/Release/net10.0/evorec.dll"]


def load_average():
    with open("/proc/loadavg") as f:
        return f.read().split()[:3]


def fail(message):
    print(f"compare_population.py: {message}", file=sys.stderr)
    sys.exit(2)


def run(command):
    print("$ " + " ".join(command), file=sys.stderr, flush=True)
    completed = subprocess.run(command, capture_output=True, text=True)
    if completed.returncode != 0:
        fail(f"'{' '.join(command)}' exited with {completed.returncode}:\n{completed.stderr.strip()}")
    return completed.stdout


def check_prerequisites():
    """Both sides can run before any timing starts: the Release build, and PyTorch for this Python."""
    if not os.path.isfile(EVOREC[1]):
        fail(f"{EVOREC[1]} not found: run this from the repository root after `dotnet build -c Release`.")
    probe = subprocess.run([sys.executable, "-c", "import torch"], capture_output=True, text=True)
    if probe.returncode != 0:
        fail(f"PyTorch cannot be imported by {sys.executable}: install Debian's package "
             "(`apt-get update && apt-get install python3-torch`) and run this script with /usr/bin/python3.")


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", default=None, help="folder to keep the raw outputs in")
    arguments = parser.parse_args()
    check_prerequisites()
    before = load_average()
    bench = json.loads(run(EVOREC + ["bench", "--json"]))
    population = json.loads(run(EVOREC + ["bench", "--population", "--json"]))
    torch = {}
    for dtype in ("float64", "float32"):
        for threads in (1, 2):
            line = run([sys.executable, os.path.join(HERE, "population_lstm.py"), "--dtype", dtype, "--threads", str(threads)])
            torch[(dtype, threads)] = float(re.search(r": (\d+) network steps/s", line).group(1))
    after = load_average()

    result = {
        "loadAverageBefore": before,
        "loadAverageAfter": after,
        "bench": bench,
        "population": population,
        "pytorch": {f"{dtype} threads={threads}": rate for (dtype, threads), rate in torch.items()},
        "ratios": {
            f"{dtype} threads={threads}": (population["networkStepsPerSecondOneThread"] if threads == 1 else population["networkStepsPerSecondAllThreads"]) / rate
            for (dtype, threads), rate in torch.items()
        },
    }
    if arguments.out:
        os.makedirs(arguments.out, exist_ok=True)
        with open(os.path.join(arguments.out, "speed.json"), "w") as f:
            json.dump(result, f, indent=2)

    print(f"load average before {' '.join(before)}, after {' '.join(after)}")
    print(f"peak {bench['peakFlopsOneThread'] / 1e9:.1f} GFLOP/s on 1 thread, {bench['peakFlopsAllThreads'] / 1e9:.1f} on {bench['threads']}")
    for network in bench["networks"]:
        print(f"{network['name']:26} {network['stepsPerSecondOneThread']:>12,.0f} steps/s {100 * network['fractionOfPeakOneThread']:5.1f}% peak | "
              f"{network['stepsPerSecondAllThreads']:>12,.0f} on {bench['threads']} ({network['scaling']:.2f}x) | {network['bytesPerStep']:.2f} B/step")
    print(f"population: {population['networkStepsPerSecondOneThread']:,.0f} network steps/s on 1 thread, "
          f"{population['networkStepsPerSecondAllThreads']:,.0f} on {population['threads']} ({population['scaling']:.2f}x); "
          f"one at a time {population['unbatchedNetworkStepsPerSecondOneThread']:,.0f}; identical: {population['identicalAcrossThreadCounts']} / {population['identicalToUnbatched']}")
    for key, rate in result["pytorch"].items():
        print(f"pytorch {key}: {rate:,.0f} network steps/s; Evorec / PyTorch = {result['ratios'][key]:.2f}")


if __name__ == "__main__":
    main()
