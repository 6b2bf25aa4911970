namespace Evorec.Tasks;

/// <summary>
/// A pluggable fitness function. One task object is one task instance: its data and start
/// states are fixed when it is created from (suite seed, task configuration, run index), so
/// every trainer in the same run index faces the same instance (common random numbers).
/// Tasks know networks only through <see cref="Networks.IRecurrentNetwork"/>.
/// </summary>
public interface ITask
{
    /// <summary>The registry name of the task, such as <c>sine-generation</c>.</summary>
    string Kind { get; }

    /// <summary>Number of inputs the network receives per step.</summary>
    int InputCount { get; }

    /// <summary>Number of outputs the network must produce per step.</summary>
    int OutputCount { get; }

    /// <summary>The supervised data (train, validation, test sequences), or null for tasks without targets such as control.</summary>
    SequenceDataset? Dataset { get; }

    /// <summary>
    /// Reference figures of naive predictors on this instance (for example <c>persistence_nrmse</c>),
    /// written beside the run's own error so a reader sees what "good" means.
    /// </summary>
    IReadOnlyDictionary<string, double> Baselines { get; }

    /// <summary>Creates an evaluator that owns its buffers; one per thread.</summary>
    ITaskEvaluator CreateEvaluator();
}
