namespace Evorec.Reporting;

/// <summary>Choices for the plots of a report.</summary>
public sealed record ReportOptions
{
    /// <summary>The x axes to draw convergence curves against (one plot per axis); evaluations by default.</summary>
    public IReadOnlyList<CurveAxis> CurveAxes { get; init; } = [CurveAxis.Evaluations];

    /// <summary>The quantity of the convergence curves; the best-so-far error by default.</summary>
    public CurveQuantity Quantity { get; init; } = CurveQuantity.Error;

    /// <summary>How the curves summarise runs; median and quartiles by default.</summary>
    public CurveSpread Spread { get; init; } = CurveSpread.MedianQuartiles;
}
