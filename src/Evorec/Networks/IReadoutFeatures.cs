namespace Evorec.Networks;

/// <summary>
/// A network whose outputs are a linear readout of a feature vector (hidden state, optionally
/// inputs and a constant 1 for the bias). Closed-form readout solving (ridge regression,
/// pseudo-inverse) collects these features and solves for the readout blocks of the layout.
/// </summary>
/// <remarks>
/// Convention: the layout's readout blocks, in layout order, each have one row per output, and
/// their columns put side by side follow the features in order, so output k is
/// f(Σ_i w_k,i · feature_i) with w_k the concatenation of row k of every readout block.
/// </remarks>
public interface IReadoutFeatures
{
    /// <summary>The length of the feature vector the readout reads.</summary>
    int FeatureCount { get; }

    /// <summary>Copies the features the readout read at the last step into <paramref name="features"/>.</summary>
    void ReadFeatures(Span<double> features);
}
