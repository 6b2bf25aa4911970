using Evorec.Networks;

namespace Evorec.Training.Gradient;

/// <summary>Which network kinds have forward/backward passes, and creates them.</summary>
public static class DifferentiableNetworks
{
    /// <summary>The network kinds the gradient trainer supports.</summary>
    public static IReadOnlyList<string> Kinds { get; } = ["elman", "fully-recurrent", "lstm", "gru"];

    /// <summary>The differentiable passes of <paramref name="spec"/>; throws for kinds without them.</summary>
    public static IDifferentiableNetwork Create(NetworkSpec spec) => spec switch
    {
        ElmanSpec elman => new ElmanGradient(elman),
        FullyRecurrentSpec fullyRecurrent => new FullyRecurrentGradient(fullyRecurrent),
        LstmSpec lstm => new LstmGradient(lstm),
        GruSpec gru => new GruGradient(gru),
        _ => throw new ArgumentException(
            $"Network '{spec.Kind}' has no backward pass; gradient training supports {string.Join(", ", Kinds)}.", nameof(spec)),
    };
}
