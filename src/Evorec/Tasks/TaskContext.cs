using Evorec.Numerics;

namespace Evorec.Tasks;

/// <summary>What a task factory receives besides its options.</summary>
/// <param name="DataKey">
/// The key of the task instance's random stream, derived from (suite seed, task configuration,
/// run index) and never from the trainer, so that every trainer in run k faces the same data.
/// </param>
public sealed record TaskContext(StreamKey DataKey);
