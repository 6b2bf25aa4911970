namespace Evorec.Networks;

/// <summary>The parameter blocks of one gate type of an LSTM layer, one row per memory block.</summary>
/// <param name="Weights">Weights from the sources (inputs, then every cell output) — blocks × sources.</param>
/// <param name="Bias">One bias per memory block.</param>
/// <param name="Peepholes">Weights from the block's cell states (blocks × cells per block), or null without peepholes.</param>
public sealed record LstmGate(ParameterBlock Weights, ParameterBlock Bias, ParameterBlock? Peepholes)
{
    /// <summary>The parameter indices memory block <paramref name="block"/> owns in this gate.</summary>
    public IEnumerable<int> IndicesOf(int block) =>
        Weights.RowIndices(block).Concat(Bias.RowIndices(block)).Concat(Peepholes?.RowIndices(block) ?? []);
}
