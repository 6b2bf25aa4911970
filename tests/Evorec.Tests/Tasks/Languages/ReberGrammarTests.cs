using System.Text.RegularExpressions;
using Evorec.Numerics;
using Evorec.Tasks;
using Evorec.Tasks.Languages;

namespace Evorec.Tests.Tasks.Languages;

public sealed class ReberGrammarTests
{
    /// <summary>
    /// An independent specification: the Reber language as a regular expression derived from Figure 3 of
    /// Hochreiter &amp; Schmidhuber 1997 (state 3 loops through T*V P X; the string leaves through P S or V then E),
    /// and the embedded language with a back-reference for the matching second and second-to-last symbol.
    /// </summary>
    private const string FromState3 = "(T*VPX)*T*V(PS|V)E";
    private static readonly Regex Reber = new($"^B(TS*X(X{FromState3}|SE)|P{FromState3})$");
    private static readonly Regex Embedded = new($"^B([TP])B(TS*X(X{FromState3}|SE)|P{FromState3})\\1E$");

    [Theory]
    [InlineData("BTSSXXTVVE", true)]
    [InlineData("BPVVE", true)]
    [InlineData("BTXXVPSE", true)]
    [InlineData("BPVPXVPXVPXVVE", true)]
    [InlineData("BTSXXVPSE", true)]
    [InlineData("BTSSPXSE", false)]
    [InlineData("BPTVVB", false)]
    [InlineData("BTXXVVSE", false)]
    [InlineData("BPVSPSE", false)]
    [InlineData("BTSSSE", false)]
    public void Known_reber_strings_are_classified(string text, bool member)
    {
        Assert.Equal(member, ReberGrammar.IsReber(text));
        Assert.Equal(member, Reber.IsMatch(text));
    }

    [Fact]
    public void Generators_emit_only_valid_strings_and_the_validator_agrees_with_the_regex_on_mutations()
    {
        var random = new RandomStream(StreamKey.FromSeed(11));
        for (int i = 0; i < 2000; i++)
        {
            string reber = ReberGrammar.GenerateReber(random);
            Assert.Matches(Reber, reber);
            string embedded = ReberGrammar.GenerateEmbedded(random);
            Assert.Matches(Embedded, embedded);
            Assert.True(ReberGrammar.IsEmbedded(embedded));

            char[] mutated = embedded.ToCharArray();
            mutated[random.NextInt(mutated.Length)] = ReberGrammar.Symbols[random.NextInt(ReberGrammar.Symbols.Length)];
            string text = new(mutated);
            Assert.Equal(Embedded.IsMatch(text), ReberGrammar.IsEmbedded(text));
        }

        Assert.False(ReberGrammar.IsEmbedded("BTBPVVEPE"));
        Assert.True(ReberGrammar.IsEmbedded("BTBPVVETE"));
        Assert.False(ReberGrammar.IsEmbedded("BTBPVVET"));
    }

    /// <summary>
    /// Every prefix seen at least 60 times among 20,000 generated strings (a branch of probability 0.5 is then
    /// missed with probability below 2⁻⁶⁰) is followed by exactly the declared possible symbols.
    /// </summary>
    [Fact]
    public void Possible_next_symbols_are_exactly_the_observed_continuations()
    {
        var random = new RandomStream(StreamKey.FromSeed(12));
        var continuations = new Dictionary<string, (int Count, HashSet<char> Next)>();
        for (int i = 0; i < 20000; i++)
        {
            string text = ReberGrammar.GenerateEmbedded(random);
            for (int length = 1; length < text.Length; length++)
            {
                string prefix = text[..length];
                if (!continuations.TryGetValue(prefix, out var entry))
                {
                    entry = (0, []);
                }

                entry.Next.Add(text[length]);
                continuations[prefix] = (entry.Count + 1, entry.Next);
            }
        }

        int checkedPrefixes = 0;
        foreach (var (prefix, (count, next)) in continuations.Where(c => c.Value.Count >= 60))
        {
            Assert.Equal(string.Concat(next.Order()), string.Concat(ReberGrammar.PossibleNextEmbedded(prefix).Order()));
            checkedPrefixes++;
        }

        Assert.True(checkedPrefixes > 100);
    }

    [Fact]
    public void Encoding_targets_the_possible_next_symbols_and_the_second_letter_is_remembered()
    {
        Sequence sequence = ReberGrammar.Encode("BPBTXSEPE");
        Assert.Equal(8, sequence.Length);
        Assert.Equal([0, 1.0, 1.0, 0, 0, 0, 0], sequence.TargetAt(0).ToArray());
        Assert.Equal([1.0, 0, 0, 0, 0, 0, 0], sequence.TargetAt(1).ToArray());
        Assert.Equal([0, 0, 1.0, 0, 0, 0, 0], sequence.TargetAt(6).ToArray());
        Assert.Equal([0, 0, 0, 0, 0, 0, 1.0], sequence.TargetAt(7).ToArray());
    }

    [Fact]
    public void The_task_keeps_validation_and_test_strings_out_of_the_training_set()
    {
        var task = new EmbeddedReberTask(new EmbeddedReberOptions(), new TaskContext(StreamKey.FromSeed(3)));
        Assert.Equal(256, task.TrainStrings.Count);
        Assert.Equal(256, task.ValidationStrings.Count);
        Assert.Equal(256, task.TestStrings.Count);
        Assert.Empty(task.ValidationStrings.Intersect(task.TrainStrings));
        Assert.Empty(task.TestStrings.Intersect(task.TrainStrings.Concat(task.ValidationStrings)));
        Assert.All(task.TrainStrings, text => Assert.Matches(Embedded, text));
        var again = new EmbeddedReberTask(new EmbeddedReberOptions(), new TaskContext(StreamKey.FromSeed(3)));
        Assert.Equal(task.TrainStrings, again.TrainStrings);
    }
}
