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
}
