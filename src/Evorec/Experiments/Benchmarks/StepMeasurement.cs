namespace Evorec.Experiments.Benchmarks;

/// <summary>What <see cref="StepBenchmark"/> measured for one <see cref="BenchmarkCase"/>.</summary>
/// <param name="Case">The shape timed.</param>
/// <param name="StepsPerSecondOneThread">Network steps per second on one thread (the fastest one-thread window).</param>
/// <param name="StepsPerSecondAllThreads">Network steps per second summed over all threads, one network per thread (the fastest all-threads window).</param>
/// <param name="Threads">How many threads the all-threads figure used.</param>
/// <param name="BytesPerStep">Managed bytes allocated per step on the timing thread.</param>
/// <param name="PairedScaling">All-threads over one-thread steps per second from paired windows (<see cref="PairedWindows"/>).</param>
/// <param name="StepsPerSecondOneThreadMedianWindow">Network steps per second on one thread in the median one-thread window (<see cref="PairedRates.OneThreadMedian"/>).</param>
public sealed record StepMeasurement(
    BenchmarkCase Case,
    double StepsPerSecondOneThread,
    double StepsPerSecondAllThreads,
    int Threads,
    double BytesPerStep,
    ScalingEstimate PairedScaling,
    double StepsPerSecondOneThreadMedianWindow)
{
    /// <summary>FLOPs per second on one thread (<see cref="BenchmarkCase.Flops"/> × steps per second).</summary>
    public double FlopsOneThread => Case.Flops * StepsPerSecondOneThread;

    /// <summary>
    /// FLOPs per second on one thread in the median window. Over the peak (the peak loop's fastest
    /// window, the machine's capacity), it is the fraction of peak a run typically gets on a shared
    /// machine, beside the fastest window's (the speed without other tenants); never above the latter.
    /// </summary>
    public double FlopsOneThreadMedianWindow => Case.Flops * StepsPerSecondOneThreadMedianWindow;

    /// <summary>FLOPs per second on all threads.</summary>
    public double FlopsAllThreads => Case.Flops * StepsPerSecondAllThreads;

    /// <summary>The scaling: the median over paired windows of all-threads ÷ one-thread steps per second.</summary>
    public double Scaling => PairedScaling.Median;

    /// <summary>The fastest all-threads window over the fastest one-thread window (windows from different moments; noisier than <see cref="Scaling"/>).</summary>
    public double ScalingOfFastestWindows => StepsPerSecondAllThreads / StepsPerSecondOneThread;
}
