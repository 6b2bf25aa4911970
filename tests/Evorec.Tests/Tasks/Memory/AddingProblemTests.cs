using Evorec.Numerics;
using Evorec.Tasks;
using Evorec.Tasks.Memory;

namespace Evorec.Tests.Tasks.Memory;

public sealed class AddingProblemTests
{
    [Fact]
    public void The_targets_are_the_published_formulas()
    {
        Assert.Equal(0.5 + ((0.2 - 0.6) / 4.0), AddingProblem.Target(AddingVariant.Hochreiter1997, 0.2, -0.6), 15);
        Assert.Equal(1.0, AddingProblem.Target(AddingVariant.Hochreiter1997, 1.0, 1.0), 15);
        Assert.Equal(0.0, AddingProblem.Target(AddingVariant.Hochreiter1997, -1.0, -1.0), 15);
        Assert.Equal(0.8, AddingProblem.Target(AddingVariant.Modern, 0.2, 0.6), 15);
    }

    [Theory]
    [InlineData(100)]
    [InlineData(20)]
    public void Hochreiter_sequences_follow_section_5_4(int t)
    {
        var random = new RandomStream(StreamKey.FromSeed(t));
        int latest = 0;
        for (int i = 0; i < 1500; i++)
        {
            Sequence sequence = AddingProblem.Generate(random, AddingVariant.Hochreiter1997, t);
            int length = sequence.Length;
            Assert.InRange(length, t, t + (t / 10));
            Assert.Equal(length - 1, sequence.Washout);
            int[] marked = Enumerable.Range(0, length).Where(step => sequence.InputAt(step)[1] == 1.0).ToArray();
            Assert.Equal(2, marked.Length);
            Assert.True(marked[0] < 10 || marked[1] < 10, "one marked pair is among the first ten");
            Assert.True(marked[1] <= Math.Max(9, (t / 2) - 1), "the other is among the first T/2 - 1 unmarked pairs");
            latest = Math.Max(latest, marked[1]);
            for (int step = 0; step < length; step++)
            {
                double marker = sequence.InputAt(step)[1];
                double expected = marked.Contains(step) ? 1.0 : step == 0 || step == length - 1 ? -1.0 : 0.0;
                Assert.Equal(expected, marker);
                Assert.InRange(sequence.InputAt(step)[0], -1.0, 1.0);
            }

            double target = 0.5 + ((sequence.InputAt(marked[0])[0] + sequence.InputAt(marked[1])[0]) / 4.0);
            Assert.Equal(target, sequence.TargetAt(length - 1)[0], 15);
        }

        Assert.Equal(Math.Max(9, (t / 2) - 1), latest);
    }

    [Fact]
    public void The_first_marked_value_is_zero_when_it_is_the_first_pair()
    {
        // Position 0 with the other mark at 10 or later can only be the first mark (chosen among the first ten).
        var random = new RandomStream(StreamKey.FromSeed(8));
        int seen = 0;
        for (int i = 0; i < 2000; i++)
        {
            Sequence sequence = AddingProblem.Generate(random, AddingVariant.Hochreiter1997, 100);
            int[] marked = Enumerable.Range(0, sequence.Length).Where(step => sequence.InputAt(step)[1] == 1.0).ToArray();
            if (marked[0] == 0 && marked[1] >= 10)
            {
                Assert.Equal(0.0, sequence.InputAt(0)[0]);
                seen++;
            }
        }

        Assert.True(seen > 0);
    }

    [Fact]
    public void Modern_sequences_mark_one_value_in_each_half()
    {
        var random = new RandomStream(StreamKey.FromSeed(2));
        for (int i = 0; i < 1000; i++)
        {
            Sequence sequence = AddingProblem.Generate(random, AddingVariant.Modern, 50);
            Assert.Equal(50, sequence.Length);
            int[] marked = Enumerable.Range(0, 50).Where(step => sequence.InputAt(step)[1] == 1.0).ToArray();
            Assert.Equal(2, marked.Length);
            Assert.InRange(marked[0], 0, 24);
            Assert.InRange(marked[1], 25, 49);
            Assert.Equal(48, Enumerable.Range(0, 50).Count(step => sequence.InputAt(step)[1] == 0.0));
            Assert.Equal(sequence.InputAt(marked[0])[0] + sequence.InputAt(marked[1])[0], sequence.TargetAt(49)[0], 15);
        }
    }

    [Fact]
    public void The_task_judges_by_the_final_error_and_reports_the_mean_predictor()
    {
        var task = new AddingTask(new AddingOptions { Length = 20, TrainSequences = 50, TestSequences = 200 }, new TaskContext(StreamKey.FromSeed(4)));
        ITaskEvaluator evaluator = task.CreateEvaluator();
        Evaluation constant = evaluator.Evaluate(ScriptedNetwork.Constant(task.Baselines["mean_predictor_value"], 2, 1), default);
        Assert.Equal(task.Baselines["mean_predictor_mse"], constant.Error, 12);
        Assert.False(constant.Solved);
        Assert.InRange(task.Baselines["mean_predictor_test_mse"], 0.02, 0.07);

        var oracle = new SumNetwork(0.0);
        Evaluation perfect = evaluator.Evaluate(oracle, default);
        Assert.True(perfect.Solved);
        Assert.Equal(0.0, perfect.Error, 15);
        Assert.Equal(1.0, evaluator.TestMetrics(oracle)["test_correct_fraction"]);

        Assert.True(evaluator.Evaluate(new SumNetwork(0.039), default).Error > 0);
        Assert.False(evaluator.Evaluate(new SumNetwork(0.039), default).Solved);
        Assert.False(evaluator.Evaluate(new SumNetwork(0.041), default).Solved);
        Assert.Equal(0.0, evaluator.TestMetrics(new SumNetwork(0.041))["test_correct_fraction"]);
        Assert.True(evaluator.Evaluate(new SumNetwork(0.009), default).Solved);
    }

    /// <summary>Adds the marked values (as LSTM would) and outputs 0.5 + sum/4 + <c>bias</c> at every step.</summary>
    private sealed class SumNetwork(double bias) : Evorec.Networks.IRecurrentNetwork
    {
        private double _sum;

        public int InputCount => 2;

        public int OutputCount => 1;

        public void Reset() => _sum = 0;

        public void Step(ReadOnlySpan<double> input, Span<double> output)
        {
            _sum += input[1] == 1.0 ? input[0] : 0.0;
            output[0] = 0.5 + (_sum / 4.0) + bias;
        }
    }
}
