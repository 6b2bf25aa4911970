using System.Globalization;

namespace Evorec.Experiments;

/// <summary>
/// Shard <see cref="Index"/> of <see cref="Count"/> (1-based, like a Slurm array task id): the
/// (experiment, run) pairs whose position in the plan, counted from 0, is Index − 1 modulo Count.
/// Round-robin spreads every experiment's runs over the shards, so shards take similar time;
/// the shards are disjoint and together cover the plan.
/// </summary>
/// <param name="Index">The shard, from 1 to <see cref="Count"/>.</param>
/// <param name="Count">The number of shards.</param>
public sealed record Shard(int Index, int Count)
{
    /// <summary>Whether the pair at <paramref name="position"/> of the plan belongs to this shard.</summary>
    public bool Contains(int position) => position % Count == Index - 1;

    /// <summary>Parses <c>I/N</c>; throws <see cref="ConfigException"/> naming <c>--shard</c>.</summary>
    public static Shard Parse(string text)
    {
        string[] parts = text.Split('/');
        if (parts.Length == 2
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int index)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int count)
            && count >= 1 && index >= 1 && index <= count)
        {
            return new Shard(index, count);
        }

        throw new ConfigException("--shard", $"'{text}' is not I/N with 1 <= I <= N (for example 2/4)");
    }

    /// <summary>The form I/N.</summary>
    public override string ToString() => $"{Index}/{Count}";
}
