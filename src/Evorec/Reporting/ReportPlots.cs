namespace Evorec.Reporting;

/// <summary>
/// The plots of a report, family by family (experiments sharing a task configuration and experiment entry):
/// convergence curves (<see cref="ConvergencePlots"/>), run-length ECDFs (<see cref="RunLengthPlots"/>), box plots of
/// final and test error (<see cref="ErrorBoxPlots"/>) and, where the runs wrote traces, the best network's output or
/// trajectory (<see cref="TracePlots"/>), and trainer figures such as NEAT's species count and champion size
/// (<see cref="TrainerFigurePlots"/>). Each trainer has the same colour in every plot of the report. Every SVG has
/// its data beside it as CSV.
/// </summary>
public static class ReportPlots
{
    /// <summary>The plots' subfolder of a report's folder.</summary>
    public const string Folder = "plots";

    /// <summary>Writes every plot of <paramref name="results"/> into <paramref name="output"/>/plots; returns them in report order.</summary>
    public static IReadOnlyList<ReportFigure> Write(ResultsSet results, string output, ReportOptions options)
    {
        var context = new PlotContext(results, output, options);
        foreach (TaskFamily family in results.Families)
        {
            ConvergencePlots.Add(context, family);
            RunLengthPlots.Add(context, family);
            ErrorBoxPlots.Add(context, family);
            TracePlots.Add(context, family);
            TrainerFigurePlots.Add(context, family);
        }

        return context.Figures;
    }
}
