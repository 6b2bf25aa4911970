namespace Evorec.Reporting;

/// <summary>The columns of <c>&lt;experiment&gt;/run-&lt;k&gt;.csv</c>, one row per generation.</summary>
public static class RunLogColumns
{
    /// <summary>Generation number, from 0.</summary>
    public const string Generation = "generation";

    /// <summary>Fitness evaluations so far.</summary>
    public const string Evaluations = "evaluations";

    /// <summary>Network time steps so far.</summary>
    public const string NetworkSteps = "network_steps";

    /// <summary>Wall-clock seconds so far (the only column that varies between identical runs).</summary>
    public const string WallSeconds = "wall_seconds";

    /// <summary>This generation's highest fitness.</summary>
    public const string BestFitness = "best_fitness";

    /// <summary>This generation's mean fitness.</summary>
    public const string MeanFitness = "mean_fitness";

    /// <summary>This generation's fittest candidate's error.</summary>
    public const string BestError = "best_error";

    /// <summary>The fittest-so-far candidate's error.</summary>
    public const string BestSoFarError = "best_so_far_error";

    /// <summary>The fittest-so-far candidate's validation error, where the task has validation data.</summary>
    public const string ValidationError = "validation_error";

    /// <summary>Backward network steps so far, for gradient trainers (forward steps are in <see cref="NetworkSteps"/>).</summary>
    public const string BackwardSteps = "backward_steps";
    /// <summary>Trainer-specific extra columns that the report plots against evaluations when run logs have them (NEAT's species count and champion size).</summary>
    public static IReadOnlyList<string> PlottedExtras { get; } = ["species", "champion_hidden_nodes", "champion_connections"];

    /// <summary>The columns every run log has, in order.</summary>
    public static IReadOnlyList<string> Required { get; } =
        [Generation, Evaluations, NetworkSteps, WallSeconds, BestFitness, MeanFitness, BestError, BestSoFarError];
}
