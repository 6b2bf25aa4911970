using Evorec.Genomes;

namespace Evorec.Tests.Genomes;

/// <summary>The two parents of Stanley &amp; Miikkulainen 2002, Figure 4 (node 1-3 inputs, 4 the output).</summary>
internal static class NeatFigure4
{
    public static NeatGenome Parent1(double weight = 0.5) => new(
        [Input(1), Input(2), Input(3), Output(4), Hidden(5)],
        [
            Connection(1, 1, 4, weight), Connection(2, 2, 4, weight, enabled: false), Connection(3, 3, 4, weight),
            Connection(4, 2, 5, weight), Connection(5, 5, 4, weight), Connection(8, 1, 5, weight),
        ]);

    public static NeatGenome Parent2(double weight = -0.5) => new(
        [Input(1), Input(2), Input(3), Output(4), Hidden(5), Hidden(6)],
        [
            Connection(1, 1, 4, weight), Connection(2, 2, 4, weight, enabled: false), Connection(3, 3, 4, weight),
            Connection(4, 2, 5, weight), Connection(5, 5, 4, weight, enabled: false), Connection(6, 5, 6, weight),
            Connection(7, 6, 4, weight), Connection(9, 3, 5, weight), Connection(10, 1, 6, weight),
        ]);

    public static NeatNodeGene Input(int id) => new(id, NeatNodeType.Input);

    public static NeatNodeGene Output(int id) => new(id, NeatNodeType.Output);

    public static NeatNodeGene Hidden(int id) => new(id, NeatNodeType.Hidden);

    public static NeatConnectionGene Connection(int innovation, int source, int target, double weight, bool enabled = true) =>
        new(innovation, source, target, weight, enabled);
}
