namespace Evorec.Experiments.Benchmarks;

/// <summary>Everything <c>evorec bench</c> measured in one sitting.</summary>
/// <param name="Date">When the run started (UTC).</param>
/// <param name="Machine">The processor, core count, OS and runtime.</param>
/// <param name="LoadAverage">The 1-minute load average when the run started (from /proc/loadavg; null where unavailable).</param>
/// <param name="Threads">How many threads the all-threads figures used.</param>
/// <param name="PeakFlopsOneThread">Measured peak double-precision FLOPs per second on one thread.</param>
/// <param name="PeakFlopsAllThreads">Measured peak double-precision FLOPs per second on all threads.</param>
/// <param name="Networks">One measurement per network shape.</param>
/// <param name="PeakScaling">All-threads over one-thread peak FLOPs from paired windows (<see cref="PairedWindows"/>).</param>
public sealed record BenchmarkReport(
    DateTimeOffset Date,
    string Machine,
    double? LoadAverage,
    int Threads,
    double PeakFlopsOneThread,
    double PeakFlopsAllThreads,
    IReadOnlyList<StepMeasurement> Networks,
    ScalingEstimate PeakScaling)
{
    /// <summary>
    /// A shape's one-thread FLOP rate in its median window over the peak (the peak loop's fastest
    /// window, the machine's capacity): the fraction of peak a run typically gets on a shared machine,
    /// next to the fastest window's (the speed without other tenants). Never above the latter.
    /// </summary>
    public double MedianWindowFractionOfPeak(StepMeasurement measurement) => measurement.FlopsOneThreadMedian / PeakFlopsOneThread;
}
