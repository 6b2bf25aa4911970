using System.ComponentModel;

namespace Evorec.Training.Evolution;

/// <summary>Options of the <c>cma-es</c> trainer (full covariance matrix).</summary>
public sealed class CovarianceMatrixAdaptationOptions : EvolutionStrategyOptions
{
    /// <summary>Whether the covariance update also uses the worse half of the samples with negative weights (active CMA, the tutorial's default, Table 1).</summary>
    [Description("active covariance update with negative weights (tutorial default)")]
    public bool Active { get; set; } = true;

    /// <summary>The memory the two n × n matrices (covariance and eigenvectors) may take; above it, construction fails and suggests sep-cma-es.</summary>
    [Description("memory limit in MB for the two n x n matrices; above it use sep-cma-es")]
    public int MaxCovarianceMegabytes { get; set; } = 1024;
}
