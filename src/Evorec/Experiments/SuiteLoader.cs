using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Evorec.Networks;
using Evorec.Tasks;
using Evorec.Training;
using Microsoft.Extensions.Configuration;

namespace Evorec.Experiments;

/// <summary>
/// Reads a suite (experiments.json) with Microsoft.Extensions.Configuration.Json, applies
/// <c>--set path=value</c> overrides, binds every component section to its options record
/// strictly, expands lists to their cross product, and checks that every component can be
/// built. Every problem is reported with its configuration path; nothing is written.
/// </summary>
public static class SuiteLoader
{
    private static readonly string[] SuiteKeys = ["suite", "description", "seed", "runs", "budget", "experiments"];
    private static readonly string[] ExperimentKeys = ["name", "description", "runs", "budget", "task", "network", "trainer"];
    private static readonly string[] ComponentReservedKeys = ["type", "label"];

    /// <summary>How suite files are read: comments skipped, trailing commas allowed.</summary>
    internal static JsonDocumentOptions JsonReading { get; } = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>The JSON form used for canonical component and experiment descriptions.</summary>
    public static JsonSerializerOptions CanonicalJsonOptions { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower) },
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
    };

    /// <summary>Loads and validates the suite at <paramref name="path"/>; throws <see cref="ConfigException"/> listing every problem.</summary>
    public static SuitePlan Load(string path, IEnumerable<string>? overrides, Registry registry)
    {
        if (!File.Exists(path))
        {
            throw new ConfigException(path, "file not found");
        }

        byte[] json;
        try
        {
            json = File.ReadAllBytes(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            throw new ConfigException(path, $"cannot be read: {exception.Message}");
        }

        return LoadJson(json, Path.GetFullPath(path), overrides, registry);
    }

    /// <summary>Loads and validates a suite given as JSON; <paramref name="sourcePath"/> names it in messages and in the plan.</summary>
    public static SuitePlan LoadJson(byte[] json, string sourcePath, IEnumerable<string>? overrides, Registry registry)
    {
        CheckJsonSyntax(json, Path.GetFileName(sourcePath));
        var errors = new List<ConfigError>();
        var settings = new Dictionary<string, string?>();
        var lists = new List<(string Path, JsonArray Value)>();
        foreach (string item in overrides ?? [])
        {
            int equals = item.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                errors.Add(new ConfigError("--set", $"'{item}' is not of the form path=value (for example experiments:0:runs=5)"));
                continue;
            }

            string key = item[..equals].Trim();
            string value = item[(equals + 1)..].Trim();
            if (value.StartsWith('['))
            {
                if (ParseList(value) is { } list)
                {
                    lists.Add((key, list));
                }
                else
                {
                    errors.Add(new ConfigError("--set", $"'{item}': the value starts with '[' but is not a JSON list (for example experiments:0:network:hidden=[10,5])"));
                }

                continue;
            }

            settings[key] = value;
        }

        if (lists.Count > 0)
        {
            json = SuiteOverrides.SetLists(json, lists, errors);
        }

        var builder = new ConfigurationBuilder().AddJsonStream(new MemoryStream(json));
        builder.AddInMemoryCollection(settings);
        IConfigurationRoot root = builder.Build();
        SuitePlan? plan = Resolve(root, sourcePath, registry, errors);
        if (errors.Count > 0 || plan is null)
        {
            throw new ConfigException(errors);
        }

        return plan;
    }

    private static JsonArray? ParseList(string value)
    {
        try
        {
            return JsonNode.Parse(value) as JsonArray;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void CheckJsonSyntax(byte[] json, string displayName)
    {
        try
        {
            using var document = JsonDocument.Parse(json, JsonReading);
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new ConfigException(displayName, "the suite must be a JSON object");
            }
        }
        catch (JsonException exception)
        {
            long line = (exception.LineNumber ?? 0) + 1;
            long column = (exception.BytePositionInLine ?? 0) + 1;
            string reason = exception.Message.Split(" Path:", 2)[0].Split(" LineNumber:", 2)[0];
            throw new ConfigException($"{displayName}:{line}:{column}", $"JSON syntax error: {reason}");
        }
    }

    private static SuitePlan? Resolve(IConfigurationRoot root, string path, Registry registry, List<ConfigError> errors)
    {
        CheckKeys(root.GetChildren(), SuiteKeys, "the suite", errors);
        string suite = root["suite"] ?? Path.GetFileNameWithoutExtension(path);
        if (!IsSafeName(suite, allowSlash: false))
        {
            errors.Add(new ConfigError("suite", $"'{suite}' is not a usable name (letters, digits, '.', '_' and '-')"));
        }

        long seed = ReadNumber(root.GetSection("seed"), 1L, errors, long.TryParse);
        int suiteRuns = ReadNumber(root.GetSection("runs"), 10, errors, int.TryParse);
        var suiteBudget = (BudgetOptions)OptionsBinder.Bind(typeof(BudgetOptions), root.GetSection("budget"), [], errors, "the budget");

        IConfigurationSection experimentsSection = root.GetSection("experiments");
        var entries = experimentsSection.GetChildren().ToArray();
        if (entries.Length == 0)
        {
            errors.Add(new ConfigError("experiments", "the suite has no experiments (a list of {name, task, network, trainer})"));
            return null;
        }

        if (!entries.All(e => int.TryParse(e.Key, out _)))
        {
            errors.Add(new ConfigError("experiments", "must be a list of experiments"));
            return null;
        }

        var experiments = new List<ExperimentPlan>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (IConfigurationSection entry in entries)
        {
            foreach (ExperimentPlan experiment in ResolveExperiment(entry, suiteRuns, suiteBudget, seed, registry, errors))
            {
                if (seen.TryGetValue(experiment.Name, out string? firstPath))
                {
                    errors.Add(new ConfigError(entry.Path + ":name", $"duplicate experiment name '{experiment.Name}' (also at {firstPath}); give each a distinct name or label"));
                    continue;
                }

                seen[experiment.Name] = entry.Path;
                experiments.Add(experiment);
            }
        }

        return new SuitePlan(suite, seed, experiments, path);
    }

    private static IEnumerable<ExperimentPlan> ResolveExperiment(IConfigurationSection entry, int suiteRuns, BudgetOptions suiteBudget, long seed, Registry registry, List<ConfigError> errors)
    {
        CheckKeys(entry.GetChildren(), ExperimentKeys, "an experiment", errors);
        int errorsBefore = errors.Count;
        string? name = entry["name"];
        if (string.IsNullOrWhiteSpace(name))
        {
            errors.Add(new ConfigError(entry.Path + ":name", "every experiment needs a name"));
            name = "?";
        }
        else if (!IsSafeName(name, allowSlash: false))
        {
            errors.Add(new ConfigError(entry.Path + ":name", $"'{name}' is not a usable name (letters, digits, '.', '_' and '-')"));
        }

        int runs = ReadNumber(entry.GetSection("runs"), suiteRuns, errors, int.TryParse);
        if (runs <= 0)
        {
            errors.Add(new ConfigError(entry.GetSection("runs").Exists() ? entry.Path + ":runs" : "runs", $"runs must be at least 1, not {runs}"));
        }

        var experimentBudget = (BudgetOptions)OptionsBinder.Bind(typeof(BudgetOptions), entry.GetSection("budget"), [], errors, "the budget");
        BudgetOptions budgetOptions = suiteBudget.OverriddenBy(experimentBudget);
        Budget budget = budgetOptions.ToBudget();
        bool budgetUnreadable = errors.Any(e => e.Path.StartsWith("budget", StringComparison.OrdinalIgnoreCase) || e.Path.StartsWith(entry.Path + ":budget", StringComparison.OrdinalIgnoreCase));
        if (!budget.IsBounded && !budgetUnreadable)
        {
            errors.Add(new ConfigError(entry.Path + ":budget", "no budget: set evaluations, generations or wallSeconds here or in the suite's budget"));
        }

        var tasks = ResolveComponents(entry.GetSection("task"), ComponentKind.Task, registry, errors);
        var networks = ResolveComponents(entry.GetSection("network"), ComponentKind.Network, registry, errors);
        var trainers = ResolveComponents(entry.GetSection("trainer"), ComponentKind.Trainer, registry, errors);
        if (errors.Count > errorsBefore)
        {
            yield break;
        }

        foreach (var (task, taskIsList) in tasks)
        {
            foreach (var (network, networkIsList) in networks)
            {
                foreach (var (trainer, trainerIsList) in trainers)
                {
                    var nameParts = new List<string> { name };
                    if (taskIsList)
                    {
                        nameParts.Add(task.Label);
                    }

                    if (networkIsList)
                    {
                        nameParts.Add(network.Label);
                    }

                    if (trainerIsList)
                    {
                        nameParts.Add(trainer.Label);
                    }

                    var experiment = new ExperimentPlan(string.Join('/', nameParts), name, runs, budget, budgetOptions, task, network, trainer, entry.Path);
                    experiment = WithHash(experiment, seed);
                    if (CheckBuildable(experiment, seed, errors))
                    {
                        yield return experiment;
                    }
                }
            }
        }
    }

    private static ExperimentPlan WithHash(ExperimentPlan experiment, long seed)
    {
        var node = new JsonObject
        {
            ["name"] = experiment.Name,
            ["seed"] = seed,
            ["budget"] = JsonSerializer.SerializeToNode(experiment.BudgetOptions, CanonicalJsonOptions),
            ["task"] = JsonNode.Parse(experiment.Task.CanonicalJson),
            ["network"] = JsonNode.Parse(experiment.Network.CanonicalJson),
            ["trainer"] = JsonNode.Parse(experiment.Trainer.CanonicalJson),
        };
        string canonical = node.ToJsonString();
        string hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(canonical)));
        return experiment with { CanonicalJson = canonical, Hash = hash };
    }

    /// <summary>Builds run 0's task, network and trainer, turning construction failures into errors at the right path.</summary>
    private static bool CheckBuildable(ExperimentPlan experiment, long seed, List<ConfigError> errors)
    {
        var run = new PlannedRun(experiment, 0, Seeds.Trainer(seed, experiment, 0), Seeds.Task(seed, experiment, 0));
        ITask task;
        try
        {
            task = RunFactory.CreateTask(run);
        }
        catch (ArgumentException exception)
        {
            errors.Add(new ConfigError(experiment.Task.Path, $"invalid {experiment.Task.Registration.Name} options: {Reason(exception)}"));
            return false;
        }

        var networkOptions = (NetworkOptions)experiment.Network.Options;
        bool fits = true;
        if (networkOptions.Inputs is { } inputs && inputs != task.InputCount)
        {
            errors.Add(new ConfigError(experiment.Network.Path + ":inputs", $"the network has {inputs} inputs but task '{task.Kind}' gives {task.InputCount}"));
            fits = false;
        }

        if (networkOptions.Outputs is { } outputs && outputs != task.OutputCount)
        {
            errors.Add(new ConfigError(experiment.Network.Path + ":outputs", $"the network has {outputs} outputs but task '{task.Kind}' needs {task.OutputCount}"));
            fits = false;
        }

        if (!fits)
        {
            return false;
        }

        NetworkSpec network;
        try
        {
            network = RunFactory.CreateNetwork(run, seed, task);
        }
        catch (ArgumentException exception)
        {
            errors.Add(new ConfigError(experiment.Network.Path, $"network '{experiment.Network.Registration.Name}' does not fit task '{task.Kind}' ({task.InputCount} inputs, {task.OutputCount} outputs): {Reason(exception)}"));
            return false;
        }

        try
        {
            RunFactory.CreateTrainer(run, network, task, SequentialExecutor.Instance);
        }
        catch (ArgumentException exception)
        {
            errors.Add(new ConfigError(experiment.Trainer.Path, $"invalid {experiment.Trainer.Registration.Name} options: {Reason(exception)}"));
            return false;
        }

        return true;
    }

    private static string Reason(ArgumentException exception) =>
        exception.ParamName is null ? exception.Message : exception.Message.Replace($" (Parameter '{exception.ParamName}')", string.Empty, StringComparison.Ordinal);

    private static List<(ComponentConfig Config, bool FromList)> ResolveComponents(IConfigurationSection section, ComponentKind kind, Registry registry, List<ConfigError> errors)
    {
        string noun = NamingConvention.KebabCase(kind.ToString());
        var result = new List<(ComponentConfig, bool)>();
        if (!section.Exists())
        {
            errors.Add(new ConfigError(section.Path, $"missing {noun} (an object with a 'type', or a list of them); known: {string.Join(", ", registry.Names(kind))}"));
            return result;
        }

        var children = section.GetChildren().ToArray();
        bool isList = children.Length > 0 && children.All(c => int.TryParse(c.Key, out _));
        IEnumerable<IConfigurationSection> items = isList ? children : [section];
        var labels = new HashSet<string>(StringComparer.Ordinal);
        foreach (IConfigurationSection item in items)
        {
            string? type = item["type"];
            if (string.IsNullOrWhiteSpace(type))
            {
                errors.Add(new ConfigError(item.Path + ":type", $"missing 'type' of the {noun}; known: {string.Join(", ", registry.Names(kind))}"));
                continue;
            }

            ComponentRegistration? registration = registry.Find(kind, type);
            if (registration is null)
            {
                errors.Add(new ConfigError(item.Path + ":type", $"unknown {noun} '{type}'{Suggestions.DidYouMean(type, registry.Names(kind))}"));
                continue;
            }

            string label = item["label"] ?? type;
            if (!IsSafeName(label, allowSlash: false))
            {
                errors.Add(new ConfigError(item.Path + ":label", $"'{label}' is not a usable label (letters, digits, '.', '_' and '-')"));
                continue;
            }

            if (isList && !labels.Add(label))
            {
                errors.Add(new ConfigError(item.Path + ":label", $"two {noun}s in this list are both labelled '{label}'; give one a distinct 'label'"));
                continue;
            }

            int errorsBefore = errors.Count;
            object options = OptionsBinder.Bind(registration.OptionsType, item, ComponentReservedKeys, errors, $"{noun} '{type}'");
            if (errors.Count > errorsBefore)
            {
                continue;
            }

            JsonObject canonical = new() { ["type"] = type };
            foreach (var property in JsonSerializer.SerializeToNode(options, registration.OptionsType, CanonicalJsonOptions)!.AsObject().ToArray())
            {
                canonical[property.Key] = property.Value?.DeepClone();
            }

            result.Add((new ComponentConfig(registration, label, options, canonical.ToJsonString(), item.Path), isList));
        }

        return result;
    }

    private static void CheckKeys(IEnumerable<IConfigurationSection> children, string[] known, string owner, List<ConfigError> errors)
    {
        foreach (IConfigurationSection child in children)
        {
            if (!known.Contains(child.Key, StringComparer.OrdinalIgnoreCase))
            {
                errors.Add(new ConfigError(child.Path, $"unknown key '{child.Key}' in {owner}{Suggestions.DidYouMean(child.Key, known)}"));
            }
        }
    }

    private delegate bool Parser<T>(string text, out T value);

    private static T ReadNumber<T>(IConfigurationSection section, T fallback, List<ConfigError> errors, Parser<T> parse)
    {
        if (!section.Exists())
        {
            return fallback;
        }

        if (section.Value is { } text && parse(text, out T value))
        {
            return value;
        }

        errors.Add(new ConfigError(section.Path, $"expected a whole number, got '{section.Value ?? "an object or list"}'"));
        return fallback;
    }

    private static bool IsSafeName(string name, bool allowSlash) =>
        name.Length > 0 && name.Length <= 100 && name != "." && name != ".."
        && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '-' || (allowSlash && c == '/'));
}
