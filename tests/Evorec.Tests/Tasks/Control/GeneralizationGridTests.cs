using Evorec.Tasks.Control;

namespace Evorec.Tests.Tasks.Control;

public sealed class GeneralizationGridTests
{
    [Fact]
    public void TheGridIsTheReferenceCodesSixHundredTwentyFiveStartsInItsLoopOrder()
    {
        // NEAT 1.2.1 pole2_epoch: for s0, s1, s2, s3 in 0..4 (s3 innermost), statevals = {0.05, 0.25, 0.5, 0.75, 0.95}.
        double[] levels = [0.05, 0.25, 0.5, 0.75, 0.95];
        var expected = new List<double[]>();
        foreach (double a in levels)
        {
            foreach (double b in levels)
            {
                foreach (double c in levels)
                {
                    foreach (double d in levels)
                    {
                        expected.Add([(a * 4.32) - 2.16, (b * 2.70) - 1.35, (c * 0.12566304) - 0.06283152, (d * 0.30019504) - 0.15009752, 0, 0]);
                    }
                }
            }
        }

        Assert.Equal(625, GeneralizationGrid.Count);
        var state = new double[6];
        for (int i = 0; i < GeneralizationGrid.Count; i++)
        {
            GeneralizationGrid.Start(i, state);
            Assert.Equal(expected[i], state);
        }

        Assert.Equal(625, expected.Select(s => string.Join(",", s)).Distinct().Count());
    }

    [Fact]
    public void CornersSpanTheDocumentedRanges()
    {
        var state = new double[6];
        GeneralizationGrid.Start(0, state);
        Assert.Equal([-1.944, -1.215, -0.056548368, -0.135087768, 0, 0], state.Select(v => Math.Round(v, 9)).ToArray());
        GeneralizationGrid.Start(624, state);
        Assert.Equal([1.944, 1.215, 0.056548368, 0.135087768, 0, 0], state.Select(v => Math.Round(v, 9)).ToArray());
        GeneralizationGrid.Start(312, state);
        Assert.Equal([0, 0, 0, 0, 0, 0], state.Select(v => Math.Round(v, 12)).ToArray());
        Assert.Throws<ArgumentOutOfRangeException>(() => GeneralizationGrid.Start(625, state));
    }
}
