using Evorec.Experiments;
using Evorec.Genomes;
using Evorec.Networks;
using Evorec.Numerics;
using Evorec.Reporting;
using Evorec.Tasks;
using Evorec.Tests.Support;

namespace Evorec.Tests.Genomes;

[Collection(ConsoleCollection.Name)]
public sealed class ReadoutSolvingDecoderTests
{
    private static SineGenerationTask Sine() =>
        new(new SineGenerationOptions { Washout = 20, Length = 120, TestLength = 100 }, new TaskContext(StreamKey.FromSeed(3)));

    [Fact]
    public void TheGenomeExcludesTheReadoutBlocksAndEspGroupsAreRemapped()
    {
        var spec = new LstmSpec(1, 1, new LstmOptions { Blocks = 3 });
        var decoder = new ReadoutSolvingDecoder(spec, Sine().Dataset, ReadoutMethod.PseudoInverse, 0.0);
        int readout = spec.Layout.ReadoutBlocks.Sum(b => b.Length);
        Assert.True(readout > 0);
        Assert.Equal(spec.Layout.Count - readout, decoder.GenomeLength);
        Assert.Equal(decoder.GenomeLength, decoder.GenomeLayout.Count);
        Assert.All(decoder.GenomeLayout.Blocks, b => Assert.False(b.IsReadout));
        Assert.Equal(decoder.GenomeLength, decoder.GenomeLayout.NeuronGroups.Sum(g => g.Indices.Count));
    }

    [Fact]
    public void ParametersHoldTheGenomeAndTheSolvedReadoutAndRebuildTheSameNetwork()
    {
        var task = Sine();
        var spec = new LstmSpec(1, 1, new LstmOptions { Blocks = 3 });
        var decoder = new ReadoutSolvingDecoder(spec, task.Dataset, ReadoutMethod.Ridge, 1e-6);
        var genome = new double[decoder.GenomeLength];
        var random = new RandomStream(StreamKey.FromSeed(5));
        for (int i = 0; i < genome.Length; i++)
        {
            genome[i] = random.NextDouble(-1, 1);
        }

        IDecodingWorker worker = decoder.CreateWorker();
        IRecurrentNetwork decoded = worker.Decode(genome);
        double[] parameters = worker.Parameters.ToArray();
        var nonReadout = Enumerable.Range(0, parameters.Length)
            .Where(i => !spec.Layout.ReadoutBlocks.Any(b => i >= b.Offset && i < b.Offset + b.Length))
            .Select(i => parameters[i]);
        Assert.Equal(genome, nonReadout);
        Assert.Contains(spec.Layout.ReadoutBlocks.SelectMany(b => b.Slice(parameters).ToArray()), w => w != 0);

        ITaskEvaluator evaluator = task.CreateEvaluator();
        Evaluation first = evaluator.Evaluate(decoded, StreamKey.FromSeed(1));
        IRecurrentNetwork rebuilt = spec.Create();
        spec.Load(parameters, rebuilt);
        Evaluation second = evaluator.Evaluate(rebuilt, StreamKey.FromSeed(1));
        Assert.Equal(first.Error, second.Error);

        Assert.Equal(0, SteadyAllocation.Bytes(() =>
        {
            for (int i = 0; i < 5; i++)
            {
                worker.Decode(genome);
            }
        }));
    }

    [Fact]
    public void AnEsnWithARidgeReadoutGeneratesASineWithASmallError()
    {
        var task = Sine();
        var spec = new EsnSpec(1, 1, new EsnOptions { Reservoir = 50, SpectralRadius = 0.8 }, StreamKey.FromSeed(9));
        var decoder = new ReadoutSolvingDecoder(spec, task.Dataset, ReadoutMethod.Ridge, 1e-8);
        Assert.Equal(0, decoder.GenomeLength);
        IRecurrentNetwork network = decoder.CreateWorker().Decode([]);
        Evaluation evaluation = task.CreateEvaluator().Evaluate(network, StreamKey.FromSeed(1));
        Assert.True(evaluation.Error < 1e-3, $"error {evaluation.Error}");
    }

    [Fact]
    public void ASpecWithoutALinearReadoutIsRefused()
    {
        var spec = new FullyRecurrentSpec(1, 1, new FullyRecurrentOptions { Neurons = 3 });
        var exception = Assert.Throws<ArgumentException>(() => new ReadoutSolvingDecoder(spec, Sine().Dataset, ReadoutMethod.Ridge, 1e-6));
        Assert.Contains(spec.ReadoutUnsupportedReason!, exception.Message);
    }

    [Fact]
    public void ValidationRefusesAClosedFormReadoutOnAnUnsupportedKindAtTheTrainersPath()
    {
        const string Json = """
            {
              "suite": "bad", "runs": 1, "budget": { "evaluations": 100 },
              "experiments": [
                { "name": "a", "task": { "type": "sine-generation" }, "network": { "type": "fully-recurrent", "neurons": 3 }, "trainer": { "type": "ga", "population": 10, "readout": "ridge" } }
              ]
            }
            """;
        using var folder = new TemporaryFolder();
        var (exitCode, _, error) = CommandLine.Run("validate", folder.WriteFile("suite.json", Json));
        Assert.Equal(2, exitCode);
        Assert.Contains("experiments:0:trainer", error);
        Assert.Contains("readout 'ridge' is not possible", error);
    }

    [Fact]
    public void AReplayedReadoutSolvedRunEqualsItsRecord()
    {
        const string Json = """
            {
              "suite": "readout", "seed": 4, "runs": 2, "budget": { "evaluations": 200 },
              "experiments": [
                { "name": "lstm", "task": { "type": "sine-generation", "length": 60, "testLength": 60 }, "network": { "type": "lstm", "blocks": 2 },
                  "trainer": [ { "type": "esp", "subpopulationSize": 5, "trials": 2, "readout": "pseudo-inverse" }, { "type": "ga", "population": 10, "readout": "ridge", "ridgeLambda": 1e-4 } ] }
              ]
            }
            """;
        using var folder = new TemporaryFolder();
        var plan = Suites.Load(folder, Json);
        string output = folder.Combine("out");
        Suites.Run(plan, output, 2);
        int replayed = 0;
        foreach (var run in plan.Runs())
        {
            var outcome = RunReplay.Replay(ResultsLayout.RunResultPath(output, run.Experiment.Name, run.Index), BuiltInComponents.CreateRegistry());
            Assert.True(outcome.Matches, $"{run}: {outcome.Training.Error} vs {outcome.Recorded.FinalError}");
            Assert.True(outcome.Recorded.FinalError is double error && double.IsFinite(error));
            replayed++;
        }

        Assert.Equal(4, replayed);
    }
}
