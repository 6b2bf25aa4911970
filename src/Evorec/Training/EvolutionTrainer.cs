using Evorec.Genomes;
using Evorec.Networks;
using Evorec.Numerics;
using Evorec.Tasks;

namespace Evorec.Training;

/// <summary>
/// The trainer of every evolutionary method: ask the optimizer for candidates, decode them,
/// evaluate them in parallel, tell the optimizer their fitness, and record the generation.
/// Evaluation i of generation g is keyed by (run key, g, i), and its result is stored at index i,
/// so the outcome does not depend on the number of threads or on scheduling.
/// When the task has solution tests, the generation's fittest candidate is verified when its
/// evaluation is marked solved; verification does not count as an evaluation. A candidate that
/// passes becomes <see cref="Best"/> even if an earlier, fitter candidate failed the tests, so
/// that the run's best network is its solution.
/// </summary>
public sealed class EvolutionTrainer : ITrainer
{
    private readonly IOptimizer _optimizer;
    private readonly IGenomeDecoder _decoder;
    private readonly ITask _task;
    private readonly IParallelExecutor _executor;
    private readonly StreamKey _evaluationKey;
    private readonly Workspace?[] _workspaces;
    private readonly Action<int, int> _evaluateOne;
    private Evaluation[] _evaluations = [];
    private double[] _fitness = [];
    private CandidateBatch? _batch;
    private StreamKey _generationKey;
    private int _generation;
    private long _evaluationCount;
    private long _networkSteps;

    /// <summary>Creates the trainer.</summary>
    public EvolutionTrainer(IOptimizer optimizer, IGenomeDecoder decoder, ITask task, IParallelExecutor executor, StreamKey key)
    {
        if (optimizer.GenomeLength != decoder.GenomeLength)
        {
            throw new ArgumentException($"The optimizer's genomes have {optimizer.GenomeLength} genes, the decoder expects {decoder.GenomeLength}.", nameof(optimizer));
        }

        _optimizer = optimizer;
        _decoder = decoder;
        _task = task;
        _executor = executor;
        _evaluationKey = key.Then("evaluation");
        _workspaces = new Workspace?[executor.WorkerCount];
        _evaluateOne = EvaluateOne;
    }

    /// <inheritdoc/>
    public BestCandidate? Best { get; private set; }

    /// <inheritdoc/>
    public SolveRecord? Solved { get; private set; }

    /// <inheritdoc/>
    public GenerationRecord Step()
    {
        CandidateBatch batch = _optimizer.Ask();
        int count = batch.Count;
        if (_evaluations.Length < count)
        {
            _evaluations = new Evaluation[count];
            _fitness = new double[count];
        }

        _batch = batch;
        _generationKey = _evaluationKey.Then(_generation);
        _executor.For(count, _evaluateOne);

        GenerationScore score = GenerationScore.Of(_evaluations.AsSpan(0, count), _fitness.AsSpan(0, count));
        int champion = score.Champion;
        _networkSteps += score.NetworkSteps;

        long evaluationsBefore = _evaluationCount;
        _evaluationCount += count;
        Evaluation best = _evaluations[champion];
        if (Best is null || _fitness[champion] > Best.Fitness)
        {
            Best = new BestCandidate(_fitness[champion], best.Error, DecodeParameters(batch[champion]), _generation, _generationKey.Then(champion));
        }

        if (Solved is null)
        {
            CheckSolved(batch, champion, evaluationsBefore);
        }

        _optimizer.Tell(_fitness.AsSpan(0, count));
        var record = new GenerationRecord(
            _generation,
            _evaluationCount,
            _networkSteps,
            0.0,
            _fitness[champion],
            score.MeanFitness,
            best.Error,
            Best.Error);
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

        IRecurrentNetwork network = _decoder.Network.Create();
        _decoder.Network.Load(Best.Parameters, network);
        return network;
    }

    private void CheckSolved(CandidateBatch batch, int champion, long evaluationsBefore)
    {
        Workspace workspace = WorkspaceFor(0);
        if (GenerationScore.FindSolution(_evaluations.AsSpan(0, batch.Count), champion, workspace.Evaluator, () => workspace.Decoder.Decode(batch[champion])) is not var (index, metrics))
        {
            return;
        }

        Solved = new SolveRecord(_generation, _evaluationCount, evaluationsBefore + index + 1, metrics);
        if (GenerationScore.SolutionBecomesBest(Best!, index, champion, _fitness[index], _generation, workspace.Evaluator.HasVerification))
        {
            Best = new BestCandidate(_fitness[index], _evaluations[index].Error, DecodeParameters(batch[index]), _generation, _generationKey.Then(index));
        }
    }

    /// <summary>The full parameter vector of <paramref name="genome"/> (decoded on worker 0's buffers, between generations).</summary>
    private double[] DecodeParameters(ReadOnlySpan<double> genome)
    {
        IDecodingWorker decoder = WorkspaceFor(0).Decoder;
        decoder.Decode(genome);
        return decoder.Parameters.ToArray();
    }

    private void EvaluateOne(int index, int worker)
    {
        Workspace workspace = WorkspaceFor(worker);
        IRecurrentNetwork network = workspace.Decoder.Decode(_batch![index]);
        _evaluations[index] = workspace.Evaluator.Evaluate(network, _generationKey.Then(index));
    }

    private Workspace WorkspaceFor(int worker) =>
        _workspaces[worker] ??= new Workspace(_decoder.CreateWorker(), _task.CreateEvaluator());

    private sealed record Workspace(IDecodingWorker Decoder, ITaskEvaluator Evaluator);
}
