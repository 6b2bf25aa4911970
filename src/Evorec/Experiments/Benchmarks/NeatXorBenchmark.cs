using System.Diagnostics;
using Evorec.Networks;
using Evorec.Numerics;
using Evorec.Tasks;
using Evorec.Training;
using Evorec.Training.Evolution;

namespace Evorec.Experiments.Benchmarks;

/// <summary>
/// Measures NEAT's XOR throughput — fitness evaluations per wall-clock second of the whole
/// generational loop (evaluation, speciation and reproduction), the figure NEAT implementations
/// usually quote — for <c>evorec bench</c>. It runs the setup of <c>experiments/xor.json</c>
/// (population 150, network bias node, 90% weight mutation, no recurrent connections, dynamic
/// threshold toward 10 species) for a fixed number of generations, whether or not XOR is solved
/// on the way. Networks grow over a long measurement (after 1,000 generations a genome has about 150
/// connections and 35 hidden nodes, its longest path about 20 connections, against 2–3 hidden nodes
/// when XOR is solved), so a short one (100 generations) measures networks of XOR's size. Timing is
/// not a test: call it from a benchmark, never assert on it.
/// </summary>
public static class NeatXorBenchmark
{
    /// <summary>Runs <paramref name="generations"/> generations of NEAT on XOR and times them.</summary>
    /// <param name="generations">Generations to run (after one untimed warm-up generation).</param>
    /// <param name="executor">Runs the evaluations (for example a worker pool's executor).</param>
    /// <param name="ticks">Network steps per XOR pattern (the suite uses 10).</param>
    /// <param name="seed">The run's seed.</param>
    public static NeatThroughput Measure(int generations, IParallelExecutor executor, int ticks = 10, long seed = 1)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(generations);
        var task = new XorTask(new XorOptions { Bias = false, Ticks = ticks }, new TaskContext(StreamKey.FromSeed(seed).Then("task")));
        var spec = new NeatGraphSpec(task.InputCount, task.OutputCount, new NeatGraphOptions { Bias = true });
        var options = new NeatOptions
        {
            WeightMutationProbability = 0.9,
            RecurrentConnectionProbability = 0.0,
            TargetSpecies = 10,
        };
        var trainer = new NeatTrainer(options, spec, task, executor, StreamKey.FromSeed(seed).Then("trainer"));
        GenerationRecord warmUp = trainer.Step();
        var clock = Stopwatch.StartNew();
        GenerationRecord last = warmUp;
        for (int g = 0; g < generations; g++)
        {
            last = trainer.Step();
        }

        double seconds = clock.Elapsed.TotalSeconds;
        long evaluations = last.Evaluations - warmUp.Evaluations;
        long steps = last.NetworkSteps - warmUp.NetworkSteps;
        return new NeatThroughput(evaluations, steps, seconds, executor.WorkerCount, last.Extra!["mean_connections"], last.Extra["mean_hidden_nodes"]);
    }

    /// <summary>As <see cref="Measure(int, IParallelExecutor, int, long)"/>, with the evaluations spread over a pool of <paramref name="threads"/> workers.</summary>
    public static NeatThroughput Measure(int generations, int threads, int ticks = 10, long seed = 1)
    {
        NeatThroughput? result = null;
        new WorkerPool(threads).Run([executor => result = Measure(generations, executor, ticks, seed)]);
        return result!;
    }
}
