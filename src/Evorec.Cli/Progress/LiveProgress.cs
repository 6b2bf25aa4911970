using System.Collections.Concurrent;
using System.Globalization;
using Evorec.Experiments;
using Evorec.Reporting;
using Evorec.Training;
using Spectre.Console;

namespace Evorec.Cli.Progress;

/// <summary>
/// The live terminal display: a bar per experiment with runs done, evaluations, the best error
/// so far and the time remaining. Progress within a run counts toward its bar when the run has
/// an evaluation or generation budget.
/// </summary>
internal sealed class LiveProgress : IRunProgress
{
    private readonly ProgressContext _context;
    private readonly Dictionary<string, Bar> _bars = [];

    public LiveProgress(ProgressContext context, SuitePlan plan)
    {
        _context = context;
        foreach (ExperimentPlan experiment in plan.Experiments)
        {
            _bars[experiment.Name] = new Bar(experiment, context.AddTask(Markup.Escape(experiment.Name), autoStart: true, maxValue: experiment.Runs));
        }
    }

    public void SuiteStarted(SuitePlan plan, IReadOnlyList<PlannedRun> pending)
    {
        foreach (var group in plan.Runs().Except(pending).GroupBy(r => r.Experiment.Name))
        {
            Bar bar = _bars[group.Key];
            lock (bar)
            {
                bar.Done += group.Count();
                bar.Update();
            }
        }
    }

    public void Generation(PlannedRun run, GenerationRecord record)
    {
        Bar bar = _bars[run.Experiment.Name];
        lock (bar)
        {
            bar.Active[run.Index] = Fraction(run.Experiment, record);
            bar.Evaluations[run.Index] = record.Evaluations;
            bar.BestError = Math.Min(bar.BestError, record.BestSoFarError);
            bar.Update();
        }
    }

    public void RunEnded(PlannedRun run, RunResult result)
    {
        Bar bar = _bars[run.Experiment.Name];
        lock (bar)
        {
            bar.Active.Remove(run.Index);
            bar.Done++;
            bar.Update();
        }
    }

    private static double Fraction(ExperimentPlan experiment, GenerationRecord record)
    {
        double fraction = 0;
        if (experiment.Budget.Evaluations is { } evaluations)
        {
            fraction = Math.Max(fraction, (double)record.Evaluations / evaluations);
        }

        if (experiment.Budget.Generations is { } generations)
        {
            fraction = Math.Max(fraction, (record.Generation + 1.0) / generations);
        }

        return Math.Min(fraction, 0.99);
    }

    private sealed class Bar(ExperimentPlan experiment, ProgressTask task)
    {
        public Dictionary<int, double> Active { get; } = [];

        public Dictionary<int, long> Evaluations { get; } = [];

        public int Done { get; set; }

        public double BestError { get; set; } = double.PositiveInfinity;

        public void Update()
        {
            task.Value = Done + Active.Values.Sum();
            string error = double.IsFinite(BestError) ? BestError.ToString("G3", CultureInfo.InvariantCulture) : "—";
            task.Description = Markup.Escape($"{experiment.Name}  {Done}/{experiment.Runs} runs  {Evaluations.Values.Sum():N0} evals  best {error}");
        }
    }
}
