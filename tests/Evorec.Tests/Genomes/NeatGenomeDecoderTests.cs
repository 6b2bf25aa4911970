using Evorec.Genomes;
using Evorec.Networks;
using Evorec.Numerics;
using Evorec.Tests.Networks;
using Evorec.Tests.Support;

namespace Evorec.Tests.Genomes;

public sealed class NeatGenomeDecoderTests
{
    [Fact]
    public void DecodingAGenomeGivesTheNetworkItsEncodingLoads()
    {
        var spec = new NeatGraphSpec(2, 2, new NeatGraphOptions { Bias = true });
        var decoder = new NeatGenomeDecoder();
        var decoded = (NeatGraphNetwork)spec.Create();
        var loaded = (NeatGraphNetwork)spec.Create();
        var random = new RandomStream(new StreamKey(21));
        var decodedOutput = new double[2];
        var loadedOutput = new double[2];
        for (int trial = 0; trial < 100; trial++)
        {
            NeatGenome genome = NeatGraphSettlingTests.RandomGenome(2, true, 2, 0.3, 1 + (trial % 30), random);
            decoder.Decode(genome, decoded);
            spec.Load(NeatGenomeEncoding.Encode(genome), loaded);
            Assert.Equal(loaded.NodeCount, decoded.NodeCount);
            Assert.Equal(loaded.ConnectionCount, decoded.ConnectionCount);
            Assert.Equal(loaded.IsAcyclic, decoded.IsAcyclic);
            for (int step = 0; step < 8; step++)
            {
                double[] input = [step % 3, random.NextDouble(-1, 1)];
                decoded.Step(input, decodedOutput);
                loaded.Step(input, loadedOutput);
                Assert.Equal(loadedOutput, decodedOutput);
            }
        }
    }

    [Fact]
    public void DecodingAGenomeOfTheSameSizeAgainAllocatesNothing()
    {
        var spec = new NeatGraphSpec(2, 1, new NeatGraphOptions { Bias = true });
        NeatGenome genome = NeatGraphSettlingTests.RandomGenome(2, true, 1, 0.0, 20, new RandomStream(new StreamKey(4)));
        var decoder = new NeatGenomeDecoder();
        var network = (NeatGraphNetwork)spec.Create();
        decoder.Decode(genome, network);
        Assert.Equal(0, SteadyAllocation.Bytes(() =>
        {
            for (int i = 0; i < 1000; i++)
            {
                decoder.Decode(genome, network);
            }
        }));
    }

    [Fact]
    public void AGenomeOfAnotherShapeIsRefused()
    {
        var spec = new NeatGraphSpec(2, 1, new NeatGraphOptions { Bias = true });
        NeatGenome withoutBias = NeatGenome.CreateMinimal(2, false, 1, new RandomStream(new StreamKey(1)), 1.0);
        Assert.Throws<ArgumentException>(() => new NeatGenomeDecoder().Decode(withoutBias, (NeatGraphNetwork)spec.Create()));
    }
}
