using System.Diagnostics;
using Evorec.Networks;
using Evorec.Numerics;
using Evorec.Tasks;
using Evorec.Training.Gradient;

namespace Evorec.Benchmarks;

/// <summary>
/// BPTT training throughput of an LSTM (1 input, H single-cell blocks, 1 output; forget and output
/// gates, no peepholes, tanh — the standard LSTM that PyTorch's nn.LSTM computes): minibatches of 32
/// random sequences of 100 steps, MSE loss, Adam. Runs on one thread; pytorch/bptt_lstm.py measures the same.
/// </summary>
public static class BpttThroughput
{
    /// <summary>Measures hidden sizes <paramref name="hiddenSizes"/> and prints sequence steps per second.</summary>
    public static void Run(IReadOnlyList<int> hiddenSizes, double seconds)
    {
        const int batch = 32;
        const int length = 100;
        foreach (int hidden in hiddenSizes)
        {
            var spec = new LstmSpec(1, 1, new LstmOptions { Blocks = hidden });
            IDifferentiableNetwork passes = DifferentiableNetworks.Create(spec);
            var random = new RandomStream(StreamKey.FromSeed(hidden));
            var parameters = new double[spec.Layout.Count];
            for (int i = 0; i < parameters.Length; i++)
            {
                parameters[i] = random.NextDouble(-0.1, 0.1);
            }

            var sequences = new Sequence[batch];
            for (int s = 0; s < batch; s++)
            {
                var inputs = new double[length];
                var targets = new double[length];
                for (int t = 0; t < length; t++)
                {
                    inputs[t] = random.NextDouble(-1, 1);
                    targets[t] = random.NextDouble(-1, 1);
                }

                sequences[s] = new Sequence(inputs, 1, targets, 1, 0);
            }

            var adam = new AdamStep(parameters.Length, 0.9, 0.999, 1e-8);
            var gradient = new double[parameters.Length];
            var outputs = new double[length];
            var outputGradients = new double[length];
            double forwardRate = Measure(seconds, () =>
            {
                foreach (Sequence sequence in sequences)
                {
                    passes.Forward(parameters, sequence.Inputs, length, outputs);
                }
            });
            double trainRate = Measure(seconds, () =>
            {
                Array.Clear(gradient);
                foreach (Sequence sequence in sequences)
                {
                    BpttTrainer.SumSquaredError(passes, parameters, sequence, outputs, outputGradients, gradient, 1.0 / (batch * length));
                }

                adam.Update(parameters, gradient, 1e-3);
            });
            Console.WriteLine(
                $"lstm 1-{hidden}-1 batch {batch} length {length} float64 threads 1: forward {forwardRate * batch * length:F0} steps/s, " +
                $"forward+backward+adam {trainRate * batch * length:F0} steps/s");
        }
    }

    /// <summary>Minibatches per second of <paramref name="action"/> over about <paramref name="seconds"/> seconds, after a warm-up.</summary>
    private static double Measure(double seconds, Action action)
    {
        for (int i = 0; i < 3; i++)
        {
            action();
        }

        var clock = Stopwatch.StartNew();
        int count = 0;
        while (clock.Elapsed.TotalSeconds < seconds)
        {
            action();
            count++;
        }

        return count / clock.Elapsed.TotalSeconds;
    }
}
