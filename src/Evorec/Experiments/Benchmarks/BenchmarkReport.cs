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
    ScalingEstimate PeakScaling);
