namespace Evorec.Experiments.Benchmarks;

/// <summary>What <see cref="StepBenchmark"/> measured for one <see cref="BenchmarkCase"/>.</summary>
/// <param name="Case">The shape timed.</param>
/// <param name="StepsPerSecondOneThread">Network steps per second on one thread.</param>
/// <param name="StepsPerSecondAllThreads">Network steps per second summed over all threads (one network per thread).</param>
/// <param name="Threads">How many threads the all-threads figure used.</param>
/// <param name="BytesPerStep">Managed bytes allocated per step on the timing thread.</param>
public sealed record StepMeasurement(
    BenchmarkCase Case,
    double StepsPerSecondOneThread,
    double StepsPerSecondAllThreads,
    int Threads,
    double BytesPerStep)
{
    /// <summary>FLOPs per second on one thread (<see cref="BenchmarkCase.Flops"/> × steps per second).</summary>
    public double FlopsOneThread => Case.Flops * StepsPerSecondOneThread;

    /// <summary>FLOPs per second on all threads.</summary>
    public double FlopsAllThreads => Case.Flops * StepsPerSecondAllThreads;

    /// <summary>All-threads over one-thread steps per second.</summary>
    public double Scaling => StepsPerSecondAllThreads / StepsPerSecondOneThread;
}
