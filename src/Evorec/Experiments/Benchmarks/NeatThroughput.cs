namespace Evorec.Experiments.Benchmarks;

/// <summary>A throughput measurement of NEAT (see <see cref="NeatXorBenchmark"/>).</summary>
/// <param name="Evaluations">Fitness evaluations timed.</param>
/// <param name="NetworkSteps">Network steps timed.</param>
/// <param name="Seconds">Wall-clock seconds.</param>
/// <param name="Workers">Worker threads that evaluated.</param>
public sealed record NeatThroughput(long Evaluations, long NetworkSteps, double Seconds, int Workers)
{
    /// <summary>Evaluations per second.</summary>
    public double EvaluationsPerSecond => Evaluations / Seconds;

    /// <summary>Network steps per second.</summary>
    public double NetworkStepsPerSecond => NetworkSteps / Seconds;
}
