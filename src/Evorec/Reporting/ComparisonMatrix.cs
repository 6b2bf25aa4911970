namespace Evorec.Reporting;

/// <summary>
/// One task family's pairwise comparisons of one quantity as a matrix: the cell of row A and column B holds, for the
/// rank tests, the probability that A's run is better than B's (Vargha-Delaney A) and the Holm-adjusted p-value; for
/// success rates, A's and B's rates and the Holm-adjusted p-value of Fisher's exact test.
/// </summary>
public static class ComparisonMatrix
{
    /// <summary>The quantities a matrix can show, with their headings.</summary>
    public static IReadOnlyList<(ComparedQuantity Quantity, string Heading)> Quantities { get; } =
    [
        (ComparedQuantity.EvaluationsToSolve, "Evaluations to solve (unsolved runs ranked worst): A₁₂ = P(row better than column), Holm-adjusted p"),
        (ComparedQuantity.FinalError, "Final error: A₁₂ = P(row better than column), Holm-adjusted p"),
        (ComparedQuantity.SuccessRate, "Success rate: Fisher's exact test, Holm-adjusted p"),
    ];

    /// <summary>The cell of row <paramref name="row"/> and column <paramref name="column"/>, or null on the diagonal or for a pair not compared.</summary>
    public static MatrixCell? Cell(ReportContent content, ExperimentResults row, ExperimentResults column, ComparedQuantity quantity)
    {
        if (row == column || content.Between(row, column) is not { } comparison)
        {
            return null;
        }

        bool rowIsA = comparison.ExperimentA == row.Name;
        if (quantity == ComparedQuantity.SuccessRate)
        {
            double rowRate = (double)(rowIsA ? comparison.SolvedA : comparison.SolvedB) / (rowIsA ? comparison.RunsA : comparison.RunsB);
            double columnRate = (double)(rowIsA ? comparison.SolvedB : comparison.SolvedA) / (rowIsA ? comparison.RunsB : comparison.RunsA);
            return new MatrixCell(null, comparison.SuccessAdjustedPValue, Better(rowRate, columnRate, higherIsBetter: true));
        }

        RankComparison test = quantity == ComparedQuantity.FinalError ? comparison.FinalError : comparison.EvaluationsToSolve;
        double a12 = rowIsA ? test.A12 : 1 - test.A12;
        return new MatrixCell(a12, test.AdjustedPValue, Better(a12, 0.5, higherIsBetter: true));
    }

    private static int Better(double row, double column, bool higherIsBetter) =>
        row.Equals(column) ? 0 : (row > column) == higherIsBetter ? 1 : -1;
}

/// <summary>What a comparison matrix shows.</summary>
public enum ComparedQuantity
{
    /// <summary>Evaluations to solve, unsolved runs ranked worst (Mann-Whitney U).</summary>
    EvaluationsToSolve,

    /// <summary>Final error (Mann-Whitney U).</summary>
    FinalError,

    /// <summary>Success rate (Fisher's exact test).</summary>
    SuccessRate,
}

/// <summary>One cell of a comparison matrix.</summary>
/// <param name="A12">The probability that the row's run is better than the column's (rank tests only).</param>
/// <param name="AdjustedPValue">The Holm-adjusted p-value.</param>
/// <param name="Direction">1 when the row is better, −1 when worse, 0 when even.</param>
public sealed record MatrixCell(double? A12, double AdjustedPValue, int Direction)
{
    /// <summary>Whether the difference is significant at <see cref="ComparisonBuilder.Alpha"/>.</summary>
    public bool Significant => ComparisonBuilder.IsSignificant(AdjustedPValue) && Direction != 0;
}
