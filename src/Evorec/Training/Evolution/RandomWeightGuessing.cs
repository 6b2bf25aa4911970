using Evorec.Numerics;

namespace Evorec.Training.Evolution;

/// <summary>
/// Random weight guessing, the simplest baseline of the neuroevolution literature
/// (Schmidhuber, Hochreiter &amp; Bengio, "Evaluating benchmark problems by random guessing",
/// 2001; Gomez, Schmidhuber &amp; Miikkulainen, JMLR 9, 2008, Table 1): every candidate is a
/// fresh vector with each weight uniform in [−range, range], independent of all fitness seen.
/// Guess i of generation g draws from stream (key, g, i).
/// </summary>
public sealed class RandomWeightGuessing : IOptimizer
{
    private readonly RandomWeightGuessingOptions _options;
    private readonly StreamKey _key;
    private readonly RandomStream _random;
    private readonly CandidateBatch _batch;
    private int _generation;

    /// <summary>Creates the optimizer.</summary>
    public RandomWeightGuessing(int genomeLength, RandomWeightGuessingOptions options, StreamKey key)
    {
        if (options.Batch < 1)
        {
            throw new ArgumentException("batch must be at least 1.");
        }

        if (options.Range <= 0)
        {
            throw new ArgumentException("range must be positive.");
        }

        _options = options;
        _key = key;
        GenomeLength = genomeLength;
        _batch = new CandidateBatch(options.Batch, genomeLength);
        _random = new RandomStream(key);
    }

    /// <inheritdoc/>
    public int GenomeLength { get; }

    /// <inheritdoc/>
    public CandidateBatch Ask()
    {
        StreamKey generationKey = _key.Then(_generation);
        for (int i = 0; i < _batch.Count; i++)
        {
            _random.Reset(generationKey.Then(i));
            Span<double> genome = _batch[i];
            for (int g = 0; g < genome.Length; g++)
            {
                genome[g] = _random.NextDouble(-_options.Range, _options.Range);
            }
        }

        return _batch;
    }

    /// <inheritdoc/>
    public void Tell(ReadOnlySpan<double> fitness) => _generation++;
}
