using Evorec.Numerics;

namespace Evorec.Training.Evolution;

/// <summary>
/// A generational genetic algorithm over real-valued genomes, as used to evolve recurrent
/// network weights in the classic literature (Whitley, "Genetic algorithms and neural networks",
/// 1995; Yao, Proc. IEEE 87, 1999, §II): elitism (the best <c>elites</c> candidates survive
/// unchanged), tournament selection (Goldberg &amp; Deb 1991; the fittest of <c>tournamentSize</c>
/// candidates drawn with replacement), uniform or arithmetic crossover with probability
/// <c>crossoverRate</c>, and Gaussian mutation of each gene with probability <c>mutationRate</c>
/// and standard deviation <c>mutationSigma</c>. Generation g draws from stream (key, g).
/// </summary>
public sealed class GeneticAlgorithm : IOptimizer
{
    private readonly GeneticAlgorithmOptions _options;
    private readonly StreamKey _key;
    private readonly RandomStream _random;
    private readonly int[] _order;
    private readonly double[] _fitness;
    private readonly Comparison<int> _fitterFirst;
    private CandidateBatch _current;
    private CandidateBatch _next;
    private int _generation;

    /// <summary>Creates the optimizer and its random initial population.</summary>
    public GeneticAlgorithm(int genomeLength, GeneticAlgorithmOptions options, StreamKey key)
    {
        Validate(options);
        _options = options;
        _key = key;
        GenomeLength = genomeLength;
        _current = new CandidateBatch(options.Population, genomeLength);
        _next = new CandidateBatch(options.Population, genomeLength);
        _order = new int[options.Population];
        _fitness = new double[options.Population];
        _fitterFirst = (a, b) => _fitness[a] != _fitness[b] ? _fitness[b].CompareTo(_fitness[a]) : a.CompareTo(b);
        _random = new RandomStream(key.Then("initial"));
        for (int i = 0; i < options.Population; i++)
        {
            Span<double> genome = _current[i];
            for (int g = 0; g < genomeLength; g++)
            {
                genome[g] = _random.NextDouble(-options.InitRange, options.InitRange);
            }
        }
    }

    /// <inheritdoc/>
    public int GenomeLength { get; }

    /// <summary>Throws when the options are inconsistent.</summary>
    public static void Validate(GeneticAlgorithmOptions options)
    {
        if (options.Population < 2)
        {
            throw new ArgumentException("population must be at least 2.");
        }

        if (options.Elites < 0 || options.Elites >= options.Population)
        {
            throw new ArgumentException("elites must be at least 0 and below the population.");
        }

        if (options.TournamentSize < 1)
        {
            throw new ArgumentException("tournamentSize must be at least 1.");
        }

        if (options.CrossoverRate is < 0 or > 1 || options.MutationRate is < 0 or > 1)
        {
            throw new ArgumentException("crossoverRate and mutationRate must lie in [0, 1].");
        }

        if (options.MutationSigma < 0 || options.InitRange < 0)
        {
            throw new ArgumentException("mutationSigma and initRange must not be negative.");
        }
    }

    /// <inheritdoc/>
    public CandidateBatch Ask() => _current;

    /// <inheritdoc/>
    public void Tell(ReadOnlySpan<double> fitness)
    {
        int population = _options.Population;
        fitness.CopyTo(_fitness);
        for (int i = 0; i < population; i++)
        {
            _order[i] = i;
        }

        // Fittest first; ties keep the lower index first, so the order is deterministic.
        Array.Sort(_order, _fitterFirst);
        _random.Reset(_key.Then(_generation));
        for (int e = 0; e < _options.Elites; e++)
        {
            _current[_order[e]].CopyTo(_next[e]);
        }

        for (int child = _options.Elites; child < population; child++)
        {
            Span<double> genome = _next[child];
            ReadOnlySpan<double> first = _current[Tournament()];
            if (_random.NextDouble() < _options.CrossoverRate)
            {
                ReadOnlySpan<double> second = _current[Tournament()];
                Recombine(first, second, genome);
            }
            else
            {
                first.CopyTo(genome);
            }

            Mutate(genome);
        }

        (_current, _next) = (_next, _current);
        _generation++;
    }

    private int Tournament()
    {
        int winner = _random.NextInt(_options.Population);
        for (int k = 1; k < _options.TournamentSize; k++)
        {
            int contestant = _random.NextInt(_options.Population);
            if (_fitness[contestant] > _fitness[winner] || (_fitness[contestant] == _fitness[winner] && contestant < winner))
            {
                winner = contestant;
            }
        }

        return winner;
    }

    private void Recombine(ReadOnlySpan<double> first, ReadOnlySpan<double> second, Span<double> child)
    {
        if (_options.Crossover == CrossoverKind.Uniform)
        {
            for (int g = 0; g < child.Length; g++)
            {
                child[g] = _random.NextDouble() < 0.5 ? first[g] : second[g];
            }
        }
        else
        {
            for (int g = 0; g < child.Length; g++)
            {
                double a = _random.NextDouble();
                child[g] = (a * first[g]) + ((1 - a) * second[g]);
            }
        }
    }

    private void Mutate(Span<double> genome)
    {
        for (int g = 0; g < genome.Length; g++)
        {
            if (_random.NextDouble() < _options.MutationRate)
            {
                genome[g] += _options.MutationSigma * _random.NextGaussian();
            }
        }
    }
}
