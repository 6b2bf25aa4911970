using Evorec.Numerics;

namespace Evorec.Training.Evolution;

/// <summary>
/// Cooperative Synapse Neuroevolution, CoSyNE (Gomez, Schmidhuber &amp; Miikkulainen,
/// "Accelerated neural evolution through cooperatively coevolved synapses", JMLR 9, 2008, §3,
/// Algorithm 1): one subpopulation of m entries per weight; network j is built from entry j of
/// every subpopulation (row j of the population matrix), and all m networks are evaluated each
/// generation. Then the rows are sorted by fitness; the top l = ⌊m · eliteFraction⌋ (the top
/// quarter) breed: each is mated with a random higher-ranked row (the fittest with a random
/// breeder), one-point crossover (or, with <c>crossover: none</c>, copying) gives two children, each child weight is mutated with
/// probability <c>mutationRate</c> by Cauchy or Gaussian noise, and the 2l offspring replace the
/// 2l worst rows. Finally every weight subpopulation permutes the entries marked by the
/// fitness-dependent rule of <see cref="SynapsePermutation"/> among the evaluated (non-offspring)
/// rows, so the best network's weights stay together in row 0.
/// With <c>stagnation</c> S &gt; 0, the burst mutation of Gomez's CoSyNE 1.1 code (2007,
/// <c>CoSyNE::handleStagnation</c>, as in ESP): when the best fitness of the current phase is no
/// better than it was S − 1 generations before (and the phase has lasted S generations), every
/// entry of every subpopulation is replaced by the best network's weight plus Cauchy noise of scale
/// <c>burstScale</c>, recombination is skipped that generation, and a new phase begins.
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
    private readonly double[] _bestGenome;
    private readonly StagnationPhase _phase;
    private double _bestFitness = double.NegativeInfinity;
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
        _bestGenome = new double[genomeLength];
        _phase = new StagnationPhase(options.Stagnation);
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

        if (options.Stagnation < 0)
        {
            throw new ArgumentException("stagnation must be 0 (never burst) or a number of generations.");
        }

        if (!(options.BurstScale >= 0) || !double.IsFinite(options.BurstScale))
        {
            throw new ArgumentException("burstScale must be finite and not negative.");
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
        _generation++;
        if (double.IsFinite(_rankedFitness[0]) && _rankedFitness[0] > _bestFitness)
        {
            _bestFitness = _rankedFitness[0];
            _rows[0].CopyTo(_bestGenome);
        }

        if (_phase.Record(_rankedFitness[0]))
        {
            BurstMutate();
            return;
        }

        // Recombination: the l breeders produce 2l offspring, which replace the 2l worst rows.
        for (int i = 0; i < _breeders; i++)
        {
            int mate = OnePointCrossover.Mate(i, _breeders, _random);
            Span<double> first = _rows[m - 1 - (2 * i)];
            Span<double> second = _rows[m - 2 - (2 * i)];
            CosyneVariation.Breed(_rows[i], _rows[mate], first, second, _options.Crossover, _random);
            CosyneVariation.Mutate(first, _options, _random);
            CosyneVariation.Mutate(second, _options, _random);
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
    }

    /// <summary>The number of burst mutations so far.</summary>
    public int Bursts { get; private set; }

    /// <summary>Every entry becomes the best network's weight plus Cauchy noise of scale burstScale; a new phase begins.</summary>
    private void BurstMutate()
    {
        CosyneVariation.Burst(_rows, _options.Population, _bestGenome, _options.BurstScale, _random);
        _phase.Restart();
        Bursts++;
    }

    /// <summary>The number of breeders l = ⌊m · eliteFraction⌋.</summary>
    internal static int Breeders(CooperativeSynapseNeuroevolutionOptions options) =>
        double.IsFinite(options.EliteFraction) ? (int)Math.Floor(options.Population * options.EliteFraction) : 0;
}
