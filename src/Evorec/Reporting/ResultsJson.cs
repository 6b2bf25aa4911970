using System.Text.Json;
using System.Text.Json.Serialization;

namespace Evorec.Reporting;

/// <summary>The JSON conventions of every results file: snake_case keys, indented, nulls kept.</summary>
public static class ResultsJson
{
    /// <summary>The serializer options of results files.</summary>
    public static JsonSerializerOptions Options { get; } = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DictionaryKeyPolicy = null,
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.Never,
        NumberHandling = JsonNumberHandling.Strict,
    };

    /// <summary>A finite value, or null for NaN and infinities (JSON has no such numbers).</summary>
    public static double? Finite(double value) => double.IsFinite(value) ? value : null;

    /// <summary>Serializes <paramref name="value"/> and writes it atomically to <paramref name="path"/>.</summary>
    public static void Write<T>(string path, T value) => AtomicFile.WriteAllText(path, JsonSerializer.Serialize(value, Options) + "\n");

    /// <summary>Reads a results file.</summary>
    /// <exception cref="InvalidDataException">The file is not a valid results file of this type.</exception>
    public static T Read<T>(string path)
    {
        try
        {
            return JsonSerializer.Deserialize<T>(File.ReadAllBytes(path), Options)
                ?? throw new InvalidDataException($"'{path}' is empty.");
        }
        catch (JsonException exception)
        {
            throw new InvalidDataException($"'{path}' is not a valid results file: {exception.Message}", exception);
        }
    }
}
