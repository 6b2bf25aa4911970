using Evorec.Genomes;
using Evorec.Numerics;

namespace Evorec.Training.Evolution;

/// <summary>
/// A NEAT population and its generational step (Stanley &amp; Miikkulainen 2002, §3.2–3.4 and §4.1;
/// NEAT 1.2.1 <c>Population::epoch</c> and <c>Species::reproduce</c>). <see cref="Advance"/> turns
/// the evaluated generation into the next one:
/// <list type="number">
/// <item>each species is sorted by fitness; its champion becomes its representative, and its
/// record is updated; the members of a species whose best fitness has not risen for
/// <see cref="NeatOptions.StagnationGenerations"/> generations count with 1/100 of their fitness
/// (paper §4.1: such species "were not allowed to reproduce"; the factor 0.01 is how NEAT 1.2.1's
/// <c>Species::adjust_fitness</c> does it, which keeps a population alive whose species all stagnate);</item>
/// <item>when the population's best fitness has not risen for
/// <see cref="NeatOptions.PopulationStagnationGenerations"/> generations, only the two species with
/// the best champions reproduce, half the population each, all offspring being copies of the
/// champion — one unchanged, the others with their weights mutated (80%) or a connection added
/// (NEAT 1.2.1's delta coding in <c>Population::epoch</c> and its "super champion" offspring in
/// <c>Species::reproduce</c>; the paper does not describe it);</item>
/// <item>otherwise offspring are shared out by <see cref="NeatFitnessSharing"/>;</item>
/// <item>each species breeds from its fittest <see cref="NeatOptions.SurvivalThreshold"/> (at least
/// one): the champion of a species with more than <see cref="NeatOptions.ChampionSpeciesSize"/>
/// members is copied unchanged (paper §4.1; NEAT 1.2.1 tests the species' offspring count instead);
/// of the rest, a fraction <see cref="NeatOptions.MutationOnlyProbability"/> are mutated copies of
/// a random parent, the others crossovers of two random parents (or, with the interspecies mating
/// rate, of a parent and the champion of another species chosen uniformly — NEAT 1.2.1 favours
/// better species there, a detail the paper does not give), mutated unless
/// <see cref="NeatOptions.MateOnlyProbability"/> says not to and the parents differ;</item>
/// <item>a mutation is an add-node with its probability, else an add-connection with its
/// probability, else the non-structural ones, each with its probability: weights, then the toggle of
/// an enable bit, then the re-enabling of the first disabled gene (NEAT 1.2.1's order in
/// <c>Species::reproduce</c>; the two enable mutations, see <see cref="NeatEnableMutation"/>, draw
/// nothing when their probability is 0, so runs without them are unchanged);</item>
/// <item>each offspring joins the first species whose representative is within δt of it, or
/// founds a new one (§3.3); species left empty die; with a target species count, δt moves by
/// the step toward it after each speciation (NEAT 1.2.1 keeps this as commented-out code in
/// <c>Population::epoch</c>; the paper uses a fixed δt).</item>
/// </list>
/// All draws come from one stream keyed by the generation, in a fixed order, so the population
/// does not depend on threads.
/// </summary>
public sealed class NeatPopulation
{
    /// <summary>The factor on the fitness of a stagnant species (NEAT 1.2.1 <c>Species::adjust_fitness</c>).</summary>
    public const double StagnationFactor = 0.01;

    private readonly NeatOptions _options;
    private readonly StreamKey _key;
    private readonly NeatMutation _mutation;
    private readonly NeatCrossover _crossover;
    private readonly NeatInnovationTracker _tracker;
    private readonly List<NeatSpecies> _species = [];
    private NeatGenome[] _genomes;
    private int[] _speciesIndex;
    private int _nextSpeciesId;
    private double _highestFitness = double.NegativeInfinity;
    private bool _deltaCoding;
    private int _highestLastChanged;

    /// <summary>Creates generation 0: minimal genomes with random weights, speciated.</summary>
    public NeatPopulation(NeatOptions options, int inputCount, bool bias, int outputCount, StreamKey key)
    {
        Validate(options);
        _options = options;
        _key = key;
        Compatibility = new NeatCompatibility(options.ExcessCoefficient, options.DisjointCoefficient, options.WeightCoefficient, options.SmallGenomeSize);
        _mutation = new NeatMutation(options.WeightPower, options.WeightReplaceProbability, options.NewConnectionWeightRange, options.RecurrentConnectionProbability, options.ConnectionTries, options.WeightCap, options.WeightMutation);
        _crossover = new NeatCrossover(options.DisabledGeneProbability, options.AverageCrossoverProbability);
        _tracker = new NeatInnovationTracker(
            NeatGenome.FirstHiddenId(inputCount, bias, outputCount),
            NeatGenome.FirstFreeInnovation(inputCount, bias, outputCount));
        CompatibilityThreshold = options.CompatibilityThreshold;
        var random = new RandomStream(key.Then("initial"));
        _genomes = new NeatGenome[options.Population];
        for (int i = 0; i < _genomes.Length; i++)
        {
            _genomes[i] = NeatGenome.CreateMinimal(inputCount, bias, outputCount, random, options.InitialWeightRange);
        }

        _speciesIndex = new int[_genomes.Length];
        Speciate(0);
    }

    /// <summary>The current generation's genomes.</summary>
    public IReadOnlyList<NeatGenome> Genomes => _genomes;

    /// <summary>The current species.</summary>
    public IReadOnlyList<NeatSpecies> Species => _species;

    /// <summary>The current compatibility threshold δt.</summary>
    public double CompatibilityThreshold { get; private set; }

    /// <summary>The compatibility distance in use.</summary>
    public NeatCompatibility Compatibility { get; }

    /// <summary>The species (an index into <see cref="Species"/>) of genome <paramref name="index"/>.</summary>
    public int SpeciesOf(int index) => _speciesIndex[index];

    /// <summary>Replaces the population by the offspring of the generation whose fitnesses are <paramref name="fitness"/>.</summary>
    /// <param name="fitness">One fitness per genome, in order (higher is better).</param>
    /// <param name="generation">The number of the generation that was evaluated.</param>
    public void Advance(ReadOnlySpan<double> fitness, int generation)
    {
        if (fitness.Length != _genomes.Length)
        {
            throw new ArgumentException($"Expected {_genomes.Length} fitnesses, got {fitness.Length}.", nameof(fitness));
        }

        double[] scores = fitness.ToArray();
        for (int i = 0; i < scores.Length; i++)
        {
            if (double.IsNaN(scores[i]))
            {
                scores[i] = double.NegativeInfinity;
            }
        }

        _deltaCoding = false;
        int[] offspring = PlanOffspring(scores, generation);
        var random = new RandomStream(_key.Then("reproduction").Then(generation));
        _tracker.BeginGeneration();
        var children = new List<NeatGenome>(_genomes.Length);
        for (int s = 0; s < _species.Count; s++)
        {
            Breed(_species[s], offspring[s], scores, random, children);
        }

        _genomes = [.. children];
        Speciate(generation + 1);
    }

    private int[] PlanOffspring(double[] scores, int generation)
    {
        double populationBest = double.NegativeInfinity;
        foreach (NeatSpecies species in _species)
        {
            species.Members.Sort((a, b) => scores[b] != scores[a] ? scores[b].CompareTo(scores[a]) : a.CompareTo(b));
            NeatGenome champion = _genomes[species.Members[0]];
            double best = scores[species.Members[0]];
            species.Representative = champion;
            if (best > species.BestFitness)
            {
                species.BestFitness = best;
                species.LastImprovementGeneration = generation;
            }

            populationBest = Math.Max(populationBest, best);
        }

        if (populationBest > _highestFitness)
        {
            _highestFitness = populationBest;
            _highestLastChanged = 0;
        }
        else
        {
            _highestLastChanged++;
        }

        int population = _options.Population;
        if (_options.PopulationStagnationGenerations > 0 && _highestLastChanged >= _options.PopulationStagnationGenerations)
        {
            _highestLastChanged = 0;
            _deltaCoding = true;
            int[] order = Enumerable.Range(0, _species.Count)
                .OrderByDescending(s => scores[_species[s].Members[0]])
                .ThenBy(s => s)
                .ToArray();
            var planned = new int[_species.Count];
            planned[order[0]] = order.Length > 1 ? population / 2 : population;
            _species[order[0]].LastImprovementGeneration = generation;
            if (order.Length > 1)
            {
                planned[order[1]] = population - (population / 2);
                _species[order[1]].LastImprovementGeneration = generation;
            }

            return planned;
        }

        var fitness = new List<IReadOnlyList<double>>(_species.Count);
        for (int s = 0; s < _species.Count; s++)
        {
            bool stagnant = generation - _species[s].LastImprovementGeneration >= _options.StagnationGenerations;
            double factor = stagnant ? StagnationFactor : 1.0;
            fitness.Add(_species[s].Members.Select(m => scores[m] * factor).ToArray());
        }

        return NeatFitnessSharing.Allocate(fitness, population);
    }

    private void Breed(NeatSpecies species, int count, double[] scores, RandomStream random, List<NeatGenome> children)
    {
        if (count == 0)
        {
            return;
        }

        List<int> members = species.Members;
        if (_deltaCoding)
        {
            NeatGenome champion = _genomes[members[0]];
            children.Add(champion);
            for (int k = 1; k < count; k++)
            {
                NeatGenome clone = champion.Clone();
                if (random.NextDouble() < 0.8 || _options.AddConnectionProbability == 0)
                {
                    _mutation.MutateWeights(clone, random);
                }
                else
                {
                    _mutation.AddConnection(clone, _tracker, random);
                }

                children.Add(clone);
            }

            return;
        }

        int parents = Math.Min(members.Count, (int)Math.Floor((_options.SurvivalThreshold * members.Count) + 1.0));
        int made = 0;
        if (members.Count > _options.ChampionSpeciesSize)
        {
            children.Add(_genomes[members[0]]);
            made++;
        }

        for (; made < count; made++)
        {
            NeatGenome child;
            if (parents == 1 || random.NextDouble() < _options.MutationOnlyProbability)
            {
                child = _genomes[members[random.NextInt(parents)]].Clone();
                Mutate(child, random);
            }
            else
            {
                int mother = members[random.NextInt(parents)];
                int father;
                if (_species.Count > 1 && random.NextDouble() < _options.InterspeciesMatingProbability)
                {
                    int other = random.NextInt(_species.Count - 1);
                    NeatSpecies partner = _species[other >= _species.IndexOf(species) ? other + 1 : other];
                    father = partner.Members[0];
                }
                else
                {
                    father = members[random.NextInt(parents)];
                }

                child = _crossover.Cross(_genomes[mother], scores[mother], _genomes[father], scores[father], random);
                bool mateOnly = random.NextDouble() < _options.MateOnlyProbability;
                if (!mateOnly || mother == father || Compatibility.Distance(_genomes[mother], _genomes[father]) == 0.0)
                {
                    Mutate(child, random);
                }
            }

            children.Add(child);
        }
    }

    private void Mutate(NeatGenome genome, RandomStream random)
    {
        if (random.NextDouble() < _options.AddNodeProbability)
        {
            _mutation.AddNode(genome, _tracker, random);
        }
        else if (random.NextDouble() < _options.AddConnectionProbability)
        {
            _mutation.AddConnection(genome, _tracker, random);
        }
        else
        {
            if (random.NextDouble() < _options.WeightMutationProbability)
            {
                _mutation.MutateWeights(genome, random);
            }

            if (_options.ToggleEnableProbability > 0 && random.NextDouble() < _options.ToggleEnableProbability)
            {
                NeatEnableMutation.Toggle(genome, random);
            }

            if (_options.ReenableProbability > 0 && random.NextDouble() < _options.ReenableProbability)
            {
                NeatEnableMutation.Reenable(genome);
            }
        }
    }

    private void Speciate(int generation)
    {
        foreach (NeatSpecies species in _species)
        {
            species.Members.Clear();
        }

        _speciesIndex = new int[_genomes.Length];
        for (int i = 0; i < _genomes.Length; i++)
        {
            int found = -1;
            for (int s = 0; s < _species.Count; s++)
            {
                if (Compatibility.Distance(_genomes[i], _species[s].Representative) < CompatibilityThreshold)
                {
                    found = s;
                    break;
                }
            }

            if (found < 0)
            {
                _species.Add(new NeatSpecies(_nextSpeciesId++, _genomes[i], generation));
                found = _species.Count - 1;
            }

            _species[found].Members.Add(i);
        }

        int kept = 0;
        for (int s = 0; s < _species.Count; s++)
        {
            if (_species[s].Members.Count > 0)
            {
                _species[kept++] = _species[s];
            }
        }

        _species.RemoveRange(kept, _species.Count - kept);
        for (int s = 0; s < _species.Count; s++)
        {
            foreach (int member in _species[s].Members)
            {
                _speciesIndex[member] = s;
            }
        }

        if (_options.TargetSpecies > 0 && generation > 0)
        {
            if (_species.Count < _options.TargetSpecies)
            {
                CompatibilityThreshold = Math.Max(_options.MinimumThreshold, CompatibilityThreshold - _options.ThresholdStep);
            }
            else if (_species.Count > _options.TargetSpecies)
            {
                CompatibilityThreshold += _options.ThresholdStep;
            }
        }
    }

    private static void Validate(NeatOptions options)
    {
        if (options.Population < 2)
        {
            throw new ArgumentException("population must be at least 2.");
        }

        if (!Enum.IsDefined(options.ChampionTest))
        {
            throw new ArgumentException($"championTest must be population or improved-species, got {(int)options.ChampionTest}.");
        }

        if (!Enum.IsDefined(options.WeightMutation))
        {
            throw new ArgumentException($"weightMutation must be paper or neat121, got {(int)options.WeightMutation}.");
        }

        if (!(options.CompatibilityThreshold > 0) || options.SmallGenomeSize < 0 || options.TargetSpecies < 0
            || !(options.ThresholdStep >= 0) || !(options.MinimumThreshold > 0))
        {
            throw new ArgumentException("compatibilityThreshold and minimumThreshold must be positive; smallGenomeSize, targetSpecies and thresholdStep not negative.");
        }

        (string Name, double Value)[] probabilities =
        [
            ("weightMutationProbability", options.WeightMutationProbability), ("weightReplaceProbability", options.WeightReplaceProbability),
            ("disabledGeneProbability", options.DisabledGeneProbability), ("mutationOnlyProbability", options.MutationOnlyProbability),
            ("mateOnlyProbability", options.MateOnlyProbability), ("averageCrossoverProbability", options.AverageCrossoverProbability),
            ("interspeciesMatingProbability", options.InterspeciesMatingProbability), ("addNodeProbability", options.AddNodeProbability),
            ("addConnectionProbability", options.AddConnectionProbability), ("recurrentConnectionProbability", options.RecurrentConnectionProbability),
            ("toggleEnableProbability", options.ToggleEnableProbability), ("reenableProbability", options.ReenableProbability),
            ("survivalThreshold", options.SurvivalThreshold),
        ];
        foreach ((string name, double value) in probabilities)
        {
            if (!(value >= 0 && value <= 1))
            {
                throw new ArgumentException($"{name} must lie in [0, 1], got {value}.");
            }
        }

        if (!(options.WeightCap > 0) || !(options.WeightPower >= 0) || !(options.InitialWeightRange >= 0) || !(options.NewConnectionWeightRange >= 0)
            || options.ConnectionTries < 1 || options.ChampionSpeciesSize < 0 || options.StagnationGenerations < 1
            || options.PopulationStagnationGenerations < 0)
        {
            throw new ArgumentException("weightCap must be positive, weight ranges not negative, connectionTries and stagnationGenerations at least 1, championSpeciesSize and populationStagnationGenerations not negative.");
        }
    }
}
