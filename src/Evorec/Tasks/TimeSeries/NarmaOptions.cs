using System.ComponentModel;

namespace Evorec.Tasks.TimeSeries;

/// <summary>Options of the <c>narma</c> task.</summary>
public sealed class NarmaOptions
{
    /// <summary>The order n of the system.</summary>
    [Description("order n of the NARMA system (10: the usual NARMA-10)")]
    public int Order { get; set; } = 10;

    /// <summary>Steps of the system discarded before the data starts (it starts from y = 0).</summary>
    [Description("steps of the system discarded before the data starts (it starts from y = 0)")]
    public int Discard { get; set; } = 200;

    /// <summary>Unscored steps before the training segment.</summary>
    [Description("unscored steps before the training segment")]
    public int Washout { get; set; } = 200;

    /// <summary>Scored training steps.</summary>
    [Description("scored training steps (fitness)")]
    public int TrainLength { get; set; } = 2000;

    /// <summary>Scored validation steps after the training steps (0: none).</summary>
    [Description("scored validation steps after training (0: none); the solved criterion also needs them")]
    public int ValidationLength { get; set; }

    /// <summary>Scored test steps after the validation steps.</summary>
    [Description("scored test steps after validation")]
    public int TestLength { get; set; } = 2000;

    /// <summary>Upper bound of the uniform input u.</summary>
    [Description("inputs u are uniform on [0, inputHigh]")]
    public double InputHigh { get; set; } = 0.5;

    /// <summary>α of the equation.</summary>
    [Description("alpha of y(t+1) = alpha y(t) + beta y(t) sum y + gamma u(t-n+1) u(t) + delta")]
    public double Alpha { get; set; } = NarmaSystem.DefaultAlpha;

    /// <summary>β of the equation.</summary>
    [Description("beta of the equation")]
    public double Beta { get; set; } = NarmaSystem.DefaultBeta;

    /// <summary>γ of the equation.</summary>
    [Description("gamma of the equation")]
    public double Gamma { get; set; } = NarmaSystem.DefaultGamma;

    /// <summary>δ of the equation.</summary>
    [Description("delta of the equation")]
    public double Delta { get; set; } = NarmaSystem.DefaultDelta;

    /// <summary>NRMSE at or below which training (and validation) count as solved.</summary>
    [Description("training (and validation) NRMSE at or below which the task counts as solved (no published threshold)")]
    public double SolvedBelow { get; set; } = 0.1;

    /// <summary>Lags of the linear baselines.</summary>
    [Description("lags of the linear baselines (autoregressive on y and u, and linear in u only)")]
    public int BaselineLags { get; set; } = 10;
}
