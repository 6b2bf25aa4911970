using System.ComponentModel;

namespace Evorec.Networks;

/// <summary>Options of the <c>elman</c> network kind.</summary>
public sealed class ElmanOptions : NetworkOptions
{
    /// <summary>Number of hidden (context-bearing) neurons.</summary>
    [Description("number of hidden neurons")]
    public int Hidden { get; set; } = 10;

    /// <summary>Activation of the output layer.</summary>
    [Description("output activation: linear, tanh or logistic")]
    public Activation OutputActivation { get; set; } = Activation.Linear;
}
