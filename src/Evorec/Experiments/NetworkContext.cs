using Evorec.Numerics;

namespace Evorec.Experiments;

/// <summary>What a network factory receives besides its options.</summary>
/// <param name="InputCount">The task's inputs.</param>
/// <param name="OutputCount">The task's outputs.</param>
/// <param name="Key">
/// A stream key for anything a kind draws once and keeps fixed (such as a reservoir), derived from
/// (suite seed, network configuration, run index) so that every trainer in run k sees the same draw.
/// </param>
public sealed record NetworkContext(int InputCount, int OutputCount, StreamKey Key);
