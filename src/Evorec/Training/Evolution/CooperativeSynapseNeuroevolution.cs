using Evorec.Numerics;

namespace Evorec.Training.Evolution;

/// <summary>
/// Cooperative Synapse Neuroevolution, CoSyNE (Gomez, Schmidhuber &amp; Miikkulainen,
/// "Accelerated neural evolution through cooperatively coevolved synapses", JMLR 9, 2008, §3,
/// Algorithm 1): one subpopulation of m entries per weight; network j is built from entry j of
/// every subpopulation (row j of the population matrix), and all m networks are evaluated each
/// generation. Then the rows are sorted by fitness; the top l = ⌊m · eliteFraction⌋ (the top
/// quarter) breed: each is mated with a random higher-ranked row (the fittest with a random
/// breeder), one-point crossover gives two children, each child weight is mutated with
/// probability <c>mutationRate</c> by Cauchy or Gaussian noise, and the 2l offspring replace the
/// 2l worst rows. Finally every weight subpopulation permutes the entries marked by the
/// fitness-dependent rule of <see cref="SynapsePermutation"/> among the evaluated (non-offspring)
/// rows, so the best network's weights stay together in row 0.
/// Generation g draws from stream (key, g).
/// </summary>
/// <remarks>
/// The paper's mating and crossover details follow ESP's reference code (a random higher-ranked
/// mate, one-point crossover). Offspring have no fitness yet, so they are not marked; this is our
/// reading of Algorithm 1, which permutes after the offspring are inserted. Default rates and
/// scales are ours: the paper tunes them per task.
/// </remarks>
public sealed class CooperativeSynapseNeuroevolution : IOptimizer
{
    private readonly CooperativeSynapseNeuroevolutionOptions _options;
    private readonly StreamKey _key;
    private readonly RandomStream _random;
    private readonly FitnessRanking _ranking;
    private readonly double[] _rankedFitness;
    private readonly double[] _probability;
    private readonly int[] _marked;
    private readonly double[] _values;
    private readonly int _breeders;
    private CandidateBatch _rows;
    private CandidateBatch _sorted;
    private int _generation;

    /// <summary>Creates the optimizer and its random initial population.</summary>
    public CooperativeSynapseNeuroevolution(int genomeLength, CooperativeSynapseNeuroevolutionOptions options, StreamKey key)
    {
        Validate(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(genomeLength);
        _options = options;
        _key = key;
        GenomeLength = genomeLength;
        int m = options.Population;
        _breeders = Breeders(options);
        _rows = new CandidateBatch(m, genomeLength);
        _sorted = new CandidateBatch(m, genomeLength);
        _ranking = new FitnessRanking(m);
        _rankedFitness = new double[m];
        _probability = new double[m];
        _marked = new int[m];
        _values = new double[m];
        _random = new RandomStream(key.Then("initial"));
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

    /// <summary>The number of breeding networks l (the offspring count is 2l).</summary>
    public int BreederCount => _breeders;

    /// <summary>Throws when the options are inconsistent.</summary>
    public static void Validate(CooperativeSynapseNeuroevolutionOptions options)
    {
        if (options.Population < 2)
        {
            throw new ArgumentException("population must be at least 2.");
        }

        if (!(options.EliteFraction > 0) || Breeders(options) < 1 || 3 * Breeders(options) > options.Population)
        {
            throw new ArgumentException($"eliteFraction must select l ≥ 1 breeders with 3l ≤ population (the l breeders and their 2l offspring must not overlap); {options.EliteFraction} of {options.Population} gives l = {Breeders(options)}.");
        }

        if (options.MutationRate is < 0 or > 1)
        {
            throw new ArgumentException("mutationRate must lie in [0, 1].");
        }

        if (options.MutationScale < 0 || options.InitRange < 0 || !double.IsFinite(options.MutationScale) || !double.IsFinite(options.InitRange))
        {
            throw new ArgumentException("mutationScale and initRange must be finite and not negative.");
        }
    }

    /// <inheritdoc/>
    public CandidateBatch Ask() => _rows;

    /// <inheritdoc/>
    public void Tell(ReadOnlySpan<double> fitness)
    {
        int m = _options.Population;
        if (fitness.Length != m)
        {
            throw new ArgumentException($"Expected {m} fitness values, got {fitness.Length}.", nameof(fitness));
        }

        // Sort the rows (whole networks) fittest first.
        ReadOnlySpan<int> order = _ranking.Rank(fitness);
        ReadOnlySpan<double> keys = _ranking.Keys;
        for (int r = 0; r < m; r++)
        {
            _rows[order[r]].CopyTo(_sorted[r]);
            _rankedFitness[r] = keys[order[r]];
        }

        (_rows, _sorted) = (_sorted, _rows);
        _random.Reset(_key.Then(_generation));

        // Recombination: the l breeders produce 2l offspring, which replace the 2l worst rows.
        for (int i = 0; i < _breeders; i++)
        {
            int mate = OnePointCrossover.Mate(i, _breeders, _random);
            Span<double> first = _rows[m - 1 - (2 * i)];
            Span<double> second = _rows[m - 2 - (2 * i)];
            OnePointCrossover.Cross(_rows[i], _rows[mate], first, second, _random);
            Mutate(first);
            Mutate(second);
        }

        // Permutation among the surviving evaluated rows [0, m − 2l); f_min and f_max are the
        // worst and best (finite) fitness of all m networks evaluated this generation; the
        // first-ranked row never moves.
        int evaluated = m - (2 * _breeders);
        double best = _rankedFitness[0];
        double worst = best;
        for (int r = 0; r < m; r++)
        {
            if (double.IsFinite(_rankedFitness[r]))
            {
                worst = Math.Min(worst, _rankedFitness[r]);
            }
        }

        for (int r = 0; r < evaluated; r++)
        {
            _probability[r] = r == 0 ? 0.0 : SynapsePermutation.Probability(_rankedFitness[r], worst, best, GenomeLength);
        }

        for (int column = 0; column < GenomeLength; column++)
        {
            SynapsePermutation.MarkAndPermute(_rows, evaluated, column, _probability, _marked, _values, _random);
        }

        _generation++;
    }

    private static int Breeders(CooperativeSynapseNeuroevolutionOptions options) =>
        double.IsFinite(options.EliteFraction) ? (int)Math.Floor(options.Population * options.EliteFraction) : 0;

    private void Mutate(Span<double> genome)
    {
        for (int i = 0; i < genome.Length; i++)
        {
            if (_random.NextDouble() < _options.MutationRate)
            {
                double noise = _options.Distribution == MutationDistribution.Cauchy ? _random.NextCauchy() : _random.NextGaussian();
                genome[i] += _options.MutationScale * noise;
            }
        }
    }
}
