using Evorec.Numerics;

namespace Evorec.Training.Evolution;

/// <summary>
/// CoSyNE as Gomez's CoSyNE 1.1 code runs it (F. J. Gomez, 2007, GPL; <c>CoSyNE::evalPop</c>,
/// <c>getNetworks</c>, <c>recombine</c>, <c>handleStagnation</c>), the code of the CoSyNE paper
/// (Gomez, Schmidhuber &amp; Miikkulainen, JMLR 9, 2008), which its Algorithm 1 describes more simply
/// (<see cref="CooperativeSynapseNeuroevolution"/>). One subpopulation per weight; network j is
/// entry j of every subpopulation. Each generation:
/// <list type="number">
/// <item>every entry that was evaluated before is permuted within its subpopulation (the code's
/// default, non-proportional permutation: probability 1; new entries keep their places), and the
/// networks are evaluated: m in the first generation, m + 2l after it;</item>
/// <item>the rows are ranked and the best m kept; each of the top l = ⌊m/4⌋ rows is paired with a
/// random higher-ranked one (the best with a random breeder), and the pair's two children (one-point
/// crossover, or copies with <c>crossover: none</c>, the code's default) are appended as new rows;</item>
/// <item>every weight of every row ranked below the top l — surviving rows and children alike — is
/// mutated with probability <c>mutationRate</c> (the code's default 0.8) by Cauchy noise of scale
/// <c>mutationScale</c> (0.3 in the code).</item>
/// </list>
/// With <c>stagnation</c> S &gt; 0, a phase whose best has not improved for S − 1 generations ends in a
/// burst mutation (<see cref="StagnationPhase"/>): every row becomes the best network so far plus
/// Cauchy noise of scale <c>burstScale</c> (0.05 in the code), all rows count as new, and that
/// generation's recombination is skipped. Generation g draws from stream (key, g).
/// </summary>
/// <remarks>
/// The code draws a mate per neuron (its weights are grouped by unit); here the mate is drawn per
/// network, which is the same for a one-neuron network. The code's optional fitness-proportional
/// permutation and its network growing are not implemented.
/// </remarks>
public sealed class GomezCodeCosyne : IOptimizer
{
    private readonly CooperativeSynapseNeuroevolutionOptions _options;
    private readonly StreamKey _key;
    private readonly RandomStream _random;
    private readonly FitnessRanking _ranking;
    private readonly StagnationPhase _phase;
    private readonly double[] _bestGenome;
    private readonly double[] _values;
    private readonly int _breeders;
    private CandidateBatch _rows;
    private CandidateBatch _sorted;
    private double _bestFitness = double.NegativeInfinity;
    private int _generation;

    /// <summary>Creates the optimizer and its m random initial networks.</summary>
    public GomezCodeCosyne(int genomeLength, CooperativeSynapseNeuroevolutionOptions options, StreamKey key)
    {
        CooperativeSynapseNeuroevolution.Validate(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(genomeLength);
        _options = options;
        _key = key;
        GenomeLength = genomeLength;
        int m = options.Population;
        _breeders = CooperativeSynapseNeuroevolution.Breeders(options);
        int capacity = m + (2 * _breeders);
        _rows = new CandidateBatch(capacity, genomeLength);
        _sorted = new CandidateBatch(capacity, genomeLength);
        _ranking = new FitnessRanking(capacity);
        _phase = new StagnationPhase(options.Stagnation);
        _bestGenome = new double[genomeLength];
        _values = new double[capacity];
        _random = new RandomStream(key.Then("initial"));
        _rows.Resize(m);
        for (int j = 0; j < m; j++)
        {
            Span<double> row = _rows[j];
            for (int i = 0; i < genomeLength; i++)
            {
                row[i] = _random.NextDouble(-options.InitRange, options.InitRange);
            }
        }
    }

    /// <inheritdoc/>
    public int GenomeLength { get; }

    /// <summary>The number of burst mutations so far.</summary>
    public int Bursts { get; private set; }

    /// <inheritdoc/>
    public CandidateBatch Ask() => _rows;

    /// <inheritdoc/>
    public void Tell(ReadOnlySpan<double> fitness)
    {
        int count = _rows.Count;
        if (fitness.Length != count)
        {
            throw new ArgumentException($"Expected {count} fitness values, got {fitness.Length}.", nameof(fitness));
        }

        ReadOnlySpan<int> order = _ranking.Rank(fitness);
        _sorted.Resize(count);
        for (int r = 0; r < count; r++)
        {
            _rows[order[r]].CopyTo(_sorted[r]);
        }

        double generationBest = _ranking.Keys[order[0]];
        (_rows, _sorted) = (_sorted, _rows);
        _random.Reset(_key.Then(_generation));
        _generation++;
        if (double.IsFinite(generationBest) && generationBest > _bestFitness)
        {
            _bestFitness = generationBest;
            _rows[0].CopyTo(_bestGenome);
        }

        if (_phase.Record(generationBest))
        {
            // The code resets every entry's fitness after a burst: none is permuted next generation.
            CosyneVariation.Burst(_rows, count, _bestGenome, _options.BurstScale, _random);
            _phase.Restart();
            Bursts++;
            return;
        }

        int m = _options.Population;
        _rows.Resize(m + (2 * _breeders));
        for (int i = 0; i < _breeders; i++)
        {
            int mate = OnePointCrossover.Mate(i, _breeders, _random);
            CosyneVariation.Breed(_rows[i], _rows[mate], _rows[m + (2 * i)], _rows[m + (2 * i) + 1], _options.Crossover, _random);
        }

        for (int j = _breeders; j < _rows.Count; j++)
        {
            CosyneVariation.Mutate(_rows[j], _options, _random);
        }

        Permute(m);
    }

    /// <summary>Shuffles each weight column among the rows that were evaluated, [0, <paramref name="evaluatedRows"/>); the children after them keep their places.</summary>
    private void Permute(int evaluatedRows)
    {
        Span<double> values = _values.AsSpan(0, evaluatedRows);
        for (int column = 0; column < GenomeLength; column++)
        {
            for (int j = 0; j < values.Length; j++)
            {
                values[j] = _rows[j][column];
            }

            _random.Shuffle(values);
            for (int j = 0; j < values.Length; j++)
            {
                _rows[j][column] = values[j];
            }
        }
    }
}
