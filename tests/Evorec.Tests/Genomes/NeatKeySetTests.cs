using Evorec.Genomes;

namespace Evorec.Tests.Genomes;

public sealed class NeatKeySetTests
{
    [Fact]
    public void ItHoldsExactlyTheKeysAddedSinceTheLastClearAndGrowsWhenAskedForMore()
    {
        var set = new NeatKeySet();
        var random = new Random(3);
        for (int round = 0; round < 50; round++)
        {
            int capacity = 1 + random.Next(round < 25 ? 10 : 300);
            set.Clear(capacity);
            var reference = new HashSet<long>();
            for (int k = 0; k < capacity; k++)
            {
                long key = NeatKeySet.Pair(random.Next(40), random.Next(40));
                Assert.Equal(reference.Add(key), set.Add(key));
            }

            for (int source = 0; source < 40; source++)
            {
                Assert.Equal(reference.Contains(NeatKeySet.Pair(source, 7)), set.Contains(NeatKeySet.Pair(source, 7)));
            }
        }
    }

    [Fact]
    public void AddingBeyondTheCapacityThrowsInsteadOfLoopingForever()
    {
        var set = new NeatKeySet();
        set.Clear(8);
        for (long key = 0; key < 8; key++)
        {
            set.Add(key);
        }

        Assert.Throws<InvalidOperationException>(() => set.Add(99));
    }
}
