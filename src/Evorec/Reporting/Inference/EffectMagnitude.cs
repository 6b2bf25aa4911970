namespace Evorec.Reporting.Inference;

/// <summary>Vargha and Delaney's verbal labels for an A₁₂ effect size.</summary>
public enum EffectMagnitude
{
    /// <summary>|A − 0.5| &lt; 0.06.</summary>
    Negligible,

    /// <summary>0.06 ≤ |A − 0.5| &lt; 0.14.</summary>
    Small,

    /// <summary>0.14 ≤ |A − 0.5| &lt; 0.21.</summary>
    Medium,

    /// <summary>|A − 0.5| ≥ 0.21.</summary>
    Large,
}
