using System.ComponentModel;

namespace Evorec.Networks;

/// <summary>Options of the <c>gru</c> network kind.</summary>
public sealed class GruOptions : NetworkOptions
{
    /// <summary>Number of gated recurrent units.</summary>
    [Description("number of gated recurrent units")]
    public int Hidden { get; set; } = 5;

    /// <summary>Activation of the output layer.</summary>
    [Description("output activation: linear, tanh or logistic")]
    public Activation OutputActivation { get; set; } = Activation.Linear;
}
