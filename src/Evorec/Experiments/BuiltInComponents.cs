using Evorec.Genomes;
using Evorec.Networks;
using Evorec.Tasks;
using Evorec.Tasks.Control;
using Evorec.Training;
using Evorec.Training.Evolution;

namespace Evorec.Experiments;

/// <summary>The components that come with Evorec. To add one, register it here (see the README).</summary>
public static class BuiltInComponents
{
    /// <summary>A registry holding every built-in component.</summary>
    public static Registry CreateRegistry() => new Registry()
        .AddTask<SineGenerationOptions>(
            "sine-generation",
            "generate sin(0.2n) in closed loop: teacher-forced washout, then free-running on its own output (NRMSE)",
            (options, context) => new SineGenerationTask(options, context))
        .AddTask<MackeyGlassOptions>(
            "mackey-glass",
            "one-step-ahead prediction of the Mackey-Glass series, tau = 17 (NRMSE, with the persistence baseline)",
            (options, context) => new MackeyGlassTask(options, context))
        .AddTask<CartPoleOptions>(
            "cart-pole",
            "pole balancing (Wieland 1991): 1 or 2 poles, with or without velocities, steps or damping fitness, NEAT's or Gomez's setup",
            (options, context) => new CartPoleTask(options, context))
        .AddTask<XorOptions>(
            "xor",
            "XOR, NEAT's sanity check: fitness (4 - sum of |errors|)^2, solved when all four patterns are right",
            (options, context) => new XorTask(options, context))
        .AddNetwork<ElmanOptions>(
            "elman",
            "Elman simple recurrent network: tanh hidden layer with full recurrence, linear or tanh output",
            (options, context) => new ElmanSpec(context.InputCount, context.OutputCount, options))
        .AddNetwork<NeatGraphOptions>(
            "neat-graph",
            "NEAT's evolved graph: sensors, outputs and evolved hidden nodes with any (also recurrent) connections; trained only by 'neat'",
            (options, context) => new NeatGraphSpec(context.InputCount, context.OutputCount, options))
        .AddNetwork<FullyRecurrentOptions>(
            "fully-recurrent",
            "Williams-Zipser fully recurrent network: every neuron sees every neuron; the first k are the outputs",
            (options, context) => new FullyRecurrentSpec(context.InputCount, context.OutputCount, options))
        .AddTrainer<GeneticAlgorithmOptions>(
            "ga",
            "generational genetic algorithm: tournament selection, elitism, uniform or arithmetic crossover, Gaussian mutation",
            (options, context) => Evolve(new GeneticAlgorithm(FixedLength(context), options, context.Key), context))
        .AddTrainer<NeatOptions>(
            "neat",
            "NEAT (Stanley & Miikkulainen 2002): evolves topology and weights with innovation numbers, speciation and fitness sharing; needs network 'neat-graph'",
            (options, context) => new NeatTrainer(options, context.Network, context.Task, context.Executor, context.Key))
        .AddTrainer<RandomWeightGuessingOptions>(
            "rwg",
            "random weight guessing: every candidate a fresh uniform random weight vector (the simplest baseline)",
            (options, context) => Evolve(new RandomWeightGuessing(FixedLength(context), options, context.Key), context));

    /// <summary>
    /// The parameter count a fixed-length optimizer searches; throws <see cref="ArgumentException"/>
    /// for a network kind without a fixed layout (such as <c>neat-graph</c>).
    /// </summary>
    public static int FixedLength(TrainerContext context) => context.Network.HasFixedLayout
        ? context.Network.Layout.Count
        : throw new ArgumentException($"network '{context.Network.Kind}' has no fixed parameter layout; it is trained by its own trainer ('neat' for 'neat-graph')");

    /// <summary>An evolutionary trainer for <paramref name="optimizer"/> over the direct encoding.</summary>
    public static ITrainer Evolve(IOptimizer optimizer, TrainerContext context) =>
        new EvolutionTrainer(optimizer, new DirectEncoding(context.Network), context.Task, context.Executor, context.Key);
}
