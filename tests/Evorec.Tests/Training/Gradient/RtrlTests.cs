using Evorec.Networks;
using Evorec.Numerics;
using Evorec.Tasks;
using Evorec.Tasks.Memory;
using Evorec.Tests.Support;
using Evorec.Training;
using Evorec.Training.Gradient;

namespace Evorec.Tests.Training.Gradient;

public sealed class RtrlTests
{
    /// <summary>
    /// Williams &amp; Zipser's RTRL computes the gradient forward in time; with the weight changes deferred to the
    /// end of the sequence it is the same gradient BPTT computes backwards (their §2; Williams &amp; Peng 1990, §2): equal to 1e-10.
    /// </summary>
    [Theory]
    [InlineData("fully-recurrent", 0)]
    [InlineData("fully-recurrent", 1)]
    [InlineData("fully-recurrent-logistic", 0)]
    [InlineData("fully-recurrent-no-bias", 0)]
    public void DeferredRtrlGradientEqualsBptt(string name, int seed)
    {
        var spec = (FullyRecurrentSpec)GradientCases.Spec(name);
        double[] parameters = GradientCases.Parameters(spec, seed);
        Sequence sequence = GradientCases.Sequence(spec, length: 25, washout: 3, seed);
        var bptt = new double[parameters.Length];
        GradientCases.Loss(DifferentiableNetworks.Create(spec), parameters, sequence, bptt);
        var rtrl = new double[parameters.Length];
        var update = new GradientUpdate(new MomentumStep(parameters.Length, 0.0), 0.0);
        new RtrlLearner(spec, online: false).Learn(parameters, sequence, rtrl, 1.0, update);

        double difference = 0.0, norm = 0.0;
        for (int i = 0; i < parameters.Length; i++)
        {
            Assert.True(Math.Abs(rtrl[i] - bptt[i]) <= 1e-10 * Math.Max(1.0, Math.Abs(bptt[i])), $"parameter {i}: rtrl {rtrl[i]}, bptt {bptt[i]}");
            difference += (rtrl[i] - bptt[i]) * (rtrl[i] - bptt[i]);
            norm += bptt[i] * bptt[i];
        }

        Assert.True(norm > 1e-6);
        Assert.True(Math.Sqrt(difference / norm) <= 1e-10);
        Assert.Equal(0, update.Count);
    }

    [Fact]
    public void DeferredRtrlTrainsLikeBptt()
    {
        var (task, spec) = Setup(neurons: 4);
        GradientTrainer bptt = GradientTrainers.Bptt(new BpttOptions { BatchSize = 4 }, Context(task, spec));
        GradientTrainer rtrl = GradientTrainers.Rtrl(new RtrlOptions { BatchSize = 4 }, Context(task, spec));
        for (int epoch = 0; epoch < 5; epoch++)
        {
            GenerationRecord b = bptt.Step();
            GenerationRecord r = rtrl.Step();
            Assert.Equal(b.Evaluations, r.Evaluations);
            Assert.Equal(b.BestError, r.BestError, 9);
        }

        double[] expected = bptt.Parameters.ToArray(), actual = rtrl.Parameters.ToArray();
        for (int i = 0; i < expected.Length; i++)
        {
            Assert.True(Math.Abs(expected[i] - actual[i]) <= 1e-9, $"parameter {i}: {expected[i]} vs {actual[i]}");
        }
    }

    [Fact]
    public void OnlineRtrlUpdatesAfterEveryScoredStep()
    {
        var spec = new FullyRecurrentSpec(2, 1, new FullyRecurrentOptions { Neurons = 3 });
        // Learnable by a recurrent network: the target is half the first input of the step before.
        Sequence random = GradientCases.Sequence(spec, length: 15, washout: 4, seed: 3);
        double[] echo = Enumerable.Range(0, 15).Select(t => t == 0 ? 0.0 : 0.5 * random.Inputs[(t - 1) * 2]).ToArray();
        var sequence = new Sequence(random.Inputs, 2, echo, 1, 4);
        double[] parameters = GradientCases.Parameters(spec, seed: 3, scale: 0.3);
        var update = new GradientUpdate(new MomentumStep(parameters.Length, 0.0), 0.0) { LearningRate = 0.05 };
        var gradient = new double[parameters.Length];
        var learner = new RtrlLearner(spec, online: true);
        double initial = GradientCases.Loss(DifferentiableNetworks.Create(spec), parameters, sequence, default);
        for (int pass = 0; pass < 100; pass++)
        {
            learner.Learn(parameters, sequence, gradient, 0.0, update);
        }

        Assert.Equal(100 * 11, update.Count);
        double final = GradientCases.Loss(DifferentiableNetworks.Create(spec), parameters, sequence, default);
        Assert.True(final < 0.1 * initial, $"loss {initial} → {final}");
    }

    [Fact]
    public void LearningAllocatesNothingAfterWarmUp()
    {
        var spec = new FullyRecurrentSpec(2, 2, new FullyRecurrentOptions { Neurons = 4 });
        Sequence sequence = GradientCases.Sequence(spec, length: 20, washout: 2, seed: 1);
        double[] parameters = GradientCases.Parameters(spec, seed: 1, scale: 0.2);
        var update = new GradientUpdate(new AdamStep(parameters.Length, 0.9, 0.999, 1e-8), 1.0) { LearningRate = 1e-3 };
        var gradient = new double[parameters.Length];
        var learner = new RtrlLearner(spec, online: true);
        learner.Learn(parameters, sequence, gradient, 1.0, update);
        Assert.Equal(0, SteadyAllocation.Bytes(() =>
        {
            for (int i = 0; i < 20; i++)
            {
                learner.Learn(parameters, sequence, gradient, 1.0, update);
            }
        }));
    }

    [Fact]
    public void RefusesOtherKindsAndNetworksTooLargeForIt()
    {
        var (task, _) = Setup(neurons: 4);
        var lstm = new LstmSpec(task.InputCount, task.OutputCount, new LstmOptions { Blocks = 2 });
        var kind = Assert.Throws<ArgumentException>(() => GradientTrainers.Rtrl(new RtrlOptions(), Context(task, lstm)));
        Assert.Contains("'lstm'", kind.Message);
        Assert.Contains("bptt", kind.Message);

        var large = new FullyRecurrentSpec(task.InputCount, task.OutputCount, new FullyRecurrentOptions { Neurons = 40 });
        var size = Assert.Throws<ArgumentException>(() => GradientTrainers.Rtrl(new RtrlOptions(), Context(task, large)));
        Assert.Contains("maxNeurons 32", size.Message);
        Assert.Contains("O(n^4)", size.Message);

        var online = Assert.Throws<ArgumentException>(() => GradientTrainers.Rtrl(new RtrlOptions { Online = true }, Context(task, Setup(4).Spec)));
        Assert.Contains("batchSize", online.Message);
    }

    private static (AddingTask Task, FullyRecurrentSpec Spec) Setup(int neurons)
    {
        var task = new AddingTask(new AddingOptions { Length = 10, TrainSequences = 8, TestSequences = 4 }, new TaskContext(StreamKey.FromSeed(5)));
        return (task, new FullyRecurrentSpec(task.InputCount, task.OutputCount, new FullyRecurrentOptions { Neurons = neurons }));
    }

    private static TrainerContext Context(ITask task, NetworkSpec spec) => new(spec, task, new SequentialExecutor(), StreamKey.FromSeed(6));
}
