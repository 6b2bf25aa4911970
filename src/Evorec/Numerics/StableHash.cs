namespace Evorec.Numerics;

/// <summary>
/// A hash of text that is the same on every machine and every run
/// (<see cref="string.GetHashCode()"/> is randomised per process, so it cannot key random streams).
/// 64-bit FNV-1a over the UTF-16 code units.
/// </summary>
public static class StableHash
{
    /// <summary>The 64-bit FNV-1a hash of <paramref name="text"/>.</summary>
    public static ulong Of(string text)
    {
        ulong hash = 0xCBF2_9CE4_8422_2325UL;
        foreach (char c in text)
        {
            hash ^= c;
            hash *= 0x0000_0100_0000_01B3UL;
        }

        return hash;
    }
}
