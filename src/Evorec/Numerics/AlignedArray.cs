using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Evorec.Numerics;

/// <summary>Pinned arrays of doubles with a run that starts on a 64-byte boundary (a cache line).</summary>
internal static class AlignedArray
{
    /// <summary>The alignment, in bytes.</summary>
    public const int AlignmentBytes = 64;

    /// <summary>
    /// A pinned (never moved by the GC) array holding at least <paramref name="length"/> doubles from
    /// <paramref name="offset"/> on, element <paramref name="offset"/> 64-byte aligned; the other elements are 0.
    /// </summary>
    public static double[] Allocate(int length, out int offset)
    {
        double[] array = GC.AllocateArray<double>(length + (AlignmentBytes / sizeof(double)), pinned: true);
        offset = AlignedOffset(array);
        return array;
    }

    /// <summary><paramref name="length"/> rounded up to whole vectors of four doubles (a <see cref="System.Runtime.Intrinsics.Vector256{T}"/>, a panel of <see cref="PackedMatrix"/>).</summary>
    public static int WholeVectors(int length) => (length + 3) / 4 * 4;

    /// <summary><paramref name="length"/> rounded up to whole 64-byte lines of eight doubles, so that the next run of an array starts aligned too.</summary>
    public static int WholeLines(int length) => (length + 7) / 8 * 8;

    private static unsafe int AlignedOffset(double[] pinned)
    {
        nuint address = (nuint)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(pinned));
        int misalignment = (int)(address % AlignmentBytes);
        return misalignment == 0 ? 0 : (AlignmentBytes - misalignment) / sizeof(double);
    }
}
