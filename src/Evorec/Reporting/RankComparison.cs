using Evorec.Reporting.Inference;

namespace Evorec.Reporting;

/// <summary>A Mann-Whitney U test and Vargha-Delaney effect size of one quantity (lower is better) between experiments A and B.</summary>
/// <param name="U">U of A: pairs of runs where A's value is the larger (worse), ties counting half.</param>
/// <param name="PValue">The two-sided p-value.</param>
/// <param name="AdjustedPValue">The p-value after Holm's correction over the pairs of the task family.</param>
/// <param name="Method">Exact or normal approximation.</param>
/// <param name="A12">The probability that a run of A has the lower (better) value than a run of B, ties counting half (Vargha-Delaney A of B over A).</param>
public sealed record RankComparison(double U, double PValue, double AdjustedPValue, RankTestMethod Method, double A12);
