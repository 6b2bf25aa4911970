namespace Evorec.Networks;

/// <summary>
/// The parameter vector of a <c>neat-graph</c> network: a NEAT genome written flat (the genome
/// itself lives in <c>Evorec.Genomes.NeatGenome</c>; this is its on-disk and in-memory exchange
/// format, which is what a run file's <c>best_parameters</c> holds for a NEAT run). Layout:
/// <c>[1 (format), N (node genes), C (connection genes),
/// then per node gene, in increasing id order: id, type (0 input, 1 bias, 2 output, 3 hidden),
/// then per connection gene, in increasing innovation order: innovation, source id, target id,
/// weight, enabled (1 or 0)]</c>; length 3 + 2N + 5C. Node types appear in the order inputs,
/// bias, outputs, hidden. Ids and innovations are integers below 2³¹, so the encoding is exact.
/// </summary>
public static class NeatGraphEncoding
{
    /// <summary>The format number, the first value.</summary>
    public const double Format = 1.0;

    /// <summary>Values before the node genes.</summary>
    public const int HeaderLength = 3;

    /// <summary>Values per node gene.</summary>
    public const int NodeStride = 2;

    /// <summary>Values per connection gene.</summary>
    public const int ConnectionStride = 5;

    /// <summary>Type code of an input node.</summary>
    public const int InputType = 0;

    /// <summary>Type code of the bias node.</summary>
    public const int BiasType = 1;

    /// <summary>Type code of an output node.</summary>
    public const int OutputType = 2;

    /// <summary>Type code of a hidden node.</summary>
    public const int HiddenType = 3;

    /// <summary>The length of an encoding of <paramref name="nodes"/> node genes and <paramref name="connections"/> connection genes.</summary>
    public static int Length(int nodes, int connections) => HeaderLength + (NodeStride * nodes) + (ConnectionStride * connections);

    /// <summary>Whether <paramref name="values"/> has a format-1 header that agrees with its length.</summary>
    public static bool HasValidHeader(ReadOnlySpan<double> values) =>
        values.Length >= HeaderLength && values[0] == Format
        && IsCount(values[1]) && IsCount(values[2])
        && values.Length == HeaderLength + (NodeStride * (long)values[1]) + (ConnectionStride * (long)values[2]);

    /// <summary>Whether <paramref name="value"/> is a non-negative integer that fits an <see cref="int"/>.</summary>
    public static bool IsCount(double value) => value >= 0 && value <= int.MaxValue && Math.Floor(value) == value;
}
