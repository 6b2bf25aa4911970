namespace Evorec.Reporting;

/// <summary>One plot of a report.</summary>
/// <param name="Family">The task family it belongs to.</param>
/// <param name="Kind">What it shows.</param>
/// <param name="Title">Its title.</param>
/// <param name="Path">The SVG's path relative to the report's folder (<c>plots/name.svg</c>; the data is beside it as <c>.csv</c>).</param>
/// <param name="Caption">One or two sentences saying how to read it.</param>
public sealed record ReportFigure(TaskFamily Family, FigureKind Kind, string Title, string Path, string Caption);
