namespace Evorec.Reporting;

/// <summary>
/// The experiments of one or more results folders, read from their manifests and run files only, ready to report
/// together. Experiment names are kept unless two folders hold an experiment of the same name; then every experiment
/// is prefixed with its suite (or, if suites share names, its folder's name) so names stay unique.
/// </summary>
public sealed class ResultsSet
{
    private ResultsSet(IReadOnlyList<(string Folder, SuiteManifest Manifest)> sources, IReadOnlyList<ExperimentResults> experiments)
    {
        Sources = sources;
        Experiments = experiments;
    }

    /// <summary>Each folder read and its manifest, in the order given.</summary>
    public IReadOnlyList<(string Folder, SuiteManifest Manifest)> Sources { get; }

    /// <summary>Every experiment, in folder order then manifest order.</summary>
    public IReadOnlyList<ExperimentResults> Experiments { get; }

    /// <summary>The experiments grouped into task families (same group, same task configuration), in order of first appearance.</summary>
    public IReadOnlyList<TaskFamily> Families =>
        Experiments.GroupBy(e => e.FamilyKey).Select(g => new TaskFamily(g.Key.Group, g.First().Experiment.Task, g.Key.TaskHash, g.ToArray())).ToArray();

    /// <summary>Reads <paramref name="folders"/>.</summary>
    /// <exception cref="InvalidDataException">A folder has no readable manifest, or a run file is not valid.</exception>
    public static ResultsSet Read(IReadOnlyList<string> folders)
    {
        if (folders.Count == 0)
        {
            throw new ArgumentException("At least one results folder is needed.", nameof(folders));
        }

        var sources = new List<(string, SuiteManifest)>();
        foreach (string folder in folders)
        {
            sources.Add((folder, ManifestSet.Read(folder)));
        }

        bool clash = sources.SelectMany(s => s.Item2.Experiments.Select(e => e.Name)).GroupBy(n => n, StringComparer.Ordinal).Any(g => g.Count() > 1);
        string[] prefixes = Prefixes(sources);
        var experiments = new List<ExperimentResults>();
        for (int index = 0; index < sources.Count; index++)
        {
            var (folder, manifest) = sources[index];
            foreach (ManifestExperiment experiment in manifest.Experiments)
            {
                string local = experiment.Name.StartsWith(experiment.Group + "/", StringComparison.Ordinal)
                    ? experiment.Name[(experiment.Group.Length + 1)..]
                    : experiment.Name;
                experiments.Add(new ExperimentResults
                {
                    Experiment = experiment,
                    Name = clash ? $"{prefixes[index]}/{experiment.Name}" : experiment.Name,
                    ShortName = clash ? $"{prefixes[index]}/{local}" : local,
                    Suite = manifest.Suite,
                    Folder = folder,
                    Runs = SummaryBuilder.ReadRuns(folder, experiment),
                });
            }
        }

        return new ResultsSet(sources, experiments);
    }

    /// <summary>The suite names when they are distinct, else the folder names when those are, else the folders' positions (1, 2, …).</summary>
    private static string[] Prefixes(List<(string Folder, SuiteManifest Manifest)> sources)
    {
        string[] suites = sources.Select(s => s.Manifest.Suite).ToArray();
        if (suites.Distinct(StringComparer.Ordinal).Count() == suites.Length)
        {
            return suites;
        }

        string[] names = sources.Select(s => Path.GetFileName(Path.TrimEndingDirectorySeparator(Path.GetFullPath(s.Folder)))).ToArray();
        return names.Distinct(StringComparer.Ordinal).Count() == names.Length
            ? names
            : Enumerable.Range(1, sources.Count).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).ToArray();
    }
}
