using Evorec.Networks;

namespace Evorec.Experiments.Benchmarks;

/// <summary>
/// Times <see cref="IRecurrentNetwork.Step"/> for one <see cref="BenchmarkCase"/>: each thread owns
/// a network loaded with the same deterministic parameters (small, so the state stays in the
/// nonlinear range), fed a sine input and reset every 1,000 steps (an episode); steps are counted in
/// batches over paired one-thread and all-threads windows (<see cref="PairedWindows"/>): the fastest
/// window of each kind is reported, so that load from other processes lowers the figure as little as
/// possible, beside the median one-thread window (what a run typically gets on a shared machine), and
/// the scaling is the median ratio within the pairs.
/// </summary>
public static class StepBenchmark
{
    private const int Batch = 256;
    private const int EpisodeLength = 1000;
    private static readonly TimeSpan WarmUp = TimeSpan.FromMilliseconds(300);

    /// <summary>
    /// Measures one case on one thread and on <paramref name="threads"/> threads in <see cref="PairedWindows.StandardPairs"/>
    /// paired windows taking about 2 × <paramref name="duration"/> in all (after a warm-up).
    /// </summary>
    public static StepMeasurement Measure(BenchmarkCase benchmark, int threads, TimeSpan duration)
    {
        PairedRates rates = Rates(benchmark.Spec, benchmark.Parameters(), threads, duration * 2, out double bytes);
        return new StepMeasurement(benchmark, rates.OneThread, rates.AllThreads, threads, bytes, rates.Scaling, rates.OneThreadMedian);
    }

    /// <summary>Deterministic parameters in (−0.5, 0.5), the same for every thread.</summary>
    public static double[] Parameters(NetworkSpec spec)
    {
        var parameters = new double[spec.Layout.Count];
        for (int i = 0; i < parameters.Length; i++)
        {
            parameters[i] = 0.5 * Math.Sin(1.37 * (i + 1));
        }

        return parameters;
    }

    private static PairedRates Rates(NetworkSpec spec, double[] parameters, int threads, TimeSpan duration, out double bytesPerStep)
    {
        var bytes = new double[threads];
        using var windows = new PairedWindows(threads, PairedWindows.StandardPairs, duration);
        PairedRates rates = windows.Run(
            index =>
            {
                IRecurrentNetwork network = spec.Create();
                spec.Load(parameters, network);
                var input = new double[spec.InputCount];
                var output = new double[spec.OutputCount];
                double[] signal = Signal();
                long step = 0;
                // Warm-up, until tiered compilation has installed the optimized code (JitWarmUp).
                JitWarmUp.Run(() => Run(network, signal, input, output, ref step, Batch), WarmUp);
                long allocated = 0, counted = 0;
                return window =>
                {
                    long before = GC.GetAllocatedBytesForCurrentThread();
                    long steps = 0;
                    while (!window.IsOver)
                    {
                        Run(network, signal, input, output, ref step, Batch);
                        steps += Batch;
                    }

                    allocated += GC.GetAllocatedBytesForCurrentThread() - before;
                    counted += steps;
                    bytes[index] = allocated / (double)counted;
                    return steps;
                };
            });
        bytesPerStep = bytes[0];
        return rates;
    }

    private static double[] Signal()
    {
        var signal = new double[EpisodeLength];
        for (int i = 0; i < signal.Length; i++)
        {
            signal[i] = Math.Sin(0.1 * i);
        }

        return signal;
    }

    private static void Run(IRecurrentNetwork network, double[] signal, double[] input, double[] output, ref long step, int count)
    {
        for (int i = 0; i < count; i++, step++)
        {
            int time = (int)(step % EpisodeLength);
            if (time == 0)
            {
                network.Reset();
            }

            input.AsSpan().Fill(signal[time]);
            network.Step(input, output);
        }
    }
}
