namespace Evorec.Reporting.Plotting;

/// <summary>One legend row: the series it describes and where its swatch starts.</summary>
/// <param name="Series">The series.</param>
/// <param name="X">The left edge of the swatch, in pixels.</param>
/// <param name="Y">The vertical centre of the row, in pixels.</param>
internal readonly record struct LegendEntry(Series Series, double X, double Y);
