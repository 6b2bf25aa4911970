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

    private static unsafe int AlignedOffset(double[] pinned)
    {
        nuint address = (nuint)Unsafe.AsPointer(ref MemoryMarshal.GetArrayDataReference(pinned));
        int misalignment = (int)(address % AlignmentBytes);
        return misalignment == 0 ? 0 : (AlignmentBytes - misalignment) / sizeof(double);
    }
}
