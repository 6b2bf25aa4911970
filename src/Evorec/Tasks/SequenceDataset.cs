namespace Evorec.Tasks;

/// <summary>
/// A supervised task's data, as gradient trainers and closed-form readouts use it.
/// Generative tasks list their sequences teacher-forced (the input at step t is the target of step t − 1).
/// </summary>
/// <param name="Train">Sequences that fitness and training see.</param>
/// <param name="Validation">Sequences for early stopping and model choice (may be empty).</param>
/// <param name="Test">Held-out sequences, never used for training or selection.</param>
public sealed record SequenceDataset(IReadOnlyList<Sequence> Train, IReadOnlyList<Sequence> Validation, IReadOnlyList<Sequence> Test);
