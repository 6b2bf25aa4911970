using System.ComponentModel;

namespace Evorec.Networks;

/// <summary>Options of the <c>feed-forward</c> network kind.</summary>
public sealed class FeedForwardOptions : NetworkOptions
{
    /// <summary>The sizes of the hidden layers, input side first; empty for a single layer (a linear or squashed-linear policy).</summary>
    [Description("hidden layer sizes, input side first (e.g. [6] or [10, 10]); [] = no hidden layer")]
    public int[] Hidden { get; set; } = [10];

    /// <summary>Activation of the hidden neurons.</summary>
    [Description("activation of the hidden neurons: tanh, logistic or linear")]
    public Activation Activation { get; set; } = Activation.Tanh;

    /// <summary>Activation of the output layer.</summary>
    [Description("output activation: linear, tanh or logistic")]
    public Activation OutputActivation { get; set; } = Activation.Linear;

    /// <summary>Whether every neuron has a bias weight (some papers' nets have none and rely on a constant input).</summary>
    [Description("give every hidden and output neuron a bias weight")]
    public bool Bias { get; set; } = true;
}
