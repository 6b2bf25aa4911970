namespace Evorec.Training.Evolution;

/// <summary>
/// The optimizer of a closed-form fit: every generation asks for the same single genome (all
/// zeros; with a <see cref="Genomes.ReadoutSolvingDecoder"/> over a network without evolved
/// parameters the genome is empty and the whole fit is the readout solve). It learns nothing from
/// fitness, so one generation is the whole method; further generations repeat the same evaluation.
/// </summary>
public sealed class FixedCandidate : IOptimizer
{
    private readonly CandidateBatch _batch;

    /// <summary>Creates the optimizer for genomes of <paramref name="genomeLength"/> genes.</summary>
    public FixedCandidate(int genomeLength)
    {
        GenomeLength = genomeLength;
        _batch = new CandidateBatch(1, genomeLength);
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
