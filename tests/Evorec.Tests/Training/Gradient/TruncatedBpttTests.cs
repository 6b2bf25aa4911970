using Evorec.Networks;
using Evorec.Numerics;
using Evorec.Tasks;
using Evorec.Tasks.Memory;
using Evorec.Training;
using Evorec.Training.Gradient;

namespace Evorec.Tests.Training.Gradient;

public sealed class TruncatedBpttTests
{
    /// <summary>
    /// The truncated gradient (Williams &amp; Peng 1990): backpropagating the errors of steps 6…8 through steps
    /// 4…8 equals central finite differences of those errors' loss with the state before step 4 held fixed
    /// (the forward pass re-run from the recorded state after step 3 under the perturbed parameters).
    /// </summary>
    [Theory]
    [MemberData(nameof(GradientCases.Names), MemberType = typeof(GradientCases))]
    public void TruncatedGradientIsTheGradientWithTheEarlierStateHeldFixed(string name)
    {
        const int back = 4, start = 6, end = 9;
        NetworkSpec spec = GradientCases.Spec(name);
        double[] parameters = GradientCases.Parameters(spec, seed: 7);
        Sequence sequence = GradientCases.Sequence(spec, length: end, washout: 0, seed: 7);
        IDifferentiableNetwork passes = GradientCases.Passes(name);
        int outputCount = spec.OutputCount;
        var outputs = new double[end * outputCount];
        var outputGradients = new double[end * outputCount];
        var gradient = new double[parameters.Length];
        SquaredError.Teach(passes, sequence);
        passes.Forward(parameters, sequence.Inputs, 0, end, outputs);
        SquaredError.Gradients(sequence, outputs, outputGradients, start, end, 1.0);
        passes.Backward(parameters, outputGradients, gradient, back, end);

        double WindowLoss(double[] theta)
        {
            passes.Forward(parameters, sequence.Inputs, 0, back, outputs);
            passes.Forward(theta, sequence.Inputs, back, end, outputs);
            return SquaredError.Gradients(sequence, outputs, new double[end * outputCount], start, end, 1.0);
        }

        const double h = 1e-5;
        double norm = 0.0;
        for (int i = 0; i < parameters.Length; i++)
        {
            double[] plus = (double[])parameters.Clone(), minus = (double[])parameters.Clone();
            plus[i] += h;
            minus[i] -= h;
            double numeric = (WindowLoss(plus) - WindowLoss(minus)) / (2 * h);
            double relative = Math.Abs(gradient[i] - numeric) / Math.Max(1e-2, Math.Max(Math.Abs(gradient[i]), Math.Abs(numeric)));
            Assert.True(relative <= 1e-6, $"{name}, parameter {i}: truncated backward {gradient[i]}, finite differences {numeric}");
            norm += numeric * numeric;
        }

        Assert.True(norm > 1e-6, "the window's loss must depend on the parameters");

        // The full gradient of the same errors differs, since truncation drops the paths through steps 0…3 —
        // except under teacher forcing, which cuts every path through a Jordan or NARX network's feedback,
        // and in a feed-forward network, which has no path through time at all.
        var full = new double[parameters.Length];
        passes.Forward(parameters, sequence.Inputs, 0, end, outputs);
        SquaredError.Gradients(sequence, outputs, outputGradients, start, end, 1.0);
        outputGradients.AsSpan(0, start * outputCount).Clear();
        passes.Backward(parameters, outputGradients, full, 0, end);
        if (passes is IOutputFeedbackPasses { Feedback: OutputFeedback.TeacherForced } or FeedForwardGradient)
        {
            Assert.Equal(full, gradient);
        }
        else
        {
            Assert.NotEqual(full, gradient);
        }
    }

    /// <summary>Williams &amp; Peng's BPTT(h; h′) with h = h′ = the sequence length is full BPTT: the same weights, bit for bit.</summary>
    [Theory]
    [InlineData("elman")]
    [InlineData("lstm")]
    [InlineData("narx-closed-loop")]
    [InlineData("ctrnn-gains")]
    public void WholeSequenceTruncationEqualsFullBptt(string name)
    {
        var task = new AddingTask(new AddingOptions { Length = 12, TrainSequences = 6, TestSequences = 4 }, new TaskContext(StreamKey.FromSeed(4)));
        int longest = task.Dataset!.Train.Max(s => s.Length);
        NetworkSpec spec = Shape(name, task);
        OutputFeedback feedback = GradientCases.Feedback(name);
        GradientTrainer full = Trainer(task, spec, new BpttOptions { BatchSize = 1, Feedback = feedback });
        GradientTrainer truncated = Trainer(task, spec, new BpttOptions { BatchSize = 1, K1 = longest, K2 = longest, Feedback = feedback });
        for (int epoch = 0; epoch < 4; epoch++)
        {
            Assert.Equal(full.Step(), truncated.Step());
        }

        Assert.Equal(full.Parameters.ToArray(), truncated.Parameters.ToArray());
    }

    [Fact]
    public void UpdatesEveryK1StepsAndBackpropagatesK2Steps()
    {
        var spec = new ElmanSpec(1, 1, new ElmanOptions { Hidden = 3 });
        IDifferentiableNetwork passes = DifferentiableNetworks.Create(spec);
        Sequence sequence = GradientCases.Sequence(spec, length: 23, washout: 5, seed: 2);
        var learner = new TruncatedBpttLearner(passes, k1: 4, k2: 7, longest: 23);
        var update = new GradientUpdate(new MomentumStep(spec.Layout.Count, 0.0), 0.0) { LearningRate = 0.01 };
        double[] parameters = GradientCases.Parameters(spec, seed: 2);
        double[] before = (double[])parameters.Clone();
        long backward = learner.Learn(parameters, sequence, new double[parameters.Length], 0.0, update);

        // Chunks 0–3 (all washout: no update), 4–7, …, 20–22: five updates; each backpropagates min(7, end) steps.
        Assert.Equal(5, update.Count);
        Assert.Equal(7 + 7 + 7 + 7 + 7, backward);
        Assert.NotEqual(before, parameters);
    }

    [Theory]
    [InlineData(0, 5, 1, "set k1")]
    [InlineData(6, 3, 1, "at least k1")]
    [InlineData(4, 8, 32, "batchSize")]
    [InlineData(-1, 0, 1, "0 or more")]
    public void BadTruncationIsRefusedWithAClearMessage(int k1, int k2, int batchSize, string expected)
    {
        var task = new AddingTask(new AddingOptions { Length = 10, TrainSequences = 2, TestSequences = 2 }, new TaskContext(StreamKey.FromSeed(1)));
        var spec = new ElmanSpec(task.InputCount, task.OutputCount, new ElmanOptions { Hidden = 2 });
        var error = Assert.Throws<ArgumentException>(() => Trainer(task, spec, new BpttOptions { K1 = k1, K2 = k2, BatchSize = batchSize }));
        Assert.Contains(expected, error.Message);
    }

    private static NetworkSpec Shape(string name, ITask task) => name switch
    {
        "elman" => new ElmanSpec(task.InputCount, task.OutputCount, new ElmanOptions { Hidden = 4 }),
        "lstm" => new LstmSpec(task.InputCount, task.OutputCount, new LstmOptions { Blocks = 2 }),
        "narx-closed-loop" => new NarxSpec(task.InputCount, task.OutputCount, new NarxOptions { Hidden = 3 }),
        "ctrnn-gains" => new CtrnnSpec(task.InputCount, task.OutputCount, new CtrnnOptions { Neurons = 3, Substeps = 2, Gains = true }),
        _ => throw new ArgumentException(name),
    };

    private static GradientTrainer Trainer(ITask task, NetworkSpec spec, BpttOptions options) =>
        GradientTrainers.Bptt(options, new TrainerContext(spec, task, new SequentialExecutor(), StreamKey.FromSeed(9)));
}
