"""BPTT training throughput of PyTorch's nn.LSTM on CPU, the configuration of Evorec's BpttThroughput:
1 input, H hidden, 1 output (linear), minibatch 32 sequences of 100 steps, MSE, Adam, one thread.
Not run in CI. Usage: /usr/bin/python3 tests/Evorec.Benchmarks/pytorch/bptt_lstm.py [seconds]"""
import sys
import time

import torch

torch.set_num_threads(1)
SECONDS = float(sys.argv[1]) if len(sys.argv) > 1 else 3.0
BATCH, LENGTH = 32, 100


class Model(torch.nn.Module):
    def __init__(self, hidden):
        super().__init__()
        self.lstm = torch.nn.LSTM(1, hidden)
        self.out = torch.nn.Linear(hidden, 1)

    def forward(self, x):
        h, _ = self.lstm(x)
        return self.out(h)


def measure(action):
    for _ in range(3):
        action()
    start = time.perf_counter()
    count = 0
    while time.perf_counter() - start < SECONDS:
        action()
        count += 1
    return count / (time.perf_counter() - start)


for dtype in (torch.float32, torch.float64):
    for hidden in (20, 100):
        torch.manual_seed(hidden)
        model = Model(hidden).to(dtype)
        optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
        x = torch.rand(LENGTH, BATCH, 1, dtype=dtype) * 2 - 1
        y = torch.rand(LENGTH, BATCH, 1, dtype=dtype) * 2 - 1

        def forward():
            with torch.no_grad():
                model(x)

        def train():
            optimizer.zero_grad()
            loss = torch.nn.functional.mse_loss(model(x), y)
            loss.backward()
            optimizer.step()

        forward_rate = measure(forward) * BATCH * LENGTH
        train_rate = measure(train) * BATCH * LENGTH
        print(f"pytorch {torch.__version__} lstm 1-{hidden}-1 batch {BATCH} length {LENGTH} {str(dtype)[6:]} threads 1: "
              f"forward {forward_rate:.0f} steps/s, forward+backward+adam {train_rate:.0f} steps/s", flush=True)
