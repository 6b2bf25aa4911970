using System.ComponentModel;

namespace Evorec.Networks;

/// <summary>
/// Options of the <c>neat-graph</c> network kind: the nodes NEAT's genomes start from and how the
/// decoded graph computes. The topology itself is evolved by the <c>neat</c> trainer.
/// </summary>
public sealed class NeatGraphOptions : NetworkOptions
{
    /// <summary>Whether the graph has a bias node (a sensor fixed at 1) besides the task's inputs.</summary>
    [Description("add a bias node (a sensor fixed at 1); the xor and cart-pole tasks already give a bias input")]
    public bool Bias { get; set; }

    /// <summary>Activation of hidden nodes, applied to slope × net input.</summary>
    [Description("activation of hidden nodes (of slope x net input): logistic, tanh or linear")]
    public Activation HiddenActivation { get; set; } = Activation.Logistic;

    /// <summary>Activation of output nodes, applied to slope × net input.</summary>
    [Description("activation of output nodes (of slope x net input): logistic, tanh or linear")]
    public Activation OutputActivation { get; set; } = Activation.Logistic;

    /// <summary>The net input's factor: NEAT's steepened sigmoid 1 / (1 + e^(−4.924273 x)).</summary>
    [Description("factor on each node's net input; 4.924273 gives NEAT's steepened sigmoid")]
    public double Slope { get; set; } = 4.924273;

    /// <summary>
    /// How the graph is activated: <c>synchronous</c> (one tick per step, unreached nodes compute
    /// f(0)) or <c>neat121</c>, NEAT 1.2.1's <c>Network::activate</c> (network.cpp): after a load
    /// (a new network) the first step repeats passes until every output has been reached, a node is updated only
    /// when an active source feeds it, unreached nodes read 0, and outputs not reached in 19 passes
    /// are NaN (see <see cref="NeatGraphScheme"/> and <see cref="NeatGraphNetwork"/>).
    /// </summary>
    [Description("how the graph is activated: synchronous (one tick per step; unreached nodes compute f(0)) or neat121 (NEAT 1.2.1's Network::activate: passes until every output is reached, unreached nodes read 0, NaN outputs after 19 passes)")]
    public NeatGraphScheme ActivationScheme { get; set; } = NeatGraphScheme.Synchronous;
}
