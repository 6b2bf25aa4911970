namespace Evorec.Tasks;

/// <summary>Judges one step of a symbol-prediction task: outputs against a 0/1 target per symbol.</summary>
public static class SymbolPrediction
{
    /// <summary>
    /// Whether <paramref name="outputs"/> predict exactly the symbols whose <paramref name="targets"/> are 1
    /// under <paramref name="criterion"/>. Targets above 0.5 mark the possible symbols. Non-finite outputs are never right.
    /// </summary>
    public static bool IsCorrect(ReadOnlySpan<double> outputs, ReadOnlySpan<double> targets, SymbolCriterion criterion, double threshold)
    {
        if (criterion == SymbolCriterion.Threshold)
        {
            for (int k = 0; k < targets.Length; k++)
            {
                bool on = outputs[k] > threshold;
                if (!double.IsFinite(outputs[k]) || on != (targets[k] > 0.5))
                {
                    return false;
                }
            }

            return true;
        }

        double lowestPossible = double.PositiveInfinity;
        double highestImpossible = double.NegativeInfinity;
        for (int k = 0; k < targets.Length; k++)
        {
            if (!double.IsFinite(outputs[k]))
            {
                return false;
            }

            if (targets[k] > 0.5)
            {
                lowestPossible = Math.Min(lowestPossible, outputs[k]);
            }
            else
            {
                highestImpossible = Math.Max(highestImpossible, outputs[k]);
            }
        }

        return lowestPossible > highestImpossible;
    }
}
