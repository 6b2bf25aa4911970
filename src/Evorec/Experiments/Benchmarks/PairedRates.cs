namespace Evorec.Experiments.Benchmarks;

/// <summary>What <see cref="PairedWindows"/> measured.</summary>
/// <param name="OneThread">The fastest one-thread window's rate.</param>
/// <param name="AllThreads">The fastest all-threads window's rate (summed over the threads).</param>
/// <param name="Scaling">All-threads over one-thread rate, from the pairs.</param>
/// <param name="OneThreadMedian">The median one-thread window's rate: what a run typically gets while
/// other tenants of the machine compete for its cores, where <paramref name="OneThread"/> is the speed
/// without them (on a shared host the two differed by up to 1.4x, 2026-12-02).</param>
public sealed record PairedRates(double OneThread, double AllThreads, ScalingEstimate Scaling, double OneThreadMedian);
