using System.Text.Json;
using Evorec.Reporting;
using Evorec.Tests.Support;

namespace Evorec.Tests.Experiments;

public sealed class SuiteRunnerTests
{
    [Fact]
    public void ARunWritesTheDesignedLayout()
    {
        using var folder = new TemporaryFolder();
        var plan = Suites.Load(folder, Suites.Small);
        string output = folder.Combine("out");
        var outcome = Suites.Run(plan, output, 2);
        Assert.Equal(0, outcome.ExitCode);
        Assert.Equal(plan.Runs().Count(), outcome.RunsExecuted);

        var manifest = ResultsJson.Read<SuiteManifest>(Path.Combine(output, "manifest.json"));
        Assert.Equal("finished", manifest.Status);
        Assert.Equal(plan.Experiments.Select(e => e.Name), manifest.Experiments.Select(e => e.Name));
        Assert.All(manifest.Experiments, e => Assert.Matches("^[0-9a-f]{64}$", e.Hash));
        Assert.NotNull(manifest.FinishedAt);

        foreach (var run in plan.Runs())
        {
            var log = CsvTable.Read(ResultsLayout.RunLogPath(output, run.Experiment.Name, run.Index));
            Assert.Equal(RunLogColumns.Required, log.Header);
            var result = ResultsJson.Read<RunResult>(ResultsLayout.RunResultPath(output, run.Experiment.Name, run.Index));
            Assert.Equal("finished", result.Status);
            Assert.Equal(run.TrainerKey.Value, result.Seed);
            Assert.Equal(log.Rows.Count, result.Generations);
            Assert.Equal(log.Column("evaluations")[^1], result.Evaluations);
            Assert.Equal(log.Column("best_so_far_error")[^1], result.FinalError);
            Assert.NotEmpty(result.BestParameters);
            Assert.True(result.Metrics.ContainsKey("test_fitness"));
        }

        using var summary = JsonDocument.Parse(File.ReadAllText(Path.Combine(output, "summary.json")));
        Assert.Equal(plan.Experiments.Count, summary.RootElement.GetArrayLength());
        var first = summary.RootElement[0];
        foreach (string key in new[] { "name", "task", "network", "trainer", "runs", "solved_runs", "success_rate", "evaluations_to_solve", "final_error", "test_error", "wall_seconds" })
        {
            Assert.True(first.TryGetProperty(key, out _), key);
        }

        foreach (string key in new[] { "mean", "median", "ci95_low", "ci95_high" })
        {
            Assert.True(first.GetProperty("final_error").TryGetProperty(key, out _), key);
        }

        Assert.Equal(plan.Experiments.Count + 1, File.ReadAllLines(Path.Combine(output, "summary.csv")).Length);
        var mg = ResultsJson.Read<RunResult>(ResultsLayout.RunResultPath(output, "mg/ga", 0));
        Assert.True(mg.Metrics.ContainsKey("persistence_nrmse"));
    }

    [Fact]
    public void TheReportHasMarkdownAndOnePlotPerTaskAndNetworkWithItsData()
    {
        using var folder = new TemporaryFolder();
        var plan = Suites.Load(folder, Suites.Small, "runs=2");
        string output = folder.Combine("out");
        Suites.Run(plan, output, 2);
        ReportWriter.Write(output);
        string markdown = File.ReadAllText(Path.Combine(output, "report.md"));
        string[] svgs = Directory.GetFiles(Path.Combine(output, "plots"), "*.svg");
        foreach (string svg in svgs)
        {
            Assert.True(File.Exists(Path.ChangeExtension(svg, ".csv")));
            Assert.Contains($"plots/{Path.GetFileName(svg)}", markdown);
            var document = System.Xml.Linq.XDocument.Parse(File.ReadAllText(svg));
            Assert.Equal("svg", document.Root!.Name.LocalName);
        }

        // Per task and network (sine × {elman, fully-recurrent}, mg × elman): the error curve and the ECDF, one series per
        // trainer; per task: final- and test-error boxes; per experiment (6): the best run's trace.
        string[] names = svgs.Select(Path.GetFileNameWithoutExtension).ToArray()!;
        Assert.Equal(3, names.Count(n => n.EndsWith("-error", StringComparison.Ordinal)));
        Assert.Equal(3, names.Count(n => n.EndsWith("-ecdf", StringComparison.Ordinal)));
        Assert.Equal(4, names.Count(n => n.EndsWith("-box", StringComparison.Ordinal)));
        Assert.Equal(6, names.Count(n => n.EndsWith("-trace", StringComparison.Ordinal)));
        foreach (string svg in svgs.Where(s => s.EndsWith("-error.svg", StringComparison.Ordinal) || s.EndsWith("-ecdf.svg", StringComparison.Ordinal)))
        {
            Assert.Contains(">ga<", File.ReadAllText(svg));
            Assert.Contains(">rwg<", File.ReadAllText(svg));
        }

        foreach (var run in plan.Runs())
        {
            Assert.True(File.Exists(ResultsLayout.TracePath(output, run.Experiment.Name, run.Index)));
        }

        Assert.True(File.Exists(Path.Combine(output, "report.html")));
        Assert.True(File.Exists(Path.Combine(output, "summary.tex")));
        Assert.True(File.Exists(Path.Combine(output, "comparisons.csv")));

        foreach (var experiment in plan.Experiments)
        {
            Assert.Contains($"| {experiment.Name} |", markdown);
        }
    }
}
