namespace Evorec.Networks;

/// <summary>How a <c>ctrnn</c> network's outputs are read.</summary>
public enum CtrnnOutput
{
    /// <summary>A linear output layer over every neuron's firing rate: o = W_out σ(g ⊙ (y + θ)) + b_out.</summary>
    Readout,

    /// <summary>The firing rates σ(g_k (y_k + θ_k)) of the first k neurons (Beer's motor neurons), in (0, 1).</summary>
    FiringRate,
}
