using Evorec.Networks;
using Evorec.Numerics;
using Evorec.Tasks;
using Evorec.Tasks.Languages;

namespace Evorec.Tests.Tasks.Languages;

public sealed class CountingLanguageTests
{
    [Theory]
    [InlineData(2, "SabT", true)]
    [InlineData(2, "SaaabbbT", true)]
    [InlineData(2, "SaabT", false)]
    [InlineData(2, "SbaT", false)]
    [InlineData(2, "aabbT", false)]
    [InlineData(2, "Saabb", false)]
    [InlineData(2, "SaabbcT", false)]
    [InlineData(3, "SabcT", true)]
    [InlineData(3, "SaabbccT", true)]
    [InlineData(3, "SaabbcT", false)]
    [InlineData(3, "SaabcbcT", false)]
    [InlineData(3, "SacbT", false)]
    [InlineData(3, "SabT", false)]
    public void The_validator_accepts_members_and_rejects_others(int blocks, string text, bool member) =>
        Assert.Equal(member, new CountingLanguage(blocks, true).IsMember(text));

    [Fact]
    public void The_empty_string_is_a_member_only_when_included()
    {
        Assert.True(new CountingLanguage(3, true).IsMember("ST"));
        Assert.False(new CountingLanguage(3, false).IsMember("ST"));
    }

    /// <summary>
    /// The possible next symbols after each prefix of aⁿbⁿ[cⁿ] are exactly the symbols σ for which some member
    /// (of any size up to n + 2) starts with prefix + σ — checked by brute force with the validator.
    /// </summary>
    [Theory]
    [InlineData(2, true)]
    [InlineData(2, false)]
    [InlineData(3, true)]
    [InlineData(3, false)]
    public void Possible_next_symbols_are_exactly_the_continuations_of_members(int blocks, bool empty)
    {
        var language = new CountingLanguage(blocks, empty);
        for (int n = 1; n <= 6; n++)
        {
            string text = language.Member(n);
            Assert.True(language.IsMember(text));
            for (int position = 0; position < text.Length - 1; position++)
            {
                string prefix = text[..(position + 1)];
                var brute = language.OutputSymbols.Where(symbol =>
                    Enumerable.Range(0, n + 3).Any(m => language.IsMember(language.Member(m)) && language.Member(m).StartsWith(prefix + symbol, StringComparison.Ordinal)));
                Assert.Equal(string.Concat(brute.Order()), string.Concat(language.PossibleNext(n, position).Order()));
            }
        }
    }

    [Fact]
    public void Encoding_is_one_hot_inputs_and_possible_next_targets()
    {
        var language = new CountingLanguage(3, true);
        Sequence sequence = language.Encode(2);
        Assert.Equal(7, sequence.Length);
        Assert.Equal(0, sequence.Washout);
        Assert.Equal([1.0, 0, 0, 0], sequence.InputAt(0).ToArray());
        Assert.Equal([1.0, 0, 0, 1.0], sequence.TargetAt(0).ToArray());
        Assert.Equal([1.0, 1.0, 0, 0], sequence.TargetAt(1).ToArray());
        Assert.Equal([0, 0, 1.0, 0], sequence.TargetAt(4).ToArray());
        Assert.Equal([0, 0, 0, 1.0], sequence.TargetAt(6).ToArray());
    }

    [Fact]
    public void A_counter_that_works_up_to_n_generalizes_exactly_that_far()
    {
        var task = new CountingLanguageTask(3, new CountingLanguageOptions { TestMax = 30 }, new TaskContext(StreamKey.FromSeed(1)));
        ITaskEvaluator evaluator = task.CreateEvaluator();
        var perfect = new CountingNetwork(task.Language, int.MaxValue);
        Evaluation train = evaluator.Evaluate(perfect, default);
        Assert.True(train.Solved);
        Assert.Equal(0.0, train.Error);
        Assert.Equal(1.0, train.Fitness);
        Assert.Equal(30, evaluator.TestMetrics(perfect)["generalization_n"]);
        Assert.Equal(30, evaluator.TestMetrics(perfect)["generalization_cap"]);

        var limited = new CountingNetwork(task.Language, 17);
        Assert.True(evaluator.Evaluate(limited, default).Solved);
        Assert.Equal(17, evaluator.TestMetrics(limited)["generalization_n"]);
        Assert.Equal(13.0 / 30.0, evaluator.Test(limited).Error, 12);

        var shortSighted = new CountingNetwork(task.Language, 7);
        Evaluation failing = evaluator.Evaluate(shortSighted, default);
        Assert.False(failing.Solved);
        Assert.Equal(0.3, failing.Error, 12);
        Assert.True(failing.Fitness is > 0.9 and < 1.0);
    }

    /// <summary>
    /// Reads S, a, b, c one-hot and outputs the possible next set by counting; it counts correctly only up to
    /// <c>capacity</c> a's (beyond that it ends the b block too early).
    /// </summary>
    private sealed class CountingNetwork(CountingLanguage language, int capacity) : IRecurrentNetwork
    {
        private int _as;
        private int _block;
        private int _inBlock;

        public int InputCount => language.InputSymbols.Length;

        public int OutputCount => language.OutputSymbols.Length;

        public void Reset() => (_as, _block, _inBlock) = (0, 0, 0);

        public void Step(ReadOnlySpan<double> input, Span<double> output)
        {
            int symbol = input.IndexOf(1.0);
            output.Clear();
            int last = output.Length - 1;
            if (symbol == 0)
            {
                output[0] = 1.0;
                output[last] = language.IncludesEmptyString ? 1.0 : 0.0;
                return;
            }

            if (symbol == 1)
            {
                _as++;
                output[0] = 1.0;
                output[1] = 1.0;
                return;
            }

            if (symbol - 1 != _block)
            {
                (_block, _inBlock) = (symbol - 1, 0);
            }

            _inBlock++;
            int count = Math.Min(_as, capacity);
            if (_inBlock < count)
            {
                output[_block] = 1.0;
            }
            else
            {
                output[_block + 1 < language.Blocks ? _block + 1 : last] = 1.0;
            }
        }
    }
}
