namespace Evorec.Tasks;

/// <summary>
/// The outcome of running a network over a set of symbol sequences (see <see cref="SymbolSequenceScorer"/>).
/// A sequence is right only when every scored step is right, as in Hochreiter &amp; Schmidhuber 1997 (§5.1)
/// and Gers &amp; Schmidhuber 2001.
/// </summary>
/// <param name="Sequences">Sequences scored.</param>
/// <param name="CorrectSequences">Sequences whose every scored step was right.</param>
/// <param name="Steps">Scored steps.</param>
/// <param name="CorrectSteps">Scored steps whose prediction was right.</param>
/// <param name="NetworkSteps">Network steps run (scored or not).</param>
/// <param name="IsBroken">Whether an output became NaN or infinite (the evaluation stopped there).</param>
public readonly record struct SymbolScore(int Sequences, int CorrectSequences, long Steps, long CorrectSteps, long NetworkSteps, bool IsBroken)
{
    /// <summary>Whether every sequence was right.</summary>
    public bool AllCorrect => !IsBroken && CorrectSequences == Sequences;

    /// <summary>The fraction of sequences not processed correctly, in [0, 1]; 1 when broken.</summary>
    public double SequenceErrorRate => IsBroken ? 1.0 : Sequences == 0 ? 0.0 : 1.0 - ((double)CorrectSequences / Sequences);

    /// <summary>The fraction of scored steps predicted correctly, in [0, 1]; 0 when broken.</summary>
    public double StepAccuracy => IsBroken || Steps == 0 ? 0.0 : (double)CorrectSteps / Steps;

    /// <summary>
    /// The evaluation of symbol tasks: fitness = fraction of scored steps right (graded, so selection can
    /// climb before whole sequences come right), error = fraction of sequences wrong, solved = every sequence right.
    /// </summary>
    public Evaluation ToEvaluation() =>
        IsBroken ? Evaluation.Broken(NetworkSteps) : new Evaluation(StepAccuracy, SequenceErrorRate, AllCorrect, NetworkSteps);
}
