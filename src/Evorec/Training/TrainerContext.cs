using Evorec.Networks;
using Evorec.Numerics;
using Evorec.Tasks;

namespace Evorec.Training;

/// <summary>What a trainer factory receives besides its options.</summary>
/// <param name="Network">The network spec, sized for the task.</param>
/// <param name="Task">The task instance of this run.</param>
/// <param name="Executor">Runs evaluations in parallel.</param>
/// <param name="Key">The trainer's random stream key for this run.</param>
public sealed record TrainerContext(NetworkSpec Network, ITask Task, IParallelExecutor Executor, StreamKey Key);
