using Evorec.Experiments;
using Evorec.Networks;
using Evorec.Numerics;

namespace Evorec.Tests.Networks;

/// <summary>Every registered network kind, with its default options, honours the network contract.</summary>
public sealed class NetworkKindsTests
{
    /// <summary>The kinds with a fixed parameter layout; neat-graph networks are decoded from NEAT genomes instead (NeatGraphNetworkTests).</summary>
    public static TheoryData<string> Kinds()
    {
        var data = new TheoryData<string>();
        var registry = BuiltInComponents.CreateRegistry();
        foreach (string name in registry.Names(ComponentKind.Network))
        {
            var registration = (NetworkRegistration)registry.Find(ComponentKind.Network, name)!;
            if (registration.Create(Activator.CreateInstance(registration.OptionsType)!, new NetworkContext(1, 1, StreamKey.FromSeed(3))).HasFixedLayout)
            {
                data.Add(name);
            }
        }

        return data;
    }

    [Fact]
    public void TheRegistryHoldsEveryKind()
    {
        Assert.Equal(
            ["ctrnn", "elman", "esn", "feed-forward", "fully-recurrent", "gru", "jordan", "lstm", "narx", "neat-graph"],
            BuiltInComponents.CreateRegistry().Names(ComponentKind.Network));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void DefaultSpecHonoursTheContract(string kind)
    {
        var registration = (NetworkRegistration)BuiltInComponents.CreateRegistry().Find(ComponentKind.Network, kind)!;
        Assert.False(string.IsNullOrWhiteSpace(registration.Description));
        Assert.All(OptionsBinder.SettableProperties(registration.OptionsType), property => Assert.NotEmpty(OptionsBinder.DescriptionOf(property)));

        object options = Activator.CreateInstance(registration.OptionsType)!;
        NetworkSpec spec = registration.Create(options, new NetworkContext(2, 2, StreamKey.FromSeed(3)));
        Assert.Equal(kind, spec.Kind);
        Assert.NotEmpty(spec.Describe());
        IRecurrentNetwork network = spec.Create();
        Assert.Equal(2, network.InputCount);
        Assert.Equal(2, network.OutputCount);
        double[] parameters = NetworkChecks.Parameters(spec, scale: 0.5);
        NetworkChecks.AssertLayoutIsConsistent(spec, network);
        NetworkChecks.AssertHotPathAllocatesNothing(spec, network, parameters);
        NetworkChecks.AssertResetRestoresInitialState(spec, network, parameters);
        if (spec.ReadoutUnsupportedReason is null)
        {
            NetworkChecks.AssertOutputIsReadoutOfFeatures(spec, network, parameters);
        }
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void ForcingTheOutputsANetworkProducedChangesNothing(string kind)
    {
        var registration = (NetworkRegistration)BuiltInComponents.CreateRegistry().Find(ComponentKind.Network, kind)!;
        NetworkSpec spec = registration.Create(Activator.CreateInstance(registration.OptionsType)!, new NetworkContext(1, 1, StreamKey.FromSeed(3)));
        IRecurrentNetwork free = spec.Create();
        IRecurrentNetwork forced = spec.Create();
        if (forced is not ITeacherForcible teacher)
        {
            return;
        }

        double[] parameters = NetworkChecks.Parameters(spec, scale: 0.5);
        spec.Load(parameters, free);
        spec.Load(parameters, forced);
        foreach (double[] input in NetworkChecks.Inputs(1, 10))
        {
            var a = new double[1];
            var b = new double[1];
            free.Step(input, a);
            forced.Step(input, b);
            Assert.Equal(a, b);
            teacher.ForceOutputs(b);
        }
    }

    [Theory]
    [InlineData("jordan")]
    [InlineData("narx")]
    [InlineData("fully-recurrent")]
    public void ForcingATargetChangesTheNextStepOfKindsThatFeedOutputsBack(string kind)
    {
        var registration = (NetworkRegistration)BuiltInComponents.CreateRegistry().Find(ComponentKind.Network, kind)!;
        NetworkSpec spec = registration.Create(Activator.CreateInstance(registration.OptionsType)!, new NetworkContext(1, 1, StreamKey.FromSeed(3)));
        IRecurrentNetwork free = spec.Create();
        IRecurrentNetwork forced = spec.Create();
        double[] parameters = NetworkChecks.Parameters(spec, scale: 0.5);
        spec.Load(parameters, free);
        spec.Load(parameters, forced);
        var a = new double[1];
        var b = new double[1];
        free.Step([0.3], a);
        forced.Step([0.3], b);
        ((ITeacherForcible)forced).ForceOutputs([a[0] + 1.0]);
        free.Step([0.3], a);
        forced.Step([0.3], b);
        Assert.NotEqual(a[0], b[0]);
    }
}
