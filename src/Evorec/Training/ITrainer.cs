using Evorec.Networks;

namespace Evorec.Training;

/// <summary>
/// What the runner drives: one <see cref="Step"/> per generation (or epoch). Every trainer
/// counts its cost the same way — evaluations, network steps, wall seconds — so curves of
/// different families share their axes.
/// </summary>
public interface ITrainer
{
    /// <summary>Runs one generation and returns its record (the wall seconds are filled in by the caller).</summary>
    GenerationRecord Step();

    /// <summary>
    /// The fittest candidate found so far, or null before the first step; once the task is solved,
    /// the solving candidate (which, where solutions must pass solution tests, may be less fit
    /// than an earlier candidate that failed them).
    /// </summary>
    BestCandidate? Best { get; }

    /// <summary>When the task was first solved, or null while it is not.</summary>
    SolveRecord? Solved { get; }

    /// <summary>
    /// Why the trainer has finished on its own (for example early stopping), or null while it can go on.
    /// The training loop stops when this is set. Evolutionary trainers never finish on their own.
    /// </summary>
    string? FinishedReason => null;

    /// <summary>Creates a network loaded with the best candidate's parameters.</summary>
    IRecurrentNetwork CreateBestNetwork();
}
