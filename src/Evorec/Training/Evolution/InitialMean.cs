namespace Evorec.Training.Evolution;

/// <summary>Where an evolution strategy centres its first search distribution.</summary>
public enum InitialMean
{
    /// <summary>The origin (all weights zero).</summary>
    Zero,

    /// <summary>A random point, each coordinate uniform in [−initRange, initRange].</summary>
    Uniform,
}
