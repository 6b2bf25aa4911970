using Evorec.Networks;
using Evorec.Numerics;

namespace Evorec.Tasks;

/// <summary>
/// Evaluates networks on one task instance. Owns its buffers: <see cref="Evaluate"/> allocates
/// nothing. Not thread-safe; create one per thread with <see cref="ITask.CreateEvaluator"/>.
/// </summary>
public interface ITaskEvaluator
{
    /// <summary>Whether <see cref="Verify"/> runs solution tests that an evaluation marked solved must also pass.</summary>
    bool HasVerification { get; }

    /// <summary>
    /// Evaluates <paramref name="network"/> (which the evaluator resets) on the training protocol.
    /// <paramref name="key"/> addresses any randomness of this particular evaluation.
    /// </summary>
    Evaluation Evaluate(IRecurrentNetwork network, StreamKey key);

    /// <summary>Evaluates on the held-out test protocol; never used for selection or for the solved criterion.</summary>
    Evaluation Test(IRecurrentNetwork network);

    /// <summary>Runs the task's solution tests on a candidate whose evaluation was marked solved.</summary>
    Verification Verify(IRecurrentNetwork network);

    /// <summary>
    /// Task-specific figures of <paramref name="network"/> on the held-out test protocol (for example the
    /// largest string size a language task generalizes to), recorded in the run's <c>metrics</c> beside
    /// <see cref="Test"/>'s error. Run once per run on the final best network, so it may allocate.
    /// Tasks without such figures keep this default, which returns none.
    /// </summary>
    IReadOnlyDictionary<string, double> TestMetrics(IRecurrentNetwork network) => new Dictionary<string, double>();
}
