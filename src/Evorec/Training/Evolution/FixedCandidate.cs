namespace Evorec.Training.Evolution;

/// <summary>
/// The optimizer of a closed-form fit: every generation asks for the same single genome, drawn
/// once (with a <see cref="Genomes.ReadoutSolvingDecoder"/> over a network without other evolvable
/// parameters, such as an ESN, the genome is empty and the whole fit is the readout solve). It learns nothing from
/// fitness, so one generation is the whole method; further generations repeat the same evaluation.
/// </summary>
public sealed class FixedCandidate : IOptimizer
{
    private readonly CandidateBatch _batch;

    /// <summary>Creates the optimizer; the genome's genes are uniform in [−<paramref name="initRange"/>, <paramref name="initRange"/>] from <paramref name="key"/>.</summary>
    public FixedCandidate(int genomeLength, double initRange, Numerics.StreamKey key)
    {
        GenomeLength = genomeLength;
        _batch = new CandidateBatch(1, genomeLength);
        var random = new Numerics.RandomStream(key.Then("initial"));
        Span<double> genome = _batch[0];
        for (int i = 0; i < genome.Length; i++)
        {
            genome[i] = random.NextDouble(-initRange, initRange);
        }
    }

    /// <inheritdoc/>
    public int GenomeLength { get; }

    /// <inheritdoc/>
    public CandidateBatch Ask() => _batch;

    /// <inheritdoc/>
    public void Tell(ReadOnlySpan<double> fitness)
    {
    }
}
