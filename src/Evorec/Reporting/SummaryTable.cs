namespace Evorec.Reporting;

/// <summary>
/// The rows of one task family's summary table with their marks: in each column of <see cref="SummaryColumn"/>, the
/// best value (highest success rate, lowest ERT, evaluations or error; every row that equals it, unless all rows do) is
/// marked best, and a row whose difference from the (first) best is significant — Holm-adjusted p below
/// <see cref="ComparisonBuilder.Alpha"/> on the column's test — is marked significantly worse.
/// </summary>
public static class SummaryTable
{
    /// <summary>The rows of <paramref name="family"/>, in report order.</summary>
    public static IReadOnlyList<SummaryTableRow> Of(ReportContent content, TaskFamily family)
    {
        var rows = family.Members.Select(e => new SummaryTableRow(e, content.SummaryOf(e))).ToArray();
        if (rows.Length < 2)
        {
            return rows;
        }

        foreach (SummaryColumn column in Enum.GetValues<SummaryColumn>())
        {
            var values = rows.Select(r => Value(r.Summary, column)).ToArray();
            var present = values.OfType<double>().ToArray();
            if (present.Length == 0 || present.All(v => v.Equals(present[0])))
            {
                continue;
            }

            double best = column == SummaryColumn.SuccessRate ? present.Max() : present.Min();
            int first = Array.FindIndex(values, v => v.Equals(best));
            for (int i = 0; i < rows.Length; i++)
            {
                if (values[i].Equals(best))
                {
                    rows[i].Best.Add(column);
                }
                else if (content.Between(rows[first].Experiment, rows[i].Experiment) is { } comparison && AdjustedP(comparison, column) is { } p && ComparisonBuilder.IsSignificant(p))
                {
                    rows[i].SignificantlyWorse.Add(column);
                }
            }
        }

        return rows;
    }

    /// <summary>The value a column compares: lower is better except for the success rate.</summary>
    public static double? Value(ExperimentSummary summary, SummaryColumn column) => column switch
    {
        SummaryColumn.SuccessRate => summary.SuccessRate,
        SummaryColumn.ExpectedRunningTime => SummaryBuilder.ErtCell(summary),
        SummaryColumn.EvaluationsToSolve => summary.EvaluationsToSolve.Median,
        SummaryColumn.FinalError => summary.FinalError.Median,
        _ => summary.TestError.Median,
    };

    /// <summary>The Holm-adjusted p-value of the test behind <paramref name="column"/>, or null for a column without one.</summary>
    public static double? AdjustedP(PairwiseComparison comparison, SummaryColumn column) => column switch
    {
        SummaryColumn.SuccessRate => comparison.SuccessAdjustedPValue,
        SummaryColumn.ExpectedRunningTime => comparison.EvaluationsToSolve.AdjustedPValue,
        SummaryColumn.FinalError => comparison.FinalError.AdjustedPValue,
        _ => null,
    };
}

/// <summary>One experiment's row of a summary table.</summary>
/// <param name="Experiment">The experiment.</param>
/// <param name="Summary">Its summary.</param>
public sealed record SummaryTableRow(ExperimentResults Experiment, ExperimentSummary Summary)
{
    /// <summary>The columns where this row holds the best value.</summary>
    public HashSet<SummaryColumn> Best { get; } = [];

    /// <summary>The columns where this row is significantly worse than the best.</summary>
    public HashSet<SummaryColumn> SignificantlyWorse { get; } = [];
}
