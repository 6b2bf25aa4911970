namespace Evorec.Reporting.Inference;

/// <summary>The outcome of a two-sided Mann-Whitney U test.</summary>
/// <param name="U">U of the first sample: pairs where its value is the larger, ties counting half (R's <c>W</c>).</param>
/// <param name="PValue">The two-sided p-value.</param>
/// <param name="Method">Exact or normal approximation.</param>
public sealed record MannWhitneyResult(double U, double PValue, RankTestMethod Method);
