using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Evorec.Experiments.Benchmarks;

/// <summary>
/// Measures this machine's peak double-precision FLOP rate with a loop of independent
/// <see cref="Vector256{T}"/> fused multiply-adds (8 FLOPs each: 4 lanes × multiply and add),
/// with enough accumulators (10) to cover the FMA latency on current x86 cores.
/// The figure is measured, never assumed; on a machine without AVX2+FMA it measures the same loop
/// with <see cref="Math.FusedMultiplyAdd(double, double, double)"/> on scalars (2 FLOPs each).
/// </summary>
public static class PeakFlops
{
    private const int Accumulators = 10;
    private const int RoundsPerBatch = 100_000;

    /// <summary>
    /// FLOPs per second on one thread and on <paramref name="threads"/> threads running the loop
    /// together: the fastest window of each kind among <see cref="PairedWindows.StandardPairs"/> paired windows
    /// taking about <paramref name="duration"/> in all (<see cref="PairedWindows"/>), and their paired scaling.
    /// </summary>
    public static PairedRates Measure(int threads, TimeSpan duration)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(threads);
        var sinks = new double[threads];
        using var windows = new PairedWindows(threads, PairedWindows.StandardPairs, duration);
        PairedRates rates = windows.Run(
            index =>
            {
                Run(1); // warm-up: compile the loop
                return window =>
                {
                    long rounds = 0;
                    while (!window.IsOver)
                    {
                        sinks[index] += Run(RoundsPerBatch);
                        rounds += RoundsPerBatch;
                    }

                    return (long)(rounds * FlopsPerRound);
                };
            });
        GC.KeepAlive(sinks);
        return rates;
    }

    /// <summary>FLOPs per round of the loop: one FMA per accumulator.</summary>
    private static double FlopsPerRound => Accumulators * (Fma.IsSupported && Vector256.IsHardwareAccelerated ? 8.0 : 2.0);

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static double Run(int rounds)
    {
        if (Fma.IsSupported && Vector256.IsHardwareAccelerated)
        {
            var m = Vector256.Create(0.999999);
            var c = Vector256.Create(1e-7);
            Vector256<double> a0 = Vector256.Create(1.0), a1 = Vector256.Create(1.1), a2 = Vector256.Create(1.2), a3 = Vector256.Create(1.3), a4 = Vector256.Create(1.4);
            Vector256<double> a5 = Vector256.Create(1.5), a6 = Vector256.Create(1.6), a7 = Vector256.Create(1.7), a8 = Vector256.Create(1.8), a9 = Vector256.Create(1.9);
            for (int r = 0; r < rounds; r++)
            {
                a0 = Fma.MultiplyAdd(a0, m, c);
                a1 = Fma.MultiplyAdd(a1, m, c);
                a2 = Fma.MultiplyAdd(a2, m, c);
                a3 = Fma.MultiplyAdd(a3, m, c);
                a4 = Fma.MultiplyAdd(a4, m, c);
                a5 = Fma.MultiplyAdd(a5, m, c);
                a6 = Fma.MultiplyAdd(a6, m, c);
                a7 = Fma.MultiplyAdd(a7, m, c);
                a8 = Fma.MultiplyAdd(a8, m, c);
                a9 = Fma.MultiplyAdd(a9, m, c);
            }

            var total = a0 + a1 + a2 + a3 + a4 + a5 + a6 + a7 + a8 + a9;
            return total.GetElement(0) + total.GetElement(3);
        }

        double s0 = 1.0, s1 = 1.1, s2 = 1.2, s3 = 1.3, s4 = 1.4, s5 = 1.5, s6 = 1.6, s7 = 1.7, s8 = 1.8, s9 = 1.9;
        for (int r = 0; r < rounds; r++)
        {
            s0 = Math.FusedMultiplyAdd(s0, 0.999999, 1e-7);
            s1 = Math.FusedMultiplyAdd(s1, 0.999999, 1e-7);
            s2 = Math.FusedMultiplyAdd(s2, 0.999999, 1e-7);
            s3 = Math.FusedMultiplyAdd(s3, 0.999999, 1e-7);
            s4 = Math.FusedMultiplyAdd(s4, 0.999999, 1e-7);
            s5 = Math.FusedMultiplyAdd(s5, 0.999999, 1e-7);
            s6 = Math.FusedMultiplyAdd(s6, 0.999999, 1e-7);
            s7 = Math.FusedMultiplyAdd(s7, 0.999999, 1e-7);
            s8 = Math.FusedMultiplyAdd(s8, 0.999999, 1e-7);
            s9 = Math.FusedMultiplyAdd(s9, 0.999999, 1e-7);
        }

        return s0 + s1 + s2 + s3 + s4 + s5 + s6 + s7 + s8 + s9;
    }
}
