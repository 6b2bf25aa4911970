using System.ComponentModel;

namespace Evorec.Tasks;

/// <summary>Options of the <c>sine-generation</c> task.</summary>
public sealed class SineGenerationOptions
{
    /// <summary>Angular frequency per step of the target sin(ω n + φ).</summary>
    [Description("angular frequency per step of the sine to generate")]
    public double Frequency { get; set; } = 0.2;

    /// <summary>Teacher-forced steps before the network runs free.</summary>
    [Description("teacher-forced steps before the network runs free")]
    public int Washout { get; set; } = 50;

    /// <summary>Free-running steps scored during training.</summary>
    [Description("free-running steps scored for fitness")]
    public int Length { get; set; } = 100;

    /// <summary>Free-running steps of the test evaluation.</summary>
    [Description("free-running steps of the test evaluation")]
    public int TestLength { get; set; } = 300;

    /// <summary>Whether each task instance (each run index) draws its own phase φ.</summary>
    [Description("draw the phase per run index (otherwise phase 0)")]
    public bool RandomPhase { get; set; } = true;

    /// <summary>A network is solved when its free-running NRMSE is at most this.</summary>
    [Description("free-running NRMSE at or below which the task counts as solved")]
    public double SolvedBelow { get; set; } = 0.1;
}
