using Evorec.Numerics;
using Evorec.Training.Evolution;

namespace Evorec.Tests.Training;

public sealed class RandomWeightGuessingTests
{
    [Fact]
    public void GuessesAreUniformInTheRangeAndIgnoreFitness()
    {
        var options = new RandomWeightGuessingOptions { Batch = 200, Range = 2 };
        var a = new RandomWeightGuessing(10, options, StreamKey.FromSeed(1));
        var b = new RandomWeightGuessing(10, options, StreamKey.FromSeed(1));
        var all = new List<double>();
        for (int generation = 0; generation < 5; generation++)
        {
            var batchA = a.Ask();
            var batchB = b.Ask();
            for (int i = 0; i < batchA.Count; i++)
            {
                Assert.Equal(batchA[i].ToArray(), batchB[i].ToArray());
                all.AddRange(batchA[i].ToArray());
            }

            a.Tell(Enumerable.Repeat(1.0, 200).ToArray());
            b.Tell(Enumerable.Range(0, 200).Select(i => (double)-i).ToArray());
        }

        Assert.All(all, v => Assert.InRange(v, -2, 2));
        Assert.InRange(all.Average(), -0.05, 0.05);
        Assert.InRange(all.Select(v => v * v).Average(), (4.0 / 3) - 0.05, (4.0 / 3) + 0.05);
    }
}
