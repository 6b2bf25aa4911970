using Evorec.Networks;
using Evorec.Tests.Support;

namespace Evorec.Tests.Networks;

/// <summary>Checks every network kind must pass, and small helpers for hand-computed references.</summary>
internal static class NetworkChecks
{
    /// <summary>The three 2-input steps the hand-computed tests run.</summary>
    public static readonly double[][] ThreeInputs = [[0.5, -0.3], [0.1, 0.8], [-0.7, 0.2]];

    /// <summary>Asserts that every element of <paramref name="actual"/> has the bits of <paramref name="expected"/>'s.</summary>
    public static void AssertSameBits(IEnumerable<double> expected, IEnumerable<double> actual) =>
        Assert.Equal(expected.Select(BitConverter.DoubleToInt64Bits), actual.Select(BitConverter.DoubleToInt64Bits));

    /// <summary>Asserts |expected − actual| ≤ tolerance for every element.</summary>
    public static void AssertClose(IReadOnlyList<double> expected, IReadOnlyList<double> actual, double tolerance = 1e-12)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.True(
                Math.Abs(expected[i] - actual[i]) <= tolerance,
                $"element {i}: expected {expected[i]:R}, got {actual[i]:R} (difference {expected[i] - actual[i]:E2})");
        }
    }

    /// <summary>Row-major concatenation of matrices (double[,]) and vectors (double[]), in the order given.</summary>
    public static double[] Pack(params object[] blocks)
    {
        var values = new List<double>();
        foreach (object block in blocks)
        {
            switch (block)
            {
                case double[,] matrix:
                    for (int r = 0; r < matrix.GetLength(0); r++)
                    {
                        for (int c = 0; c < matrix.GetLength(1); c++)
                        {
                            values.Add(matrix[r, c]);
                        }
                    }

                    break;
                case double[] vector:
                    values.AddRange(vector);
                    break;
                default:
                    throw new ArgumentException($"cannot pack {block.GetType().Name}");
            }
        }

        return values.ToArray();
    }

    /// <summary>A deterministic parameter vector with entries spread over (−scale, scale).</summary>
    public static double[] Parameters(NetworkSpec spec, double scale = 0.8, int seed = 1)
    {
        var values = new double[spec.Layout.Count];
        for (int i = 0; i < values.Length; i++)
        {
            values[i] = scale * Math.Sin((1.37 * (i + 1)) + seed);
        }

        return values;
    }

    /// <summary>Runs <paramref name="network"/> over <paramref name="inputs"/> (no reset) and returns every output.</summary>
    public static double[][] Run(IRecurrentNetwork network, IEnumerable<double[]> inputs)
    {
        var outputs = new List<double[]>();
        foreach (double[] input in inputs)
        {
            var output = new double[network.OutputCount];
            network.Step(input, output);
            outputs.Add(output);
        }

        return outputs.ToArray();
    }

    /// <summary>A deterministic input sequence of <paramref name="length"/> steps.</summary>
    public static double[][] Inputs(int inputCount, int length, int seed = 0) =>
        Enumerable.Range(0, length)
            .Select(t => Enumerable.Range(0, inputCount).Select(m => Math.Sin((0.7 * t) + (1.9 * m) + seed)).ToArray())
            .ToArray();

    /// <summary>
    /// Load, Step, Reset, ForceOutputs and ReadFeatures allocate nothing once warmed up.
    /// </summary>
    public static void AssertHotPathAllocatesNothing(NetworkSpec spec, IRecurrentNetwork network, double[] parameters)
    {
        var input = new double[network.InputCount];
        var output = new double[network.OutputCount];
        var features = new double[network is IReadoutFeatures readout ? readout.FeatureCount : 0];
        void Exercise(int steps)
        {
            spec.Load(parameters, network);
            for (int t = 0; t < steps; t++)
            {
                for (int m = 0; m < input.Length; m++)
                {
                    input[m] = Math.Sin(t + m);
                }

                network.Step(input, output);
                (network as ITeacherForcible)?.ForceOutputs(input.Length >= output.Length ? input : output);
                (network as IReadoutFeatures)?.ReadFeatures(features);
            }

            network.Reset();
        }

        // Warm up past tiered compilation and on-stack replacement, whose transitions may allocate
        // once on the calling thread; what is measured is the steady state.
        Exercise(1000);
        Exercise(1000);
        Assert.Equal(0, SteadyAllocation.Bytes(() => Exercise(1000)));
    }

    /// <summary>After running and resetting (and after re-loading), the same inputs give bit-identical outputs.</summary>
    public static void AssertResetRestoresInitialState(NetworkSpec spec, IRecurrentNetwork network, double[] parameters)
    {
        double[][] inputs = Inputs(network.InputCount, 20);
        spec.Load(parameters, network);
        double[][] first = Run(network, inputs);
        Run(network, Inputs(network.InputCount, 13, seed: 5));
        network.Reset();
        double[][] afterReset = Run(network, inputs);
        spec.Load(parameters, network);
        double[][] afterLoad = Run(network, inputs);
        for (int t = 0; t < inputs.Length; t++)
        {
            Assert.Equal(first[t], afterReset[t]);
            Assert.Equal(first[t], afterLoad[t]);
        }

        Assert.Contains(first, output => output.Any(value => value != 0.0));
    }

    /// <summary>
    /// The neuron groups cover every parameter exactly once, and the readout blocks follow the
    /// convention of <see cref="IReadoutFeatures"/> (one row per output, columns = features).
    /// </summary>
    public static void AssertLayoutIsConsistent(NetworkSpec spec, IRecurrentNetwork network)
    {
        ParameterLayout layout = spec.Layout;
        int offset = 0;
        foreach (ParameterBlock block in layout.Blocks)
        {
            Assert.Equal(offset, block.Offset);
            offset += block.Length;
        }

        Assert.Equal(layout.Count, offset);
        Assert.Equal(layout.Blocks.Count, layout.Blocks.Select(b => b.Name).Distinct().Count());
        Assert.NotEmpty(layout.NeuronGroups);
        var all = layout.NeuronGroups.SelectMany(g => g.Indices).Order().ToArray();
        Assert.Equal(Enumerable.Range(0, layout.Count), all);
        Assert.All(layout.NeuronGroups, group => Assert.NotEmpty(group.Indices));

        if (spec.ReadoutUnsupportedReason is null)
        {
            var readout = Assert.IsAssignableFrom<IReadoutFeatures>(network);
            Assert.All(layout.ReadoutBlocks, block => Assert.Equal(spec.OutputCount, block.Rows));
            Assert.Equal(readout.FeatureCount, layout.ReadoutBlocks.Sum(b => b.Columns));
        }

        if (spec.ReadoutNeedsTeacherForcing)
        {
            Assert.IsAssignableFrom<ITeacherForcible>(network);
        }
    }

    /// <summary>Where the readout is declared valid, every output is the readout weights times the features.</summary>
    public static void AssertOutputIsReadoutOfFeatures(NetworkSpec spec, IRecurrentNetwork network, double[] parameters)
    {
        Assert.Null(spec.ReadoutUnsupportedReason);
        var readout = (IReadoutFeatures)network;
        var features = new double[readout.FeatureCount];
        spec.Load(parameters, network);
        foreach (double[] input in Inputs(network.InputCount, 10))
        {
            var output = new double[network.OutputCount];
            network.Step(input, output);
            readout.ReadFeatures(features);
            for (int k = 0; k < network.OutputCount; k++)
            {
                double sum = 0;
                int feature = 0;
                foreach (ParameterBlock block in spec.Layout.ReadoutBlocks)
                {
                    for (int c = 0; c < block.Columns; c++)
                    {
                        sum += parameters[block.IndexOf(k, c)] * features[feature++];
                    }
                }

                Assert.True(Math.Abs(sum - output[k]) <= 1e-12, $"output {k}: readout of features {sum:R}, network {output[k]:R}");
            }
        }
    }
}
