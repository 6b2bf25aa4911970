namespace Evorec.Reporting;

/// <summary>How a convergence curve summarises the runs at each point.</summary>
public enum CurveSpread
{
    /// <summary>The median, shaded between the 25th and 75th percentiles (robust; the default).</summary>
    MedianQuartiles,

    /// <summary>The mean over the finite values, shaded over its 95% percentile-bootstrap interval (10,000 seeded resamples).</summary>
    MeanConfidence,
}
