using Evorec.Networks;

namespace Evorec.Experiments.Benchmarks;

/// <summary>One network shape to time: a name for the table, the spec, and its multiply-adds per step.</summary>
/// <param name="Name">The shape, such as <c>lstm 1-10-1</c>.</param>
/// <param name="Spec">The spec the networks are created from.</param>
/// <param name="Genome">For a spec without a fixed layout (<c>neat-graph</c>), the parameters every
/// network is loaded with; null for the others, which get <see cref="StepBenchmark.Parameters"/>.</param>
public sealed record BenchmarkCase(string Name, NetworkSpec Spec, double[]? Genome = null)
{
    /// <summary>The parameters the timed networks are loaded with.</summary>
    public double[] Parameters() => Genome is { } genome ? (double[])genome.Clone() : StepBenchmark.Parameters(Spec);

    /// <summary>
    /// Multiply-adds per <see cref="IRecurrentNetwork.Step"/>, computed from the layout: one per
    /// parameter (every weight is used once per step, every bias counted as one), plus for a CTRNN
    /// the recurrent matrix once more per extra Euler substep, and for an ESN its fixed reservoir
    /// (in-degree × size recurrent, size × inputs input, size × outputs feedback weights), which are
    /// not in the layout, and for a <c>neat-graph</c> one per enabled connection of its genome.
    /// Activation functions and element-wise updates are not counted.
    /// </summary>
    public long MultiplyAdds => Spec switch
    {
        NeatGraphSpec graph => BenchmarkGraph.EnabledConnections(graph, Genome ?? throw new InvalidOperationException($"{Name} needs a genome.")),
        CtrnnSpec ctrnn => Spec.Layout.Count + ((long)(ctrnn.Substeps - 1) * ctrnn.NeuronCount * ctrnn.NeuronCount),
        EsnSpec esn => Spec.Layout.Count
            + ((long)esn.ReservoirSize * (esn.Reservoir.InDegree + Spec.InputCount + (esn.Options.OutputFeedback ? Spec.OutputCount : 0))),
        _ => Spec.Layout.Count,
    };

    /// <summary>FLOPs per step: 2 per multiply-add.</summary>
    public long Flops => 2 * MultiplyAdds;
}
