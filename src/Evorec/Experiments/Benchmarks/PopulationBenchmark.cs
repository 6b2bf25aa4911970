using System.Diagnostics;
using Evorec.Networks;

namespace Evorec.Experiments.Benchmarks;

/// <summary>
/// The neuroevolution hot loop: a population of LSTM 1-10-1 networks (10 single-cell blocks with
/// input, forget and output gates, no peepholes, tanh cell input and output, linear readout — the
/// equations of <see cref="LstmSpec"/>, the same as PyTorch's <c>nn.LSTM</c> gates followed by a
/// linear layer), each with its own weights, each run for the same number of steps on a sine input.
/// Batched, networks are evaluated four at a time in the lanes of an <see cref="LstmBatch"/>;
/// unbatched, one at a time by <see cref="LstmNetwork"/>. Networks (in batches of four) are split into
/// contiguous, equal shares, one per thread; each network's arithmetic depends neither on the split
/// nor on the batching, so the outputs are bit-identical for any thread count and either way.
/// </summary>
public static class PopulationBenchmark
{
    /// <summary>The LSTM 1-10-1 spec the population uses.</summary>
    public static LstmSpec Spec() => new(1, 1, new LstmOptions { Blocks = 10 });

    /// <summary>
    /// Runs <paramref name="networks"/> networks for <paramref name="steps"/> steps each on
    /// <paramref name="threads"/> threads, in <see cref="LstmBatch"/>es if <paramref name="batched"/>;
    /// returns network steps per second (wall clock, after a warm-up run of every thread) and writes
    /// each network's sum of outputs to <paramref name="sums"/>.
    /// </summary>
    public static double Measure(int networks, int steps, int threads, bool batched, Span<double> sums)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(networks);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(steps);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(threads);
        if (sums.Length != networks)
        {
            throw new ArgumentException("One sum per network.", nameof(sums));
        }

        LstmSpec spec = Spec();
        double[][] parameters = Parameters(spec, networks);
        var signal = new double[steps];
        for (int t = 0; t < steps; t++)
        {
            signal[t] = Math.Sin(0.1 * t);
        }

        var results = new double[networks];
        int batches = (networks + LstmBatch.Lanes - 1) / LstmBatch.Lanes;
        using var start = new Barrier(threads + 1);
        using var done = new CountdownEvent(threads);
        var workers = new Thread[threads];
        for (int w = 0; w < threads; w++)
        {
            int first = (int)((long)batches * w / threads) * LstmBatch.Lanes;
            int last = Math.Min(networks, (int)((long)batches * (w + 1) / threads) * LstmBatch.Lanes);
            workers[w] = new Thread(() =>
            {
                IRunner runner = batched ? new Batched(spec, parameters, results) : new OneAtATime(spec, parameters, results);
                runner.Run(0, Math.Min(networks, LstmBatch.Lanes), signal.AsSpan(0, Math.Min(steps, 100))); // warm-up
                start.SignalAndWait();
                runner.Run(first, last, signal);
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

    /// <summary>Network n's parameters: deterministic, in (−0.5, 0.5), different for every network.</summary>
    private static double[][] Parameters(LstmSpec spec, int networks)
    {
        var parameters = new double[networks][];
        for (int n = 0; n < networks; n++)
        {
            parameters[n] = new double[spec.Layout.Count];
            for (int i = 0; i < parameters[n].Length; i++)
            {
                parameters[n][i] = 0.5 * Math.Sin((1.37 * (i + 1)) + (0.71 * n));
            }
        }

        return parameters;
    }

    /// <summary>Evaluates networks [first, last) on the signal, writing each one's sum of outputs.</summary>
    private interface IRunner
    {
        void Run(int first, int last, ReadOnlySpan<double> signal);
    }

    /// <summary>Networks [first, last) four at a time in one <see cref="LstmBatch"/>; a last, partial batch leaves its spare lanes at zero weights.</summary>
    private sealed class Batched(LstmSpec spec, double[][] parameters, double[] results) : IRunner
    {
        private readonly LstmBatch _batch = new(spec);
        private readonly double[] _zeros = new double[spec.Layout.Count];
        private readonly double[] _input = new double[1];
        private readonly double[] _outputs = new double[LstmBatch.Lanes];
        private readonly double[] _sums = new double[LstmBatch.Lanes];

        public void Run(int first, int last, ReadOnlySpan<double> signal)
        {
            for (int n = first; n < last; n += LstmBatch.Lanes)
            {
                for (int lane = 0; lane < LstmBatch.Lanes; lane++)
                {
                    _batch.Load(lane, n + lane < last ? parameters[n + lane] : _zeros);
                }

                Array.Clear(_sums);
                for (int t = 0; t < signal.Length; t++)
                {
                    _input[0] = signal[t];
                    _batch.StepShared(_input, _outputs);
                    for (int lane = 0; lane < LstmBatch.Lanes; lane++)
                    {
                        _sums[lane] += _outputs[lane];
                    }
                }

                for (int lane = 0; lane < LstmBatch.Lanes && n + lane < last; lane++)
                {
                    results[n + lane] = _sums[lane];
                }
            }
        }
    }

    /// <summary>Networks [first, last) one at a time in one <see cref="LstmNetwork"/>.</summary>
    private sealed class OneAtATime(LstmSpec spec, double[][] parameters, double[] results) : IRunner
    {
        private readonly IRecurrentNetwork _network = spec.Create();
        private readonly double[] _input = new double[1];
        private readonly double[] _output = new double[1];

        public void Run(int first, int last, ReadOnlySpan<double> signal)
        {
            for (int n = first; n < last; n++)
            {
                spec.Load(parameters[n], _network);
                double sum = 0.0;
                for (int t = 0; t < signal.Length; t++)
                {
                    _input[0] = signal[t];
                    _network.Step(_input, _output);
                    sum += _output[0];
                }

                results[n] = sum;
            }
        }
    }
}
