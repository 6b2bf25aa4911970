namespace Evorec.Training.Evolution;

/// <summary>How a genetic algorithm recombines two parents.</summary>
public enum CrossoverKind
{
    /// <summary>Each gene from either parent with probability ½ (Syswerda 1989).</summary>
    Uniform,

    /// <summary>Each gene a random convex combination a·x + (1 − a)·y of the parents' genes (Michalewicz 1996, §5.4).</summary>
    Arithmetic,
}
