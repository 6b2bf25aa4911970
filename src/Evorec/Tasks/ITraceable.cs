using Evorec.Networks;

namespace Evorec.Tasks;

/// <summary>
/// Optionally implemented by an <see cref="ITaskEvaluator"/> that can replay a network on its test protocol and record
/// every time step — inputs, targets and outputs for a supervised task, the system's state and the applied action for
/// a control task — so that a report can plot the best network's behaviour. The runner writes the trace of each run's
/// best network to <c>trace-&lt;k&gt;.csv</c>. Not a fitness evaluation; called once per run, after training. It may
/// allocate.
/// </summary>
public interface ITraceable
{
    /// <summary>The trace of <paramref name="network"/> (which the evaluator resets) on the test protocol.</summary>
    TaskTrace Trace(IRecurrentNetwork network);
}
