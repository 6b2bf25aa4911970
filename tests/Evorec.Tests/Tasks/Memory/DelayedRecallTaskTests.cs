using Evorec.Numerics;
using Evorec.Tasks;
using Evorec.Tasks.Memory;

namespace Evorec.Tests.Tasks.Memory;

public sealed class DelayedRecallTaskTests
{
    [Fact]
    public void Targets_are_the_inputs_delayed_by_the_lag()
    {
        Sequence sequence = DelayedRecallTask.Encode([2, 0, 1, 1, 2], 3, 2);
        Assert.Equal(2, sequence.Washout);
        Assert.Equal([0, 0, 1.0], sequence.InputAt(0).ToArray());
        Assert.Equal([0, 0, 1.0], sequence.TargetAt(2).ToArray());
        Assert.Equal([1.0, 0, 0], sequence.TargetAt(3).ToArray());
        Assert.Equal([0, 1.0, 0], sequence.TargetAt(4).ToArray());
    }

    [Fact]
    public void A_delay_line_solves_it_and_one_lag_too_short_does_not()
    {
        var task = new DelayedRecallTask(new DelayedRecallOptions { Lag = 3 }, new TaskContext(StreamKey.FromSeed(1)));
        Assert.Equal(0.25, task.Baselines["chance_step_accuracy"]);
        ITaskEvaluator evaluator = task.CreateEvaluator();
        Evaluation exact = evaluator.Evaluate(new DelayLine(4, 3), default);
        Assert.True(exact.Solved);
        Assert.Equal(1.0, exact.Fitness);
        Assert.Equal(1.0, evaluator.TestMetrics(new DelayLine(4, 3))["test_step_accuracy"]);
        Evaluation wrong = evaluator.Evaluate(new DelayLine(4, 2), default);
        Assert.False(wrong.Solved);
        Assert.Equal(1.0, wrong.Error);
        Assert.InRange(wrong.Fitness, 0.1, 0.45);
    }

    /// <summary>Outputs the one-hot input it read <c>lag</c> steps ago.</summary>
    private sealed class DelayLine(int symbols, int lag) : Evorec.Networks.IRecurrentNetwork
    {
        private readonly Queue<double[]> _past = new();

        public int InputCount => symbols;

        public int OutputCount => symbols;

        public void Reset() => _past.Clear();

        public void Step(ReadOnlySpan<double> input, Span<double> output)
        {
            _past.Enqueue(input.ToArray());
            output.Clear();
            if (_past.Count > lag)
            {
                _past.Dequeue().CopyTo(output);
            }
        }
    }
}
