namespace Evorec.Reporting;

/// <summary>
/// The manifests of a results folder merged into one: <c>manifest.json</c> of an unsharded run
/// and the <c>manifest-&lt;I&gt;-of-&lt;N&gt;.json</c> files that the shards of a cluster run write
/// side by side. Experiments are merged by name; the same name with two different hashes is an
/// error naming both files.
/// </summary>
public static class ManifestSet
{
    /// <summary>The file name of shard <paramref name="index"/> of <paramref name="count"/> (1-based).</summary>
    public static string ShardFileName(int index, int count) => $"manifest-{index}-of-{count}.json";

    /// <summary>Whether <paramref name="folder"/> holds any manifest.</summary>
    public static bool Exists(string folder) => Files(folder).Length > 0;

    /// <summary>Reads and merges every manifest of <paramref name="folder"/>.</summary>
    /// <exception cref="InvalidDataException">There is no manifest, one cannot be read, or two disagree.</exception>
    public static SuiteManifest Read(string folder)
    {
        string[] files = Files(folder);
        if (files.Length == 0)
        {
            throw new InvalidDataException($"{folder}: not a results folder (no {SuiteManifest.FileName} or manifest-<I>-of-<N>.json)");
        }

        var manifests = files.Select(f => (File: f, Manifest: ResultsJson.Read<SuiteManifest>(f))).ToArray();
        var first = manifests[0];
        var experiments = new List<ManifestExperiment>();
        var origin = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (file, manifest) in manifests)
        {
            if (manifest.Seed != first.Manifest.Seed)
            {
                throw new InvalidDataException($"{file}: suite seed {manifest.Seed} differs from {first.Manifest.Seed} in {first.File}");
            }

            foreach (ManifestExperiment experiment in manifest.Experiments)
            {
                ManifestExperiment? known = experiments.FirstOrDefault(e => e.Name == experiment.Name);
                if (known is null)
                {
                    experiments.Add(experiment);
                    origin[experiment.Name] = file;
                }
                else if (known.Hash != experiment.Hash)
                {
                    throw new InvalidDataException($"{file}: experiment '{experiment.Name}' has another configuration than in {origin[experiment.Name]}");
                }
            }
        }

        string[] statuses = manifests.Select(m => m.Manifest.Status).ToArray();
        string status = statuses.Contains("interrupted") ? "interrupted"
            : statuses.Contains("running") ? "running"
            : statuses.Contains("failed") ? "failed"
            : "finished";
        return first.Manifest with
        {
            Experiments = experiments,
            Status = status,
            StartedAt = manifests.Min(m => m.Manifest.StartedAt)!,
            FinishedAt = manifests.All(m => m.Manifest.FinishedAt is not null) ? manifests.Max(m => m.Manifest.FinishedAt) : null,
        };
    }

    /// <summary>The planned runs of <paramref name="manifest"/> that have no run file in <paramref name="folder"/>, as "experiment run k".</summary>
    public static IReadOnlyList<string> MissingRuns(string folder, SuiteManifest manifest) =>
        manifest.Experiments
            .SelectMany(e => Enumerable.Range(0, e.Runs).Where(k => !File.Exists(ResultsLayout.RunResultPath(folder, e.Name, k))).Select(k => $"{e.Name} run {k}"))
            .ToArray();

    private static string[] Files(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return [];
        }

        string single = Path.Combine(folder, SuiteManifest.FileName);
        var shards = Directory.GetFiles(folder, "manifest-*-of-*.json").Order(StringComparer.Ordinal);
        return (File.Exists(single) ? new[] { single } : []).Concat(shards).ToArray();
    }
}
