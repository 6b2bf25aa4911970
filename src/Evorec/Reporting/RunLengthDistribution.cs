namespace Evorec.Reporting;

/// <summary>
/// The empirical cumulative distribution of run lengths to solve: for each number of evaluations x, the fraction of
/// finished runs that had solved by x; unsolved runs count as never solving (runtime ∞), so the curve ends at the
/// success rate. This is COCO's runtime ECDF for a single target (Hansen et al., "COCO: performance assessment", 2016,
/// §"Empirical cumulative distribution functions"; Hoos &amp; Stützle's run-length distributions, UAI 1998), drawn over
/// the runs themselves: COCO's simulated restarts are not applied, since they would add runs that were not made.
/// </summary>
/// <param name="Evaluations">The evaluations to solve of the solved runs, ascending.</param>
/// <param name="Runs">The number of finished runs.</param>
/// <param name="Budget">The median over the finished runs of the evaluations each spent (where COCO marks a cross).</param>
public sealed record RunLengthDistribution(IReadOnlyList<double> Evaluations, int Runs, double Budget)
{
    /// <summary>The distribution of an experiment's finished runs.</summary>
    public static RunLengthDistribution Of(IEnumerable<RunResult> finishedRuns)
    {
        var runs = finishedRuns.ToArray();
        var solved = runs.Where(ExperimentResults.IsSolved).Select(r => (double)r.EvaluationsToSolve!.Value).Order().ToArray();
        return new RunLengthDistribution(solved, runs.Length, Statistics.Median(runs.Select(r => (double)r.Evaluations).ToArray()) ?? double.NaN);
    }

    /// <summary>The fraction of runs solved within <paramref name="evaluations"/> evaluations.</summary>
    public double FractionAt(double evaluations) =>
        Runs == 0 ? double.NaN : (double)Evaluations.Count(e => e <= evaluations) / Runs;

    /// <summary>
    /// The step function as the corners of a line from <paramref name="start"/> to <paramref name="end"/>: flat at the
    /// current fraction, rising vertically at each run's solving evaluation.
    /// </summary>
    public (double[] X, double[] Y) Steps(double start, double end)
    {
        var x = new List<double> { start };
        var y = new List<double> { FractionAt(start) };
        foreach (double evaluations in Evaluations.Distinct().Where(e => e > start && e <= end))
        {
            x.Add(evaluations);
            y.Add(y[^1]);
            x.Add(evaluations);
            y.Add(FractionAt(evaluations));
        }

        if (end > x[^1])
        {
            x.Add(end);
            y.Add(y[^1]);
        }

        return (x.ToArray(), y.ToArray());
    }
}
