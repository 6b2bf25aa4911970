namespace Evorec.Experiments.Benchmarks;

/// <summary>What <see cref="PairedWindows"/> measured.</summary>
/// <param name="OneThread">The fastest one-thread window's rate.</param>
/// <param name="AllThreads">The fastest all-threads window's rate (summed over the threads).</param>
/// <param name="Scaling">All-threads over one-thread rate, from the pairs.</param>
public sealed record PairedRates(double OneThread, double AllThreads, ScalingEstimate Scaling);
