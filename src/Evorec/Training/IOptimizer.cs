namespace Evorec.Training;

/// <summary>
/// A black-box optimizer in ask/tell form (the shape of GA, CoSyNE, ESP, CMA-ES, RWG, SA and PSO):
/// <see cref="Ask"/> returns candidates to evaluate, <see cref="Tell"/> gives back their fitness
/// (higher is better) in the same order. Deterministic given its stream key, and sequential:
/// only the evaluation between ask and tell runs in parallel. Ask and tell allocate nothing.
/// </summary>
public interface IOptimizer
{
    /// <summary>Genes per candidate.</summary>
    int GenomeLength { get; }

    /// <summary>The candidates of the next generation (owned by the optimizer; valid until <see cref="Tell"/>).</summary>
    CandidateBatch Ask();

    /// <summary>The fitness of each candidate of the last <see cref="Ask"/>, in order.</summary>
    void Tell(ReadOnlySpan<double> fitness);
}
