using System.ComponentModel;
using Evorec.Training;

namespace Evorec.Experiments;

/// <summary>The <c>budget</c> section, at suite level or per experiment (experiment keys override the suite's).</summary>
public sealed class BudgetOptions
{
    /// <summary>Stop after this many fitness evaluations.</summary>
    [Description("stop after this many fitness evaluations")]
    public long? Evaluations { get; set; }

    /// <summary>Stop after this many generations.</summary>
    [Description("stop after this many generations")]
    public int? Generations { get; set; }

    /// <summary>Stop once the best error so far is at most this.</summary>
    [Description("stop once the best error so far is at most this")]
    public double? TargetError { get; set; }

    /// <summary>Stop once the best fitness so far is at least this.</summary>
    [Description("stop once the best fitness so far is at least this")]
    public double? TargetFitness { get; set; }

    /// <summary>Stop after this many wall-clock seconds (makes results machine-dependent).</summary>
    [Description("stop after this many wall-clock seconds (makes results depend on the machine)")]
    public double? WallSeconds { get; set; }

    /// <summary>Stop as soon as the task is solved.</summary>
    [Description("stop as soon as the task is solved")]
    public bool? StopWhenSolved { get; set; }

    /// <summary>These options with <paramref name="overrides"/>' keys taking precedence.</summary>
    public BudgetOptions OverriddenBy(BudgetOptions? overrides) => overrides is null ? this : new BudgetOptions
    {
        Evaluations = overrides.Evaluations ?? Evaluations,
        Generations = overrides.Generations ?? Generations,
        TargetError = overrides.TargetError ?? TargetError,
        TargetFitness = overrides.TargetFitness ?? TargetFitness,
        WallSeconds = overrides.WallSeconds ?? WallSeconds,
        StopWhenSolved = overrides.StopWhenSolved ?? StopWhenSolved,
    };

    /// <summary>The training budget these options describe.</summary>
    public Budget ToBudget() => new()
    {
        Evaluations = Evaluations,
        Generations = Generations,
        TargetError = TargetError,
        TargetFitness = TargetFitness,
        WallSeconds = WallSeconds,
        StopWhenSolved = StopWhenSolved ?? true,
    };
}
