using Evorec.Reporting;

namespace Evorec.Experiments.Benchmarks;

/// <summary>
/// All-threads rate ÷ one-thread rate, estimated from paired windows (<see cref="PairedWindows"/>):
/// the median of the pairs' ratios and its spread (first and third quartiles, by <see cref="Statistics.Quantile"/>).
/// </summary>
/// <param name="Median">The median ratio: the reported scaling.</param>
/// <param name="FirstQuartile">The first quartile of the ratios.</param>
/// <param name="ThirdQuartile">The third quartile of the ratios.</param>
/// <param name="Pairs">How many pairs of windows the ratios come from.</param>
public sealed record ScalingEstimate(double Median, double FirstQuartile, double ThirdQuartile, int Pairs)
{
    /// <summary>The ratios all[i] / one[i] of each pair i, summarized.</summary>
    public static ScalingEstimate FromPairs(IReadOnlyList<double> one, IReadOnlyList<double> all)
    {
        ArgumentOutOfRangeException.ThrowIfNotEqual(all.Count, one.Count, nameof(all));
        ArgumentOutOfRangeException.ThrowIfZero(one.Count, nameof(one));
        double[] ratios = one.Select((rate, i) => all[i] / rate).ToArray();
        return new ScalingEstimate(Statistics.Quantile(ratios, 0.5)!.Value, Statistics.Quantile(ratios, 0.25)!.Value, Statistics.Quantile(ratios, 0.75)!.Value, ratios.Length);
    }
}
