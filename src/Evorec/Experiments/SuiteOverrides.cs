using System.Text.Json;
using System.Text.Json.Nodes;

namespace Evorec.Experiments;

/// <summary>
/// Applies list-valued <c>--set path=[…]</c> overrides to the suite's JSON itself. A configuration
/// overlay can only add or replace keys, so a shorter list laid over a longer one would keep the
/// longer list's tail (and a scalar laid over a list is ignored by the binder); replacing the node
/// in the document gives the list exactly as written.
/// </summary>
public static class SuiteOverrides
{
    /// <summary>Returns <paramref name="json"/> with each path replaced by its list; problems go to <paramref name="errors"/>.</summary>
    public static byte[] SetLists(byte[] json, IEnumerable<(string Path, JsonArray Value)> lists, List<ConfigError> errors)
    {
        JsonNode root = JsonNode.Parse(json, documentOptions: SuiteLoader.JsonReading)!;
        foreach ((string path, JsonArray value) in lists)
        {
            if (Set(root, path.Split(':'), value) is { } problem)
            {
                errors.Add(new ConfigError("--set", $"'{path}': {problem}"));
            }
        }

        return JsonSerializer.SerializeToUtf8Bytes(root);
    }

    private static string? Set(JsonNode root, string[] segments, JsonArray value)
    {
        JsonNode node = root;
        for (int i = 0; i < segments.Length; i++)
        {
            string segment = segments[i];
            bool last = i == segments.Length - 1;
            switch (node)
            {
                case JsonObject obj:
                    string name = obj.Select(p => p.Key).FirstOrDefault(k => string.Equals(k, segment, StringComparison.OrdinalIgnoreCase)) ?? segment;
                    if (last)
                    {
                        obj[name] = value;
                        return null;
                    }

                    obj[name] ??= new JsonObject();
                    node = obj[name]!;
                    break;
                case JsonArray array:
                    if (!int.TryParse(segment, out int index) || index < 0 || index >= array.Count)
                    {
                        return $"'{segment}' is not an index of the list at '{string.Join(':', segments[..i])}' (0 to {array.Count - 1})";
                    }

                    if (last)
                    {
                        array[index] = value;
                        return null;
                    }

                    node = array[index]!;
                    break;
                default:
                    return $"'{string.Join(':', segments[..i])}' is a value, not a section";
            }
        }

        return "the path is empty";
    }
}
