namespace Evorec.Numerics;

/// <summary>
/// A key naming one random stream, built by chaining components such as
/// (suite seed, experiment, run, generation, individual). Two keys built from the same
/// components are equal; keys that differ in any component give unrelated streams.
/// This is what makes results independent of scheduling: every random draw is addressed
/// by what it is for, not by when it happens.
/// </summary>
/// <remarks>
/// Components are combined with the SplitMix64 finaliser (Steele, Lea &amp; Flood,
/// "Fast splittable pseudorandom number generators", OOPSLA 2014, §3), a bijective
/// 64-bit mixer with full avalanche.
/// </remarks>
public readonly record struct StreamKey(ulong Value)
{
    /// <summary>The key for a suite seed.</summary>
    public static StreamKey FromSeed(long seed) => new(Mix((ulong)seed ^ 0x5EED_0F_E70EC0DEUL));

    /// <summary>The key for this key's sub-stream number <paramref name="component"/>.</summary>
    public StreamKey Then(long component) =>
        new(Mix(Value ^ Mix((ulong)component + 0x9E37_79B9_7F4A_7C15UL)));

    /// <summary>The key for this key's sub-stream named <paramref name="component"/> (a stable hash of the text).</summary>
    public StreamKey Then(string component) => Then((long)StableHash.Of(component));

    /// <summary>The SplitMix64 finaliser.</summary>
    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58_476D_1CE4_E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D0_49BB_1331_11EBUL;
        return z ^ (z >> 31);
    }
}
