namespace Evorec.Genomes;

/// <summary>
/// A set of 64-bit keys for the scratch work of one genome operation (node ids, node pairs):
/// open addressing with linear probing and multiplicative (Fibonacci) hashing (Knuth, <i>The Art of
/// Computer Programming</i> vol. 3, 2nd ed., §6.4, Algorithm L and multiplicative hashing), emptied in
/// O(1) by stamping each slot with the number of the <see cref="Clear"/> that filled it. It grows only
/// when asked for more keys than ever before, so reusing one allocates nothing. Not thread-safe.
/// </summary>
internal sealed class NeatKeySet
{
    private long[] _keys = new long[16];
    private int[] _stamps = new int[16];
    private int _stamp = 1;
    private int _shift = 64 - 4;
    private int _count;

    /// <summary>Empties the set, making room for <paramref name="capacity"/> keys at a load factor of at most ½.</summary>
    public void Clear(int capacity)
    {
        if (2 * capacity > _keys.Length)
        {
            int size = 16;
            int bits = 4;
            while (size < 2 * capacity)
            {
                size *= 2;
                bits++;
            }

            _keys = new long[size];
            _stamps = new int[size];
            _shift = 64 - bits;
            _stamp = 0;
        }

        _count = 0;
        if (++_stamp == int.MaxValue)
        {
            Array.Clear(_stamps);
            _stamp = 1;
        }
    }

    /// <summary>Adds <paramref name="key"/>; false when it was already in the set. Throws <see cref="InvalidOperationException"/> beyond the capacity given to <see cref="Clear"/>.</summary>
    public bool Add(long key)
    {
        if (2 * _count >= _keys.Length)
        {
            throw new InvalidOperationException("The key set is full; clear it with a larger capacity.");
        }

        int mask = _keys.Length - 1;
        for (int slot = Slot(key); ; slot = (slot + 1) & mask)
        {
            if (_stamps[slot] != _stamp)
            {
                _stamps[slot] = _stamp;
                _keys[slot] = key;
                _count++;
                return true;
            }

            if (_keys[slot] == key)
            {
                return false;
            }
        }
    }

    /// <summary>Whether <paramref name="key"/> is in the set.</summary>
    public bool Contains(long key)
    {
        int mask = _keys.Length - 1;
        for (int slot = Slot(key); _stamps[slot] == _stamp; slot = (slot + 1) & mask)
        {
            if (_keys[slot] == key)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The key of the connection from node <paramref name="source"/> to node <paramref name="target"/>.</summary>
    public static long Pair(int source, int target) => ((long)source << 32) | (uint)target;

    private int Slot(long key) => (int)((ulong)key * 0x9E3779B97F4A7C15UL >> _shift);
}
