using Evorec.Genomes;

namespace Evorec.Tests.Genomes;

public sealed class NeatGenomeEncodingTests
{
    [Fact]
    public void EncodingRoundTripsExactlyAndHasTheDocumentedLayout()
    {
        NeatGenome genome = NeatFigure4.Parent2(-0.123456789012345);
        double[] encoded = NeatGenomeEncoding.Encode(genome);
        NeatGenome decoded = NeatGenomeEncoding.Decode(encoded);

        Assert.Equal(3 + (2 * 6) + (5 * 9), encoded.Length);
        Assert.Equal([1.0, 6.0, 9.0, 1.0, 0.0], encoded[..5]);
        Assert.Equal(genome.Nodes, decoded.Nodes);
        Assert.Equal(genome.Connections, decoded.Connections);
    }

    [Fact]
    public void MalformedEncodingsAreRefused()
    {
        double[] encoded = NeatGenomeEncoding.Encode(NeatFigure4.Parent1());
        Assert.Throws<ArgumentException>(() => NeatGenomeEncoding.Decode(encoded[..^1]));
        encoded[^1] = 0.5;
        Assert.Throws<ArgumentException>(() => NeatGenomeEncoding.Decode(encoded));
    }
}
