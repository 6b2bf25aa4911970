using System.Globalization;
using System.Net;
using System.Text;

namespace Evorec.Reporting;

/// <summary>
/// <c>report.html</c>: the Markdown report's content as one self-contained page — styles inline, every plot's SVG
/// inlined (each figure's clip-path ids made unique on the page), no script and no network access — laid out for a
/// laptop screen. Each figure links to its CSV.
/// </summary>
public static class HtmlReport
{
    /// <summary>The HTML report's file name.</summary>
    public const string FileName = "report.html";

    private const string Style = """
        :root { color-scheme: light; }
        body { font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Helvetica, Arial, sans-serif; color: #222; background: #fff; margin: 0; }
        main { max-width: 1180px; margin: 0 auto; padding: 1.5rem 2rem 3rem; }
        h1 { font-size: 1.7rem; margin: 0 0 .5rem; }
        h2 { font-size: 1.3rem; margin: 2.2rem 0 .6rem; padding-top: .6rem; border-top: 1px solid #ddd; }
        h3 { font-size: 1.05rem; margin: 1.4rem 0 .4rem; }
        p.meta, p.guide { color: #555; font-size: .9rem; margin: .3rem 0; }
        nav ul { margin: .4rem 0; padding-left: 1.2rem; columns: 2; }
        .scroll { overflow-x: auto; }
        table { border-collapse: collapse; margin: .4rem 0 1rem; font-size: .88rem; }
        th, td { border-bottom: 1px solid #e2e2e2; padding: .3rem .55rem; vertical-align: top; }
        th { background: #f4f4f4; text-align: left; font-weight: 600; }
        td.number { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
        td.best { font-weight: 700; }
        sup.worse { color: #b03020; }
        table.matrix td { text-align: center; white-space: nowrap; font-variant-numeric: tabular-nums; }
        table.matrix td.better { background: #d8efd3; }
        table.matrix td.worse { background: #f7d9d4; }
        table.matrix td.self { background: #fafafa; }
        figure { margin: 1rem 0 1.6rem; }
        figure svg { display: block; max-width: 100%; height: auto; }
        figcaption { font-size: .85rem; color: #555; max-width: 720px; }
        """;

    /// <summary>The page, with the SVGs read from <paramref name="folder"/> (the folder the figure paths are relative to).</summary>
    public static string Render(ReportContent content, string folder)
    {
        var html = new StringBuilder();
        string title = ReportHeader.Title(content.Results);
        html.Append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        html.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        html.Append(CultureInfo.InvariantCulture, $"<title>{Encode(title)}</title>\n<style>\n{Style}</style>\n</head>\n<body>\n<main>\n");
        html.Append(CultureInfo.InvariantCulture, $"<h1>{Encode(title)}</h1>\n");
        foreach (string line in ReportHeader.Provenance(content.Results))
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"meta\">{Encode(line)}</p>\n");
        }

        html.Append(CultureInfo.InvariantCulture, $"<p class=\"guide\">{Encode(ReportHeader.HowToRead)}</p>\n");
        var families = content.Results.Families;
        html.Append("<nav><ul>\n");
        for (int index = 0; index < families.Count; index++)
        {
            html.Append(CultureInfo.InvariantCulture, $"<li><a href=\"#task-{index + 1}\">{Encode(families[index].Title)}</a></li>\n");
        }

        html.Append("</ul></nav>\n");
        int figureNumber = 0;
        for (int index = 0; index < families.Count; index++)
        {
            TaskFamily family = families[index];
            html.Append(CultureInfo.InvariantCulture, $"<section id=\"task-{index + 1}\">\n<h2>{Encode(family.Title)}</h2>\n");
            Table(html, content, family);
            Matrices(html, content, family);
            foreach (ReportFigure figure in content.FiguresOf(family))
            {
                figureNumber++;
                html.Append("<figure>\n").Append(InlineSvg(Path.Combine(folder, figure.Path), figureNumber));
                html.Append(CultureInfo.InvariantCulture, $"<figcaption>Figure {figureNumber}. {Encode(figure.Caption)} <a href=\"{Encode(Path.ChangeExtension(figure.Path, ".csv"))}\">Data (CSV)</a>.</figcaption>\n</figure>\n");
            }

            html.Append("</section>\n");
        }

        html.Append("</main>\n</body>\n</html>\n");
        return html.ToString();
    }

    private static void Table(StringBuilder html, ReportContent content, TaskFamily family)
    {
        html.Append("<div class=\"scroll\"><table class=\"summary\">\n<thead><tr><th>experiment</th><th>runs</th><th>success [95% CI]</th><th>ERT</th>");
        html.Append("<th>evaluations to solve, mean [95% CI]</th><th>median</th><th>final error, median</th><th>test error, median</th><th>seconds per run</th></tr></thead>\n<tbody>\n");
        foreach (SummaryTableRow row in SummaryTable.Of(content, family))
        {
            ExperimentSummary s = row.Summary;
            string failed = s.FailedRuns > 0 ? $" ({s.FailedRuns} failed)" : string.Empty;
            html.Append(CultureInfo.InvariantCulture, $"<tr><td>{Encode(row.Experiment.Name)}</td><td class=\"number\">{s.FinishedRuns}/{s.Runs}{failed}</td>");
            html.Append(Cell(row, SummaryColumn.SuccessRate, ReportFormat.SuccessRate(s)));
            html.Append(Cell(row, SummaryColumn.ExpectedRunningTime, ReportFormat.Number(SummaryBuilder.ErtCell(s))));
            html.Append(CultureInfo.InvariantCulture, $"<td class=\"number\">{Encode(ReportFormat.MeanInterval(s.EvaluationsToSolve))}</td>");
            html.Append(Cell(row, SummaryColumn.EvaluationsToSolve, ReportFormat.Number(s.EvaluationsToSolve.Median)));
            html.Append(Cell(row, SummaryColumn.FinalError, ReportFormat.Number(s.FinalError.Median)));
            html.Append(Cell(row, SummaryColumn.TestError, ReportFormat.Number(s.TestError.Median)));
            html.Append(CultureInfo.InvariantCulture, $"<td class=\"number\">{ReportFormat.Seconds(s.WallSeconds.Mean)}</td></tr>\n");
        }

        html.Append("</tbody></table></div>\n");
    }

    private static void Matrices(StringBuilder html, ReportContent content, TaskFamily family)
    {
        var members = family.Members.Where(m => family.Members.Any(o => o != m && content.Between(m, o) is not null)).ToArray();
        if (members.Length < 2)
        {
            return;
        }

        html.Append("<h3>Pairwise comparisons</h3>\n");
        foreach (var (quantity, heading) in ComparisonMatrix.Quantities)
        {
            html.Append(CultureInfo.InvariantCulture, $"<p class=\"guide\">{Encode(heading)}; green: the row is significantly better, red: significantly worse (α = {ComparisonBuilder.Alpha}).</p>\n");
            html.Append("<div class=\"scroll\"><table class=\"matrix\">\n<thead><tr><th>A \\ B</th>");
            foreach (ExperimentResults column in members)
            {
                html.Append(CultureInfo.InvariantCulture, $"<th>{Encode(column.ShortName)}</th>");
            }

            html.Append("</tr></thead>\n<tbody>\n");
            foreach (ExperimentResults row in members)
            {
                html.Append(CultureInfo.InvariantCulture, $"<tr><th>{Encode(row.ShortName)}</th>");
                foreach (ExperimentResults column in members)
                {
                    MatrixCell? cell = ComparisonMatrix.Cell(content, row, column, quantity);
                    if (cell is null)
                    {
                        html.Append("<td class=\"self\"></td>");
                        continue;
                    }

                    string css = !cell.Significant ? string.Empty : cell.Direction > 0 ? " class=\"better\"" : " class=\"worse\"";
                    string value = cell.A12 is { } a12
                        ? $"{a12.ToString("F2", CultureInfo.InvariantCulture)}, p {ReportFormat.PValue(cell.AdjustedPValue)}"
                        : $"p {ReportFormat.PValue(cell.AdjustedPValue)}";
                    html.Append(CultureInfo.InvariantCulture, $"<td{css}>{Encode(value)}</td>");
                }

                html.Append("</tr>\n");
            }

            html.Append("</tbody></table></div>\n");
        }
    }

    private static string Cell(SummaryTableRow row, SummaryColumn column, string value)
    {
        string css = row.Best.Contains(column) ? "number best" : "number";
        string mark = row.SignificantlyWorse.Contains(column) ? "<sup class=\"worse\" title=\"significantly worse than the best\">†</sup>" : string.Empty;
        return $"<td class=\"{css}\">{Encode(value)}{mark}</td>";
    }

    /// <summary>The SVG document at <paramref name="path"/>, its ids prefixed so that figures on one page never share one.</summary>
    private static string InlineSvg(string path, int figure)
    {
        string svg = File.ReadAllText(path);
        string prefix = string.Create(CultureInfo.InvariantCulture, $"figure-{figure}-");
        return svg.Replace("id=\"", "id=\"" + prefix, StringComparison.Ordinal)
            .Replace("url(#", "url(#" + prefix, StringComparison.Ordinal)
            .Replace("<svg ", $"<svg role=\"img\" aria-label=\"Figure {figure}\" ", StringComparison.Ordinal);
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
