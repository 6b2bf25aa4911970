using Evorec.Experiments.Benchmarks;
using Evorec.Networks;
using Evorec.Numerics;

namespace Evorec.Tests.Networks;

/// <summary>
/// Pins the outputs of every kind to the last bit: a hash of every output of 16 networks per shape
/// (parameters at five scales, from tiny to saturating) over 300 steps, and of tanh and the logistic
/// over spans of every length up to 70 (special values included), recorded before the speed work of
/// 2026-12-02 (main at c44c5ba). A change that moves any output by one bit changes its hash; a change
/// meant to alter outputs must update the table, and the reference results must be regenerated.
/// </summary>
public sealed class OutputHashTests
{
    private static readonly Dictionary<string, ulong> Expected = new()
    {
        { "lstm 1-10-1", 0x05ABC8227B6B9CA5UL },
        { "lstm 1-100-1", 0x5AAC2A3B8A7766CEUL },
        { "gru 1-10-1", 0x8E960879A6173D1EUL },
        { "gru 1-100-1", 0xE9F4ADE314C74247UL },
        { "elman 1-10-1", 0x43841EB4BD194303UL },
        { "elman 1-50-1", 0xF94D1ACE7F99BE0DUL },
        { "fully-recurrent 10", 0x93649DAEA9AF2927UL },
        { "fully-recurrent 100", 0x87940BFF6EBAD500UL },
        { "jordan 1-10-1", 0xE0B5809B8A216B1DUL },
        { "jordan 1-100-1", 0x825C57D3E3C0C120UL },
        { "narx 1-10-1 (2+2 taps)", 0xCCB1CD99AC6DAA82UL },
        { "narx 1-100-1 (2+2 taps)", 0x66FDB9E28050D1F4UL },
        { "ctrnn 10 (10 substeps)", 0x382AEBC437FD1AA0UL },
        { "ctrnn 100 (10 substeps)", 0x802D7C79D1302D84UL },
        { "feed-forward 1-10-1", 0x48D3C63FD746FF23UL },
        { "feed-forward 1-100-100-1", 0xF68DF5DDD9A7F4E4UL },
        { "esn 100", 0xF49488B5D0A3EF63UL },
        { "esn 500", 0xCBE25F22F7F1C133UL },
        { "elman 2-1-3", 0xE0962F1D77A471B1UL },
        { "elman 2-2-3", 0xDFD7171C3AB919D6UL },
        { "elman 2-3-3", 0xD866C03CFA378787UL },
        { "elman 2-4-3", 0x45A38B4C52A5187CUL },
        { "elman 2-5-3", 0x79C81E8D6DC9661BUL },
        { "elman 2-6-3", 0x656BC43BEFA39F7FUL },
        { "elman 2-7-3", 0x239AAB28FE4F6E63UL },
        { "elman 2-8-3", 0x4F7ECB0E4F4355B5UL },
        { "elman 2-9-3", 0xBE6BA31D5C10CE2BUL },
        { "elman 2-11-3", 0xF692C2D552E0FFBFUL },
        { "elman 2-13-3", 0x4D37AB4BCA9C55A6UL },
        { "elman 2-17-3", 0x317D1841D6B7B5ADUL },
        { "elman 2-50-3", 0x2B6F4F817EB48A1FUL },
        { "elman 2-51-3", 0xBC8BF20D46EB15FCUL },
        { "elman 2-52-3", 0xC6FDDEA1C32E7CFCUL },
        { "elman 2-53-3", 0x5723B678118E330BUL },
        { "elman 2-64-3", 0x29109AA1A86F6008UL },
    };

    public static TheoryData<string> Shapes() => [.. Expected.Keys];

    private static IEnumerable<(string Name, NetworkSpec Spec)> Specs()
    {
        foreach (BenchmarkCase benchmark in BenchmarkCases.Standard())
        {
            yield return (benchmark.Name, benchmark.Spec);
        }

        foreach (int hidden in new[] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 11, 13, 17, 50, 51, 52, 53, 64 })
        {
            yield return ($"elman 2-{hidden}-3", new ElmanSpec(2, 3, new ElmanOptions { Hidden = hidden }));
        }
    }

    private static ulong Mix(ulong hash, double value)
    {
        hash ^= (ulong)BitConverter.DoubleToInt64Bits(value);
        hash *= 0x100000001B3UL;
        return hash ^ (hash >> 29);
    }

    [Theory]
    [MemberData(nameof(Shapes))]
    public void OutputsAreThoseRecorded(string name)
    {
        NetworkSpec spec = Specs().Single(s => s.Name == name).Spec;
        var random = new Random(12345);
        ulong hash = 0xCBF29CE484222325UL;
        IRecurrentNetwork network = spec.Create();
        var input = new double[spec.InputCount];
        var output = new double[spec.OutputCount];
        var parameters = new double[spec.Layout.Count];
        int networks = spec.Layout.Count > 20000 ? 4 : 16;
        double[] scales = [0.05, 0.3, 1.0, 3.0, 20.0];
        for (int k = 0; k < networks; k++)
        {
            double scale = scales[k % 5];
            for (int i = 0; i < parameters.Length; i++)
            {
                parameters[i] = scale * ((2 * random.NextDouble()) - 1);
            }

            spec.Load(parameters, network);
            for (int t = 0; t < 300; t++)
            {
                for (int i = 0; i < input.Length; i++)
                {
                    input[i] = Math.Sin((0.1 * t) + i + k) * (k % 3 == 0 ? 5 : 1);
                }

                network.Step(input, output);
                foreach (double value in output)
                {
                    hash = Mix(hash, value);
                }
            }
        }

        Assert.Equal(Expected[name].ToString("X16"), hash.ToString("X16"));
    }

    [Fact]
    public void TanhAndLogisticOverSpansAreThoseRecorded()
    {
        var random = new Random(7);
        ulong tanh = 0xCBF29CE484222325UL, logistic = tanh;
        double[] specials = [0.0, -0.0, double.NaN, double.PositiveInfinity, double.NegativeInfinity, 0.625, -0.625, Math.BitDecrement(0.625), 1e-300, 800, -800, 400, -400];
        double[] scales = [0.7, 2, 30];
        for (int repeat = 0; repeat < 200; repeat++)
        {
            for (int n = 0; n <= 70; n++)
            {
                var values = new double[n];
                for (int i = 0; i < n; i++)
                {
                    values[i] = random.Next(10) == 0 ? specials[random.Next(specials.Length)] : ((random.NextDouble() * 2) - 1) * scales[random.Next(3)];
                }

                double[] a = (double[])values.Clone(), b = (double[])values.Clone();
                VectorMath.Tanh(a);
                VectorMath.Logistic(b);
                foreach (double value in a)
                {
                    tanh = Mix(tanh, value);
                }

                foreach (double value in b)
                {
                    logistic = Mix(logistic, value);
                }

                if (n > 3)
                {
                    double[] inner = (double[])values.Clone();
                    VectorMath.Tanh(inner.AsSpan(1, n - 2));
                    foreach (double value in inner)
                    {
                        tanh = Mix(tanh, value);
                    }
                }
            }
        }

        Assert.Equal("D804E95A5E54EEEA", tanh.ToString("X16"));
        Assert.Equal("00A37A39E4A35B1C", logistic.ToString("X16"));
    }
}
