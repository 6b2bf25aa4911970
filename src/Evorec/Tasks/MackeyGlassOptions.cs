using System.ComponentModel;
using Evorec.Tasks.TimeSeries;

namespace Evorec.Tasks;

/// <summary>Options of the <c>mackey-glass</c> task.</summary>
public sealed class MackeyGlassOptions
{
    /// <summary>The delay τ.</summary>
    [Description("the delay tau of the equation (17: mildly chaotic, as Jaeger & Haas 2004)")]
    public double Tau { get; set; } = 17.0;

    /// <summary>How the equation is integrated.</summary>
    [Description("integrator at step 0.1: runge-kutta4, or euler (Jaeger 2001's data preparation)")]
    public MackeyGlassIntegrator Integrator { get; set; } = MackeyGlassIntegrator.RungeKutta4;

    /// <summary>Samples discarded at the start so the series is on its attractor.</summary>
    [Description("samples discarded so the series is on its attractor")]
    public int Discard { get; set; } = 1000;

    /// <summary>Each run index starts its data at a random offset in [0, offsetRange) after the discarded samples.</summary>
    [Description("each run index starts its data at a random offset below this")]
    public int OffsetRange { get; set; } = 1000;

    /// <summary>Whether the network works on tanh(x − 1) (Jaeger &amp; Haas 2004) instead of x.</summary>
    [Description("work on the squashed series tanh(x - 1), as Jaeger & Haas 2004 (NRMSE84 is still computed in x)")]
    public bool Squash { get; set; }

    /// <summary>Steps that settle the network's state before the error counts.</summary>
    [Description("teacher-forced steps before the training segment")]
    public int Washout { get; set; } = 100;

    /// <summary>Scored training steps.</summary>
    [Description("scored training steps (fitness)")]
    public int TrainLength { get; set; } = 500;

    /// <summary>Scored validation steps after the training steps (0: none).</summary>
    [Description("scored validation steps after training (0: none); the solved criterion also needs them")]
    public int ValidationLength { get; set; }

    /// <summary>Scored test steps after the validation steps.</summary>
    [Description("scored test steps after validation (unused when nrmse84 is on)")]
    public int TestLength { get; set; } = 500;

    /// <summary>How the training and validation steps are run.</summary>
    [Description("training/validation scoring: teacher-forced (one-step prediction) or free-running")]
    public ScoringMode Scoring { get; set; } = ScoringMode.TeacherForced;

    /// <summary>
    /// With free-running <see cref="Scoring"/>: score the training (and validation) steps in windows of
    /// this many free-running steps, each after the washout's length of teacher-forced samples; 0 runs the
    /// segment free as one whole. Jaeger's NRMSE84 takes the 84th free-running step, so 84 scores the
    /// horizon the test measures. Evolino's fitness runs the network free on the training data after
    /// a teacher-forced washout, with the readout solved teacher-forced (as PyBrain's Evolino
    /// implementation does, <c>EvolinoEvaluation</c>: pseudo-inverse on the teacher-forced states, then
    /// the error of the free run); on a chaotic series one long free run mostly measures the divergence
    /// of trajectories, which these windows leave out.
    /// </summary>
    [Description("free-running scoring in windows of this many steps, each after washout teacher-forced samples (0: one free run over the whole segment; 84: the NRMSE84 horizon)")]
    public int FreeRunHorizon { get; set; }

    /// <summary>How the test steps are run.</summary>
    [Description("test scoring: teacher-forced (one-step prediction) or free-running")]
    public ScoringMode TestScoring { get; set; } = ScoringMode.TeacherForced;

    /// <summary>Whether the test is Jaeger &amp; Haas's NRMSE84 instead of the test segment.</summary>
    [Description("test with the NRMSE84 protocol (trials of teacher forcing, then the error of the 84th free-running prediction)")]
    public bool Nrmse84 { get; set; }

    /// <summary>NRMSE84 trials.</summary>
    [Description("NRMSE84: independent trials, on consecutive blocks after the other data (Jaeger & Haas 2004: 100)")]
    public int Trials { get; set; } = 100;

    /// <summary>NRMSE84: teacher-forced samples per trial.</summary>
    [Description("NRMSE84: true samples each trial feeds before running free (Jaeger 2001: 1000)")]
    public int TeacherForcedSteps { get; set; } = 1000;

    /// <summary>NRMSE84: steps ahead of the last true sample at which the error is taken.</summary>
    [Description("NRMSE84: steps ahead of the last true sample at which the error is taken")]
    public int Horizon { get; set; } = 84;

    /// <summary>A network is solved when its training (and validation) NRMSE is at most this.</summary>
    [Description("training (and validation) NRMSE at or below which the task counts as solved")]
    public double SolvedBelow { get; set; } = 0.05;

    /// <summary>Lags of the autoregressive baseline.</summary>
    [Description("lags of the linear autoregressive baseline (20 covers the classic embedding lags 0, 6, 12, 18)")]
    public int BaselineLags { get; set; } = 20;
}
