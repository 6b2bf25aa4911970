using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Evorec.Numerics;

/// <summary>
/// A dense matrix copied into a layout made for the matrix-vector product: panels of four
/// consecutive rows, each panel one contiguous, 64-byte aligned run of memory read front to back in
/// exactly the order the product consumes it. <see cref="Multiply(ReadOnlySpan{double}, Span{double})"/>
/// gives, for every row, a result bit-identical to <see cref="Kernels.Dot"/> of that row with x (and
/// so to <see cref="Kernels.MatrixVector"/>): only where the weights sit in memory changes, not the
/// arithmetic.
/// </summary>
/// <remarks>
/// <para>
/// Why: a network's weight matrix of a few hundred KB lives in L2, and a row-major product there is
/// bound by how fast the loads arrive. Row-major rows of odd length start at any 8-byte offset, so
/// half of the 32-byte loads straddle two cache lines (each costs two L1 accesses), four rows at a time
/// are four interleaved streams for the prefetchers, and the last columns of four rows are gathered
/// element by element. Packing the operand once into contiguous, aligned micro-panels ahead of the
/// product, so that the inner kernel streams one buffer with aligned vector loads while the shared x
/// loads and the accumulators stay in registers (register blocking), is the central idea of Goto
/// and van de Geijn, "Anatomy of high-performance matrix multiplication", ACM TOMS 34(3), article 12,
/// 2008, and of BLIS's packed micro-panels (Van Zee and van de Geijn, "BLIS: a framework for rapidly
/// instantiating BLAS functionality", ACM TOMS 41(3), article 14, 2015). The networks pack their
/// weights when parameters are loaded, which is rare next to the steps that read them; matrices that
/// multiply the same vector (the gates and cells of an LSTM, two gates of a GRU) are packed as one, so
/// that one pass computes all of them.
/// </para>
/// <para>
/// Panel layout, for rows 4p … 4p+3 and n ≥ <see cref="Kernels.VectorThreshold"/> columns, n = 8q + 4e + t
/// (e ∈ {0, 1}, t &lt; 4), as <see cref="Kernels.Dot"/> splits a row: for each round k &lt; q, eight
/// 4-element vectors — columns 8k…8k+3 then 8k+4…8k+7 of row 0, the same of rows 1, 2, 3; if e = 1,
/// columns 8q…8q+3 of rows 0…3; then each of the t tail columns as one vector of its four rows'
/// elements. With fewer than <see cref="Kernels.VectorThreshold"/> columns every column is a tail
/// column. A panel takes exactly 4n elements; a last panel with fewer than four rows is padded with
/// zero rows whose results are dropped.
/// </para>
/// <para>
/// Order per row, as <see cref="Kernels.Dot"/>: two accumulators per row, fed by fused multiply-add
/// (the first with columns 8k…8k+3 and the block of 4, the second with 8k+4…8k+7), the eight
/// accumulators of a panel being independent so the FMA latency is hidden; the four rows' lane sums
/// (l0 + l1) + (l2 + l3) at once (<see cref="Kernels.LaneSums"/>: unpacks, adds and two 128-bit permutations); then the tail
/// columns, multiply then add. Rows shorter than <see cref="Kernels.VectorThreshold"/> are summed from
/// 0.0 left to right, multiply then add. On a machine without AVX2+FMA the matrix is kept row-major
/// and multiplied by <see cref="Kernels.MatrixVector"/>, which emulates the same order.
/// </para>
/// </remarks>
public sealed class PackedMatrix
{
    private const int PanelRows = 4;

    private readonly double[] _storage;
    private readonly int _offset;
    private readonly bool _packed;
    private readonly int _rounds;
    private readonly bool _block;
    private readonly int _vectorColumns;
    private readonly double[] _results;

    /// <summary>An all-zero <paramref name="rows"/> × <paramref name="columns"/> matrix; fill it with <see cref="SetRows"/>.</summary>
    public PackedMatrix(int rows, int columns)
        : this(rows, columns, Fma.IsSupported && Vector256.IsHardwareAccelerated)
    {
    }

    /// <summary>With <paramref name="packed"/> false, the row-major fallback of machines without AVX2+FMA (for tests).</summary>
    internal PackedMatrix(int rows, int columns, bool packed)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(rows);
        ArgumentOutOfRangeException.ThrowIfNegative(columns);
        Rows = rows;
        Columns = columns;
        _packed = packed;
        _rounds = columns >= Kernels.VectorThreshold ? columns / 8 : 0;
        _block = columns >= Kernels.VectorThreshold && columns % 8 >= 4;
        _vectorColumns = (8 * _rounds) + (_block ? 4 : 0);
        int panels = (rows + PanelRows - 1) / PanelRows;
        int length = packed ? panels * PanelRows * columns : rows * columns;

        // Pinned (never moved by the GC), so an aligned start found once stays aligned.
        _storage = AlignedArray.Allocate(length, out _offset);
        _results = packed ? [] : new double[rows];
    }

    /// <summary>Number of rows.</summary>
    public int Rows { get; }

    /// <summary>Number of columns (the length of x).</summary>
    public int Columns { get; }

    /// <summary>
    /// Copies the row-major <paramref name="matrix"/> (<c>matrix.Length / Columns</c> rows) into rows
    /// <paramref name="firstRow"/> onwards, so that several matrices with the same columns stack into one.
    /// </summary>
    public void SetRows(int firstRow, ReadOnlySpan<double> matrix)
    {
        int n = Columns;
        int count = n == 0 ? 0 : matrix.Length / n;
        if (count * n != matrix.Length)
        {
            throw new ArgumentException($"The matrix has {matrix.Length} elements, not a whole number of rows of {n}.", nameof(matrix));
        }

        if (firstRow < 0 || firstRow + count > Rows)
        {
            throw new ArgumentOutOfRangeException(nameof(firstRow), $"Rows {firstRow}..{firstRow + count - 1} do not fit in {Rows}.");
        }

        Span<double> data = _storage.AsSpan(_offset);
        if (!_packed)
        {
            matrix.CopyTo(data[(firstRow * n)..]);
            return;
        }

        for (int i = 0; i < count; i++)
        {
            int row = firstRow + i;
            Span<double> panel = data.Slice(row / PanelRows * PanelRows * n, PanelRows * n);
            int lane = row % PanelRows;
            ReadOnlySpan<double> source = matrix.Slice(i * n, n);
            for (int k = 0; k < _rounds; k++)
            {
                source.Slice(8 * k, 8).CopyTo(panel[((32 * k) + (8 * lane))..]);
            }

            if (_block)
            {
                source.Slice(8 * _rounds, 4).CopyTo(panel[((32 * _rounds) + (4 * lane))..]);
            }

            for (int c = _vectorColumns; c < n; c++)
            {
                panel[(4 * c) + lane] = source[c];
            }
        }
    }

    /// <summary>
    /// <c>result[r] = Dot(row r, x)</c> for every row, bit-identical to <see cref="Kernels.MatrixVector"/>
    /// on the row-major matrix. <paramref name="result"/> has <see cref="Rows"/> elements, x at least <see cref="Columns"/>.
    /// </summary>
    public void Multiply(ReadOnlySpan<double> x, Span<double> result)
    {
        var store = new StoreConsumer(CheckResult(result, nameof(result)));
        Multiply(x, ref store);
    }

    /// <summary>
    /// <c>result[r] = Dot(row r, x) + addend[r]</c> — bit-identical to the product followed by
    /// <see cref="Kernels.Add"/> of <paramref name="addend"/> (such as a bias), in one pass.
    /// </summary>
    public void Multiply(ReadOnlySpan<double> x, ReadOnlySpan<double> addend, Span<double> result)
    {
        var store = new AddAndStoreConsumer(CheckResult(addend, nameof(addend)), CheckResult(result, nameof(result)));
        Multiply(x, ref store);
    }

    /// <summary>
    /// Computes the products of x with the rows, four rows (one panel) at a time, and hands each
    /// panel's results to <paramref name="consumer"/> as soon as they are ready, in row order: rows
    /// <c>row … row + count − 1</c> in lanes 0 … count − 1 (count is 4 except for a last, short panel,
    /// whose other lanes hold 0). A consumer that adds and stores (a bias, an Euler step) saves a pass
    /// over the vector. Keep long dependency chains out of it: a nonlinearity (exp, tanh, logistic, some
    /// 40 dependent operations and two divisions per vector) applied per panel was measured to stall the
    /// next panel's fused multiply-adds behind it in the floating-point scheduler (Elman 1-50-1 and
    /// CTRNN 100 steps 1.3–1.5x slower); the same functions over the whole vector afterwards, where
    /// successive vectors are independent, overlap — or one panel late, behind the next panel's
    /// multiply-adds, as <see cref="MultiplyAddApply{TFunction}"/> applies them.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)] // a method of its own, so that the panel kernel and the consumer are always inlined into it
    public void Multiply<TConsumer>(ReadOnlySpan<double> x, ref TConsumer consumer)
        where TConsumer : IPanelConsumer, allows ref struct
    {
        int n = Columns;
        int rows = Rows;
        if (x.Length < n)
        {
            throw new ArgumentException("x is shorter than the columns.", nameof(x));
        }

        if (!_packed)
        {
            Fallback(x[..n], ref consumer);
            return;
        }

        ref double v = ref MemoryMarshal.GetReference(x);
        ref double panel = ref FirstPanel;
        int stride = PanelRows * n;
        int r = 0;
        for (; r <= rows - PanelRows; r += PanelRows)
        {
            consumer.Accept(Panel(ref panel, ref v), r, PanelRows);
            panel = ref Unsafe.Add(ref panel, stride);
        }

        if (r < rows)
        {
            consumer.Accept(Panel(ref panel, ref v), r, rows - r);
        }
    }

    /// <summary>
    /// <c>result[r] = Dot(row r, x) + (other.Dot(row r, y) + addend[r])</c> for every row — bit-identical
    /// to this product plus (the product of <paramref name="other"/> and y, plus the addend) — in one
    /// pass over both matrices' panels, with no vector in between: an Elman layer's recurrent product
    /// plus its input part and bias. <paramref name="other"/> has the same rows;
    /// <paramref name="addend"/> and <paramref name="result"/> have at least <see cref="Rows"/>
    /// elements rounded up to a multiple of 4 (the last panel is stored whole; its padding lanes get
    /// the padding of the addend plus 0, for finite x and y); <paramref name="result"/> must not overlap x or y.
    /// Both matrices' panels are walked by
    /// references held in registers; the same sums through <see cref="Multiply{TConsumer}(ReadOnlySpan{double}, ref TConsumer)"/>
    /// with a consumer that asked the other matrix for each panel (checking the row, finding the panel,
    /// storing the last one masked) made Elman 1-50-1's step 1.13x slower (2026-12-02).
    /// </summary>
    public void MultiplyAddProduct(ReadOnlySpan<double> x, PackedMatrix other, ReadOnlySpan<double> y, ReadOnlySpan<double> addend, Span<double> result)
    {
        int rows = Rows;
        int padded = AlignedArray.WholeVectors(rows);
        if (other.Rows != rows || x.Length < Columns || y.Length < other.Columns || addend.Length < padded || result.Length < padded)
        {
            throw new ArgumentException($"Expected {rows} rows in the other matrix, x of {Columns}, y of {other.Columns}, addend and result of {padded}.");
        }

        if (!_packed || !other._packed)
        {
            FallbackAddProduct(x[..Columns], other, y[..other.Columns], addend, result);
            return;
        }

        ref double v = ref MemoryMarshal.GetReference(x);
        ref double u = ref MemoryMarshal.GetReference(y);
        ref double panel = ref FirstPanel;
        ref double otherPanel = ref other.FirstPanel;
        ref double add = ref MemoryMarshal.GetReference(addend);
        ref double target = ref MemoryMarshal.GetReference(result);
        int stride = PanelRows * Columns;
        int otherStride = PanelRows * other.Columns;
        for (int r = 0; r < rows; r += PanelRows)
        {
            Vector256<double> sums = Panel(ref panel, ref v);
            Vector256<double> part = other.Panel(ref otherPanel, ref u) + Vector256.LoadUnsafe(ref add, (nuint)r);
            (sums + part).StoreUnsafe(ref target, (nuint)r);
            panel = ref Unsafe.Add(ref panel, stride);
            otherPanel = ref Unsafe.Add(ref otherPanel, otherStride);
        }
    }

    /// <summary>
    /// <c>result[r] = f(Dot(row r, x) + addend[r])</c> for every row, f being <typeparamref name="TFunction"/>
    /// (tanh, the logistic or the identity of <see cref="VectorMath"/>) — bit-identical to
    /// <see cref="Multiply(ReadOnlySpan{double}, ReadOnlySpan{double}, Span{double})"/> followed by f over
    /// the whole vector, or without the addend (<paramref name="addend"/> empty) to
    /// <see cref="Multiply(ReadOnlySpan{double}, Span{double})"/> followed by f: a feed-forward layer in
    /// one pass. <paramref name="result"/> (and a non-empty addend) has at least <see cref="Rows"/>
    /// elements rounded up to a multiple of 4: every panel is stored whole, its padding lanes getting f
    /// of the addend's padding (plus 0, for finite x). <paramref name="result"/> must not overlap x: a panel is
    /// stored while later panels still read x.
    /// </summary>
    /// <remarks>
    /// f runs one panel late: panel p's sums wait in a register while panel p + 1's multiply-adds are
    /// issued, and only then go through f. f of the panel just summed, in its place, would make f's
    /// chain of some 90 cycles wait for the last multiply-add of that panel and hold up the next
    /// panel behind it (per-panel activations were measured 1.3–1.5x slower, see
    /// <see cref="Multiply{TConsumer}(ReadOnlySpan{double}, ref TConsumer)"/>); one panel late, its
    /// input is ready and its instructions fill the floating-point units while the next panel's weights
    /// stream in from L2 (feed-forward 1-100-100-1 1.1x, 2026-12-02). f of the previous panel issued
    /// before the next panel's sums instead of after them, or two panels late through memory, were
    /// 0.92x and 0.96x of this.
    /// </remarks>
    internal void MultiplyAddApply<TFunction>(ReadOnlySpan<double> x, ReadOnlySpan<double> addend, Span<double> result)
        where TFunction : struct, VectorMath.IVectorFunction
    {
        int rows = Rows;
        int padded = AlignedArray.WholeVectors(rows);
        bool hasAddend = !addend.IsEmpty;
        if (x.Length < Columns || (hasAddend && addend.Length < padded) || result.Length < padded)
        {
            ThrowAddApplyShapes(Columns, padded);
        }

        if (rows == 0)
        {
            return;
        }

        if (!_packed)
        {
            FallbackAddApply<TFunction>(x[..Columns], addend, result);
            return;
        }

        ref double v = ref MemoryMarshal.GetReference(x);
        ref double add = ref MemoryMarshal.GetReference(addend);
        ref double target = ref MemoryMarshal.GetReference(result);
        ref double panel = ref FirstPanel;
        int stride = PanelRows * Columns;
        Vector256<double> previous = Panel(ref panel, ref v);
        if (hasAddend)
        {
            previous += Vector256.LoadUnsafe(ref add);
        }

        int r = PanelRows;
        for (; r < rows; r += PanelRows)
        {
            panel = ref Unsafe.Add(ref panel, stride);
            Vector256<double> sums = Panel(ref panel, ref v);
            if (hasAddend)
            {
                sums += Vector256.LoadUnsafe(ref add, (nuint)r);
            }

            TFunction.Of(previous).StoreUnsafe(ref target, (nuint)(r - PanelRows));
            previous = sums;
        }

        TFunction.Of(previous).StoreUnsafe(ref target, (nuint)(r - PanelRows));
    }

    [DoesNotReturn]
    private static void ThrowAddApplyShapes(int columns, int padded) =>
        throw new ArgumentException($"Expected x of at least {columns} elements, an addend (or none) and a result of at least {padded}.");

    /// <summary>Fallback of <see cref="MultiplyAddApply{TFunction}"/> for a row-major matrix: the same sums per panel by <see cref="FallbackPanel"/>.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void FallbackAddApply<TFunction>(ReadOnlySpan<double> x, ReadOnlySpan<double> addend, Span<double> result)
        where TFunction : struct, VectorMath.IVectorFunction
    {
        for (int r = 0; r < Rows; r += PanelRows)
        {
            Vector256<double> sums = FallbackPanel(r, x);
            if (!addend.IsEmpty)
            {
                sums += Load(addend, r, PanelRows);
            }

            Store(TFunction.Of(sums), result, r, PanelRows);
        }
    }

    /// <summary>The first element of the packed storage.</summary>
    private ref double FirstPanel => ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_storage), _offset);

    /// <summary>
    /// Fallback of <see cref="MultiplyAddProduct"/> when either matrix is row-major: the same sums,
    /// each panel of either matrix from <see cref="Panel"/> or <see cref="FallbackPanel"/>.
    /// </summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void FallbackAddProduct(ReadOnlySpan<double> x, PackedMatrix other, ReadOnlySpan<double> y, ReadOnlySpan<double> addend, Span<double> result)
    {
        for (int r = 0; r < Rows; r += PanelRows)
        {
            Vector256<double> part = other.PanelOf(r, y) + Load(addend, r, PanelRows);
            Store(PanelOf(r, x) + part, result, r, PanelRows);
        }
    }

    /// <summary>The products of x with rows <c>row … row + 3</c> (row a multiple of 4), packed or row-major.</summary>
    private Vector256<double> PanelOf(int row, ReadOnlySpan<double> x) => _packed
        ? Panel(ref Unsafe.Add(ref FirstPanel, row * Columns), ref MemoryMarshal.GetReference(x))
        : FallbackPanel(row, x);

    /// <summary>Row-major products of x with rows <c>row … row + 3</c>: <see cref="Kernels.Dot"/> row by row, 0 past the last row.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private Vector256<double> FallbackPanel(int row, ReadOnlySpan<double> x)
    {
        Vector256<double> lanes = Vector256<double>.Zero;
        int n = Columns;
        for (int lane = 0; lane < PanelRows && row + lane < Rows; lane++)
        {
            lanes = lanes.WithElement(lane, Kernels.Dot(_storage.AsSpan(_offset + ((row + lane) * n), n), x));
        }

        return lanes;
    }

    /// <summary>Row-major fallback: the products by <see cref="Kernels.MatrixVector"/> (the same order, emulated), then the panels.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private void Fallback<TConsumer>(ReadOnlySpan<double> x, ref TConsumer consumer)
        where TConsumer : IPanelConsumer, allows ref struct
    {
        Kernels.MatrixVector(_storage.AsSpan(_offset, Rows * Columns), x, _results);
        for (int r = 0; r < Rows; r += PanelRows)
        {
            int count = Math.Min(PanelRows, Rows - r);
            consumer.Accept(Load(_results, r, count), r, count);
        }
    }

    /// <summary>
    /// Elements <c>row … row + count − 1</c> of <paramref name="values"/> as lanes 0 … count − 1 (count
    /// from 1 to 4), the other lanes 0: what an <see cref="IPanelConsumer"/> reads beside its rows.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Load(ReadOnlySpan<double> values, int row, int count)
    {
        CheckPanel(values.Length, row, count);
        ref double start = ref Unsafe.Add(ref MemoryMarshal.GetReference(values), row);
        if (count == PanelRows)
        {
            return Vector256.LoadUnsafe(ref start);
        }

        if (Avx.IsSupported)
        {
            unsafe
            {
                fixed (double* first = &start)
                {
                    return Avx.MaskLoad(first, LaneMask(count)); // the lanes past count read nothing and are 0
                }
            }
        }

        Vector256<double> lanes = Vector256<double>.Zero;
        for (int lane = 0; lane < count; lane++)
        {
            lanes = lanes.WithElement(lane, Unsafe.Add(ref start, lane));
        }

        return lanes;
    }

    /// <summary>Stores lanes 0 … count − 1 of <paramref name="lanes"/> to elements <c>row … row + count − 1</c> of <paramref name="values"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Store(Vector256<double> lanes, Span<double> values, int row, int count)
    {
        CheckPanel(values.Length, row, count);
        ref double start = ref Unsafe.Add(ref MemoryMarshal.GetReference(values), row);
        if (count == PanelRows)
        {
            lanes.StoreUnsafe(ref start);
            return;
        }

        if (Avx.IsSupported)
        {
            unsafe
            {
                fixed (double* first = &start)
                {
                    Avx.MaskStore(first, LaneMask(count), lanes); // the lanes past count write nothing
                }
            }

            return;
        }

        for (int lane = 0; lane < count; lane++)
        {
            Unsafe.Add(ref start, lane) = lanes.GetElement(lane);
        }
    }

    /// <summary>All bits set in lanes 0 … count − 1.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> LaneMask(int count) =>
        Vector256.LessThan(Vector256.Create(0L, 1L, 2L, 3L), Vector256.Create((long)count)).AsDouble();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void CheckPanel(int length, int row, int count)
    {
        if ((uint)count > PanelRows || (uint)row > (uint)length || (uint)count > (uint)(length - row))
        {
            ThrowOutsidePanel(length, row, count);
        }
    }

    [DoesNotReturn]
    private static void ThrowOutsidePanel(int length, int row, int count) =>
        throw new ArgumentOutOfRangeException(nameof(row), $"Rows {row}..{row + count - 1} are outside a span of {length}.");

    private Span<double> CheckResult(Span<double> values, string name) => values.Length == Rows
        ? values
        : throw new ArgumentException($"{name} must have one element per row ({Rows}), not {values.Length}.", name);

    private ReadOnlySpan<double> CheckResult(ReadOnlySpan<double> values, string name) => values.Length >= Rows
        ? values
        : throw new ArgumentException($"{name} must have at least one element per row ({Rows}), not {values.Length}.", name);

    /// <summary>The four row results of one panel (layout and order in the remarks of <see cref="PackedMatrix"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private Vector256<double> Panel(ref double panel, ref double x)
    {
        Vector256<double> sums = Vector256<double>.Zero;
        ref double w = ref panel;
        if (_vectorColumns > 0)
        {
            Vector256<double> first0 = Vector256<double>.Zero, second0 = Vector256<double>.Zero;
            Vector256<double> first1 = Vector256<double>.Zero, second1 = Vector256<double>.Zero;
            Vector256<double> first2 = Vector256<double>.Zero, second2 = Vector256<double>.Zero;
            Vector256<double> first3 = Vector256<double>.Zero, second3 = Vector256<double>.Zero;
            ref double column = ref x;
            for (int k = 0; k < _rounds; k++)
            {
                Vector256<double> low = Vector256.LoadUnsafe(ref column);
                Vector256<double> high = Vector256.LoadUnsafe(ref column, 4);
                first0 = Fma.MultiplyAdd(Vector256.LoadUnsafe(ref w), low, first0);
                second0 = Fma.MultiplyAdd(Vector256.LoadUnsafe(ref w, 4), high, second0);
                first1 = Fma.MultiplyAdd(Vector256.LoadUnsafe(ref w, 8), low, first1);
                second1 = Fma.MultiplyAdd(Vector256.LoadUnsafe(ref w, 12), high, second1);
                first2 = Fma.MultiplyAdd(Vector256.LoadUnsafe(ref w, 16), low, first2);
                second2 = Fma.MultiplyAdd(Vector256.LoadUnsafe(ref w, 20), high, second2);
                first3 = Fma.MultiplyAdd(Vector256.LoadUnsafe(ref w, 24), low, first3);
                second3 = Fma.MultiplyAdd(Vector256.LoadUnsafe(ref w, 28), high, second3);
                w = ref Unsafe.Add(ref w, 32);
                column = ref Unsafe.Add(ref column, 8);
            }

            if (_block)
            {
                Vector256<double> low = Vector256.LoadUnsafe(ref column);
                first0 = Fma.MultiplyAdd(Vector256.LoadUnsafe(ref w), low, first0);
                first1 = Fma.MultiplyAdd(Vector256.LoadUnsafe(ref w, 4), low, first1);
                first2 = Fma.MultiplyAdd(Vector256.LoadUnsafe(ref w, 8), low, first2);
                first3 = Fma.MultiplyAdd(Vector256.LoadUnsafe(ref w, 12), low, first3);
                w = ref Unsafe.Add(ref w, 16);
            }

            sums = Kernels.LaneSums(first0 + second0, first1 + second1, first2 + second2, first3 + second3);
        }

        for (int c = _vectorColumns; c < Columns; c++)
        {
            sums += Vector256.LoadUnsafe(ref w) * Vector256.Create(Unsafe.Add(ref x, c));
            w = ref Unsafe.Add(ref w, 4);
        }

        return sums;
    }

    /// <summary>Stores each panel's sums.</summary>
    private readonly ref struct StoreConsumer(Span<double> result) : IPanelConsumer
    {
        private readonly Span<double> _result = result;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Accept(Vector256<double> sums, int row, int count) => PackedMatrix.Store(sums, _result, row, count);
    }

    /// <summary>Stores each panel's sums plus the addend.</summary>
    private readonly ref struct AddAndStoreConsumer(ReadOnlySpan<double> addend, Span<double> result) : IPanelConsumer
    {
        private readonly ReadOnlySpan<double> _addend = addend;
        private readonly Span<double> _result = result;

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public void Accept(Vector256<double> sums, int row, int count) => PackedMatrix.Store(sums + Load(_addend, row, count), _result, row, count);
    }
}

/// <summary>
/// What <see cref="PackedMatrix.Multiply{TConsumer}(ReadOnlySpan{double}, ref TConsumer)"/> does with
/// each panel's results: a struct (usually a ref struct over the network's buffers), so that the call
/// is specialized and inlined.
/// </summary>
public interface IPanelConsumer
{
    /// <summary>Rows <paramref name="row"/> … <paramref name="row"/> + <paramref name="count"/> − 1 of the product, in lanes 0 … count − 1.</summary>
    void Accept(Vector256<double> sums, int row, int count);
}
