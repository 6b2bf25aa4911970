using Evorec.Networks;

namespace Evorec.Tasks;

/// <summary>
/// Optionally implemented by an <see cref="ITaskEvaluator"/> that measures task-specific figures
/// of a run's best network (for example cart-pole's <c>steps_balanced</c>); the runner writes them
/// into the run's <c>metrics</c>. Not a fitness evaluation: called once per run, after training.
/// </summary>
public interface INetworkMetrics
{
    /// <summary>Figures of <paramref name="network"/> (which the evaluator resets), keyed snake_case.</summary>
    IReadOnlyDictionary<string, double> Measure(IRecurrentNetwork network);
}
