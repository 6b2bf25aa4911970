using Evorec.Genomes;
using Evorec.Networks;
using Evorec.Numerics;
using Evorec.Tasks;
using Evorec.Tests.Support;

namespace Evorec.Tests.Networks;

/// <summary>
/// The settling path of <see cref="NeatGraphNetwork"/> (acyclic graphs: in place by decreasing
/// level, settled nodes skipped) and its cyclic path must compute exactly the synchronous "cyclic"
/// semantics: every step's outputs bit for bit those of a plain double-buffered scatter over the
/// connections in innovation order, the implementation before the settling path existed.
/// </summary>
public sealed class NeatGraphSettlingTests
{
    [Theory]
    [InlineData(0.0, Activation.Logistic, false)]
    [InlineData(0.5, Activation.Logistic, true)]
    [InlineData(0.0, Activation.Tanh, true)]
    [InlineData(0.3, Activation.Linear, false)]
    public void EveryStepIsBitIdenticalToTheSynchronousScatterForRandomGraphs(double recurrentProbability, Activation activation, bool bias)
    {
        var options = new NeatGraphOptions { Bias = bias, HiddenActivation = activation, OutputActivation = Activation.Logistic };
        var spec = new NeatGraphSpec(2, 2, options);
        var random = new RandomStream(new StreamKey(42).Then((long)(recurrentProbability * 10)).Then((long)activation));
        int acyclic = 0;
        int cyclic = 0;
        for (int trial = 0; trial < 150; trial++)
        {
            NeatGenome genome = RandomGenome(2, bias, 2, recurrentProbability, 1 + (trial % 25), random);
            double[] encoding = NeatGenomeEncoding.Encode(genome);
            var network = (NeatGraphNetwork)spec.Create();
            spec.Load(encoding, network);
            var reference = new ScatterReference(genome, bias, 2, 2, options);
            _ = network.IsAcyclic ? acyclic++ : cyclic++;
            Assert.Equal(!HasCycle(genome), network.IsAcyclic);

            // Inputs held for a few steps, changed, repeated, with resets in between.
            var output = new double[2];
            var expected = new double[2];
            double[] input = [0.0, 0.0];
            for (int step = 0; step < 60; step++)
            {
                if (step % 20 == 0)
                {
                    network.Reset();
                    reference.Reset();
                }

                if (random.NextDouble() < 0.3)
                {
                    input = [random.NextDouble(-1, 1), random.NextInt(3) - 1.0];
                }

                network.Step(input, output);
                reference.Step(input, expected);
                NetworkChecks.AssertSameBits(expected, output);
            }
        }

        Assert.True(acyclic > 20, $"only {acyclic} acyclic graphs");
        Assert.True(recurrentProbability == 0 || cyclic > 20, $"only {cyclic} cyclic graphs");
    }

    [Theory]
    [InlineData(Activation.Logistic, 0.0)]
    [InlineData(Activation.Tanh, 0.4)]
    [InlineData(Activation.Linear, 0.0)]
    public void HoldingAnInputFromResetGivesTheOutputsAndStateOfSteppingIt(Activation activation, double recurrentProbability)
    {
        var spec = new NeatGraphSpec(2, 2, new NeatGraphOptions { Bias = true, HiddenActivation = activation });
        var random = new RandomStream(new StreamKey(9).Then((long)activation));
        var held = (NeatGraphNetwork)spec.Create();
        var stepped = (NeatGraphNetwork)spec.Create();
        var heldOutput = new double[2];
        var steppedOutput = new double[2];
        for (int trial = 0; trial < 150; trial++)
        {
            double[] encoding = NeatGenomeEncoding.Encode(RandomGenome(2, true, 2, recurrentProbability, 1 + (trial % 25), random));
            spec.Load(encoding, held);
            spec.Load(encoding, stepped);
            double[] input = [random.NextDouble(-1, 1), random.NextInt(2)];
            int ticks = 1 + random.NextInt(12);
            Assert.Equal(HeldInput.StepFromReset(stepped, input, ticks, steppedOutput), HeldInput.Run(held, input, ticks, heldOutput));
            Assert.Equal(steppedOutput, heldOutput);

            // The state is the same too: further steps, with the input held and then changed, agree.
            for (int step = 0; step < 6; step++)
            {
                if (step == 3)
                {
                    input = [random.NextDouble(-1, 1), 0.5];
                }

                held.Step(input, heldOutput);
                stepped.Step(input, steppedOutput);
                NetworkChecks.AssertSameBits(steppedOutput, heldOutput);
            }
        }
    }

    [Fact]
    public void XorFitnessIsTheSameAsUnderTheSynchronousScatter()
    {
        var options = new NeatGraphOptions { Bias = true };
        var spec = new NeatGraphSpec(2, 1, options);
        var task = new XorTask(new XorOptions { Bias = false, Ticks = 10 }, new TaskContext(default));
        ITaskEvaluator evaluator = task.CreateEvaluator();
        var random = new RandomStream(new StreamKey(7));
        IRecurrentNetwork network = spec.Create();
        for (int trial = 0; trial < 200; trial++)
        {
            NeatGenome genome = RandomGenome(2, true, 1, trial % 2 == 0 ? 0.0 : 0.5, 1 + (trial % 30), random);
            spec.Load(NeatGenomeEncoding.Encode(genome), network);
            Evaluation fast = evaluator.Evaluate(network, default);
            Evaluation slow = evaluator.Evaluate(new ScatterReference(genome, true, 2, 1, options), default);
            Assert.Equal(slow, fast);
        }
    }

    [Theory]
    [InlineData(NeatGraphScheme.Synchronous)]
    [InlineData(NeatGraphScheme.Neat121)]
    public void StepsAndHeldInputsOfAnAcyclicGraphAllocateNothing(NeatGraphScheme scheme)
    {
        var spec = new NeatGraphSpec(2, 1, new NeatGraphOptions { Bias = true, ActivationScheme = scheme });
        NeatGenome genome = RandomGenome(2, true, 1, 0.0, 30, new RandomStream(new StreamKey(6)));
        double[] encoding = NeatGenomeEncoding.Encode(genome);
        var network = (NeatGraphNetwork)spec.Create();
        spec.Load(encoding, network);
        Assert.True(network.IsAcyclic);
        Assert.True(network.HiddenCount > 0);
        NetworkChecks.AssertHotPathAllocatesNothing(spec, network, encoding);
        double[] input = [1.0, 0.0];
        var output = new double[1];
        network.HoldFromReset(input, 10, output);
        Assert.Equal(0, SteadyAllocation.Bytes(() =>
        {
            for (int i = 0; i < 1000; i++)
            {
                network.HoldFromReset(input, 10, output);
                HeldInput.Run(network, input, 2, output);
            }
        }));
    }

    [Fact]
    public void TheSaturatedLogisticIsExactlyWhatTheFullFormulaGives()
    {
        for (double t = -800; t < 50; t += 0.0625)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(1.0 / (1.0 + Math.Exp(t))), BitConverter.DoubleToInt64Bits(NeatGraphNetwork.Logistic(t)));
        }

        Assert.Equal(1.0, 1.0 / (1.0 + Math.Exp(NeatGraphNetwork.SaturatedExponent)));
        Assert.Equal(1.0, NeatGraphNetwork.Logistic(double.NegativeInfinity));
        Assert.True(double.IsNaN(NeatGraphNetwork.Logistic(double.NaN)));
    }

    [Fact]
    public void AConnectionIntoItselfMakesTheGraphCyclic()
    {
        var spec = new NeatGraphSpec(1, 1, new NeatGraphOptions());
        NeatGenome selfLoop = new(
            [new NeatNodeGene(0, NeatNodeType.Input), new NeatNodeGene(1, NeatNodeType.Output)],
            [new(0, 0, 1, 1.0, true), new(1, 1, 1, 0.5, true)]);
        var network = (NeatGraphNetwork)spec.Create();
        spec.Load(NeatGenomeEncoding.Encode(selfLoop), network);
        Assert.False(network.IsAcyclic);
        spec.Load(NeatGenomeEncoding.Encode(new NeatGenome(selfLoop.Nodes, [selfLoop.Connections[0], selfLoop.Connections[1] with { Enabled = false }])), network);
        Assert.True(network.IsAcyclic);
    }

    /// <summary>A genome grown by NEAT's mutations from the minimal one: add-node, add-connection (recurrent with the given probability) and weight mutations.</summary>
    internal static NeatGenome RandomGenome(int inputs, bool bias, int outputs, double recurrentProbability, int mutations, RandomStream random)
    {
        NeatGenome genome = NeatGenome.CreateMinimal(inputs, bias, outputs, random, 1.0);
        var tracker = new NeatInnovationTracker(NeatGenome.FirstHiddenId(inputs, bias, outputs), NeatGenome.FirstFreeInnovation(inputs, bias, outputs));
        var mutation = new NeatMutation(2.5, 0.1, 1.0, recurrentProbability, 20, 8.0);
        for (int m = 0; m < mutations; m++)
        {
            double draw = random.NextDouble();
            if (draw < 0.35)
            {
                mutation.AddNode(genome, tracker, random);
            }
            else if (draw < 0.8)
            {
                mutation.AddConnection(genome, tracker, random);
            }
            else
            {
                mutation.MutateWeights(genome, random);
            }
        }

        return genome;
    }

    private static bool HasCycle(NeatGenome genome)
    {
        foreach (NeatConnectionGene connection in genome.Connections)
        {
            if (connection.Enabled && genome.Reaches(connection.Target, connection.Source))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The synchronous semantics written plainly: clear, scatter every enabled connection in innovation order from the previous activations, activate all non-sensor nodes.</summary>
    private sealed class ScatterReference : IRecurrentNetwork
    {
        private readonly int _sensors;
        private readonly int _outputs;
        private readonly bool _bias;
        private readonly NeatGraphOptions _options;
        private readonly (int Source, int Target, double Weight)[] _connections;
        private double[] _current;
        private double[] _next;

        public ScatterReference(NeatGenome genome, bool bias, int inputs, int outputs, NeatGraphOptions options)
        {
            InputCount = inputs;
            OutputCount = outputs;
            _bias = bias;
            _sensors = inputs + (bias ? 1 : 0);
            _outputs = outputs;
            _options = options;
            _connections = genome.Connections.Where(c => c.Enabled)
                .Select(c => (genome.IndexOfNode(c.Source), genome.IndexOfNode(c.Target), c.Weight)).ToArray();
            _current = new double[genome.Nodes.Count];
            _next = new double[genome.Nodes.Count];
        }

        public int InputCount { get; }

        public int OutputCount { get; }

        public void Reset()
        {
            Array.Clear(_current);
            Array.Clear(_next);
        }

        public void Step(ReadOnlySpan<double> input, Span<double> output)
        {
            input.CopyTo(_current);
            if (_bias)
            {
                _current[InputCount] = 1.0;
            }

            Array.Clear(_next, _sensors, _next.Length - _sensors);
            foreach ((int source, int target, double weight) in _connections)
            {
                _next[target] += weight * _current[source];
            }

            for (int n = _sensors; n < _next.Length; n++)
            {
                Activation activation = n < _sensors + _outputs ? _options.OutputActivation : _options.HiddenActivation;
                _next[n] = activation switch
                {
                    Activation.Logistic => 1.0 / (1.0 + Math.Exp(-_options.Slope * _next[n])),
                    Activation.Tanh => Math.Tanh(_options.Slope * _next[n]),
                    _ => ActivationFunctions.Apply(activation, _options.Slope * _next[n]),
                };
            }

            (_current, _next) = (_next, _current);
            _current.AsSpan(_sensors, _outputs).CopyTo(output);
        }
    }
}
