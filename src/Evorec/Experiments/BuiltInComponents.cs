using Evorec.Genomes;
using Evorec.Networks;
using Evorec.Tasks;
using Evorec.Tasks.Control;
using Evorec.Tasks.Languages;
using Evorec.Tasks.Memory;
using Evorec.Tasks.TimeSeries;
using Evorec.Training;
using Evorec.Training.Evolution;
using Evorec.Training.Gradient;

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
            "Mackey-Glass series, tau = 17: one-step or free-running prediction, optional NRMSE84 test (Jaeger & Haas 2004); persistence and AR baselines",
            (options, context) => new MackeyGlassTask(options, context))
        .AddTask<CartPoleOptions>(
            "cart-pole",
            "pole balancing (Wieland 1991): 1 or 2 poles, with or without velocities, steps or damping fitness, NEAT's or Gomez's setup",
            (options, context) => new CartPoleTask(options, context))
        .AddTask<XorOptions>(
            "xor",
            "XOR, NEAT's sanity check: fitness (4 - sum of |errors|)^2, solved when all four patterns are right",
            (options, context) => new XorTask(options, context))
        .AddTask<MsoOptions>(
            "mso",
            "multiple superimposed oscillators MSO-k (k sines, alpha 0.2, 0.311, ...): closed-loop generation, free-running NRMSE; persistence and AR baselines",
            (options, context) => new MsoTask(options, context))
        .AddTask<NarmaOptions>(
            "narma",
            "NARMA-n system identification (order 10 by default): input u(t), target y(t+1), NRMSE; persistence and linear baselines",
            (options, context) => new NarmaTask(options, context))
        .AddTask<CountingLanguageOptions>(
            "anbn",
            "context-free a^n b^n (Gers & Schmidhuber 2001): predict the possible next symbols; trained on n = 1..10, test reports the largest N generalized to",
            (options, context) => new CountingLanguageTask(2, options, context))
        .AddTask<CountingLanguageOptions>(
            "anbncn",
            "context-sensitive a^n b^n c^n (Gers & Schmidhuber 2001; Evolino 2007): predict the possible next symbols; test reports the largest N",
            (options, context) => new CountingLanguageTask(3, options, context))
        .AddTask<EmbeddedReberOptions>(
            "embedded-reber",
            "embedded Reber grammar (Hochreiter & Schmidhuber 1997, experiment 1): predict the possible next symbols of 256 strings",
            (options, context) => new EmbeddedReberTask(options, context))
        .AddTask<DelayedRecallOptions>(
            "delayed-recall",
            "echo a random integer after lag k (one-hot in and out): long-lag memory, sweep the lag",
            (options, context) => new DelayedRecallTask(options, context))
        .AddTask<AddingOptions>(
            "adding",
            "adding problem (Hochreiter & Schmidhuber 1997, experiment 4): sum of two marked values at the end; right when |error| < 0.04",
            (options, context) => new AddingTask(options, context))
        .AddTask<ParityOptions>(
            "parity",
            "temporal parity (Bengio et al. 1994): parity of a +-1 sequence of 500-600 steps at its end; the classic random-guessing benchmark",
            (options, context) => new ParityTask(options, context))
        .AddNetwork<ElmanOptions>(
            "elman",
            "Elman simple recurrent network: tanh hidden layer with full recurrence, linear or tanh output",
            (options, context) => new ElmanSpec(context.InputCount, context.OutputCount, options))
        .AddNetwork<FeedForwardOptions>(
            "feed-forward",
            "layered feed-forward net (multilayer perceptron), no memory: the baseline for recurrent kinds and the Markov pole-balancing controller; hidden [] = linear policy",
            (options, context) => new FeedForwardSpec(context.InputCount, context.OutputCount, options))
        .AddNetwork<NeatGraphOptions>(
            "neat-graph",
            "NEAT's evolved graph: sensors, outputs and evolved hidden nodes with any (also recurrent) connections; trained only by 'neat'",
            (options, context) => new NeatGraphSpec(context.InputCount, context.OutputCount, options))
        .AddNetwork<FullyRecurrentOptions>(
            "fully-recurrent",
            "Williams-Zipser fully recurrent network: every neuron sees every neuron; the first k are the outputs",
            (options, context) => new FullyRecurrentSpec(context.InputCount, context.OutputCount, options))
        .AddNetwork<JordanOptions>(
            "jordan",
            "Jordan network: context units hold the past outputs (s = mu s + y), tanh hidden layer; teacher-forcible",
            (options, context) => new JordanSpec(context.InputCount, context.OutputCount, options))
        .AddNetwork<CtrnnOptions>(
            "ctrnn",
            "Beer's continuous-time RNN, tau dy/dt = -y + W sigma(g(y + theta)) + I, forward Euler; log-encoded time constants",
            (options, context) => new CtrnnSpec(context.InputCount, context.OutputCount, options))
        .AddNetwork<NarxOptions>(
            "narx",
            "NARX network: tapped delay lines of inputs and outputs into a tanh MLP; closed loop, teacher-forcible (open loop)",
            (options, context) => new NarxSpec(context.InputCount, context.OutputCount, options))
        .AddNetwork<EsnOptions>(
            "esn",
            "echo state network: fixed sparse random reservoir at a set spectral radius, leaky tanh units; evolves the readout (optionally reservoir parameters)",
            (options, context) => new EsnSpec(context.InputCount, context.OutputCount, options, context.Key))
        .AddNetwork<LstmOptions>(
            "lstm",
            "LSTM memory blocks with forget gates, optional peepholes and direct connections (Evolino's hidden layer); linear output layer",
            (options, context) => new LstmSpec(context.InputCount, context.OutputCount, options))
        .AddNetwork<GruOptions>(
            "gru",
            "gated recurrent units in Cho et al.'s 2014 convention (h = z h_prev + (1-z) h~, reset before U); linear output layer",
            (options, context) => new GruSpec(context.InputCount, context.OutputCount, options))
        .AddTrainer<GeneticAlgorithmOptions>(
            "ga",
            "generational genetic algorithm: tournament selection, elitism, uniform or arithmetic crossover, Gaussian mutation",
            (options, context) => Evolve(options, context, length => new GeneticAlgorithm(length, options, context.Key)))
        .AddTrainer<NeatOptions>(
            "neat",
            "NEAT (Stanley & Miikkulainen 2002): evolves topology and weights with innovation numbers, speciation and fitness sharing; needs network 'neat-graph'",
            (options, context) => new NeatTrainer(options, context.Network, context.Task, context.Executor, context.Key))
        .AddTrainer<RandomWeightGuessingOptions>(
            "rwg",
            "random weight guessing: every candidate a fresh uniform random weight vector (the simplest baseline)",
            (options, context) => Evolve(options, context, length => new RandomWeightGuessing(length, options, context.Key)))
        .AddTrainer<CooperativeSynapseNeuroevolutionOptions>(
            "cosyne",
            "CoSyNE (Gomez et al. 2008): one subpopulation per weight, top quarter bred, fitness-dependent permutation of weights",
            (options, context) => Evolve(options, context, length => options.Scheme == CosyneScheme.Code
                ? new GomezCodeCosyne(length, options, context.Key)
                : new CooperativeSynapseNeuroevolution(length, options, context.Key)))
        .AddTrainer<EnforcedSubpopulationsOptions>(
            "esp",
            "ESP (Gomez & Miikkulainen 1999): one subpopulation per neuron, neuron fitness averaged over trials, burst mutation",
            (options, context) => EvolveByLayout(options, context, layout => new EnforcedSubpopulations(layout, options, context.Key)))
        .AddTrainer<CovarianceMatrixAdaptationOptions>(
            "cma-es",
            "CMA-ES (Hansen's tutorial defaults, active update, lazy eigendecomposition), optional IPOP restarts",
            (options, context) => Evolve(options, context, length => CovarianceMatrixAdaptation.Full(length, options, context.Key)))
        .AddTrainer<SeparableCovarianceMatrixAdaptationOptions>(
            "sep-cma-es",
            "sep-CMA-ES (Ros & Hansen 2008): CMA-ES with a diagonal covariance, linear time and memory for large genomes",
            (options, context) => Evolve(options, context, length => CovarianceMatrixAdaptation.Separable(length, options, context.Key)))
        .AddTrainer<SimulatedAnnealingOptions>(
            "simulated-annealing",
            "simulated annealing (Kirkpatrick et al. 1983): Metropolis acceptance, geometric cooling, adaptive Gaussian steps",
            (options, context) => Evolve(options, context, length => new SimulatedAnnealing(length, options, context.Key)))
        .AddTrainer<ParticleSwarmOptions>(
            "pso",
            "particle swarm optimization with Clerc & Kennedy's (2002) constriction coefficient, global or ring neighbourhood",
            (options, context) => Evolve(options, context, length => new ParticleSwarmOptimization(length, options, context.Key)))
        .AddTrainer<BpttOptions>(
            "bptt",
            "backpropagation through time (Werbos 1990), optionally truncated BPTT(k1, k2) (Williams & Peng 1990); minibatches, sgd+momentum or adam, norm clipping; elman, feed-forward, fully-recurrent, jordan, narx, ctrnn, lstm, gru; one generation = one epoch",
            GradientTrainers.Bptt)
        .AddTrainer<RtrlOptions>(
            "rtrl",
            "real-time recurrent learning (Williams & Zipser 1989) for small fully-recurrent networks, O(n^4) per step; deferred updates give BPTT's gradient, or online updates; one generation = one epoch",
            GradientTrainers.Rtrl)
        .AddTrainer<EvolinoOptions>(
            "evolino",
            "Evolino (Schmidhuber et al. 2007): hidden weights by ESP (or CoSyNE) with Cauchy mutation, pseudo-inverse readout solved per candidate",
            Evolino)
        .AddTrainer<EsnRidgeOptions>(
            "esn-ridge",
            "one closed-form readout fit (ridge or pseudo-inverse) of a fixed network such as an ESN reservoir; use budget generations: 1",
            EsnRidge);

    /// <summary>
    /// Refuses, with <see cref="ArgumentException"/>, a network kind without a fixed parameter layout
    /// (such as <c>neat-graph</c>): fixed-length optimizers and gradient trainers cannot train it.
    /// </summary>
    public static void RequireFixedLayout(TrainerContext context)
    {
        if (!context.Network.HasFixedLayout)
        {
            throw new ArgumentException($"network '{context.Network.Kind}' has no fixed parameter layout; it is trained by its own trainer ('neat' for 'neat-graph')");
        }
    }

    /// <summary>An evolutionary trainer for <paramref name="optimizer"/> over the direct encoding.</summary>
    public static ITrainer Evolve(IOptimizer optimizer, TrainerContext context) =>
        new EvolutionTrainer(optimizer, new DirectEncoding(context.Network), context.Task, context.Executor, context.Key);

    /// <summary>
    /// An evolutionary trainer over the decoder <paramref name="options"/> select: the direct
    /// encoding, or with <c>readout: ridge</c> / <c>pseudo-inverse</c> a
    /// <see cref="ReadoutSolvingDecoder"/> whose genomes exclude the readout blocks.
    /// <paramref name="createOptimizer"/> receives the genome length.
    /// </summary>
    public static ITrainer Evolve(EvolutionOptions options, TrainerContext context, Func<int, IOptimizer> createOptimizer)
    {
        IGenomeDecoder decoder = CreateDecoder(options, context);
        return new EvolutionTrainer(createOptimizer(decoder.GenomeLength), decoder, context.Task, context.Executor, context.Key);
    }

    /// <summary>As <see cref="Evolve(EvolutionOptions, TrainerContext, Func{int, IOptimizer})"/>, for optimizers that need the genome's layout (neuron groups).</summary>
    public static ITrainer EvolveByLayout(EvolutionOptions options, TrainerContext context, Func<ParameterLayout, IOptimizer> createOptimizer)
    {
        IGenomeDecoder decoder = CreateDecoder(options, context);
        ParameterLayout layout = decoder is ReadoutSolvingDecoder solving ? solving.GenomeLayout : context.Network.Layout;
        return new EvolutionTrainer(createOptimizer(layout), decoder, context.Task, context.Executor, context.Key);
    }

    /// <summary>
    /// Evolino (Schmidhuber, Wierstra, Gagliolo &amp; Gomez, Neural Computation 19, 2007, §3–4):
    /// ESP coevolves the hidden units (one subpopulation per neuron group of the genome layout, for
    /// LSTM one per memory block), each candidate's linear output is solved by the pseudo-inverse on
    /// the training sequences (phase 1), and its fitness is the task's error with that readout
    /// (phase 2). Mutation is Cauchy, as in the paper.
    /// </summary>
    private static ITrainer Evolino(EvolinoOptions options, TrainerContext context)
    {
        if (options.Readout == ReadoutMethod.Evolved)
        {
            throw new ArgumentException("evolino solves its readout: readout must be 'pseudo-inverse' (the paper) or 'ridge'.");
        }

        return options.Search == EvolinoSearch.Esp
            ? EvolveByLayout(options, context, layout => new EnforcedSubpopulations(
                layout,
                new EnforcedSubpopulationsOptions
                {
                    SubpopulationSize = options.SubpopulationSize,
                    Trials = options.Trials,
                    MutationRate = options.MutationRate,
                    MutationScale = options.MutationScale,
                    Stagnation = options.Stagnation,
                    BurstScale = options.BurstScale,
                    InitRange = options.InitRange,
                },
                context.Key))
            : Evolve(options, context, length => new CooperativeSynapseNeuroevolution(
                length,
                new CooperativeSynapseNeuroevolutionOptions
                {
                    Population = options.SubpopulationSize,
                    MutationRate = options.MutationRate,
                    MutationScale = options.MutationScale,
                    Distribution = MutationDistribution.Cauchy,
                    InitRange = options.InitRange,
                },
                context.Key));
    }

    /// <summary>One closed-form readout fit; other evolvable parameters (none for a plain ESN) are drawn once at random. To tune them with the solve inside each evaluation use cma-es with readout ridge.</summary>
    private static ITrainer EsnRidge(EsnRidgeOptions options, TrainerContext context)
    {
        if (options.Readout == ReadoutMethod.Evolved)
        {
            throw new ArgumentException("esn-ridge solves its readout: readout must be 'ridge' or 'pseudo-inverse'.");
        }

        IGenomeDecoder decoder = CreateDecoder(options, context);
        return new EvolutionTrainer(new FixedCandidate(decoder.GenomeLength, options.InitRange, context.Key), decoder, context.Task, context.Executor, context.Key);
    }

    /// <summary>The decoder <paramref name="options"/> select; throws <see cref="ArgumentException"/> when a closed-form readout is not possible.</summary>
    public static IGenomeDecoder CreateDecoder(EvolutionOptions options, TrainerContext context)
    {
        RequireFixedLayout(context);
        return options.Readout == ReadoutMethod.Evolved
            ? new DirectEncoding(context.Network)
            : new ReadoutSolvingDecoder(context.Network, context.Task.Dataset, options.Readout, options.RidgeLambda);
    }
}
