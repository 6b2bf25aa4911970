using System.CommandLine;
using System.Globalization;
using Evorec.Experiments;
using Spectre.Console;

namespace Evorec.Cli.Commands;

/// <summary><c>evorec validate CONFIG</c>: prints the expanded plan, or the problems.</summary>
internal static class ValidateCommand
{
    public static Command Create()
    {
        var command = new Command("validate", "check a suite and print its expanded plan (or one line per problem)");
        var arguments = new SuiteArguments();
        arguments.AddTo(command);
        command.SetAction(parsed =>
        {
            SuitePlan plan;
            try
            {
                plan = arguments.Load(parsed, out _);
            }
            catch (ConfigException exception)
            {
                return ErrorOutput.Invalid(exception);
            }

            var table = new Table().AddColumns("experiment", "task", "network", "parameters", "trainer", "runs", "budget");
            foreach (ExperimentPlan experiment in plan.Experiments)
            {
                var run = plan.Runs().First(r => r.Experiment == experiment);
                var task = RunFactory.CreateTask(run);
                var network = RunFactory.CreateNetwork(run, plan.Seed, task);
                table.AddRow(
                    Markup.Escape(experiment.Name),
                    Markup.Escape(experiment.Task.Label),
                    Markup.Escape(network.Describe()),
                    network.Layout.Count.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(experiment.Trainer.Label),
                    experiment.Runs.ToString(CultureInfo.InvariantCulture),
                    Markup.Escape(BudgetText(experiment)));
            }

            AnsiConsole.Write(table);
            int runs = plan.Experiments.Sum(e => e.Runs);
            AnsiConsole.WriteLine($"suite '{plan.Suite}', seed {plan.Seed}: {plan.Experiments.Count} experiments, {runs} runs. Valid.");
            return ExitCodes.Success;
        });
        return command;
    }

    private static string BudgetText(ExperimentPlan experiment)
    {
        var parts = new List<string>();
        var budget = experiment.Budget;
        if (budget.Evaluations is { } evaluations)
        {
            parts.Add($"{evaluations:N0} evaluations");
        }

        if (budget.Generations is { } generations)
        {
            parts.Add($"{generations:N0} generations");
        }

        if (budget.WallSeconds is { } seconds)
        {
            parts.Add($"{seconds:G} s");
        }

        if (budget.TargetError is { } error)
        {
            parts.Add($"target error {error:G}");
        }

        if (budget.TargetFitness is { } fitness)
        {
            parts.Add($"target fitness {fitness:G}");
        }

        return string.Join(", ", parts);
    }
}
