namespace Evorec.Reporting;

/// <summary>Marker for the reporting namespace: statistics, tables and SVG plots built from result files.</summary>
internal static class ReportingAssembly
{
}
