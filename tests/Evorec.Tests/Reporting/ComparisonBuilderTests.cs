using Evorec.Reporting;
using Evorec.Reporting.Inference;
using Evorec.Tests.Support;

namespace Evorec.Tests.Reporting;

public sealed class ComparisonBuilderTests
{
    [Fact]
    public void PairsOfAFamilyGetTheHandComputedTestsWithHolmsCorrection()
    {
        using var folder = new TemporaryFolder();
        FakeResults.Write(folder.Path, "fake", FakeResults.ThreeMethods());
        var comparisons = ComparisonBuilder.Build(ResultsSet.Read([folder.Path]));
        Assert.Equal(["t/a|t/b", "t/a|t/c", "t/b|t/c"], comparisons.Select(c => c.ExperimentA + "|" + c.ExperimentB));
        var (ab, ac, bc) = (comparisons[0], comparisons[1], comparisons[2]);

        // Evaluations to solve with unsolved runs as ∞, by enumerating all C(8, 4) = 70 rank assignments:
        // A {100, 200, 300, ∞} vs B {∞ × 4}: U = 2 (four ∞ ties), p = 2 · P(S ≤ 12) = 1/7;
        // A vs C {150, ∞ × 3}: U = 4.5, p = 13/35; B vs C: U = 10, p = 1. Holm: 3 · 1/7, 2 · 13/35, 1.
        Check(ab.EvaluationsToSolve, 2, 1.0 / 7, 3.0 / 7);
        Check(ac.EvaluationsToSolve, 4.5, 13.0 / 35, 26.0 / 35);
        Check(bc.EvaluationsToSolve, 10, 1.0, 1.0);
        Assert.All(comparisons, c => Assert.Equal(RankTestMethod.Exact, c.EvaluationsToSolve.Method));

        // A₁₂ = P(A needs fewer evaluations) + ½ P(tie): A vs B (12 + 4/2) / 16; A vs C (10 + 3/2) / 16.
        Assert.Equal(0.875, ab.EvaluationsToSolve.A12, 12);
        Assert.Equal(0.71875, ac.EvaluationsToSolve.A12, 12);

        // Final error (C's non-finite error ranked worst): A vs B separated, p = 2/70; A vs C: U = 3, p = 1/5;
        // B vs C: U = 9, p = 31/35. Holm: 3/35, 2/5, 31/35. A₁₂ of A over B is 1.
        Check(ab.FinalError, 0, 1.0 / 35, 3.0 / 35);
        Check(ac.FinalError, 3, 1.0 / 5, 2.0 / 5);
        Check(bc.FinalError, 9, 31.0 / 35, 31.0 / 35);
        Assert.Equal(1, ab.FinalError.A12);

        // Fisher's exact test on 3/4, 0/4, 1/4: A vs B 1/7, A vs C 17/35, B vs C 1; Holm 3/7, 34/35, 1.
        CheckSuccess(ab, 1.0 / 7, 3.0 / 7);
        CheckSuccess(ac, 17.0 / 35, 34.0 / 35);
        CheckSuccess(bc, 1.0, 1.0);
        Assert.Equal((4, 4, 3, 0), (ab.RunsA, ab.RunsB, ab.SolvedA, ab.SolvedB));
    }

    [Fact]
    public void FamiliesAreSeparateAndExperimentsWithoutFinishedRunsAreLeftOut()
    {
        using var folder = new TemporaryFolder();
        var three = FakeResults.ThreeMethods();
        FakeResults.Write(
            folder.Path,
            "fake",
            [
                .. three,
                three[0] with { Name = "u/a", Group = "u", TaskHash = "hash-2" },
                three[1] with { Name = "u/b", Group = "u", TaskHash = "hash-2" },
                three[1] with { Name = "t/failed", Trainer = "sa", Runs = [new(false, 0, 10, null, null, "failed")] },
            ]);
        var comparisons = ComparisonBuilder.Build(ResultsSet.Read([folder.Path]));
        Assert.Equal(4, comparisons.Count);
        Assert.DoesNotContain(comparisons, c => c.ExperimentA == "t/failed" || c.ExperimentB == "t/failed");
        var u = Assert.Single(comparisons, c => c.Group == "u");

        // Alone in its family, the pair needs no correction.
        Assert.Equal(u.EvaluationsToSolve.PValue, u.EvaluationsToSolve.AdjustedPValue);
        Assert.Equal(1.0 / 7, u.EvaluationsToSolve.PValue, 12);
    }

    [Fact]
    public void TheCsvHasOneRowPerPairWithSnakeCaseColumns()
    {
        using var folder = new TemporaryFolder();
        FakeResults.Write(folder.Path, "fake", FakeResults.ThreeMethods());
        var table = ComparisonBuilder.ToCsv(ComparisonBuilder.Build(ResultsSet.Read([folder.Path])));
        Assert.Equal(3, table.Rows.Count);
        Assert.Contains("evaluations_p_holm", table.Header);
        Assert.Equal(["exact", "exact", "exact"], table.Rows.Select(r => r[table.ColumnIndex("evaluations_method")]));
        Assert.Equal(0.875, table.Column("evaluations_a12")[0]);
        Assert.All(table.Header, name => Assert.Matches("^[a-z0-9_]+$", name));
    }

    private static void Check(RankComparison comparison, double u, double p, double adjusted)
    {
        Assert.Equal(u, comparison.U);
        Assert.Equal(p, comparison.PValue, 12);
        Assert.Equal(adjusted, comparison.AdjustedPValue, 12);
    }

    private static void CheckSuccess(PairwiseComparison comparison, double p, double adjusted)
    {
        Assert.Equal(p, comparison.SuccessPValue, 12);
        Assert.Equal(adjusted, comparison.SuccessAdjustedPValue, 12);
    }
}
