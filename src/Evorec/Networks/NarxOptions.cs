using System.ComponentModel;

namespace Evorec.Networks;

/// <summary>Options of the <c>narx</c> network kind.</summary>
public sealed class NarxOptions : NetworkOptions
{
    /// <summary>Number of hidden neurons of the MLP.</summary>
    [Description("number of hidden neurons of the MLP")]
    public int Hidden { get; set; } = 5;

    /// <summary>Input delay order n_u: the MLP sees u(t), u(t−1), …, u(t−n_u).</summary>
    [Description("input delay order n_u: taps u(t) ... u(t-n_u)")]
    public int InputDelays { get; set; } = 2;

    /// <summary>Output delay order n_y: the MLP sees y(t−1), …, y(t−n_y).</summary>
    [Description("output delay order n_y: taps y(t-1) ... y(t-n_y), at least 1")]
    public int OutputDelays { get; set; } = 2;

    /// <summary>Activation of the output layer.</summary>
    [Description("output activation: linear, tanh or logistic")]
    public Activation OutputActivation { get; set; } = Activation.Linear;
}
