using System.ComponentModel;

namespace Evorec.Networks;

/// <summary>Options of the <c>fully-recurrent</c> network kind.</summary>
public sealed class FullyRecurrentOptions : NetworkOptions
{
    /// <summary>Total number of neurons, the output neurons included.</summary>
    [Description("total number of neurons, output neurons included (at least the task's outputs)")]
    public int Neurons { get; set; } = 10;

    /// <summary>Activation of the non-output neurons.</summary>
    [Description("activation of the hidden neurons: tanh, logistic or linear")]
    public Activation Activation { get; set; } = Activation.Tanh;

    /// <summary>Activation of the output neurons.</summary>
    [Description("activation of the output neurons: linear, tanh or logistic")]
    public Activation OutputActivation { get; set; } = Activation.Linear;

    /// <summary>Whether every neuron has a bias weight (Gomez's CoSyNE and ESP nets have none and rely on a constant input).</summary>
    [Description("give every neuron a bias weight")]
    public bool Bias { get; set; } = true;
}
