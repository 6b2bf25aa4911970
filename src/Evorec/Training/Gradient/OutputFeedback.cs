namespace Evorec.Training.Gradient;

/// <summary>What a network whose state holds its own past outputs (Jordan context, NARX output taps) is fed back during training.</summary>
public enum OutputFeedback
{
    /// <summary>
    /// The targets (teacher forcing, Williams &amp; Zipser 1989 §4; NARX's open-loop, series-parallel mode):
    /// no gradient flows through the feedback.
    /// </summary>
    TeacherForced,

    /// <summary>The network's own outputs (closed loop, NARX's recurrent mode): the gradient flows through the feedback.</summary>
    ClosedLoop,
}
