using System.ComponentModel;

namespace Evorec.Tasks;

/// <summary>Options of the <c>mackey-glass</c> task.</summary>
public sealed class MackeyGlassOptions
{
    /// <summary>The delay τ.</summary>
    [Description("the delay tau of the equation (17: mildly chaotic, as Jaeger & Haas 2004)")]
    public double Tau { get; set; } = 17.0;

    /// <summary>Samples discarded at the start so the series is on its attractor.</summary>
    [Description("samples discarded so the series is on its attractor")]
    public int Discard { get; set; } = 1000;

    /// <summary>Each run index starts its data at a random offset in [0, offsetRange) after the discarded samples.</summary>
    [Description("each run index starts its data at a random offset below this")]
    public int OffsetRange { get; set; } = 1000;

    /// <summary>Steps that settle the network's state before the error counts.</summary>
    [Description("steps that settle the network's state before the error counts")]
    public int Washout { get; set; } = 100;

    /// <summary>Scored one-step predictions for fitness.</summary>
    [Description("scored one-step predictions for fitness")]
    public int TrainLength { get; set; } = 500;

    /// <summary>Scored one-step predictions of the test, after the training data.</summary>
    [Description("scored one-step predictions of the test, after the training data")]
    public int TestLength { get; set; } = 500;

    /// <summary>A network is solved when its training NRMSE is at most this.</summary>
    [Description("training NRMSE at or below which the task counts as solved")]
    public double SolvedBelow { get; set; } = 0.05;
}
