namespace Evorec.Reporting;

/// <summary>
/// Builds everything a report holds from run files alone: <c>summary.json</c> and <c>summary.csv</c>
/// (<see cref="SummaryBuilder"/>), <c>comparisons.csv</c> (<see cref="ComparisonBuilder"/>), the plots
/// (<see cref="ReportPlots"/>), <c>report.md</c> (<see cref="MarkdownReport"/>), <c>report.html</c>
/// (<see cref="HtmlReport"/>) and <c>summary.tex</c> (<see cref="LatexTable"/>). Every file is written atomically.
/// </summary>
public static class ReportWriter
{
    /// <summary>The Markdown report's file name.</summary>
    public const string MarkdownFileName = MarkdownReport.FileName;

    /// <summary>Writes the report of <paramref name="folder"/> into it with the default options; returns the summaries.</summary>
    public static IReadOnlyList<ExperimentSummary> Write(string folder) => Write([folder], folder, new ReportOptions());

    /// <summary>
    /// Reads the results folders <paramref name="folders"/> (one suite, or several merged into one comparison) and writes
    /// their report into <paramref name="output"/>; the input folders are only read unless one of them is the output.
    /// </summary>
    /// <exception cref="InvalidDataException">A folder is not a results folder or holds an invalid file.</exception>
    /// <exception cref="ResultsWriteException">The output cannot be written.</exception>
    public static IReadOnlyList<ExperimentSummary> Write(IReadOnlyList<string> folders, string output, ReportOptions options)
    {
        ResultsSet results = ResultsSet.Read(folders);
        IReadOnlyList<ExperimentSummary> summaries = SummaryBuilder.Build(results);
        SummaryBuilder.Write(summaries, output);
        IReadOnlyList<PairwiseComparison> comparisons = ComparisonBuilder.Build(results);
        ComparisonBuilder.ToCsv(comparisons).Write(Path.Combine(output, ComparisonBuilder.CsvFileName));
        IReadOnlyList<ReportFigure> figures = ReportPlots.Write(results, output, options);
        var content = new ReportContent(results, summaries, comparisons, figures);
        AtomicFile.WriteAllText(Path.Combine(output, MarkdownReport.FileName), MarkdownReport.Render(content));
        AtomicFile.WriteAllText(Path.Combine(output, HtmlReport.FileName), HtmlReport.Render(content, output));
        AtomicFile.WriteAllText(Path.Combine(output, LatexTable.FileName), LatexTable.Render(content));
        return summaries;
    }
}
