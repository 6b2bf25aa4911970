using System.Globalization;
using Evorec.Reporting.Inference;

namespace Evorec.Reporting;

/// <summary>
/// Builds <c>comparisons.csv</c>: every pair of experiments within each task family (same group and task configuration;
/// experiments with no finished run are left out), compared as <see cref="PairwiseComparison"/> describes. Holm's
/// correction runs over the pairs of one family, separately for each quantity.
/// </summary>
public static class ComparisonBuilder
{
    /// <summary>The comparisons' file name.</summary>
    public const string CsvFileName = "comparisons.csv";

    /// <summary>The significance level the report's marks use (on Holm-adjusted p-values).</summary>
    public const double Alpha = 0.05;

    /// <summary>The comparisons of every family of <paramref name="results"/>, family by family, pairs in report order (A before B).</summary>
    public static IReadOnlyList<PairwiseComparison> Build(ResultsSet results) =>
        results.Families.SelectMany(Compare).ToArray();

    /// <summary>The comparisons within one family, with Holm-adjusted p-values.</summary>
    public static IReadOnlyList<PairwiseComparison> Compare(TaskFamily family)
    {
        var members = family.Members.Where(m => m.Finished.Any()).ToArray();
        var raw = new List<PairwiseComparison>();
        for (int i = 0; i < members.Length; i++)
        {
            for (int j = i + 1; j < members.Length; j++)
            {
                raw.Add(Compare(family, members[i], members[j]));
            }
        }

        double?[] evaluations = HolmBonferroni.Adjust(raw.Select(c => (double?)c.EvaluationsToSolve.PValue).ToArray());
        double?[] errors = HolmBonferroni.Adjust(raw.Select(c => (double?)c.FinalError.PValue).ToArray());
        double?[] success = HolmBonferroni.Adjust(raw.Select(c => (double?)c.SuccessPValue).ToArray());
        return raw.Select((c, k) => c with
        {
            EvaluationsToSolve = c.EvaluationsToSolve with { AdjustedPValue = evaluations[k]!.Value },
            FinalError = c.FinalError with { AdjustedPValue = errors[k]!.Value },
            SuccessAdjustedPValue = success[k]!.Value,
        }).ToArray();
    }

    /// <summary>The comparisons as <c>comparisons.csv</c>.</summary>
    public static CsvTable ToCsv(IReadOnlyList<PairwiseComparison> comparisons)
    {
        var table = new CsvTable(
        [
            "group", "task", "experiment_a", "experiment_b", "network_a", "network_b", "trainer_a", "trainer_b",
            "runs_a", "runs_b", "solved_a", "solved_b",
            "evaluations_u", "evaluations_p", "evaluations_p_holm", "evaluations_method", "evaluations_a12",
            "final_error_u", "final_error_p", "final_error_p_holm", "final_error_method", "final_error_a12",
            "success_p", "success_p_holm",
        ]);
        foreach (PairwiseComparison c in comparisons)
        {
            table.Add(
            [
                c.Group, c.Task, c.ExperimentA, c.ExperimentB, c.NetworkA, c.NetworkB, c.TrainerA, c.TrainerB,
                Integer(c.RunsA), Integer(c.RunsB), Integer(c.SolvedA), Integer(c.SolvedB),
                .. Cells(c.EvaluationsToSolve), .. Cells(c.FinalError),
                CsvTable.Format(c.SuccessPValue), CsvTable.Format(c.SuccessAdjustedPValue),
            ]);
        }

        return table;
    }

    /// <summary>Whether an adjusted p-value is significant at <see cref="Alpha"/>.</summary>
    public static bool IsSignificant(double adjustedPValue) => adjustedPValue < Alpha;

    private static PairwiseComparison Compare(TaskFamily family, ExperimentResults a, ExperimentResults b)
    {
        int solvedA = a.Finished.Count(ExperimentResults.IsSolved);
        int solvedB = b.Finished.Count(ExperimentResults.IsSolved);
        int runsA = a.Finished.Count();
        int runsB = b.Finished.Count();
        double success = FisherExact.TwoSided(solvedA, runsA, solvedB, runsB);
        return new PairwiseComparison
        {
            Group = family.Group,
            Task = family.Task,
            ExperimentA = a.Name,
            ExperimentB = b.Name,
            NetworkA = a.Experiment.Network,
            NetworkB = b.Experiment.Network,
            TrainerA = a.Experiment.Trainer,
            TrainerB = b.Experiment.Trainer,
            RunsA = runsA,
            RunsB = runsB,
            SolvedA = solvedA,
            SolvedB = solvedB,
            EvaluationsToSolve = Rank(a.EvaluationsToSolveOrWorst(), b.EvaluationsToSolveOrWorst()),
            FinalError = Rank(a.FinalErrorOrWorst(), b.FinalErrorOrWorst()),
            SuccessPValue = success,
            SuccessAdjustedPValue = success,
        };
    }

    private static RankComparison Rank(double[] a, double[] b)
    {
        MannWhitneyResult test = MannWhitneyU.Test(a, b);

        // Lower is better: the probability that A beats B is Vargha-Delaney's A of B over A.
        return new RankComparison(test.U, test.PValue, test.PValue, test.Method, VarghaDelaney.A(b, a));
    }

    private static string[] Cells(RankComparison c) =>
    [
        CsvTable.Format(c.U), CsvTable.Format(c.PValue), CsvTable.Format(c.AdjustedPValue),
        c.Method == RankTestMethod.Exact ? "exact" : "normal", CsvTable.Format(c.A12),
    ];

    private static string Integer(int value) => value.ToString(CultureInfo.InvariantCulture);
}
