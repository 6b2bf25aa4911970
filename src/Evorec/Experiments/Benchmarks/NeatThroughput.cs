namespace Evorec.Experiments.Benchmarks;

/// <summary>A throughput measurement of NEAT (see <see cref="NeatXorBenchmark"/>).</summary>
/// <param name="Evaluations">Fitness evaluations timed.</param>
/// <param name="NetworkSteps">Network steps timed.</param>
/// <param name="Seconds">Wall-clock seconds.</param>
/// <param name="Workers">Worker threads that evaluated.</param>
/// <param name="FinalMeanConnections">Mean enabled connections per genome in the last timed generation (how large the networks had grown).</param>
/// <param name="FinalMeanHiddenNodes">Mean hidden nodes per genome in the last timed generation.</param>
public sealed record NeatThroughput(long Evaluations, long NetworkSteps, double Seconds, int Workers, double FinalMeanConnections, double FinalMeanHiddenNodes)
{
    /// <summary>Evaluations per second.</summary>
    public double EvaluationsPerSecond => Evaluations / Seconds;

    /// <summary>Network steps per second.</summary>
    public double NetworkStepsPerSecond => NetworkSteps / Seconds;
}
