namespace Evorec.Networks;

/// <summary>
/// A network whose outputs are a linear readout of a feature vector (hidden state, optionally
/// inputs and a constant 1 for the bias). Closed-form readout solving (ridge regression,
/// pseudo-inverse) collects these features and solves for the readout blocks of the layout.
/// </summary>
public interface IReadoutFeatures
{
    /// <summary>The length of the feature vector the readout reads.</summary>
    int FeatureCount { get; }

    /// <summary>Copies the features the readout read at the last step into <paramref name="features"/>.</summary>
    void ReadFeatures(Span<double> features);
}
