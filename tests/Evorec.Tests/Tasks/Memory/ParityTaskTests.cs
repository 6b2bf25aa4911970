using Evorec.Numerics;
using Evorec.Tasks;
using Evorec.Tasks.Memory;

namespace Evorec.Tests.Tasks.Memory;

public sealed class ParityTaskTests
{
    [Theory]
    [InlineData(new[] { 1.0, -1.0, -1.0 }, 1.0)]
    [InlineData(new[] { 1.0, 1.0, -1.0 }, 0.0)]
    [InlineData(new[] { -1.0, -1.0 }, 0.0)]
    [InlineData(new[] { 1.0, 1.0, 1.0 }, 1.0)]
    public void The_target_is_one_for_an_odd_number_of_ones(double[] bits, double target) =>
        Assert.Equal(target, ParityTask.Target(bits));

    [Fact]
    public void Sequences_are_balanced_and_their_targets_are_their_parity()
    {
        var task = new ParityTask(new ParityOptions { MinLength = 20, MaxLength = 30 }, new TaskContext(StreamKey.FromSeed(6)));
        Assert.Equal(100, task.Dataset.Train.Count);
        Assert.Equal(50, task.Dataset.Train.Count(s => s.TargetAt(s.Length - 1)[0] == 1.0));
        Assert.Equal(50, task.Dataset.Test.Count(s => s.TargetAt(s.Length - 1)[0] == 1.0));
        foreach (Sequence sequence in task.Dataset.Train.Concat(task.Dataset.Test))
        {
            Assert.InRange(sequence.Length, 20, 30);
            Assert.Equal(sequence.Length - 1, sequence.Washout);
            Assert.All(sequence.Inputs, x => Assert.True(x == 1.0 || x == -1.0));
            Assert.Equal(ParityTask.Target(sequence.Inputs), sequence.TargetAt(sequence.Length - 1)[0]);
        }

        Assert.Equal(0.25, task.Baselines["mean_predictor_mse"], 12);
    }

    [Fact]
    public void A_parity_automaton_solves_it_and_noise_stays_in_range()
    {
        var task = new ParityTask(new ParityOptions { MinLength = 20, MaxLength = 30, Noise = 0.2 }, new TaskContext(StreamKey.FromSeed(7)));
        Assert.All(task.Dataset.Train.SelectMany(s => s.Inputs), x => Assert.True(Math.Abs(Math.Abs(x) - 1.0) <= 0.2));
        Evaluation evaluation = task.CreateEvaluator().Evaluate(new ParityNetwork(), default);
        Assert.True(evaluation.Solved);
        Assert.Equal(0.0, evaluation.Error);
        Assert.False(task.CreateEvaluator().Evaluate(ScriptedNetwork.Constant(0.5), default).Solved);
    }

    private sealed class ParityNetwork : Evorec.Networks.IRecurrentNetwork
    {
        private bool _odd;

        public int InputCount => 1;

        public int OutputCount => 1;

        public void Reset() => _odd = false;

        public void Step(ReadOnlySpan<double> input, Span<double> output)
        {
            _odd ^= input[0] > 0;
            output[0] = _odd ? 1.0 : 0.0;
        }
    }
}
