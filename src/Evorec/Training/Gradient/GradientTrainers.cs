using Evorec.Networks;

namespace Evorec.Training.Gradient;

/// <summary>Builds the <c>bptt</c> and <c>rtrl</c> trainers from their options, refusing configurations they cannot run.</summary>
public static class GradientTrainers
{
    /// <summary>
    /// <c>bptt</c>: full BPTT (<see cref="BpttLearner"/>) or, with k1 &gt; 0, truncated BPTT(k1, k2)
    /// (<see cref="TruncatedBpttLearner"/>), on the kind's passes with the configured output feedback.
    /// </summary>
    public static GradientTrainer Bptt(BpttOptions options, TrainerContext context)
    {
        if (options.K1 < 0 || options.K2 < 0)
        {
            throw new ArgumentException($"k1 and k2 must be 0 or more, not {options.K1} and {options.K2}.", nameof(options));
        }

        if (options.K1 == 0 && options.K2 != 0)
        {
            throw new ArgumentException("k2 truncates the updates of truncated BPTT: set k1 (steps between updates) as well, or k2 to 0.", nameof(options));
        }

        if (options.K1 > 0 && options.K2 != 0 && options.K2 < options.K1)
        {
            throw new ArgumentException($"k2 ({options.K2}) must be at least k1 ({options.K1}): each update backpropagates its k1 errors through k2 steps.", nameof(options));
        }

        if (options.K1 > 0 && options.BatchSize != 1)
        {
            throw new ArgumentException($"truncated BPTT (k1 = {options.K1}) updates within each sequence: set batchSize to 1, not {options.BatchSize}.", nameof(options));
        }

        IDifferentiableNetwork passes = DifferentiableNetworks.Create(context.Network, options.Feedback);
        return new GradientTrainer(options, context, longest => options.K1 == 0
            ? new BpttLearner(passes, longest)
            : new TruncatedBpttLearner(passes, options.K1, options.K2, longest));
    }

    /// <summary><c>rtrl</c>: real-time recurrent learning (<see cref="RtrlLearner"/>) on a small fully recurrent network.</summary>
    public static GradientTrainer Rtrl(RtrlOptions options, TrainerContext context)
    {
        if (context.Network is not FullyRecurrentSpec spec)
        {
            throw new ArgumentException(
                $"rtrl trains network 'fully-recurrent' (Williams & Zipser's model), not '{context.Network.Kind}'; use bptt for it.", nameof(context));
        }

        if (spec.NeuronCount > options.MaxNeurons)
        {
            throw new ArgumentException(
                $"rtrl costs O(n^4) per step and keeps n x {spec.Layout.Count} sensitivities: {spec.NeuronCount} neurons exceed maxNeurons {options.MaxNeurons} (use bptt, or raise maxNeurons).",
                nameof(options));
        }

        if (options.Online && options.BatchSize != 1)
        {
            throw new ArgumentException($"online rtrl updates after every step: set batchSize to 1, not {options.BatchSize}.", nameof(options));
        }

        return new GradientTrainer(options, context, _ => new RtrlLearner(spec, options.Online));
    }
}
