namespace Evorec.Tasks.Languages;

/// <summary>
/// The counting languages aⁿbⁿ (2 blocks, context-free) and aⁿbⁿcⁿ (3 blocks, context-sensitive) as Gers
/// &amp; Schmidhuber posed them (IEEE TNN 12(6), 2001): every string is framed as S aⁿbⁿ[cⁿ] T, read one
/// symbol at a time (S, a, b[, c] as one-hot inputs), and at every step the network predicts the set of
/// possible next symbols (a, b[, c], T as outputs). After S the next symbol is a — or T, since the empty
/// string ST is counted as part of each language (<see cref="IncludesEmptyString"/>); after an a it is a or
/// b; inside the later blocks the count fixes it. T is never an input and S never a target.
/// The unit layout and counting ST as a member follow our reading of Gers &amp; Schmidhuber 2001 (§III);
/// the paper's text could not be re-checked for this implementation, so the empty-string convention is an
/// option of the tasks (<see cref="CountingLanguageOptions.IncludeEmptyString"/>).
/// </summary>
public sealed class CountingLanguage
{
    private const string Letters = "abc";

    /// <summary>Creates the language of <paramref name="blocks"/> blocks (2: aⁿbⁿ, 3: aⁿbⁿcⁿ).</summary>
    public CountingLanguage(int blocks, bool includesEmptyString)
    {
        if (blocks < 2 || blocks > Letters.Length)
        {
            throw new ArgumentOutOfRangeException(nameof(blocks), blocks, "A counting language has 2 or 3 blocks.");
        }

        Blocks = blocks;
        IncludesEmptyString = includesEmptyString;
        InputSymbols = "S" + Letters[..blocks];
        OutputSymbols = Letters[..blocks] + "T";
    }

    /// <summary>Number of letter blocks.</summary>
    public int Blocks { get; }

    /// <summary>Whether ST (n = 0) belongs to the language, so T may follow S.</summary>
    public bool IncludesEmptyString { get; }

    /// <summary>The input symbols in input-unit order: S, a, b[, c].</summary>
    public string InputSymbols { get; }

    /// <summary>The predicted symbols in output-unit order: a, b[, c], T.</summary>
    public string OutputSymbols { get; }

    /// <summary>The framed string of size <paramref name="n"/>: S aⁿ bⁿ [cⁿ] T.</summary>
    public string Member(int n)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(n);
        var builder = new System.Text.StringBuilder("S", 2 + (Blocks * n));
        for (int block = 0; block < Blocks; block++)
        {
            builder.Append(Letters[block], n);
        }

        return builder.Append('T').ToString();
    }

    /// <summary>Whether <paramref name="text"/> is a framed member S aⁿbⁿ[cⁿ] T (n ≥ 1, or n ≥ 0 with the empty string).</summary>
    public bool IsMember(string text)
    {
        if (text.Length < 2 || text[0] != 'S' || text[^1] != 'T' || (text.Length - 2) % Blocks != 0)
        {
            return false;
        }

        int n = (text.Length - 2) / Blocks;
        if (n == 0 && !IncludesEmptyString)
        {
            return false;
        }

        for (int i = 0; i < text.Length - 2; i++)
        {
            if (text[i + 1] != Letters[i / n])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// The symbols that may follow the first <paramref name="position"/> + 1 symbols of <see cref="Member"/>(<paramref name="n"/>),
    /// as a string of output symbols.
    /// </summary>
    public string PossibleNext(int n, int position)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(n);
        if (position < 0 || position >= 1 + (Blocks * n))
        {
            throw new ArgumentOutOfRangeException(nameof(position), position, "The position must be an input symbol of the string.");
        }

        if (position == 0)
        {
            return IncludesEmptyString ? "aT" : "a";
        }

        int block = (position - 1) / n;
        int countInBlock = position - (block * n);
        if (block == 0)
        {
            return "ab";
        }

        if (countInBlock < n)
        {
            return Letters[block].ToString();
        }

        return block < Blocks - 1 ? Letters[block + 1].ToString() : "T";
    }

    /// <summary>
    /// The supervised sequence of size <paramref name="n"/>: one step per symbol of S aⁿbⁿ[cⁿ] (T is not
    /// read), one-hot inputs, targets 1 for every possible next symbol; every step is scored.
    /// </summary>
    public Sequence Encode(int n)
    {
        int steps = 1 + (Blocks * n);
        string text = Member(n);
        int inputs = InputSymbols.Length;
        int outputs = OutputSymbols.Length;
        var inputValues = new double[steps * inputs];
        var targetValues = new double[steps * outputs];
        for (int t = 0; t < steps; t++)
        {
            inputValues[(t * inputs) + InputSymbols.IndexOf(text[t], StringComparison.Ordinal)] = 1.0;
            foreach (char symbol in PossibleNext(n, t))
            {
                targetValues[(t * outputs) + OutputSymbols.IndexOf(symbol, StringComparison.Ordinal)] = 1.0;
            }
        }

        return new Sequence(inputValues, inputs, targetValues, outputs, 0);
    }
}
