using Evorec.Genomes;
using Evorec.Networks;
using Evorec.Numerics;
using Evorec.Tasks;
using Evorec.Training;
using Evorec.Training.Evolution;

namespace Evorec.Tests.Training.Evolution;

/// <summary>
/// Pins NEAT's whole generational loop bit for bit: the population after 100 generations on XOR
/// (experiments/xor.json's setup, with and without recurrent connections) hashes to the values the
/// straightforward implementation gave before the speed work (main at d59f869). A change of
/// evaluation, crossover, mutation or speciation that alters any gene, weight bit or draw fails it.
/// The <c>neat121</c> weight mutation's case pins that scheme from its introduction on.
/// </summary>
public sealed class NeatReproducibilityTests
{
    [Theory]
    [InlineData(0.0, NeatWeightScheme.Paper, 0xF82123CC189F4EA9UL)]
    [InlineData(0.2, NeatWeightScheme.Paper, 0x569BC6426396EC7BUL)]
    [InlineData(0.2, NeatWeightScheme.Neat121, 0xF9689CC79E1CB402UL)]
    public void ThePopulationAfterAHundredGenerationsIsTheSameAsBeforeTheSpeedWork(double recurrentProbability, NeatWeightScheme scheme, ulong expected)
    {
        var task = new XorTask(new XorOptions { Bias = false, Ticks = 10 }, new TaskContext(StreamKey.FromSeed(1).Then("task")));
        var spec = new NeatGraphSpec(task.InputCount, task.OutputCount, new NeatGraphOptions { Bias = true });
        var options = new NeatOptions { WeightMutationProbability = 0.9, RecurrentConnectionProbability = recurrentProbability, TargetSpecies = 10, WeightMutation = scheme };
        var trainer = new NeatTrainer(options, spec, task, SequentialExecutor.Instance, StreamKey.FromSeed(3).Then("trainer"));
        for (int generation = 0; generation <= 100; generation++)
        {
            trainer.Step();
        }

        Assert.Equal(expected, Hash(trainer.Population.Genomes));
    }

    /// <summary>FNV-1a over every node (id, type) and connection gene (innovation, source, target, weight bits, enabled bit).</summary>
    private static ulong Hash(IReadOnlyList<NeatGenome> genomes)
    {
        ulong hash = 14695981039346656037UL;
        void Mix(long value) => hash = (hash ^ (ulong)value) * 1099511628211UL;
        foreach (NeatGenome genome in genomes)
        {
            foreach (NeatNodeGene node in genome.Nodes)
            {
                Mix(node.Id);
                Mix((int)node.Type);
            }

            foreach (NeatConnectionGene connection in genome.Connections)
            {
                Mix(connection.Innovation);
                Mix(connection.Source);
                Mix(connection.Target);
                Mix(BitConverter.DoubleToInt64Bits(connection.Weight));
                Mix(connection.Enabled ? 1 : 0);
            }
        }

        return hash;
    }
}
