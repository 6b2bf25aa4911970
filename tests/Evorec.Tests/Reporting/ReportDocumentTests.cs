using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using Evorec.Reporting;
using Evorec.Tests.Support;

namespace Evorec.Tests.Reporting;

public sealed partial class ReportDocumentTests
{
    [Fact]
    public void TheSummaryHasTheWilsonIntervalAndTheExpectedRunningTime()
    {
        using var folder = new TemporaryFolder();
        FakeResults.Write(folder.Path, "fake", FakeResults.ThreeMethods());
        var summaries = ReportWriter.Write(folder.Path);

        // A: 3 of 4 solved at 100, 200, 300, the fourth spent 1,000: ERT = 1600 / 3. C: 1 of 4: (150 + 3 · 1000) / 1.
        Assert.Equal(1600.0 / 3, summaries[0].ExpectedRunningTime!.Value, 9);
        Assert.Null(summaries[1].ExpectedRunningTime);
        Assert.Equal(3150, summaries[2].ExpectedRunningTime);

        // Wilson for 3 of 4 (hand computation with z = 1.959964): centre 0.60998, half-width 0.31097.
        Assert.Equal(0.30064, summaries[0].SuccessRateCi95Low!.Value, 4);
        Assert.Equal(0.95440, summaries[0].SuccessRateCi95High!.Value, 4);
        Assert.Equal("fake", summaries[0].Suite);

        var csv = CsvTable.Read(Path.Combine(folder.Path, SummaryBuilder.CsvFileName));
        Assert.Equal([1600.0 / 3, double.PositiveInfinity, 3150], csv.Column("expected_running_time").Select(v => v!.Value));
        Assert.Equal("name", csv.Header[0]);
        Assert.Equal("wall_seconds_ci95_high", csv.Header[25]); // the earlier columns keep their places

        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder.Path, SummaryBuilder.JsonFileName)));
        Assert.Equal(JsonValueKind.Null, json.RootElement[1].GetProperty("expected_running_time").ValueKind);
        Assert.True(json.RootElement[0].TryGetProperty("success_rate_ci95_low", out _));
    }

    [Fact]
    public void TheSummaryGivesTheSolvingEvaluationIndexBesideTheGenerationGrainedCount()
    {
        using var folder = new TemporaryFolder();
        FakeExperiment[] experiments =
        [
            new("t/a", "t", "elman", "cosyne", [new(true, 100, 100, 0, 0, SolvingEvaluation: 91), new(true, 200, 200, 0, 0, SolvingEvaluation: 183), new(true, 300, 300, 0, 0, SolvingEvaluation: 280), new(false, 0, 1000, 0.4, 0.41)]),
            new("t/b", "t", "elman", "bptt", [new(true, 100, 100, 0, 0), new(false, 0, 1000, 0.5, 0.51)]),
        ];
        FakeResults.Write(folder.Path, "fake", experiments);
        var summaries = SummaryBuilder.Write(folder.Path);

        // Only solved runs count: (91 + 183 + 280) / 3 beside the generation-grained (100 + 200 + 300) / 3.
        Assert.Equal(3, summaries[0].SolvingEvaluation.Count);
        Assert.Equal(554.0 / 3, summaries[0].SolvingEvaluation.Mean!.Value, 9);
        Assert.Equal(183, summaries[0].SolvingEvaluation.Median);
        Assert.Equal(200, summaries[0].EvaluationsToSolve.Mean);
        Assert.Equal(0, summaries[1].SolvingEvaluation.Count); // a trainer that records no index
        Assert.Null(summaries[1].SolvingEvaluation.Mean);

        var csv = CsvTable.Read(Path.Combine(folder.Path, SummaryBuilder.CsvFileName));
        Assert.Equal(554.0 / 3, csv.Column("solving_evaluation_mean")[0]!.Value, 9);
        Assert.Null(csv.Column("solving_evaluation_mean")[1]);
        Assert.Equal("wall_seconds_ci95_high", csv.Header[25]); // appended: the earlier columns keep their places
    }

    [Fact]
    public void TheReportFolderHoldsEveryDocumentAndEveryPlotWithItsData()
    {
        using var folder = new TemporaryFolder();
        FakeResults.Write(folder.Path, "fake", FakeResults.ThreeMethods());
        ReportWriter.Write(folder.Path);
        foreach (string file in new[] { "summary.json", "summary.csv", "comparisons.csv", "summary.tex", "report.md", "report.html" })
        {
            Assert.True(File.Exists(Path.Combine(folder.Path, file)), file);
        }

        string[] svgs = Directory.GetFiles(folder.Combine("plots"), "*.svg").Select(Path.GetFileName).Order().ToArray()!;
        Assert.Equal(["t-task-elman-ecdf.svg", "t-task-elman-error.svg", "t-task-final-error-box.svg", "t-task-test-error-box.svg"], svgs);
        foreach (string svg in svgs)
        {
            Assert.True(File.Exists(folder.Combine("plots", Path.ChangeExtension(svg, ".csv"))));
            XDocument.Parse(File.ReadAllText(folder.Combine("plots", svg)));
        }

        // The ECDF of A steps to 1/4, 2/4, 3/4 at 100, 200 and 300 evaluations and stays there to its budget.
        var ecdf = CsvTable.Read(folder.Combine("plots", "t-task-elman-ecdf.csv"));
        var a = ecdf.Rows.Where(r => r[0] == "ga").Select(r => (CsvTable.Parse(r[1]), CsvTable.Parse(r[2]))).ToArray();
        Assert.Equal((1000.0, 0.75), (a[^1].Item1!.Value, a[^1].Item2!.Value));
        Assert.Contains((300.0, 0.75), a.Select(p => (p.Item1!.Value, p.Item2!.Value)));

        // Each box plot has one box per experiment with a finite value (C's non-finite error is left out of its box).
        var box = CsvTable.Read(folder.Combine("plots", "t-task-final-error-box.csv"));
        Assert.Equal(11, box.Rows.Count);
    }

    [Fact]
    public void MarksShowTheBestValueAndSignificantlyWorseOnes()
    {
        using var folder = new TemporaryFolder();
        FakeRun Solved(long at) => new(true, at, at, 0.01, 0.02);
        FakeRun Unsolved() => new(false, 0, 1000, 0.5, 0.6);
        FakeResults.Write(
            folder.Path,
            "marks",
            new FakeExperiment("m/good", "m", "elman", "ga", Enumerable.Range(1, 10).Select(i => Solved(i * 10)).ToArray()),
            new FakeExperiment("m/poor", "m", "elman", "rwg", Enumerable.Range(1, 10).Select(_ => Unsolved()).ToArray()));
        ReportWriter.Write(folder.Path);

        // 10/10 against 0/10: Fisher p = 1/92378, Mann-Whitney p = 2/C(20, 10): both far below 0.05.
        string markdown = File.ReadAllText(folder.Combine("report.md"));
        Assert.Contains("| m/good | 10/10 | **100% [72%, 100%]** | **55** |", markdown);
        Assert.Contains("| m/poor | 10/10 | 0% [0%, 28%] † | ∞ † |", markdown);
        string tex = File.ReadAllText(folder.Combine("summary.tex"));
        Assert.Contains(@"\textbf{\boldmath 100\% [72, 100]}", tex);
        Assert.Contains(@"0\% [0, 28]$^{\dagger}$ & $\infty$$^{\dagger}$", tex);
        string html = File.ReadAllText(folder.Combine("report.html"));
        Assert.Contains("<td class=\"number best\">100% [72%, 100%]</td>", html);
        Assert.Contains("<td class=\"better\">1.00, p &lt;0.001</td>", html);
    }

    [Fact]
    public void TheHtmlIsSelfContainedWithEveryPlotInlinedAndUniqueIds()
    {
        using var folder = new TemporaryFolder();
        FakeResults.Write(folder.Path, "fake", FakeResults.ThreeMethods());
        ReportWriter.Write(folder.Path);
        string html = File.ReadAllText(folder.Combine("report.html"));
        Assert.StartsWith("<!DOCTYPE html>", html);
        Assert.DoesNotContain("<script", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<link", html);
        Assert.DoesNotContain(UrlPattern().Matches(html), m => m.Value != "http://www.w3.org/2000/svg");
        Assert.Equal(Directory.GetFiles(folder.Combine("plots"), "*.svg").Length, Regex.Matches(html, "<svg ").Count);
        var ids = IdPattern().Matches(html).Select(m => m.Groups[1].Value).ToArray();
        Assert.NotEmpty(ids);
        Assert.Equal(ids.Length, ids.Distinct().Count());
        foreach (Match reference in Regex.Matches(html, @"url\(#([^)]+)\)"))
        {
            Assert.Contains(reference.Groups[1].Value, ids);
        }

        // Every inlined SVG is well-formed XML.
        foreach (Match svg in Regex.Matches(html, "<svg .*?</svg>", RegexOptions.Singleline))
        {
            XDocument.Parse(svg.Value);
        }

        Assert.Contains("<table class=\"matrix\">", html);
    }

    [Fact]
    public void TheLatexTableIsBooktabsWithEscapedNamesAndReadableNumbers()
    {
        using var folder = new TemporaryFolder();
        var three = FakeResults.ThreeMethods();
        FakeResults.Write(folder.Path, "my_suite", three[0] with { Name = "t/a_1&2" }, three[1]);
        ReportWriter.Write(folder.Path);
        string tex = File.ReadAllText(folder.Combine("summary.tex"));
        Assert.Contains(@"\begin{tabular}{llrrrrr}", tex);
        Assert.True(tex.IndexOf(@"\toprule", StringComparison.Ordinal) < tex.IndexOf(@"\midrule", StringComparison.Ordinal));
        Assert.True(tex.IndexOf(@"\midrule", StringComparison.Ordinal) < tex.IndexOf(@"\bottomrule", StringComparison.Ordinal));
        Assert.Contains(@"a\_1\&2", tex);
        Assert.Contains(@"\label{tab:evorec-my-suite}", tex);
        Assert.Equal(tex.Count(c => c == '{'), tex.Count(c => c == '}') + Regex.Matches(tex, @"\\\{").Count - Regex.Matches(tex, @"\\\}").Count);

        Assert.Equal("--", LatexTable.Number(null));
        Assert.Equal(@"$\infty$", LatexTable.Number(double.PositiveInfinity));
        Assert.Equal("47{,}612", LatexTable.Number(47612.4));
        Assert.Equal("0.0957", LatexTable.Number(0.09568));
        Assert.Equal(@"$1.23\times10^{-5}$", LatexTable.Number(1.234e-5));
        Assert.Equal(@"$1\times10^{-4}$", LatexTable.Number(9.999e-5));
        Assert.Equal(@"\textbackslash{}\%\textasciitilde{}", LatexTable.Escape(@"\%~"));
    }

    [Fact]
    public void SeveralFoldersMergeIntoOneComparisonWithUniqueNamesAndTheInputsAreOnlyRead()
    {
        using var folder = new TemporaryFolder();
        var three = FakeResults.ThreeMethods();
        FakeResults.Write(folder.Combine("first"), "suite", three[0], three[1]);
        FakeResults.Write(folder.Combine("second"), "suite", three[0], three[2]);
        var summaries = ReportWriter.Write([folder.Combine("first"), folder.Combine("second")], folder.Combine("merged"), new ReportOptions());

        // Both suites are called "suite", so the folder names keep the names apart.
        Assert.Equal(["first/t/a", "first/t/b", "second/t/a", "second/t/c"], summaries.Select(s => s.Name));
        var comparisons = CsvTable.Read(folder.Combine("merged", "comparisons.csv"));
        Assert.Equal(6, comparisons.Rows.Count); // one family of four
        Assert.False(File.Exists(folder.Combine("first", "report.md")));
        Assert.False(File.Exists(folder.Combine("second", "summary.json")));
        string markdown = File.ReadAllText(folder.Combine("merged", "report.md"));
        Assert.StartsWith("# suite\n", markdown);
        Assert.Contains("| first/t/a |", markdown);

        // Two ga series in one panel are labelled by their names, not just "ga".
        string svg = File.ReadAllText(folder.Combine("merged", "plots", "t-task-elman-error.svg"));
        Assert.Contains("data-series=\"first/a\"", svg);
        Assert.Contains("data-series=\"second/a\"", svg);
    }

    [Fact]
    public void TracesOfTheBestRunArePlottedAgainstTheirTargets()
    {
        using var folder = new TemporaryFolder();
        var three = FakeResults.ThreeMethods();
        FakeResults.Write(folder.Path, "fake", three[0], three[1]);

        // Run 0 of t/a has the lowest test error (0.11): its trace is the one plotted. Run 1's trace must be ignored.
        WriteTrace(folder.Combine("t", "a", "trace-0.csv"), outputOffset: 0.1);
        WriteTrace(folder.Combine("t", "a", "trace-1.csv"), outputOffset: 5);
        File.WriteAllText(folder.Combine("t", "b", "trace-2.csv"), "step,cart_position,cart_velocity,pole_angle_1,force\n0,0,0,0.07,1\n1,0.01,0.5,0.06,-1\n2,0.02,0.5,0.05,nan\n");
        ReportWriter.Write(folder.Path);

        var trace = CsvTable.Read(folder.Combine("plots", "t-task-a-trace.csv"));
        var network = trace.Rows.Where(r => r[0] == "network (ga)").Select(r => CsvTable.Parse(r[2])!.Value).ToArray();
        var target = trace.Rows.Where(r => r[0] == "target").Select(r => CsvTable.Parse(r[2])!.Value).ToArray();
        Assert.Equal(20, network.Length);
        Assert.All(network.Zip(target), pair => Assert.Equal(pair.Second + 0.1, pair.First, 9));

        var trajectory = CsvTable.Read(folder.Combine("plots", "t-task-b-trace.csv"));
        Assert.Equal(["cart position", "pole angle 1"], trajectory.Rows.Select(r => r[0]).Distinct());
        string markdown = File.ReadAllText(folder.Combine("report.md"));
        Assert.Contains("Steps 0 to 4 are the washout", markdown);
    }

    [Fact]
    public void OptionsChooseTheCurvesAxesQuantityAndSpread()
    {
        using var folder = new TemporaryFolder();
        FakeResults.Write(folder.Path, "fake", FakeResults.ThreeMethods());
        ReportWriter.Write([folder.Path], folder.Path, new ReportOptions
        {
            CurveAxes = [CurveAxis.NetworkSteps],
            Quantity = CurveQuantity.Fitness,
            Spread = CurveSpread.MeanConfidence,
        });
        var steps = CsvTable.Read(folder.Combine("plots", "t-task-elman-fitness-vs-network-steps.csv"));

        // A's runs reach 1000 network steps per 100 evaluations; the grid ends at the longest run's 10,000 steps.
        Assert.Equal(10000, steps.Column("x").Max());
        string svg = File.ReadAllText(folder.Combine("plots", "t-task-elman-fitness-vs-network-steps.svg"));
        Assert.Contains(">network steps<", svg);
        Assert.Contains(">best-so-far fitness<", svg);
        Assert.Contains("mean over runs", File.ReadAllText(folder.Combine("report.md")));
    }

    private static void WriteTrace(string path, double outputOffset)
    {
        var lines = new List<string> { "step,input_0,target_0,output_0,washout" };
        for (int step = 0; step < 20; step++)
        {
            double target = Math.Sin(0.3 * step);
            lines.Add(string.Create(CultureInfo.InvariantCulture, $"{step},{target},{target},{target + outputOffset},{(step < 5 ? 1 : 0)}"));
        }

        File.WriteAllText(path, string.Join('\n', lines) + "\n");
    }

    [GeneratedRegex(@"https?://[^\s""')<>]+")]
    private static partial Regex UrlPattern();

    [GeneratedRegex(@"\sid=""([^""]+)""")]
    private static partial Regex IdPattern();
}
