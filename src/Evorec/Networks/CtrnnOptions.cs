using System.ComponentModel;

namespace Evorec.Networks;

/// <summary>Options of the <c>ctrnn</c> network kind.</summary>
public sealed class CtrnnOptions : NetworkOptions
{
    /// <summary>Number of neurons.</summary>
    [Description("number of neurons (with output 'firing-rate', at least the task's outputs)")]
    public int Neurons { get; set; } = 5;

    /// <summary>The forward Euler step size, in the time units of the time constants.</summary>
    [Description("forward Euler step size (time constants are in the same units)")]
    public double Dt { get; set; } = 0.1;

    /// <summary>Euler steps per network step; one network step spans dt × substeps time units.</summary>
    [Description("Euler steps per network step (one step spans dt x substeps time units)")]
    public int Substeps { get; set; } = 10;

    /// <summary>Whether each neuron has an evolvable gain g (log-encoded); otherwise g = 1.</summary>
    [Description("give each neuron an evolvable gain g = exp(gene); otherwise g = 1")]
    public bool Gains { get; set; }

    /// <summary>How the outputs are read.</summary>
    [Description("outputs: readout (linear layer over all firing rates) or firing-rate (first k neurons, in (0,1))")]
    public CtrnnOutput Output { get; set; } = CtrnnOutput.Readout;
}
