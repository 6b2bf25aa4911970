using Evorec.Networks;
using Evorec.Numerics;

namespace Evorec.Tasks.TimeSeries;

/// <summary>
/// An evaluator of a time-series task whose test is one-step (teacher-forced) prediction, with the
/// trace that replays it: the test sequence's inputs, targets and the network's outputs. Evaluation
/// is delegated unchanged.
/// </summary>
public sealed class OneStepTracingEvaluator(ITaskEvaluator inner, Sequence test) : ITaskEvaluator, ITraceable
{
    /// <inheritdoc/>
    public bool HasVerification => inner.HasVerification;

    /// <inheritdoc/>
    public Evaluation Evaluate(IRecurrentNetwork network, StreamKey key) => inner.Evaluate(network, key);

    /// <inheritdoc/>
    public Evaluation Test(IRecurrentNetwork network) => inner.Test(network);

    /// <inheritdoc/>
    public Verification Verify(IRecurrentNetwork network) => inner.Verify(network);

    /// <inheritdoc/>
    public IReadOnlyDictionary<string, double> TestMetrics(IRecurrentNetwork network) => inner.TestMetrics(network);

    /// <inheritdoc/>
    public TaskTrace Trace(IRecurrentNetwork network) => SequenceRunner.Trace(network, test, test.TargetSize);
}
