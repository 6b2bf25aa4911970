namespace Evorec.Experiments.Benchmarks;

/// <summary>What <see cref="PairedWindows"/> measured.</summary>
/// <param name="OneThread">The fastest one-thread window's rate.</param>
/// <param name="AllThreads">The fastest all-threads window's rate (summed over the threads).</param>
/// <param name="Scaling">All-threads over one-thread rate, from the pairs.</param>
/// <param name="OneThreadMedian">The median one-thread window's rate: what a run typically gets while
/// other tenants of the machine compete for its cores, where <paramref name="OneThread"/> is the speed
/// without them (on the development host an Elman step ran 1.4x slower than its fastest for long
/// stretches in a probe of 2 ms windows, and some shapes' median bench windows were 1.6–2x slower than
/// their fastest, 2026-12-02).</param>
public sealed record PairedRates(double OneThread, double AllThreads, ScalingEstimate Scaling, double OneThreadMedian);
