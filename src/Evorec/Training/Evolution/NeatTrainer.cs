using Evorec.Genomes;
using Evorec.Networks;
using Evorec.Numerics;
using Evorec.Tasks;

namespace Evorec.Training.Evolution;

/// <summary>
/// NeuroEvolution of Augmenting Topologies (Stanley &amp; Miikkulainen, "Evolving neural networks
/// through augmenting topologies", Evolutionary Computation 10(2), 2002) as a trainer: it evolves
/// <see cref="NeatGenome"/>s (<see cref="NeatPopulation"/>) and evaluates their
/// <c>neat-graph</c> networks (<see cref="NeatGraphSpec"/>) on the task. NEAT is not a
/// fixed-length optimizer, so it is its own <see cref="ITrainer"/>, but it counts cost as
/// <see cref="EvolutionTrainer"/> does: one evaluation per genome per generation, network steps
/// as the task reports them, and solution tests not counted. Evaluation i of generation g is keyed
/// by (run key, "evaluation", g, i) and its result stored at index i, and reproduction draws from a
/// stream keyed by the generation, so runs do not depend on the number of threads.
/// Solved and best follow <see cref="EvolutionTrainer"/> exactly: without solution tests, the
/// first evaluation marked solved solves the task; with them, the generation's champion is verified
/// when its evaluation is marked solved, and a verified candidate becomes <see cref="Best"/>. With
/// <see cref="NeatOptions.ChampionTest"/> <c>improved-species</c>, the genome verified is instead the one
/// NEAT 1.2.1's <c>pole2_epoch</c> tests (<see cref="NeatChampionChoice"/>), under the same rule. With the
/// <c>neat-graph</c> option <c>activationScheme: neat121</c> the tested genome's network first replays its
/// evaluation (NEAT tests the evaluated network after a flush, which keeps its active flags) and is
/// tested whether or not its evaluation was marked solved, as <c>pole2_epoch</c> does.
/// The best genome is stored in <see cref="BestCandidate.Parameters"/> in
/// <see cref="NeatGraphEncoding"/>, which the <c>neat-graph</c> spec loads directly.
/// </summary>
public sealed class NeatTrainer : ITrainer, ITrainerMetrics
{
    private readonly NeatGraphSpec _spec;
    private readonly ITask _task;
    private readonly IParallelExecutor _executor;
    private readonly StreamKey _evaluationKey;
    private readonly NeatPopulation _population;
    private readonly NeatChampionTest _championTest;
    private readonly Workspace?[] _workspaces;
    private readonly Action<int, int> _evaluateOne;
    private Evaluation[] _evaluations = [];
    private double[] _fitness = [];
    private IReadOnlyList<NeatGenome> _genomes = [];
    private NeatGenome? _bestGenome;
    private StreamKey _generationKey;
    private int _generation;
    private long _evaluationCount;
    private long _networkSteps;

    /// <summary>Creates the trainer; throws <see cref="ArgumentException"/> when the network is not <c>neat-graph</c> or the options are invalid.</summary>
    public NeatTrainer(NeatOptions options, NetworkSpec network, ITask task, IParallelExecutor executor, StreamKey key)
    {
        _spec = network as NeatGraphSpec
            ?? throw new ArgumentException($"the neat trainer evolves its own topology and needs network type 'neat-graph', not '{network.Kind}'");
        _task = task;
        _executor = executor;
        _evaluationKey = key.Then("evaluation");
        _population = new NeatPopulation(options, _spec.InputCount, _spec.HasBias, _spec.OutputCount, key.Then("population"));
        _championTest = options.ChampionTest;
        _workspaces = new Workspace?[executor.WorkerCount];
        _evaluateOne = EvaluateOne;
    }

    /// <inheritdoc/>
    public BestCandidate? Best { get; private set; }

    /// <inheritdoc/>
    public SolveRecord? Solved { get; private set; }

    /// <summary>The population (its current, not yet evaluated, generation after a step).</summary>
    public NeatPopulation Population => _population;

    /// <summary>The best genome so far (the solution once solved), or null before the first step.</summary>
    public NeatGenome? BestGenome => _bestGenome;

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, double> RunMetrics => _bestGenome is null
        ? new Dictionary<string, double>()
        : new Dictionary<string, double>
        {
            ["best_hidden_nodes"] = _bestGenome.HiddenCount,
            ["best_connections"] = _bestGenome.EnabledConnectionCount,
            ["best_connection_genes"] = _bestGenome.Connections.Count,
            ["species"] = _population.Species.Count,
            ["compatibility_threshold"] = _population.CompatibilityThreshold,
        };

    /// <inheritdoc/>
    public GenerationRecord Step()
    {
        _genomes = _population.Genomes;
        int count = _genomes.Count;
        if (_evaluations.Length < count)
        {
            _evaluations = new Evaluation[count];
            _fitness = new double[count];
        }

        _generationKey = _evaluationKey.Then(_generation);
        _executor.For(count, _evaluateOne);

        GenerationScore score = GenerationScore.Of(_evaluations.AsSpan(0, count), _fitness.AsSpan(0, count));
        int champion = score.Champion;
        _networkSteps += score.NetworkSteps;
        double hiddenSum = 0;
        double connectionSum = 0;
        for (int i = 0; i < count; i++)
        {
            hiddenSum += _genomes[i].HiddenCount;
            connectionSum += _genomes[i].EnabledConnectionCount;
        }

        long evaluationsBefore = _evaluationCount;
        _evaluationCount += count;
        Evaluation best = _evaluations[champion];
        if (Best is null || _fitness[champion] > Best.Fitness)
        {
            SetBest(champion);
        }

        if (Solved is null)
        {
            CheckSolved(champion, evaluationsBefore);
        }

        var extra = new Dictionary<string, double>
        {
            ["species"] = _population.Species.Count,
            ["compatibility_threshold"] = _population.CompatibilityThreshold,
            ["champion_hidden_nodes"] = _genomes[champion].HiddenCount,
            ["champion_connections"] = _genomes[champion].EnabledConnectionCount,
            ["mean_hidden_nodes"] = hiddenSum / count,
            ["mean_connections"] = connectionSum / count,
        };
        var record = new GenerationRecord(
            _generation,
            _evaluationCount,
            _networkSteps,
            0.0,
            _fitness[champion],
            score.MeanFitness,
            best.Error,
            Best!.Error,
            Extra: extra);
        _population.Advance(_fitness.AsSpan(0, count), _generation);
        _generation++;
        return record;
    }

    /// <inheritdoc/>
    public IRecurrentNetwork CreateBestNetwork()
    {
        if (Best is null)
        {
            throw new InvalidOperationException("No generation has run yet.");
        }

        IRecurrentNetwork network = _spec.Create();
        _spec.Load(Best.Parameters, network);
        return network;
    }

    private void SetBest(int index)
    {
        _bestGenome = _genomes[index];
        Best = new BestCandidate(_fitness[index], _evaluations[index].Error, NeatGenomeEncoding.Encode(_bestGenome), _generation, _generationKey.Then(index));
    }

    private void CheckSolved(int champion, long evaluationsBefore)
    {
        Workspace workspace = WorkspaceFor(0);
        int tested = workspace.Evaluator.HasVerification && _championTest == NeatChampionTest.ImprovedSpecies
            ? NeatChampionChoice.ImprovedSpecies(_population.Species, _fitness.AsSpan(0, _genomes.Count))
            : champion;
        // Under NEAT 1.2.1's activation, NEAT tests the network it has just evaluated, after a flush that
        // keeps its active flags (pole2_epoch), so its first test step need not repeat its evaluation's:
        // the loaded network replays that evaluation first, and is tested whether or not it was solved.
        bool neat121 = _spec.Scheme == NeatGraphScheme.Neat121;
        IRecurrentNetwork Tested()
        {
            IRecurrentNetwork network = workspace.Load(_genomes[tested]);
            if (neat121)
            {
                workspace.Evaluator.Evaluate(network, _generationKey.Then(tested));
            }

            return network;
        }

        if (GenerationScore.FindSolution(_evaluations.AsSpan(0, _genomes.Count), tested, workspace.Evaluator, Tested, requireSolved: !neat121) is not var (index, metrics))
        {
            return;
        }

        Solved = new SolveRecord(_generation, _evaluationCount, evaluationsBefore + index + 1, metrics);
        if (GenerationScore.SolutionBecomesBest(Best!, index, champion, _fitness[index], _generation, workspace.Evaluator.HasVerification))
        {
            SetBest(index);
        }
    }

    private void EvaluateOne(int index, int worker)
    {
        Workspace workspace = WorkspaceFor(worker);
        IRecurrentNetwork network = workspace.Load(_genomes[index]);
        _evaluations[index] = workspace.Evaluator.Evaluate(network, _generationKey.Then(index));
    }

    private Workspace WorkspaceFor(int worker) =>
        _workspaces[worker] ??= new Workspace(_spec, _task.CreateEvaluator());

    /// <summary>One worker's network, decoder and task evaluator.</summary>
    private sealed class Workspace(NeatGraphSpec spec, ITaskEvaluator evaluator)
    {
        private readonly NeatGraphNetwork _network = (NeatGraphNetwork)spec.Create();
        private readonly NeatGenomeDecoder _decoder = new();

        public ITaskEvaluator Evaluator { get; } = evaluator;

        public IRecurrentNetwork Load(NeatGenome genome)
        {
            _decoder.Decode(genome, _network);
            return _network;
        }
    }
}
