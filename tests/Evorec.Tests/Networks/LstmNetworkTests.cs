using Evorec.Networks;

namespace Evorec.Tests.Networks;

public sealed class LstmNetworkTests
{
    [Theory]
    // blocks, cells, forget, coupled, output gate, peepholes, direct, g, h
    [InlineData(2, 2, true, false, true, true, true, LstmSquashing.Tanh, LstmSquashing.Tanh)]
    [InlineData(2, 2, true, false, true, true, false, LstmSquashing.WideSymmetricLogistic, LstmSquashing.SymmetricLogistic)]
    [InlineData(3, 1, false, false, true, false, false, LstmSquashing.WideSymmetricLogistic, LstmSquashing.SymmetricLogistic)]
    [InlineData(2, 1, true, true, true, true, false, LstmSquashing.Tanh, LstmSquashing.Tanh)]
    [InlineData(1, 3, true, false, false, true, true, LstmSquashing.Tanh, LstmSquashing.Identity)]
    [InlineData(5, 1, true, false, true, false, false, LstmSquashing.Tanh, LstmSquashing.Tanh)]
    [InlineData(6, 1, true, true, false, false, true, LstmSquashing.SymmetricLogistic, LstmSquashing.Tanh)]
    [InlineData(7, 1, false, false, false, false, false, LstmSquashing.Identity, LstmSquashing.WideSymmetricLogistic)]
    public void ThreeStepsMatchLstmEquationsWorkedByHand(
        int blocks, int cells, bool forget, bool coupled, bool outputGate, bool peepholes, bool direct, LstmSquashing g, LstmSquashing h)
    {
        LstmOptions options = Options(blocks, cells, forget, coupled, outputGate, peepholes, direct, g, h);
        var spec = new LstmSpec(2, 2, options);
        var reference = new ReferenceLstm(2, 2, options);
        double[] parameters = reference.Pack();
        Assert.Equal(spec.Layout.Count, parameters.Length);
        IRecurrentNetwork network = spec.Create();
        spec.Load(parameters, network);
        foreach (double[] x in NetworkChecks.ThreeInputs)
        {
            double[] expected = reference.Step(x);
            var output = new double[2];
            network.Step(x, output);
            NetworkChecks.AssertClose(expected, output);
            NetworkChecks.AssertClose(reference.State, ((LstmNetwork)network).CellStates.ToArray());
        }
    }

    [Theory]
    [InlineData(1, 1, 1, 1, true, false, true, false, false)]
    [InlineData(2, 2, 2, 2, true, false, true, true, true)]
    [InlineData(3, 1, 4, 1, false, false, true, false, false)]
    [InlineData(1, 2, 3, 2, true, true, false, true, true)]
    [InlineData(2, 3, 2, 3, true, false, false, true, false)]
    public void ParameterCountMatchesTheFormula(int inputs, int outputs, int blocks, int cells, bool forget, bool coupled, bool outputGate, bool peepholes, bool direct)
    {
        var spec = new LstmSpec(inputs, outputs, Options(blocks, cells, forget, coupled, outputGate, peepholes, direct, LstmSquashing.Tanh, LstmSquashing.Tanh));
        int sources = inputs + (blocks * cells);
        int gates = 1 + (forget && !coupled ? 1 : 0) + (outputGate ? 1 : 0);
        int perGate = blocks * (sources + 1 + (peepholes ? cells : 0));
        int cellParameters = blocks * cells * (sources + 1);
        int readout = outputs * ((blocks * cells) + (direct ? inputs : 0) + 1);
        Assert.Equal((gates * perGate) + cellParameters + readout, spec.Layout.Count);

        Assert.Equal(blocks + outputs, spec.Layout.NeuronGroups.Count);
        int perBlock = (gates * (sources + 1 + (peepholes ? cells : 0))) + (cells * (sources + 1)) + (outputs * cells);
        Assert.All(spec.Layout.NeuronGroups.Take(blocks), group => Assert.Equal(perBlock, group.Indices.Count));
    }

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public void StepAllocatesNothingResetRestoresAndLayoutPartitions(bool peepholes, bool direct)
    {
        var spec = new LstmSpec(2, 2, new LstmOptions { Blocks = 2, CellsPerBlock = 2, Peepholes = peepholes, DirectConnections = direct });
        IRecurrentNetwork network = spec.Create();
        double[] parameters = NetworkChecks.Parameters(spec);
        NetworkChecks.AssertHotPathAllocatesNothing(spec, network, parameters);
        NetworkChecks.AssertResetRestoresInitialState(spec, network, parameters);
        NetworkChecks.AssertLayoutIsConsistent(spec, network);
        NetworkChecks.AssertOutputIsReadoutOfFeatures(spec, network, parameters);
    }

    [Theory]
    // blocks, forget, coupled, output gate, g, h: one cell per block and no peepholes, the vectorized path
    [InlineData(1, true, false, true, LstmSquashing.Tanh, LstmSquashing.Tanh)]
    [InlineData(4, true, false, true, LstmSquashing.Tanh, LstmSquashing.Tanh)]
    [InlineData(9, true, false, true, LstmSquashing.WideSymmetricLogistic, LstmSquashing.SymmetricLogistic)]
    [InlineData(6, true, true, false, LstmSquashing.Tanh, LstmSquashing.Identity)]
    [InlineData(11, false, false, true, LstmSquashing.SymmetricLogistic, LstmSquashing.Tanh)]
    [InlineData(3, false, false, false, LstmSquashing.Tanh, LstmSquashing.Tanh)]
    public void TheBlockVectorPathIsBitIdenticalToTheGeneralPath(int blocks, bool forget, bool coupled, bool outputGate, LstmSquashing g, LstmSquashing h)
    {
        var spec = new LstmSpec(3, 2, Options(blocks, 1, forget, coupled, outputGate, false, true, g, h));
        double[] parameters = NetworkChecks.Parameters(spec);
        var fused = (LstmNetwork)spec.Create();
        var general = (LstmNetwork)spec.Create();
        Assert.True(fused.UsesBlockVectors);
        general.UsesBlockVectors = false;
        spec.Load(parameters, fused);
        spec.Load(parameters, general);
        var input = new double[3];
        var fusedOutput = new double[2];
        var generalOutput = new double[2];
        for (int t = 0; t < 50; t++)
        {
            for (int i = 0; i < input.Length; i++)
            {
                input[i] = Math.Sin((0.3 * t) + i);
            }

            fused.Step(input, fusedOutput);
            general.Step(input, generalOutput);
            Assert.Equal(generalOutput.Select(BitConverter.DoubleToInt64Bits), fusedOutput.Select(BitConverter.DoubleToInt64Bits));
            Assert.Equal(general.CellStates.ToArray().Select(BitConverter.DoubleToInt64Bits), fused.CellStates.ToArray().Select(BitConverter.DoubleToInt64Bits));
        }
    }

    /// <summary>The options of one variant, as the theories list them.</summary>
    internal static LstmOptions Options(
        int blocks, int cells, bool forget, bool coupled, bool outputGate, bool peepholes, bool direct, LstmSquashing g, LstmSquashing h, Activation f = Activation.Linear) => new()
    {
        Blocks = blocks,
        CellsPerBlock = cells,
        ForgetGate = forget,
        CoupledInputForget = coupled,
        OutputGate = outputGate,
        Peepholes = peepholes,
        DirectConnections = direct,
        CellInput = g,
        CellOutput = h,
        OutputActivation = f,
    };

    [Fact]
    public void CoupledGatesNeedAForgetGate()
    {
        Assert.Throws<ArgumentException>(() => new LstmSpec(1, 1, new LstmOptions { ForgetGate = false, CoupledInputForget = true }));
    }

    /// <summary>
    /// LSTM written from the papers with plain loops: Hochreiter &amp; Schmidhuber 1997, forget gates of
    /// Gers et al. 2000, peepholes of Gers et al. 2002 (input/forget gates read s(t-1), the output gate s(t)).
    /// </summary>
    private sealed class ReferenceLstm
    {
        private readonly int _inputs;
        private readonly int _outputs;
        private readonly LstmOptions _o;
        private readonly int _cells;
        private readonly int _sources;
        private readonly double[,] _wIn, _wForget, _wOut, _wCell, _wY, _wDirect;
        private readonly double[] _bIn, _bForget, _bOut, _bCell, _bY;
        private readonly double[,] _pIn, _pForget, _pOut;
        private double[] _cellOutputs;
        private int _counter;

        public ReferenceLstm(int inputs, int outputs, LstmOptions options)
        {
            _inputs = inputs;
            _outputs = outputs;
            _o = options;
            _cells = options.Blocks * options.CellsPerBlock;
            _sources = inputs + _cells;
            int blocks = options.Blocks;
            _wIn = Next(blocks, _sources);
            _bIn = Next(blocks);
            _pIn = Next(blocks, options.CellsPerBlock);
            _wForget = Next(blocks, _sources);
            _bForget = Next(blocks);
            _pForget = Next(blocks, options.CellsPerBlock);
            _wOut = Next(blocks, _sources);
            _bOut = Next(blocks);
            _pOut = Next(blocks, options.CellsPerBlock);
            _wCell = Next(_cells, _sources);
            _bCell = Next(_cells);
            _wY = Next(outputs, _cells);
            _wDirect = Next(outputs, inputs);
            _bY = Next(outputs);
            State = new double[_cells];
            _cellOutputs = new double[_cells];
        }

        public double[] State { get; private set; }

        /// <summary>The parameter vector in the documented layout order.</summary>
        public double[] Pack()
        {
            var blocks = new List<object> { _wIn, _bIn };
            if (_o.Peepholes)
            {
                blocks.Add(_pIn);
            }

            if (_o.ForgetGate && !_o.CoupledInputForget)
            {
                blocks.AddRange([_wForget, _bForget]);
                if (_o.Peepholes)
                {
                    blocks.Add(_pForget);
                }
            }

            if (_o.OutputGate)
            {
                blocks.AddRange([_wOut, _bOut]);
                if (_o.Peepholes)
                {
                    blocks.Add(_pOut);
                }
            }

            blocks.AddRange([_wCell, _bCell, _wY]);
            if (_o.DirectConnections)
            {
                blocks.Add(_wDirect);
            }

            blocks.Add(_bY);
            return NetworkChecks.Pack([.. blocks]);
        }

        public double[] Step(double[] x)
        {
            double[] z = [.. x, .. _cellOutputs];
            double[] previous = State;
            var state = new double[_cells];
            var cellOutputs = new double[_cells];
            int cellsPerBlock = _o.CellsPerBlock;
            for (int b = 0; b < _o.Blocks; b++)
            {
                double inGate = Sigma(Net(_wIn, _bIn, _pIn, b, z, previous));
                double forgetGate = !_o.ForgetGate ? 1.0
                    : _o.CoupledInputForget ? 1.0 - inGate
                    : Sigma(Net(_wForget, _bForget, _pForget, b, z, previous));
                for (int v = 0; v < cellsPerBlock; v++)
                {
                    int c = (b * cellsPerBlock) + v;
                    double net = _bCell[c];
                    for (int s = 0; s < _sources; s++)
                    {
                        net += _wCell[c, s] * z[s];
                    }

                    state[c] = (forgetGate * previous[c]) + (inGate * Squash(_o.CellInput, net));
                }

                double outGate = _o.OutputGate ? Sigma(Net(_wOut, _bOut, _pOut, b, z, state)) : 1.0;
                for (int v = 0; v < cellsPerBlock; v++)
                {
                    int c = (b * cellsPerBlock) + v;
                    cellOutputs[c] = outGate * Squash(_o.CellOutput, state[c]);
                }
            }

            State = state;
            _cellOutputs = cellOutputs;
            var y = new double[_outputs];
            for (int k = 0; k < _outputs; k++)
            {
                y[k] = _bY[k];
                for (int c = 0; c < _cells; c++)
                {
                    y[k] += _wY[k, c] * cellOutputs[c];
                }

                if (_o.DirectConnections)
                {
                    for (int m = 0; m < _inputs; m++)
                    {
                        y[k] += _wDirect[k, m] * x[m];
                    }
                }
            }

            return y;
        }

        private static double Sigma(double x) => 1.0 / (1.0 + Math.Exp(-x));

        private static double Squash(LstmSquashing kind, double x) => kind switch
        {
            LstmSquashing.Tanh => Math.Tanh(x),
            LstmSquashing.Identity => x,
            LstmSquashing.SymmetricLogistic => (2.0 * Sigma(x)) - 1.0,
            LstmSquashing.WideSymmetricLogistic => (4.0 * Sigma(x)) - 2.0,
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };

        private double Net(double[,] w, double[] bias, double[,] peep, int b, double[] z, double[] states)
        {
            double net = bias[b];
            for (int s = 0; s < _sources; s++)
            {
                net += w[b, s] * z[s];
            }

            if (_o.Peepholes)
            {
                for (int v = 0; v < _o.CellsPerBlock; v++)
                {
                    net += peep[b, v] * states[(b * _o.CellsPerBlock) + v];
                }
            }

            return net;
        }

        private double NextValue() => 0.9 * Math.Sin((2.3 * ++_counter) + 0.4);

        private double[] Next(int length) => Enumerable.Range(0, length).Select(_ => NextValue()).ToArray();

        private double[,] Next(int rows, int columns)
        {
            var matrix = new double[rows, columns];
            for (int r = 0; r < rows; r++)
            {
                for (int c = 0; c < columns; c++)
                {
                    matrix[r, c] = NextValue();
                }
            }

            return matrix;
        }
    }
}
