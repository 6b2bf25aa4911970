"""Population evaluation in PyTorch, the baseline for `evorec bench --population`.

1,000 LSTM 1-10-1 networks, each with its own weights, run 1,000 steps on a sine input; one
batched matrix product (bmm) per step for the four gates and one for the readout. The equations
are Evorec's LstmSpec defaults (= PyTorch nn.LSTM gates, one bias per gate, no peepholes, tanh
cell input and output, linear readout):
    [i, f, g, o] = W [x; h] + b;  c = sigmoid(f) c + sigmoid(i) tanh(g);  h = sigmoid(o) tanh(c);  y = V h + d
Not run in CI. Usage: /usr/bin/python3 population_lstm.py [--threads 2] [--dtype float64] [--repeats 3]
Prints network steps per second (best of the repeats, after a warm-up).
"""
import argparse
import math
import time

import torch


def run(networks, steps, hidden, dtype):
    generator = torch.Generator().manual_seed(1)
    sources = 1 + hidden
    weights = (torch.rand(networks, 4 * hidden, sources, generator=generator, dtype=dtype) - 0.5)
    bias = (torch.rand(networks, 4 * hidden, 1, generator=generator, dtype=dtype) - 0.5)
    readout = (torch.rand(networks, 1, hidden, generator=generator, dtype=dtype) - 0.5)
    readout_bias = (torch.rand(networks, 1, 1, generator=generator, dtype=dtype) - 0.5)
    signal = [math.sin(0.1 * t) for t in range(steps)]
    with torch.no_grad():
        h = torch.zeros(networks, hidden, 1, dtype=dtype)
        c = torch.zeros(networks, hidden, 1, dtype=dtype)
        x = torch.empty(networks, 1, 1, dtype=dtype)
        total = torch.zeros(networks, 1, 1, dtype=dtype)
        for t in range(steps):
            x.fill_(signal[t])
            z = torch.baddbmm(bias, weights, torch.cat((x, h), dim=1))
            i, f, g, o = z.split(hidden, dim=1)
            c = torch.sigmoid(f) * c + torch.sigmoid(i) * torch.tanh(g)
            h = torch.sigmoid(o) * torch.tanh(c)
            total += torch.baddbmm(readout_bias, readout, h)
    return total


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--dtype", choices=["float32", "float64"], default="float64")
    parser.add_argument("--networks", type=int, default=1000)
    parser.add_argument("--steps", type=int, default=1000)
    parser.add_argument("--repeats", type=int, default=3)
    arguments = parser.parse_args()
    torch.set_num_threads(arguments.threads)
    dtype = getattr(torch, arguments.dtype)
    run(arguments.networks, 50, 10, dtype)  # warm-up
    best = 0.0
    for _ in range(arguments.repeats):
        began = time.perf_counter()
        run(arguments.networks, arguments.steps, 10, dtype)
        rate = arguments.networks * arguments.steps / (time.perf_counter() - began)
        best = max(best, rate)
    print(f"pytorch {torch.__version__} {arguments.dtype} threads={arguments.threads}: {best:.0f} network steps/s")


if __name__ == "__main__":
    main()
