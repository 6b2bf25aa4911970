using Evorec.Networks;
using Evorec.Numerics;

namespace Evorec.Training.Evolution;

/// <summary>
/// Enforced SubPopulations, ESP (Gomez &amp; Miikkulainen, "Solving non-Markovian control tasks
/// with neuroevolution", IJCAI 1999, §3; Gomez, "Robust non-linear control through neuroevolution",
/// PhD thesis, UT Austin, 2003): one subpopulation of neurons per neuron of the network — the layout's
/// <see cref="ParameterLayout.NeuronGroups"/>, each neuron's incoming, recurrent and outgoing
/// weights and bias as one chromosome. A network is formed by drawing one neuron from each
/// subpopulation; each neuron takes part in <c>trials</c> networks per generation (10 in the
/// paper), and its fitness is the average fitness of the networks it took part in (§3: cumulative
/// fitness divided by the number of trials).
/// Within each subpopulation the neurons are ranked by that average; each neuron of the top
/// quarter is mated with a random higher-ranked one (the best with a random top-quarter neuron)
/// by one-point crossover, the children replace the bottom half, and each child is mutated with
/// probability <c>mutationRate</c> by Cauchy noise on one random weight. When the best network
/// has not improved for <c>stagnation</c> generations, burst mutation (Gomez 2003; like the delta
/// coding of the 1999 paper's incremental evolution) rebuilds every subpopulation around the best
/// network's neurons with Cauchy noise of scale <c>burstScale</c>. With <c>scheme: code</c> the
/// generation is ESP 3.0's (<see cref="EspScheme.Code"/>): the offspring are added to the
/// subpopulation instead of replacing its bottom half, every generation after the first evaluates
/// n + n/2 neurons per subpopulation, and the next recombination keeps the best n before breeding
/// (the offspring are mutated as in ESP 2.x's <c>SubPop::mutate</c>; 3.0's was not available). With <c>adaptSize</c> the network's
/// size changes when two bursts in a row bring no improvement (<see cref="EspSizeAdaptation"/>): that
/// stagnation's next generation is the lesion test (the best network whole and with each neuron
/// zeroed, counted as evaluations like any other), then a neuron is removed or added and the burst follows.
/// Generation g draws from stream (key, g).
/// </summary>
/// <remarks>
/// The paper draws the neurons uniformly at random, so each takes part in 10 trials on average;
/// here every round of n networks uses a fresh random permutation of each subpopulation, so each
/// neuron takes part in exactly <c>trials</c> networks (the same expected count, and no neuron is
/// left untried). The mating, crossover and mutation details follow ESP's reference code (mutation
/// noise and burst noise are Cauchy with scale 0.3 there). Size adaptation keeps the spec's shape and
/// silences unused neurons (see <see cref="EspSizeAdaptation"/>). The stagnation threshold's default (20) is ours.
/// </remarks>
public sealed class EnforcedSubpopulations : IOptimizer
{
    private readonly EnforcedSubpopulationsOptions _options;
    private readonly StreamKey _key;
    private readonly RandomStream _random;
    private readonly int[][] _groups;
    private readonly double[][] _neurons;
    private readonly double[][] _sortedNeurons;
    private readonly double[][] _fitnessSums;
    private readonly double[][] _averages;
    private readonly int[][] _trialCounts;
    private readonly int[] _selection;
    private readonly int[] _permutation;
    private readonly double[] _bestGenome;
    private readonly FitnessRanking _ranking;
    private readonly CandidateBatch _batch;
    private readonly int _size;
    private readonly int _capacity;
    private int _count;
    private readonly int _breeders;
    private readonly EspSizeAdaptation? _adaptation;
    private bool _lesionPending;
    private CandidateBatch _current;
    private double _bestFitness = double.NegativeInfinity;
    private int _sinceImprovement;
    private int _generation;
    private bool _asked;

    /// <summary>Creates the optimizer for networks of <paramref name="layout"/>, with random initial subpopulations.</summary>
    public EnforcedSubpopulations(ParameterLayout layout, EnforcedSubpopulationsOptions options, StreamKey key)
    {
        Validate(options);
        if (layout.NeuronGroups.Count == 0)
        {
            throw new ArgumentException("esp needs a network whose parameter layout declares neuron groups (one subpopulation per neuron).");
        }

        _options = options;
        _key = key;
        GenomeLength = layout.Count;
        _size = options.SubpopulationSize;
        _breeders = _size / 4;
        _capacity = options.Scheme == EspScheme.Code ? _size + (2 * _breeders) : _size;
        _count = _size;
        int groupCount = layout.NeuronGroups.Count;
        _groups = new int[groupCount][];
        _neurons = new double[groupCount][];
        _sortedNeurons = new double[groupCount][];
        _fitnessSums = new double[groupCount][];
        _averages = new double[groupCount][];
        _trialCounts = new int[groupCount][];
        _random = new RandomStream(key.Then("initial"));
        for (int g = 0; g < groupCount; g++)
        {
            _groups[g] = layout.NeuronGroups[g].Indices.ToArray();
            int length = _groups[g].Length;
            _neurons[g] = new double[_capacity * length];
            _sortedNeurons[g] = new double[_capacity * length];
            _fitnessSums[g] = new double[_capacity];
            _averages[g] = new double[_capacity];
            _trialCounts[g] = new int[_capacity];
            for (int i = 0; i < _size * length; i++)
            {
                _neurons[g][i] = _random.NextDouble(-options.InitRange, options.InitRange);
            }
        }

        int networks = options.Trials * _capacity;
        _batch = new CandidateBatch(networks, GenomeLength);
        _batch.Resize(options.Trials * _size);
        _current = _batch;
        _selection = new int[networks * groupCount];
        _permutation = new int[_capacity];
        _bestGenome = new double[GenomeLength];
        _ranking = new FitnessRanking(_capacity);
        if (options.AdaptSize || options.Neurons != 0)
        {
            _adaptation = new EspSizeAdaptation(layout.NeuronGroups, _groups, options.Neurons, options.LesionThreshold, GenomeLength);
        }
    }

    /// <inheritdoc/>
    public int GenomeLength { get; }

    /// <summary>The number of subpopulations (neurons of the network).</summary>
    public int SubpopulationCount => _groups.Length;

    /// <summary>The number of subpopulations whose neurons are in the network now (all of them without size adaptation).</summary>
    public int ActiveSubpopulationCount => _adaptation?.ActiveCount ?? _groups.Length;

    /// <summary>Throws when the options are inconsistent.</summary>
    public static void Validate(EnforcedSubpopulationsOptions options)
    {
        if (options.SubpopulationSize < 4)
        {
            throw new ArgumentException("subpopulationSize must be at least 4 (its top quarter breeds).");
        }

        if (options.Trials < 1)
        {
            throw new ArgumentException("trials must be at least 1.");
        }

        if (options.Stagnation < 1)
        {
            throw new ArgumentException("stagnation must be at least 1.");
        }

        if (options.Neurons < 0)
        {
            throw new ArgumentException("neurons must not be negative (0 = all of the network's neurons).");
        }

        if (options.LesionThreshold is < 0 or > 1 || double.IsNaN(options.LesionThreshold))
        {
            throw new ArgumentException("lesionThreshold must lie in [0, 1].");
        }

        if (options.MutationRate is < 0 or > 1)
        {
            throw new ArgumentException("mutationRate must lie in [0, 1].");
        }

        if (!(options.MutationScale >= 0) || !(options.BurstScale >= 0) || !(options.InitRange >= 0)
            || !double.IsFinite(options.MutationScale) || !double.IsFinite(options.BurstScale) || !double.IsFinite(options.InitRange))
        {
            throw new ArgumentException("mutationScale, burstScale and initRange must be finite and not negative.");
        }
    }

    /// <summary>
    /// The networks of this generation: round r of <c>trials</c> takes network r·n + j from
    /// neuron π_{r,s}(j) of every subpopulation s, for fresh random permutations π.
    /// </summary>
    public CandidateBatch Ask()
    {
        if (_asked)
        {
            return _current;
        }

        if (_lesionPending)
        {
            _asked = true;
            _current = _adaptation!.LesionBatch(_bestGenome);
            return _current;
        }

        _random.Reset(_key.Then(_generation));
        _batch.Resize(_options.Trials * _count);
        int groupCount = _groups.Length;
        for (int round = 0; round < _options.Trials; round++)
        {
            for (int g = 0; g < groupCount; g++)
            {
                for (int i = 0; i < _count; i++)
                {
                    _permutation[i] = i;
                }

                _random.Shuffle(_permutation.AsSpan(0, _count));
                for (int j = 0; j < _count; j++)
                {
                    _selection[(((round * _count) + j) * groupCount) + g] = _permutation[j];
                }
            }
        }

        for (int k = 0; k < _batch.Count; k++)
        {
            Span<double> genome = _batch[k];
            for (int g = 0; g < groupCount; g++)
            {
                if (_adaptation is not null && !_adaptation.IsActive(g))
                {
                    _adaptation.Silence(genome, g);
                    continue;
                }

                int[] indices = _groups[g];
                ReadOnlySpan<double> neuron = Neuron(g, _selection[(k * groupCount) + g]);
                for (int t = 0; t < indices.Length; t++)
                {
                    genome[indices[t]] = neuron[t];
                }
            }
        }

        _current = _batch;
        _asked = true;
        return _batch;
    }

    /// <summary>Credits each network's fitness to its neurons, then recombines each subpopulation (or burst-mutates on stagnation).</summary>
    public void Tell(ReadOnlySpan<double> fitness)
    {
        if (!_asked)
        {
            throw new InvalidOperationException("Tell must follow Ask.");
        }

        if (fitness.Length != _current.Count)
        {
            throw new ArgumentException($"Expected {_current.Count} fitness values, got {fitness.Length}.", nameof(fitness));
        }

        if (_lesionPending)
        {
            _random.Reset(_key.Then(_generation));
            int removed = _adaptation!.NeuronToRemove(fitness);
            Resize(removed);
            _lesionPending = false;
            _asked = false;
            _generation++;
            return;
        }

        CreditNeurons(fitness);
        if (_sinceImprovement >= _options.Stagnation && double.IsFinite(_bestFitness))
        {
            _sinceImprovement = 0;
            if (_options.AdaptSize && _adaptation!.ShouldResize())
            {
                if (_adaptation.CanRemove)
                {
                    _lesionPending = true;
                }
                else
                {
                    Resize(-1);
                }
            }
            else
            {
                BurstMutate(-1);
            }
        }
        else
        {
            for (int g = 0; g < _groups.Length; g++)
            {
                if (_adaptation is null || _adaptation.IsActive(g))
                {
                    Recombine(g);
                }
            }

            _count = _capacity;
        }

        _asked = false;
        _generation++;
    }

    /// <summary>The neuron (pre-recombination index) of subpopulation <paramref name="group"/> that network <paramref name="network"/> of the last Ask used.</summary>
    internal int SelectedNeuron(int network, int group) => _selection[(network * _groups.Length) + group];

    /// <summary>The average fitness of each neuron of subpopulation <paramref name="group"/> over its trials in the last Tell (by pre-recombination index).</summary>
    internal ReadOnlySpan<double> NeuronFitness(int group) => _averages[group];

    /// <summary>The number of trials of each neuron of subpopulation <paramref name="group"/> in the last Tell.</summary>
    internal ReadOnlySpan<int> NeuronTrials(int group) => _trialCounts[group];

    private Span<double> Neuron(int group, int index)
    {
        int length = _groups[group].Length;
        return _neurons[group].AsSpan(index * length, length);
    }

    /// <summary>Removes neuron <paramref name="removed"/> (or adds one when −1), then bursts around the best network.</summary>
    private void Resize(int removed)
    {
        int added = -1;
        if (removed >= 0)
        {
            _adaptation!.Remove(removed);
            _adaptation.Silence(_bestGenome, removed);
        }
        else
        {
            added = _adaptation!.Add();
            if (added >= 0)
            {
                Span<double> neurons = _neurons[added];
                for (int i = 0; i < neurons.Length; i++)
                {
                    neurons[i] = _random.NextDouble(-_options.InitRange, _options.InitRange);
                }
            }
        }

        BurstMutate(added);
    }

    private void CreditNeurons(ReadOnlySpan<double> fitness)
    {
        int groupCount = _groups.Length;
        for (int g = 0; g < groupCount; g++)
        {
            Array.Clear(_fitnessSums[g]);
            Array.Clear(_trialCounts[g]);
        }

        int champion = -1;
        double championFitness = double.NegativeInfinity;
        for (int k = 0; k < _batch.Count; k++)
        {
            double f = double.IsNaN(fitness[k]) ? double.NegativeInfinity : fitness[k];
            if (champion < 0 || f > championFitness)
            {
                champion = k;
                championFitness = f;
            }

            for (int g = 0; g < groupCount; g++)
            {
                int neuron = _selection[(k * groupCount) + g];
                _fitnessSums[g][neuron] += f;
                _trialCounts[g][neuron]++;
            }
        }

        for (int g = 0; g < groupCount; g++)
        {
            for (int i = 0; i < _count; i++)
            {
                _averages[g][i] = _fitnessSums[g][i] / _trialCounts[g][i];
            }
        }

        _adaptation?.Observe(championFitness);
        if (championFitness > _bestFitness)
        {
            _bestFitness = championFitness;
            _batch[champion].CopyTo(_bestGenome);
            _sinceImprovement = 0;
        }
        else
        {
            _sinceImprovement++;
        }
    }

    private void Recombine(int group)
    {
        int length = _groups[group].Length;
        double[] neurons = _neurons[group];
        double[] sorted = _sortedNeurons[group];
        ReadOnlySpan<int> order = _ranking.Rank(_averages[group].AsSpan(0, _count));
        for (int r = 0; r < _size; r++)
        {
            neurons.AsSpan(order[r] * length, length).CopyTo(sorted.AsSpan(r * length, length));
        }

        sorted.AsSpan(0, _size * length).CopyTo(neurons);
        bool added = _options.Scheme == EspScheme.Code;
        for (int i = 0; i < _breeders; i++)
        {
            int mate = OnePointCrossover.Mate(i, _breeders, _random);
            Span<double> first = Neuron(group, added ? _size + (2 * i) : _size - 1 - (2 * i));
            Span<double> second = Neuron(group, added ? _size + (2 * i) + 1 : _size - 2 - (2 * i));
            OnePointCrossover.Cross(Neuron(group, i), Neuron(group, mate), first, second, _random);
            Mutate(first);
            Mutate(second);
        }
    }

    private void Mutate(Span<double> neuron)
    {
        if (_random.NextDouble() < _options.MutationRate)
        {
            neuron[_random.NextInt(neuron.Length)] += _options.MutationScale * _random.NextCauchy();
        }
    }

    /// <summary>Rebuilds every subpopulation in use around the best network's neurons, except <paramref name="fresh"/> (a just-added one, left random as in the code).</summary>
    private void BurstMutate(int fresh)
    {
        for (int g = 0; g < _groups.Length; g++)
        {
            if (g == fresh || (_adaptation is not null && !_adaptation.IsActive(g)))
            {
                continue;
            }

            int[] indices = _groups[g];
            for (int i = 0; i < _count; i++)
            {
                Span<double> neuron = Neuron(g, i);
                for (int t = 0; t < indices.Length; t++)
                {
                    neuron[t] = _bestGenome[indices[t]] + (_options.BurstScale * _random.NextCauchy());
                }
            }
        }
    }
}
