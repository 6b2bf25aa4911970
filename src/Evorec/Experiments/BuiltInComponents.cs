using Evorec.Genomes;
using Evorec.Networks;
using Evorec.Tasks;
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
        .AddNetwork<ElmanOptions>(
            "elman",
            "Elman simple recurrent network: tanh hidden layer with full recurrence, linear or tanh output",
            (options, context) => new ElmanSpec(context.InputCount, context.OutputCount, options))
        .AddNetwork<FullyRecurrentOptions>(
            "fully-recurrent",
            "Williams-Zipser fully recurrent network: every neuron sees every neuron; the first k are the outputs",
            (options, context) => new FullyRecurrentSpec(context.InputCount, context.OutputCount, options))
        .AddTrainer<GeneticAlgorithmOptions>(
            "ga",
            "generational genetic algorithm: tournament selection, elitism, uniform or arithmetic crossover, Gaussian mutation",
            (options, context) => Evolve(new GeneticAlgorithm(context.Network.Layout.Count, options, context.Key), context))
        .AddTrainer<RandomWeightGuessingOptions>(
            "rwg",
            "random weight guessing: every candidate a fresh uniform random weight vector (the simplest baseline)",
            (options, context) => Evolve(new RandomWeightGuessing(context.Network.Layout.Count, options, context.Key), context))
        .AddTrainer<CooperativeSynapseNeuroevolutionOptions>(
            "cosyne",
            "CoSyNE (Gomez et al. 2008): one subpopulation per weight, top quarter bred, fitness-dependent permutation of weights",
            (options, context) => Evolve(new CooperativeSynapseNeuroevolution(context.Network.Layout.Count, options, context.Key), context))
        .AddTrainer<EnforcedSubpopulationsOptions>(
            "esp",
            "ESP (Gomez & Miikkulainen 1999): one subpopulation per neuron, neuron fitness averaged over trials, burst mutation",
            (options, context) => Evolve(new EnforcedSubpopulations(context.Network.Layout, options, context.Key), context))
        .AddTrainer<CovarianceMatrixAdaptationOptions>(
            "cma-es",
            "CMA-ES (Hansen's tutorial defaults, active update, lazy eigendecomposition), optional IPOP restarts",
            (options, context) => Evolve(CovarianceMatrixAdaptation.Full(context.Network.Layout.Count, options, context.Key), context))
        .AddTrainer<SeparableCovarianceMatrixAdaptationOptions>(
            "sep-cma-es",
            "sep-CMA-ES (Ros & Hansen 2008): CMA-ES with a diagonal covariance, linear time and memory for large genomes",
            (options, context) => Evolve(CovarianceMatrixAdaptation.Separable(context.Network.Layout.Count, options, context.Key), context))
        .AddTrainer<SimulatedAnnealingOptions>(
            "simulated-annealing",
            "simulated annealing (Kirkpatrick et al. 1983): Metropolis acceptance, geometric cooling, adaptive Gaussian steps",
            (options, context) => Evolve(new SimulatedAnnealing(context.Network.Layout.Count, options, context.Key), context))
        .AddTrainer<ParticleSwarmOptions>(
            "pso",
            "particle swarm optimization with Clerc & Kennedy's (2002) constriction coefficient, global or ring neighbourhood",
            (options, context) => Evolve(new ParticleSwarmOptimization(context.Network.Layout.Count, options, context.Key), context));

    /// <summary>An evolutionary trainer for <paramref name="optimizer"/> over the direct encoding.</summary>
    public static ITrainer Evolve(IOptimizer optimizer, TrainerContext context) =>
        new EvolutionTrainer(optimizer, new DirectEncoding(context.Network), context.Task, context.Executor, context.Key);
}
