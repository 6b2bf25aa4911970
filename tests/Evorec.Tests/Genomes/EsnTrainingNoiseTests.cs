using Evorec.Genomes;
using Evorec.Networks;
using Evorec.Numerics;
using Evorec.Tasks;

namespace Evorec.Tests.Genomes;

/// <summary>Jaeger's state noise during the readout's teacher-forced training run (GMD Report 148, 2001, eq. 24).</summary>
public sealed class EsnTrainingNoiseTests
{
    private static SineGenerationTask Sine() =>
        new(new SineGenerationOptions { Washout = 20, Length = 120, TestLength = 100 }, new TaskContext(StreamKey.FromSeed(3)));

    private static (double[] Readout, double[] Outputs) Decode(double noise)
    {
        var options = new EsnOptions { Reservoir = 40, SpectralRadius = 0.8, OutputFeedback = true, ReadoutInputs = false, TrainingNoise = noise };
        var spec = new EsnSpec(1, 1, options, StreamKey.FromSeed(9));
        var decoder = new ReadoutSolvingDecoder(spec, Sine().Dataset, ReadoutMethod.Ridge, 1e-10);
        IDecodingWorker worker = decoder.CreateWorker();
        IRecurrentNetwork network = worker.Decode([]);
        double[] readout = spec.OutputWeights.Slice(worker.Parameters).ToArray();

        // After decoding the noise is off: two resets give the same run.
        var outputs = new double[2];
        var output = new double[1];
        for (int pass = 0; pass < 2; pass++)
        {
            network.Reset();
            for (int t = 0; t < 30; t++)
            {
                network.Step([Math.Sin(0.2 * t)], output);
            }

            outputs[pass] = output[0];
        }

        return (readout, outputs);
    }

    [Fact]
    public void NoiseChangesTheSolvedReadoutReproduciblyAndIsOffWhenTheNetworkRuns()
    {
        (double[] clean, _) = Decode(0.0);
        (double[] noisy, double[] runs) = Decode(1e-3);
        (double[] again, _) = Decode(1e-3);
        Assert.NotEqual(clean, noisy);
        Assert.Equal(noisy, again);
        Assert.Equal(runs[0], runs[1]);
    }

    [Fact]
    public void ANegativeNoiseIsRefused()
    {
        var options = new EsnOptions { Reservoir = 10, TrainingNoise = -1 };
        ArgumentException error = Assert.Throws<ArgumentException>(() => new EsnSpec(1, 1, options, StreamKey.FromSeed(1)));
        Assert.Contains("trainingNoise", error.Message);
    }
}
