namespace Evorec.Tasks.TimeSeries;

/// <summary>How the scored steps of a generative time-series task are run.</summary>
public enum ScoringMode
{
    /// <summary>
    /// One-step-ahead prediction: every input is the true previous sample (and networks with output
    /// feedback have it overwritten with the target; Williams &amp; Zipser 1989, §4).
    /// </summary>
    TeacherForced,

    /// <summary>
    /// Closed loop: after the true sample that opens the scored segment, each input is the network's own
    /// previous output, so the k-th scored output is a k-step-ahead prediction (Jaeger, GMD Report 148, 2001, §4–6).
    /// </summary>
    FreeRunning,
}
