namespace Evorec.Reporting.Inference;

/// <summary>How a rank test's p-value was computed.</summary>
public enum RankTestMethod
{
    /// <summary>From the exact permutation distribution of the rank sum, given the observed ties.</summary>
    Exact,

    /// <summary>From the normal approximation with tie and continuity corrections.</summary>
    Normal,
}
