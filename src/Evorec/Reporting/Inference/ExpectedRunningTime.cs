namespace Evorec.Reporting.Inference;

/// <summary>
/// The expected running time (ERT; COCO now calls it the average runtime, aRT) of a set of runs:
/// the evaluations of all runs — up to the solving evaluation for a run that solved, all its
/// evaluations for one that did not — divided by the number of runs that solved. It estimates the
/// evaluations a restart-until-solved version of the method needs, so unsolved runs count instead
/// of being dropped. Sources: Hansen, Auger, Finck &amp; Ros, "Real-parameter black-box
/// optimization benchmarking 2009: experimental setup", INRIA RR-6828, 2009; Hansen et al., "COCO:
/// performance assessment", 2016, section "Average runtime": aRT = #FEs / #succ; introduced by
/// Price (1997) as ENES and analysed by Auger &amp; Hansen (CEC 2005) as success performance SP1.
/// </summary>
public static class ExpectedRunningTime
{
    /// <summary>
    /// The ERT of <paramref name="runs"/>, each given as (solved, evaluations): evaluations to solve
    /// for a solved run, evaluations spent for an unsolved one. Null for no runs;
    /// <see cref="double.PositiveInfinity"/> when no run solved.
    /// </summary>
    public static double? Of(IEnumerable<(bool Solved, double Evaluations)> runs)
    {
        double total = 0;
        int count = 0;
        int successes = 0;
        foreach (var (solved, evaluations) in runs)
        {
            if (!(evaluations >= 0) || double.IsInfinity(evaluations))
            {
                throw new ArgumentException($"A run's evaluations must be finite and non-negative, not {evaluations}.", nameof(runs));
            }

            total += evaluations;
            count++;
            successes += solved ? 1 : 0;
        }

        return count == 0 ? null : successes == 0 ? double.PositiveInfinity : total / successes;
    }
}
