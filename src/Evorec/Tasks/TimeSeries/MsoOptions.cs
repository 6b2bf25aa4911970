using System.ComponentModel;

namespace Evorec.Tasks.TimeSeries;

/// <summary>Options of the <c>mso</c> task.</summary>
public sealed class MsoOptions
{
    /// <summary>Number k of superimposed sines (1 … 8).</summary>
    [Description("number k of superimposed sines, 1..8 (frequencies 0.2, 0.311, 0.42, 0.51, 0.63, 0.74, 0.85, 0.97 in this order)")]
    public int Sines { get; set; } = 2;

    /// <summary>Teacher-forced steps before the training segment.</summary>
    [Description("teacher-forced steps before the training segment")]
    public int Washout { get; set; } = 100;

    /// <summary>Scored training steps.</summary>
    [Description("scored training steps (fitness)")]
    public int TrainLength { get; set; } = 300;

    /// <summary>Scored validation steps after the training steps (0: none).</summary>
    [Description("scored validation steps after training (0: none); the solved criterion also needs them")]
    public int ValidationLength { get; set; }

    /// <summary>Scored test steps after the validation steps.</summary>
    [Description("scored test steps after validation")]
    public int TestLength { get; set; } = 300;

    /// <summary>How the training and validation steps are run.</summary>
    [Description("training/validation scoring: free-running (closed loop) or teacher-forced (one-step)")]
    public ScoringMode Scoring { get; set; } = ScoringMode.FreeRunning;

    /// <summary>How the test steps are run.</summary>
    [Description("test scoring: free-running (the published protocol) or teacher-forced")]
    public ScoringMode TestScoring { get; set; } = ScoringMode.FreeRunning;

    /// <summary>NRMSE at or below which training (and validation) count as solved.</summary>
    [Description("training (and validation) NRMSE at or below which the task counts as solved (no published threshold)")]
    public double SolvedBelow { get; set; } = 0.1;

    /// <summary>Lags of the autoregressive baseline; none means 2 × sines.</summary>
    [Description("lags of the linear autoregressive baseline (none: 2 x sines, which a sum of sines satisfies exactly)")]
    public int? BaselineLags { get; set; }
}
