namespace Evorec.Reporting.Plotting;

/// <summary>
/// Gives each series key (e.g. a trainer name) a fixed colour, so the same key has the same colour in every plot of a report.
/// Build it once from the full key set: keys are de-duplicated and sorted ordinally, then coloured in
/// <see cref="Palette.OkabeIto"/> order (cycling after eight keys), so the result does not depend on the order keys were seen.
/// </summary>
public sealed class ColourAssignment
{
    private readonly Dictionary<string, Colour> colours;

    /// <summary>Assigns colours to the distinct keys in ordinal sort order.</summary>
    /// <param name="keys">Every key that will be plotted in the report.</param>
    public ColourAssignment(IEnumerable<string> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        Keys = keys.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        colours = new Dictionary<string, Colour>(StringComparer.Ordinal);
        for (var index = 0; index < Keys.Count; index++)
        {
            colours[Keys[index]] = Palette.At(index);
        }
    }

    /// <summary>The distinct keys in the order colours were assigned.</summary>
    public IReadOnlyList<string> Keys { get; }

    /// <summary>The colour of <paramref name="key"/>.</summary>
    /// <param name="key">A key given to the constructor.</param>
    /// <returns>The key's colour.</returns>
    /// <exception cref="KeyNotFoundException">The key was not in the key set.</exception>
    public Colour this[string key] =>
        colours.TryGetValue(key, out var colour)
            ? colour
            : throw new KeyNotFoundException($"Key '{key}' was not in the key set given to {nameof(ColourAssignment)}.");
}
