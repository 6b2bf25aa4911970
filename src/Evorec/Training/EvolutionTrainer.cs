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

        int champion = 0;
        double fitnessSum = 0;
        int finiteCount = 0;
        for (int i = 0; i < count; i++)
        {
            double fitness = _evaluations[i].Fitness;
            if (double.IsNaN(fitness))
            {
                fitness = double.NegativeInfinity;
            }

            _fitness[i] = fitness;
            _networkSteps += _evaluations[i].NetworkSteps;
            if (double.IsFinite(fitness))
            {
                fitnessSum += fitness;
                finiteCount++;
            }

            if (fitness > _fitness[champion])
            {
                champion = i;
            }
        }

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
            finiteCount > 0 ? fitnessSum / finiteCount : double.NegativeInfinity,
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
        int count = batch.Count;
        if (!WorkspaceFor(0).Evaluator.HasVerification)
        {
            for (int i = 0; i < count; i++)
            {
                if (_evaluations[i].Solved)
                {
                    Solved = new SolveRecord(_generation, _evaluationCount, evaluationsBefore + i + 1, new Dictionary<string, double>());
                    if (i != champion && _evaluations[i].Fitness >= Best!.Fitness)
                    {
                        Best = new BestCandidate(_fitness[i], _evaluations[i].Error, DecodeParameters(batch[i]), _generation, _generationKey.Then(i));
                    }

                    return;
                }
            }

            return;
        }

        if (!_evaluations[champion].Solved)
        {
            return;
        }

        Workspace workspace = WorkspaceFor(0);
        IRecurrentNetwork network = workspace.Decoder.Decode(batch[champion]);
        Verification verification = workspace.Evaluator.Verify(network);
        if (verification.Passed)
        {
            Solved = new SolveRecord(_generation, _evaluationCount, evaluationsBefore + champion + 1, verification.Metrics);
            if (Best!.Generation != _generation || Best.Fitness != _fitness[champion])
            {
                Best = new BestCandidate(_fitness[champion], _evaluations[champion].Error, DecodeParameters(batch[champion]), _generation, _generationKey.Then(champion));
            }
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
