using System.ComponentModel;

namespace Evorec.Networks;

/// <summary>Options of the <c>jordan</c> network kind.</summary>
public sealed class JordanOptions : NetworkOptions
{
    /// <summary>Number of hidden neurons.</summary>
    [Description("number of hidden neurons")]
    public int Hidden { get; set; } = 10;

    /// <summary>Self-connection weight μ of the state (context) units: s(t) = μ s(t−1) + y(t−1).</summary>
    [Description("self-connection mu of the context units, s(t) = mu s(t-1) + y(t-1); 0 keeps just the last output")]
    public double ContextDecay { get; set; }

    /// <summary>Activation of the output layer.</summary>
    [Description("output activation: linear, tanh or logistic")]
    public Activation OutputActivation { get; set; } = Activation.Linear;
}
