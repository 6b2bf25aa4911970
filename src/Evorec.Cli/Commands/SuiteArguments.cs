using System.CommandLine;
using Evorec.Experiments;

namespace Evorec.Cli.Commands;

/// <summary>The arguments shared by the commands that read a suite.</summary>
internal sealed class SuiteArguments
{
    public Argument<string> Config { get; } = new("config")
    {
        Description = "the suite to read",
        Arity = ArgumentArity.ZeroOrOne,
        DefaultValueFactory = _ => "experiments.json",
    };

    public Option<string[]> Set { get; } = new("--set")
    {
        Description = "override a configuration value, for example --set experiments:0:runs=5 (repeatable)",
        AllowMultipleArgumentsPerToken = false,
    };

    public Option<int?> Runs { get; } = new("--runs") { Description = "runs per experiment, for every experiment" };

    public Option<string[]> Only { get; } = new("--only") { Description = "run only the experiments with this name, or whose name starts with NAME/ (repeatable)" };

    public void AddTo(Command command)
    {
        command.Arguments.Add(Config);
        command.Options.Add(Set);
        command.Options.Add(Runs);
        command.Options.Add(Only);
    }

    /// <summary>Loads the suite and applies --runs and --only; throws <see cref="ConfigException"/> on any problem.</summary>
    public SuitePlan Load(ParseResult parsed, out List<string> overrides)
    {
        string path = parsed.GetValue(Config)!;
        string[] sets = parsed.GetValue(Set) ?? [];
        SuitePlan plan = SuiteLoader.Load(path, sets, BuiltInComponents.CreateRegistry());
        overrides = sets.Select(s => "--set " + s).ToList();
        if (parsed.GetValue(Runs) is { } runs)
        {
            if (runs <= 0)
            {
                throw new ConfigException("--runs", $"runs must be at least 1, not {runs}");
            }

            plan = plan with { Experiments = plan.Experiments.Select(e => e with { Runs = runs }).ToArray() };
            overrides.Add($"--runs {runs}");
        }

        string[] only = parsed.GetValue(Only) ?? [];
        if (only.Length > 0)
        {
            var errors = only.Where(name => !plan.Experiments.Any(e => Matches(e.Name, name)))
                .Select(name => new ConfigError("--only", $"no experiment is named '{name}' or starts with '{name}/'{Suggestions.DidYouMean(name, plan.Experiments.Select(e => e.Name))}"))
                .ToArray();
            if (errors.Length > 0)
            {
                throw new ConfigException(errors);
            }

            plan = plan with { Experiments = plan.Experiments.Where(e => only.Any(name => Matches(e.Name, name))).ToArray() };
            overrides.AddRange(only.Select(name => "--only " + name));
        }

        return plan;
    }

    private static bool Matches(string experiment, string name) =>
        experiment == name || experiment.StartsWith(name + "/", StringComparison.Ordinal);
}
