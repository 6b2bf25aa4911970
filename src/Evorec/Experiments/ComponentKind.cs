namespace Evorec.Experiments;

/// <summary>The kinds of component a suite is built from.</summary>
public enum ComponentKind
{
    /// <summary>A task (fitness function).</summary>
    Task,

    /// <summary>A network kind.</summary>
    Network,

    /// <summary>A trainer.</summary>
    Trainer,
}
