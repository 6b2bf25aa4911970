using BenchmarkDotNet.Attributes;
using Evorec.Numerics;

namespace Evorec.Benchmarks;

/// <summary>The vectorized dot product and row-blocked matrix-vector product against the scalar reference.</summary>
[MemoryDiagnoser]
public class KernelBenchmarks
{
    private double[] _matrix = [];
    private double[] _x = [];
    private double[] _result = [];

    /// <summary>Rows and columns of the square matrix.</summary>
    [Params(10, 100)]
    public int Size { get; set; }

    /// <summary>Fills the operands deterministically.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _matrix = Enumerable.Range(0, Size * Size).Select(i => Math.Sin(i)).ToArray();
        _x = Enumerable.Range(0, Size).Select(i => Math.Cos(i)).ToArray();
        _result = new double[Size];
    }

    /// <summary>One row at a time with the scalar left-to-right reference.</summary>
    [Benchmark(Baseline = true)]
    public void ScalarRows()
    {
        for (int r = 0; r < Size; r++)
        {
            _result[r] = Kernels.DotReference(_matrix.AsSpan(r * Size, Size), _x);
        }
    }

    /// <summary>One row at a time with the vectorized dot product.</summary>
    [Benchmark]
    public void VectorRows()
    {
        for (int r = 0; r < Size; r++)
        {
            _result[r] = Kernels.Dot(_matrix.AsSpan(r * Size, Size), _x);
        }
    }

    /// <summary>The row-blocked matrix-vector product.</summary>
    [Benchmark]
    public void RowBlocked() => Kernels.MatrixVector(_matrix, _x, _result);
}
