using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;
using System.Runtime.Intrinsics.X86;

namespace Evorec.Numerics;

/// <summary>
/// Vectorized exp, tanh and logistic over <see cref="Vector256{T}"/> of doubles, and over spans.
/// <para>
/// Every element goes through the same sequence of IEEE operations whatever its position in a span
/// (a span shorter than 4 is padded into a full vector) and whatever the machine: the code uses only
/// <see cref="Vector256"/> operations, whose fused multiply-add is exact in hardware or in software, and
/// whole-lane selects by a comparison's mask (AVX <c>vblendvpd</c> where present), so the results are
/// deterministic, the same for every thread count and on every machine.
/// </para>
/// <para>
/// Accuracy, tested against <see cref="Math.Exp(double)"/> and <see cref="Math.Tanh(double)"/>:
/// within 1e-15 relative for <see cref="Exp(Vector256{double})"/> on [−708, 709.7] (gradual underflow
/// below, +∞ above 709.78 as <see cref="Math.Exp(double)"/>), <see cref="Tanh(Vector256{double})"/> and
/// <see cref="Logistic(Vector256{double})"/> everywhere (Cephes reports peak relative errors of
/// 2–3e-16 for the same approximations). NaN in gives NaN out.
/// </para>
/// </summary>
public static class VectorMath
{
    // Cephes exp.c (S. L. Moshier, Cephes Math Library 2.8, 2000): e^r = 1 + 2r P(r²) / (Q(r²) − r P(r²)) on |r| ≤ ln2/2.
    private const double ExpP0 = 1.26177193074810590878E-4;
    private const double ExpP1 = 3.02994407707441961300E-2;
    private const double ExpP2 = 9.99999999999999999910E-1;
    private const double ExpQ0 = 3.00198505138664455042E-6;
    private const double ExpQ1 = 2.52448340349684104192E-3;
    private const double ExpQ2 = 2.27265548208155028766E-1;
    private const double ExpQ3 = 2.00000000000000000009E0;

    // Cody & Waite (1980, ch. 6) range reduction: ln 2 = C1 + C2, C1 exact in few bits so n·C1 is exact.
    private const double Ln2High = 6.93145751953125E-1;
    private const double Ln2Low = 1.42860682030941723212E-6;
    private const double Log2E = 1.4426950408889634073599;

    // 1.5 · 2^52: adding it rounds a double of magnitude below 2^51 to the nearest integer, held in the low mantissa bits.
    private const double RoundingMagic = 6755399441055744.0;

    // e^x overflows above 709.78 and underflows to 0 below −745.13; clamping to these keeps n in [−1076, 1025].
    private const double ExpHighest = 710.0;
    private const double ExpLowest = -746.0;

    // Cephes tanh.c: tanh x = x + x³ P(x²)/Q(x²) for |x| < 0.625 (the form of Cody & Waite 1980, ch. 13).
    private const double TanhP0 = -9.64399179425052238628E-1;
    private const double TanhP1 = -9.92877231001918586564E1;
    private const double TanhP2 = -1.61468768441708447952E3;
    private const double TanhQ0 = 1.12811678491632931402E2;
    private const double TanhQ1 = 2.23548839060100448583E3;
    private const double TanhQ2 = 4.84406305325125486048E3;
    private const double TanhSmall = 0.625;

    /// <summary>
    /// e^x per lane (Cephes exp.c with Cody–Waite range reduction). Order: x is clamped to
    /// [−746, 710]; n = round-to-nearest(x·log2 e) by the 1.5·2^52 addition (one fused multiply-add);
    /// r = (x − n·C1) − n·C2 (two fused multiply-adds); p = r·((P0 r² + P1) r² + P2),
    /// q = ((Q0 r² + Q1) r² + Q2) r² + Q3 (Horner by fused multiply-add); y = 1 + 2 p/(q − p);
    /// e^x = (y · 2^⌊n/2⌋) · 2^(n−⌊n/2⌋), two exact power-of-two scalings so that overflow and gradual
    /// underflow round once, as <see cref="Math.Exp(double)"/> does. NaN lanes are returned unchanged.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Exp(Vector256<double> x) => WithNanLanes(x, ExpOfNumbers(x));

    /// <summary>Exp's last step: <paramref name="e"/>, computed from <paramref name="x"/>, with x's NaN lanes returned unchanged.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> WithNanLanes(Vector256<double> x, Vector256<double> e) => Select(Vector256.Equals(x, x), e, x);

    /// <summary>
    /// <see cref="Exp(Vector256{double})"/> without its last step, which returns NaN lanes unchanged:
    /// the same operations on every other lane, an unspecified value in a NaN lane. For callers that
    /// replace NaN lanes themselves (<see cref="TanhFinish"/>, <see cref="LogisticFinish"/>), so that it is done once.
    /// It is the three stages <see cref="ExpReduce"/>, <see cref="ExpRatio"/> and <see cref="ExpScale"/>
    /// in a row, which the span functions run as three passes (see <see cref="ApplyStaged{TFunction}"/>).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> ExpOfNumbers(Vector256<double> x)
    {
        Vector256<double> r = ExpReduce(x, out Vector256<double> shifted);
        return ExpScale(shifted, ExpRatio(r));
    }

    /// <summary>
    /// Exp's first stage, the Cody–Waite range reduction: x clamped to [−746, 710];
    /// <paramref name="shifted"/> = x·log2 e + 1.5·2^52 (n in its low mantissa bits); returns
    /// r = (x − n·C1) − n·C2.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> ExpReduce(Vector256<double> x, out Vector256<double> shifted)
    {
        Vector256<double> clamped = Vector256.Min(Vector256.Max(x, Vector256.Create(ExpLowest)), Vector256.Create(ExpHighest));
        shifted = Vector256.FusedMultiplyAdd(clamped, Vector256.Create(Log2E), Vector256.Create(RoundingMagic));
        Vector256<double> n = shifted - Vector256.Create(RoundingMagic);
        Vector256<double> r = Vector256.FusedMultiplyAdd(n, Vector256.Create(-Ln2High), clamped);
        return Vector256.FusedMultiplyAdd(n, Vector256.Create(-Ln2Low), r);
    }

    /// <summary>Exp's second stage, the rational approximation's quotient p/(q − p) of the reduced argument r.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> ExpRatio(Vector256<double> r)
    {
        Vector256<double> rr = r * r;
        Vector256<double> p = Vector256.FusedMultiplyAdd(Vector256.FusedMultiplyAdd(Vector256.Create(ExpP0), rr, Vector256.Create(ExpP1)), rr, Vector256.Create(ExpP2)) * r;
        Vector256<double> q = Vector256.FusedMultiplyAdd(
            Vector256.FusedMultiplyAdd(Vector256.FusedMultiplyAdd(Vector256.Create(ExpQ0), rr, Vector256.Create(ExpQ1)), rr, Vector256.Create(ExpQ2)),
            rr,
            Vector256.Create(ExpQ3));
        return p / (q - p);
    }

    /// <summary>Exp's last stage: y = 1 + 2·ratio, scaled by 2^n in two exact power-of-two steps (n from <paramref name="shifted"/>).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> ExpScale(Vector256<double> shifted, Vector256<double> ratio)
    {
        Vector256<double> y = Vector256.FusedMultiplyAdd(Vector256.Create(2.0), ratio, Vector256<double>.One);

        // The low bits of the shifted value hold n in two's complement; the high bits vanish in the shifts.
        // The biased exponents ⌊n/2⌋ + 1023 and n − ⌊n/2⌋ + 1023 in exact integer arithmetic, with ⌊n/2⌋
        // taken by a logical shift of n + 2048 ≥ 0 (n ≥ −1076): AVX2 has no 64-bit arithmetic shift,
        // whose emulation took five instructions.
        Vector256<long> integer = shifted.AsInt64() - Vector256.Create(BitConverter.DoubleToInt64Bits(RoundingMagic));
        Vector256<long> firstExponent = Vector256.ShiftRightLogical(integer + Vector256.Create(2048L), 1) - Vector256<long>.One;
        Vector256<double> first = Vector256.ShiftLeft(firstExponent, 52).AsDouble();
        Vector256<double> second = Vector256.ShiftLeft(integer - firstExponent + Vector256.Create(2046L), 52).AsDouble();
        return y * first * second;
    }

    /// <summary>
    /// tanh x per lane (Cephes tanh.c). With z = |x|: for z &lt; 0.625, z + (z·z²·P(z²)) / Q(z²), P by
    /// Horner and Q = ((z² + Q0) z² + Q1) z² + Q2, both by fused multiply-add; otherwise
    /// 1 + (−2) / (e^(2z) + 1) with <see cref="Exp(Vector256{double})"/>. Both branches share one
    /// division (numerator and denominator are selected first); the sign of x is then copied onto the result.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Tanh(Vector256<double> x) => TanhFinish(x, ExpOfNumbers(TanhExpArgument(x)));

    /// <summary>The argument of tanh's exp: 2|x|.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> TanhExpArgument(Vector256<double> x)
    {
        Vector256<double> z = Vector256.Abs(x);
        return z + z;
    }

    /// <summary>tanh x from x and e = e^(2|x|) (unspecified in NaN lanes): both branches, one division, the sign, NaN.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> TanhFinish(Vector256<double> x, Vector256<double> e)
    {
        Vector256<double> z = Vector256.Abs(x);
        Vector256<double> small = Vector256.LessThan(z, Vector256.Create(TanhSmall));
        Vector256<double> s = z * z;
        Vector256<double> p = Vector256.FusedMultiplyAdd(Vector256.FusedMultiplyAdd(Vector256.Create(TanhP0), s, Vector256.Create(TanhP1)), s, Vector256.Create(TanhP2));
        Vector256<double> q = Vector256.FusedMultiplyAdd(Vector256.FusedMultiplyAdd(s + Vector256.Create(TanhQ0), s, Vector256.Create(TanhQ1)), s, Vector256.Create(TanhQ2));
        Vector256<double> numerator = Select(small, z * s * p, Vector256.Create(-2.0));
        Vector256<double> denominator = Select(small, q, e + Vector256<double>.One);
        Vector256<double> start = Select(small, z, Vector256<double>.One);
        Vector256<double> magnitude = start + (numerator / denominator);
        Vector256<double> sign = x & Vector256.Create(-0.0);
        Vector256<double> result = magnitude | sign;
        return Select(Vector256.Equals(x, x), result, x);
    }

    /// <summary>
    /// Per lane, <paramref name="ifTrue"/> where <paramref name="mask"/> is all ones and
    /// <paramref name="ifFalse"/> where it is zero (a comparison's result): one <c>vblendvpd</c> with
    /// AVX, where the JIT compiled <see cref="Vector256.ConditionalSelect{T}"/> of a mask used more than
    /// once to three bitwise operations; the same lanes either way.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> Select(Vector256<double> mask, Vector256<double> ifTrue, Vector256<double> ifFalse) =>
        Avx.IsSupported ? Avx.BlendVariable(ifFalse, ifTrue, mask) : Vector256.ConditionalSelect(mask, ifTrue, ifFalse);

    /// <summary>The logistic sigmoid 1 / (1 + e^(−x)) per lane, with <see cref="Exp(Vector256{double})"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static Vector256<double> Logistic(Vector256<double> x) => LogisticFinish(x, ExpOfNumbers(LogisticExpArgument(x)));

    /// <summary>The argument of the logistic's exp: −x.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> LogisticExpArgument(Vector256<double> x) => -x;

    /// <summary>1 / (1 + e) with e = e^(−x), NaN lanes of −x passed through as <see cref="Exp(Vector256{double})"/> does.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static Vector256<double> LogisticFinish(Vector256<double> x, Vector256<double> e)
    {
        Vector256<double> argument = -x;
        return Vector256<double>.One / (Vector256<double>.One + WithNanLanes(argument, e));
    }

    /// <summary>tanh of one value, computed exactly as a lane of <see cref="Tanh(Vector256{double})"/>.</summary>
    public static double Tanh(double x) => Tanh(Vector256.Create(x)).ToScalar();

    /// <summary>The logistic sigmoid of one value, computed exactly as a lane of <see cref="Logistic(Vector256{double})"/>.</summary>
    public static double Logistic(double x) => Logistic(Vector256.Create(x)).ToScalar();

    /// <summary>e^x of one value, computed exactly as a lane of <see cref="Exp(Vector256{double})"/>.</summary>
    public static double Exp(double x) => Exp(Vector256.Create(x)).ToScalar();

    /// <summary>Replaces every element of <paramref name="values"/> by its tanh (<see cref="Tanh(Vector256{double})"/>).</summary>
    public static void Tanh(Span<double> values) => ApplyStaged<TanhFunction>(values);

    /// <summary>Replaces every element of <paramref name="values"/> by its logistic sigmoid (<see cref="Logistic(Vector256{double})"/>).</summary>
    public static void Logistic(Span<double> values) => ApplyStaged<LogisticFunction>(values);

    /// <summary>
    /// Applies <typeparamref name="TFunction"/> (whose core is an exp) to whole vectors in three passes
    /// over chunks of up to <see cref="StagedChunk"/> elements, one per stage of exp: the range
    /// reduction (<see cref="ExpReduce"/> of the function's argument), the rational approximation's
    /// quotient (<see cref="ExpRatio"/>), then the scaling (<see cref="ExpScale"/>) and the function's
    /// own last steps. The stages' results wait in a scratch buffer on the stack. Fewer than
    /// <see cref="StagedMinimum"/> elements go one vector at a time (<see cref="Apply{TFunction}"/>). Every lane goes
    /// through the same operations in the same order as in <c>TFunction.Of</c>, so the results are
    /// bit-identical to it. A tail of 1–3 elements is done with the last four elements' original
    /// values (read before anything is overwritten), storing all four results: the elements shared
    /// with the last whole vector get the same value again. Fewer than four elements are padded with zeros.
    /// </summary>
    /// <remarks>
    /// Why three passes: one vector's tanh is a chain of some 85 cycles of dependent latencies (two
    /// divisions of 13 among them) in about 60 instructions, and the core's out-of-order window holds
    /// only two or three such vectors at once, so successive vectors overlapped too little: tanh took
    /// 12–15 ns a vector whatever the length (Elman 1-50-1 spent about 45% of its step in it), and
    /// writing two vectors interleaved by hand did not change that. Cut into stages of 20–35 cycles,
    /// each pass holds three times as many vectors in flight. This is loop fission, or loop
    /// distribution (R. Allen and K. Kennedy, <i>Optimizing Compilers for Modern Architectures: A
    /// Dependence-based Approach</i>, Morgan Kaufmann 2001), done for the latency of a long chain rather
    /// than for vectorization or locality: tanh over 52 elements 1.24–1.38x faster, over 400 1.08–1.30x,
    /// the logistic over 100 1.09–1.35x, Elman 1-50-1's step 1.08–1.13x (2026-12-02; in a probe over 52
    /// elements, two passes gave 1.0–1.2x and four 1.2x).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void ApplyStaged<TFunction>(Span<double> values)
        where TFunction : struct, IExpFunction
    {
        if (values.Length < StagedMinimum)
        {
            Apply<TFunction>(values);
        }
        else
        {
            ApplyInPasses<TFunction>(values);
        }
    }

    /// <summary>
    /// Applies <typeparamref name="TFunction"/> one vector at a time. A tail of 1–3 elements is done
    /// with the last four elements' original values (read before anything is overwritten), storing all
    /// four results: the elements shared with the last whole vector get the same value again, since
    /// every element goes through the same operations. Fewer than four elements are padded with zeros.
    /// Small enough for the JIT to inline into a caller outside a loop (a CTRNN 10's rates; its
    /// <c>stackalloc</c> keeps it out of loops), which <see cref="ApplyInPasses{TFunction}"/> is not:
    /// called instead, the CTRNN 10 step was 0.86x.
    /// </summary>
    private static void Apply<TFunction>(Span<double> values)
        where TFunction : struct, IVectorFunction
    {
        int n = values.Length;
        ref double start = ref MemoryMarshal.GetReference(values);
        if (n < 4)
        {
            if (n > 0)
            {
                Span<double> padded = stackalloc double[4];
                padded.Clear();
                values.CopyTo(padded);
                TFunction.Of(Vector256.Create((ReadOnlySpan<double>)padded)).CopyTo(padded);
                padded[..n].CopyTo(values);
            }

            return;
        }

        Vector256<double> last = Vector256.LoadUnsafe(ref start, (nuint)(n - 4));
        int i = 0;
        for (; i <= n - 4; i += 4)
        {
            TFunction.Of(Vector256.LoadUnsafe(ref start, (nuint)i)).StoreUnsafe(ref start, (nuint)i);
        }

        if (i < n)
        {
            TFunction.Of(last).StoreUnsafe(ref start, (nuint)(n - 4));
        }
    }

    /// <summary>The three passes of <see cref="ApplyStaged{TFunction}"/>, for at least <see cref="StagedMinimum"/> elements, and the tail.</summary>
    [SkipLocalsInit]
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ApplyInPasses<TFunction>(Span<double> values)
        where TFunction : struct, IExpFunction
    {
        int n = values.Length;
        ref double start = ref MemoryMarshal.GetReference(values);
        Vector256<double> last = Vector256.LoadUnsafe(ref start, (nuint)(n - 4));
        int whole = n & ~3;

        // Per vector of the chunk: its shifted value at 2i, its reduced argument and then its quotient at 2i + 4.
        Span<double> scratch = stackalloc double[2 * StagedChunk];
        ref double stages = ref MemoryMarshal.GetReference(scratch);
        int count;
        for (int first = 0; first < whole; first += count)
        {
            ref double chunk = ref Unsafe.Add(ref start, first);
            count = Math.Min(StagedChunk, whole - first);
            ReducePass<TFunction>(ref chunk, ref stages, count);
            RatioPass(ref stages, count);
            FinishPass<TFunction>(ref chunk, ref stages, count);
        }

        if (whole < n)
        {
            TFunction.Of(last).StoreUnsafe(ref start, (nuint)(n - 4));
        }
    }

    // The passes are methods of their own: inlined into one loop nest, the JIT hoisted the constants of
    // all three into registers and then spilled and reloaded some of them in every iteration.

    /// <summary>Pass 1 of <see cref="ApplyStaged{TFunction}"/>: the shifted value and the reduced argument of each vector's exp.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void ReducePass<TFunction>(ref double chunk, ref double stages, int count)
        where TFunction : struct, IExpFunction
    {
        for (int i = 0; i < count; i += 4)
        {
            Vector256<double> argument = TFunction.ExpArgument(Vector256.LoadUnsafe(ref chunk, (nuint)i));
            Vector256<double> reduced = ExpReduce(argument, out Vector256<double> shifted);
            shifted.StoreUnsafe(ref stages, (nuint)(2 * i));
            reduced.StoreUnsafe(ref stages, (nuint)((2 * i) + 4));
        }
    }

    /// <summary>Pass 2 of <see cref="ApplyStaged{TFunction}"/>: each reduced argument replaced by exp's quotient.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void RatioPass(ref double stages, int count)
    {
        for (int i = 0; i < count; i += 4)
        {
            ExpRatio(Vector256.LoadUnsafe(ref stages, (nuint)((2 * i) + 4))).StoreUnsafe(ref stages, (nuint)((2 * i) + 4));
        }
    }

    /// <summary>Pass 3 of <see cref="ApplyStaged{TFunction}"/>: exp's scaling and the function's last steps, stored over the input.</summary>
    [MethodImpl(MethodImplOptions.NoInlining)]
    private static void FinishPass<TFunction>(ref double chunk, ref double stages, int count)
        where TFunction : struct, IExpFunction
    {
        for (int i = 0; i < count; i += 4)
        {
            Vector256<double> e = ExpScale(Vector256.LoadUnsafe(ref stages, (nuint)(2 * i)), Vector256.LoadUnsafe(ref stages, (nuint)((2 * i) + 4)));
            TFunction.Finish(Vector256.LoadUnsafe(ref chunk, (nuint)i), e).StoreUnsafe(ref chunk, (nuint)i);
        }
    }

    /// <summary>Elements per chunk of <see cref="ApplyStaged{TFunction}"/>: its scratch buffer takes 1 KB of the stack.</summary>
    private const int StagedChunk = 64;

    /// <summary>
    /// Fewer elements than this go one vector at a time: over 8 and 12 elements the three passes were
    /// 0.89x and 0.95x of it, over 16 and 20 elements 1.13x (2026-12-02).
    /// </summary>
    private const int StagedMinimum = 16;

    /// <summary>A lane-wise function, as a type so that code over it is compiled (and inlined) once per function.</summary>
    internal interface IVectorFunction
    {
        static abstract Vector256<double> Of(Vector256<double> x);
    }

    /// <summary>
    /// A lane-wise function f(x) = Finish(x, e^ExpArgument(x)) around one exp (e unspecified in NaN lanes
    /// of the argument), so that <see cref="ApplyStaged{TFunction}"/> can run its exp in stages. Of must
    /// be exactly Finish(x, ExpOfNumbers(ExpArgument(x))), as <see cref="Tanh(Vector256{double})"/> and
    /// <see cref="Logistic(Vector256{double})"/> are written, so that the staged and the one-vector paths
    /// agree bit for bit (<c>VectorMathTests</c> checks both against the scalar functions).
    /// </summary>
    internal interface IExpFunction : IVectorFunction
    {
        static abstract Vector256<double> ExpArgument(Vector256<double> x);

        static abstract Vector256<double> Finish(Vector256<double> x, Vector256<double> e);
    }

    /// <summary><see cref="Tanh(Vector256{double})"/> as an <see cref="IExpFunction"/>.</summary>
    internal readonly struct TanhFunction : IExpFunction
    {
        public static Vector256<double> Of(Vector256<double> x) => Tanh(x);

        public static Vector256<double> ExpArgument(Vector256<double> x) => TanhExpArgument(x);

        public static Vector256<double> Finish(Vector256<double> x, Vector256<double> e) => TanhFinish(x, e);
    }

    /// <summary><see cref="Logistic(Vector256{double})"/> as an <see cref="IExpFunction"/>.</summary>
    internal readonly struct LogisticFunction : IExpFunction
    {
        public static Vector256<double> Of(Vector256<double> x) => Logistic(x);

        public static Vector256<double> ExpArgument(Vector256<double> x) => LogisticExpArgument(x);

        public static Vector256<double> Finish(Vector256<double> x, Vector256<double> e) => LogisticFinish(x, e);
    }

    /// <summary>The identity (a linear activation) as an <see cref="IVectorFunction"/>.</summary>
    internal readonly struct IdentityFunction : IVectorFunction
    {
        public static Vector256<double> Of(Vector256<double> x) => x;
    }
}
