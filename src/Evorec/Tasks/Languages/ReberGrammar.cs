using Evorec.Numerics;

namespace Evorec.Tasks.Languages;

/// <summary>
/// The Reber grammar and the embedded Reber grammar (Reber 1967; Cleeremans, Servan-Schreiber &amp;
/// McClelland 1989; as used by Hochreiter &amp; Schmidhuber, Neural Computation 9(8), 1997, §5.1, Figures 3
/// and 4) over the seven symbols B, T, P, S, X, V, E. A Reber string walks the automaton
/// 1 –T→ 2, 1 –P→ 3, 2 –S→ 2, 2 –X→ 4, 3 –T→ 3, 3 –V→ 5, 4 –X→ 3, 4 –S→ 6, 5 –P→ 4, 5 –V→ 6, framed by B
/// (into state 1) and E (out of state 6). An embedded Reber string is B, then T or P, then a Reber string,
/// then the same T or P again, then E: predicting the symbol before last requires remembering the second.
/// Where there is a choice, each edge is taken with probability 0.5 (H&amp;S 1997, §5.1).
/// </summary>
public static class ReberGrammar
{
    /// <summary>The symbols in one-hot order.</summary>
    public const string Symbols = "BTPSXVE";

    private const int Start = 0;
    private const int AfterFirstB = 1;
    private const int InnerBase = 10;
    private const int InnerEnd = 7;
    private const int AfterSecondLetter = 30;
    private const int Accept = 31;

    /// <summary>Draws an embedded Reber string.</summary>
    public static string GenerateEmbedded(RandomStream random) => Generate(random, Start);

    /// <summary>Draws a Reber string.</summary>
    public static string GenerateReber(RandomStream random) => Generate(random, InnerBase);

    /// <summary>Whether <paramref name="text"/> is an embedded Reber string.</summary>
    public static bool IsEmbedded(string text) => Accepts(Start, text);

    /// <summary>Whether <paramref name="text"/> is a Reber string.</summary>
    public static bool IsReber(string text) => Accepts(InnerBase, text, acceptAt: InnerBase + InnerEnd);

    /// <summary>The symbols that may follow <paramref name="prefix"/> of an embedded Reber string (empty if it is not one).</summary>
    public static string PossibleNextEmbedded(ReadOnlySpan<char> prefix)
    {
        int state = Start;
        foreach (char symbol in prefix)
        {
            state = Next(state, symbol);
            if (state < 0)
            {
                return string.Empty;
            }
        }

        return Outgoing(state);
    }

    /// <summary>
    /// The supervised sequence of an embedded Reber string: one step per symbol but the last, one-hot inputs,
    /// targets 1 for every possible next symbol; every step is scored.
    /// </summary>
    public static Sequence Encode(string text)
    {
        int steps = text.Length - 1;
        int size = Symbols.Length;
        var inputs = new double[steps * size];
        var targets = new double[steps * size];
        for (int t = 0; t < steps; t++)
        {
            inputs[(t * size) + Symbols.IndexOf(text[t], StringComparison.Ordinal)] = 1.0;
            foreach (char symbol in PossibleNextEmbedded(text.AsSpan(0, t + 1)))
            {
                targets[(t * size) + Symbols.IndexOf(symbol, StringComparison.Ordinal)] = 1.0;
            }
        }

        return new Sequence(inputs, size, targets, size, 0);
    }

    private static string Generate(RandomStream random, int state)
    {
        var builder = new System.Text.StringBuilder();
        int accept = state == Start ? Accept : InnerBase + InnerEnd;
        while (state != accept)
        {
            string choices = Outgoing(state);
            char symbol = choices.Length == 1 ? choices[0] : choices[random.NextInt(choices.Length)];
            builder.Append(symbol);
            state = Next(state, symbol);
        }

        return builder.ToString();
    }

    private static bool Accepts(int state, string text, int acceptAt = Accept)
    {
        foreach (char symbol in text)
        {
            state = Next(state, symbol);
            if (state < 0)
            {
                return false;
            }
        }

        return state == acceptAt;
    }

    /// <summary>The labels of the edges leaving <paramref name="state"/>, in a fixed order.</summary>
    private static string Outgoing(int state)
    {
        var builder = new System.Text.StringBuilder(2);
        foreach (char symbol in Symbols)
        {
            if (Next(state, symbol) >= 0)
            {
                builder.Append(symbol);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// The automaton: 0 start, 1 after the first B, 10/20 + s the Reber states s (0 before its B, 1–6 as in
    /// Figure 3, 7 after its E) inside the T/P branch, 30 after the second T/P, 31 accepted; −1 rejects.
    /// A Reber string alone runs from 10 to 17.
    /// </summary>
    private static int Next(int state, char symbol)
    {
        switch (state)
        {
            case Start:
                return symbol == 'B' ? AfterFirstB : -1;
            case AfterFirstB:
                return symbol switch { 'T' => InnerBase, 'P' => 2 * InnerBase, _ => -1 };
            case AfterSecondLetter:
                return symbol == 'E' ? Accept : -1;
            case Accept:
                return -1;
        }

        int branch = state / InnerBase;
        int inner = state % InnerBase;
        if (branch < 1 || branch > 2)
        {
            return -1;
        }

        if (inner == InnerEnd)
        {
            return symbol == (branch == 1 ? 'T' : 'P') ? AfterSecondLetter : -1;
        }

        int next = inner switch
        {
            0 => symbol == 'B' ? 1 : -1,
            1 => symbol switch { 'T' => 2, 'P' => 3, _ => -1 },
            2 => symbol switch { 'S' => 2, 'X' => 4, _ => -1 },
            3 => symbol switch { 'T' => 3, 'V' => 5, _ => -1 },
            4 => symbol switch { 'X' => 3, 'S' => 6, _ => -1 },
            5 => symbol switch { 'P' => 4, 'V' => 6, _ => -1 },
            6 => symbol == 'E' ? InnerEnd : -1,
            _ => -1,
        };
        return next < 0 ? -1 : (branch * InnerBase) + next;
    }
}
