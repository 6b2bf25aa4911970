using System.ComponentModel;

namespace Evorec.Training.Gradient;

/// <summary>Options of the <c>bptt</c> trainer: the shared gradient options, truncation and output feedback.</summary>
public sealed class BpttOptions : GradientOptions
{
    /// <summary>
    /// Williams &amp; Peng's h′: steps between updates within a sequence (0 = one update per minibatch of
    /// whole sequences, full BPTT). With k1 &gt; 0 each update uses one sequence's errors of the last k1 steps.
    /// </summary>
    [Description("truncated BPTT(k1, k2), Williams & Peng 1990: update every k1 steps within each sequence, from the errors of those k1 steps (0 = whole sequences; k1 > 0 needs batchSize 1)")]
    public int K1 { get; set; }

    /// <summary>Williams &amp; Peng's h: steps each update backpropagates through (0 = back to the sequence start); at least k1.</summary>
    [Description("truncated BPTT: steps each update backpropagates through, at least k1 (0 = back to the start of the sequence)")]
    public int K2 { get; set; }

    /// <summary>How networks that feed their outputs back (jordan, narx) are trained.</summary>
    [Description("jordan and narx: teacher-forced (the targets fed back, open loop) or closed-loop (their own outputs fed back, gradient through the loop)")]
    public OutputFeedback Feedback { get; set; } = OutputFeedback.TeacherForced;
}
