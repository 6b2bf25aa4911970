using System.Diagnostics;
using Evorec.Networks;

namespace Evorec.Experiments.Benchmarks;

/// <summary>
/// The neuroevolution hot loop: a population of LSTM 1-10-1 networks (10 single-cell blocks with
/// input, forget and output gates, no peepholes, tanh cell input and output, linear readout — the
/// equations of <see cref="LstmSpec"/>, the same as PyTorch's <c>nn.LSTM</c> gates followed by a
/// linear layer), each with its own weights, each run for the same number of steps on a sine input.
/// Networks are split into contiguous, equal shares, one per thread; each network's arithmetic
/// does not depend on the split, so the outputs are bit-identical for any thread count.
/// </summary>
public static class PopulationBenchmark
{
    /// <summary>The LSTM 1-10-1 spec the population uses.</summary>
    public static LstmSpec Spec() => new(1, 1, new LstmOptions { Blocks = 10 });

    /// <summary>
    /// Runs <paramref name="networks"/> networks for <paramref name="steps"/> steps each on
    /// <paramref name="threads"/> threads; returns network steps per second (wall clock, after a
    /// warm-up run of every thread) and writes each network's sum of outputs to <paramref name="sums"/>.
    /// </summary>
    public static double Measure(int networks, int steps, int threads, Span<double> sums)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(networks);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(steps);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(threads);
        if (sums.Length != networks)
        {
            throw new ArgumentException("One sum per network.", nameof(sums));
        }

        LstmSpec spec = Spec();
        var parameters = new double[networks][];
        for (int n = 0; n < networks; n++)
        {
            parameters[n] = new double[spec.Layout.Count];
            for (int i = 0; i < parameters[n].Length; i++)
            {
                parameters[n][i] = 0.5 * Math.Sin((1.37 * (i + 1)) + (0.71 * n));
            }
        }

        var signal = new double[steps];
        for (int t = 0; t < steps; t++)
        {
            signal[t] = Math.Sin(0.1 * t);
        }

        var results = new double[networks];
        using var start = new Barrier(threads + 1);
        using var done = new CountdownEvent(threads);
        var workers = new Thread[threads];
        for (int w = 0; w < threads; w++)
        {
            int first = (int)((long)networks * w / threads);
            int last = (int)((long)networks * (w + 1) / threads);
            workers[w] = new Thread(() =>
            {
                IRecurrentNetwork network = spec.Create();
                var input = new double[1];
                var output = new double[1];
                Run(spec, network, parameters[first], signal.AsSpan(0, Math.Min(steps, 100)), input, output); // warm-up
                start.SignalAndWait();
                for (int n = first; n < last; n++)
                {
                    results[n] = Run(spec, network, parameters[n], signal, input, output);
                }

                done.Signal();
            }) { IsBackground = true };
            workers[w].Start();
        }

        start.SignalAndWait();
        long began = Stopwatch.GetTimestamp();
        done.Wait();
        double seconds = Stopwatch.GetElapsedTime(began).TotalSeconds;
        foreach (var worker in workers)
        {
            worker.Join();
        }

        results.CopyTo(sums);
        return (double)networks * steps / seconds;
    }

    private static double Run(LstmSpec spec, IRecurrentNetwork network, double[] parameters, ReadOnlySpan<double> signal, double[] input, double[] output)
    {
        spec.Load(parameters, network);
        double sum = 0.0;
        for (int t = 0; t < signal.Length; t++)
        {
            input[0] = signal[t];
            network.Step(input, output);
            sum += output[0];
        }

        return sum;
    }
}
