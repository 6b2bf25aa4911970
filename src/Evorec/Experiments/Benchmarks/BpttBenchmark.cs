using System.Diagnostics;
using Evorec.Networks;
using Evorec.Numerics;
using Evorec.Tasks;
using Evorec.Training.Gradient;

namespace Evorec.Experiments.Benchmarks;

/// <summary>
/// BPTT training throughput of an LSTM (1 input, H single-cell blocks, 1 output; forget and output
/// gates, no peepholes, tanh — the LSTM that PyTorch's nn.LSTM computes): minibatches of 32 random
/// sequences of 100 steps, MSE loss, Adam, one thread, float64. The PyTorch side of the comparison
/// is tests/Evorec.Benchmarks/pytorch/bptt_lstm.py.
/// </summary>
public static class BpttBenchmark
{
    /// <summary>Sequences per minibatch.</summary>
    public const int Batch = 32;

    /// <summary>Steps per sequence.</summary>
    public const int Length = 100;

    /// <summary>Sequence steps per second of the forward pass alone and of forward, backward and an Adam update, for LSTM 1-<paramref name="hidden"/>-1.</summary>
    public static BpttMeasurement Measure(int hidden, double seconds)
    {
        var spec = new LstmSpec(1, 1, new LstmOptions { Blocks = hidden });
        IDifferentiableNetwork passes = DifferentiableNetworks.Create(spec);
        var random = new RandomStream(StreamKey.FromSeed(hidden));
        var parameters = new double[spec.Layout.Count];
        for (int i = 0; i < parameters.Length; i++)
        {
            parameters[i] = random.NextDouble(-0.1, 0.1);
        }

        var sequences = new Sequence[Batch];
        for (int s = 0; s < Batch; s++)
        {
            var inputs = new double[Length];
            var targets = new double[Length];
            for (int t = 0; t < Length; t++)
            {
                inputs[t] = random.NextDouble(-1, 1);
                targets[t] = random.NextDouble(-1, 1);
            }

            sequences[s] = new Sequence(inputs, 1, targets, 1, 0);
        }

        var adam = new AdamStep(parameters.Length, 0.9, 0.999, 1e-8);
        var gradient = new double[parameters.Length];
        var outputs = new double[Length];
        var outputGradients = new double[Length];
        double forward = Rate(seconds, () =>
        {
            foreach (Sequence sequence in sequences)
            {
                passes.Forward(parameters, sequence.Inputs, 0, Length, outputs);
            }
        });
        double training = Rate(seconds, () =>
        {
            Array.Clear(gradient);
            foreach (Sequence sequence in sequences)
            {
                BpttLearner.SumSquaredError(passes, parameters, sequence, outputs, outputGradients, gradient, 1.0 / (Batch * Length));
            }

            adam.Update(parameters, gradient, 1e-3);
        });
        return new BpttMeasurement($"lstm 1-{hidden}-1", forward * Batch * Length, training * Batch * Length);
    }

    /// <summary>Minibatches per second of <paramref name="action"/> over about <paramref name="seconds"/> seconds, after a warm-up.</summary>
    private static double Rate(double seconds, Action action)
    {
        for (int i = 0; i < 3; i++)
        {
            action();
        }

        var clock = Stopwatch.StartNew();
        int count = 0;
        while (clock.Elapsed.TotalSeconds < seconds || count == 0)
        {
            action();
            count++;
        }

        return count / clock.Elapsed.TotalSeconds;
    }
}

/// <summary>BPTT throughput of one shape.</summary>
/// <param name="Network">The shape, such as <c>lstm 1-20-1</c>.</param>
/// <param name="ForwardStepsPerSecond">Sequence steps per second of the forward pass alone.</param>
/// <param name="TrainingStepsPerSecond">Sequence steps per second of forward, backward and the Adam update.</param>
public sealed record BpttMeasurement(string Network, double ForwardStepsPerSecond, double TrainingStepsPerSecond);
