namespace Evorec.Training.Evolution;

/// <summary>Options of the <c>sep-cma-es</c> trainer (diagonal covariance matrix, Ros &amp; Hansen 2008).</summary>
public sealed class SeparableCovarianceMatrixAdaptationOptions : EvolutionStrategyOptions
{
}
