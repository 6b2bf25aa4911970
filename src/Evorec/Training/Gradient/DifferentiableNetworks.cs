using Evorec.Networks;

namespace Evorec.Training.Gradient;

/// <summary>Which network kinds have forward/backward passes, and creates them.</summary>
public static class DifferentiableNetworks
{
    /// <summary>The network kinds the gradient trainer supports.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["elman", "feed-forward", "fully-recurrent", "jordan", "narx", "ctrnn", "lstm", "gru"];

    /// <summary>
    /// The differentiable passes of <paramref name="spec"/>; kinds that feed their outputs back (jordan,
    /// narx) feed back what <paramref name="feedback"/> says. Throws for kinds without passes.
    /// </summary>
    public static IDifferentiableNetwork Create(NetworkSpec spec, OutputFeedback feedback = OutputFeedback.TeacherForced) => spec switch
    {
        ElmanSpec elman => new ElmanGradient(elman),
        FeedForwardSpec feedForward => new FeedForwardGradient(feedForward),
        FullyRecurrentSpec fullyRecurrent => new FullyRecurrentGradient(fullyRecurrent),
        JordanSpec jordan => new JordanGradient(jordan, feedback),
        NarxSpec narx => new NarxGradient(narx, feedback),
        CtrnnSpec ctrnn => new CtrnnGradient(ctrnn),
        LstmSpec lstm => new LstmGradient(lstm),
        GruSpec gru => new GruGradient(gru),
        _ => throw new ArgumentException(
            $"Network '{spec.Kind}' has no backward pass; gradient training supports {string.Join(", ", Kinds)}.", nameof(spec)),
    };
}
