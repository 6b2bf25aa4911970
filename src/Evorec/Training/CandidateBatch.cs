namespace Evorec.Training;

/// <summary>
/// The candidate genomes an optimizer asks to have evaluated, stored contiguously and owned by
/// the optimizer (reused from generation to generation).
/// </summary>
public sealed class CandidateBatch
{
    private double[] _genes;

    /// <summary>Creates a batch of <paramref name="count"/> genomes of <paramref name="genomeLength"/> genes.</summary>
    public CandidateBatch(int count, int genomeLength)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfNegative(genomeLength);
        GenomeLength = genomeLength;
        Count = count;
        _genes = new double[count * genomeLength];
    }

    /// <summary>Number of candidates.</summary>
    public int Count { get; private set; }

    /// <summary>Genes per candidate.</summary>
    public int GenomeLength { get; }

    /// <summary>Candidate <paramref name="index"/>'s genes.</summary>
    public Span<double> this[int index] => _genes.AsSpan(index * GenomeLength, GenomeLength);

    /// <summary>Changes the number of candidates (for optimizers whose population size varies), keeping existing genes.</summary>
    public void Resize(int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (count * GenomeLength > _genes.Length)
        {
            Array.Resize(ref _genes, count * GenomeLength);
        }

        Count = count;
    }
}
