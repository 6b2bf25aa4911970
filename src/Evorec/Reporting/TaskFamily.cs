namespace Evorec.Reporting;

/// <summary>
/// Experiments that face the same task: the same experiment entry (group) and the same task configuration (task
/// hash). Their methods — network and trainer — are compared against each other.
/// </summary>
/// <param name="Group">The experiment entry they were expanded from.</param>
/// <param name="Task">The task's label.</param>
/// <param name="TaskHash">The SHA-256 of the task configuration.</param>
/// <param name="Members">The experiments, in report order.</param>
public sealed record TaskFamily(string Group, string Task, string TaskHash, IReadOnlyList<ExperimentResults> Members)
{
    /// <summary>A heading for the family: the group, and the task when the group's name does not already say it.</summary>
    public string Title => Group == Task ? Group : $"{Group} ({Task})";

    /// <summary>The start of the family's plot file names: the group, and the task when it differs.</summary>
    public string FilePrefix => Group == Task ? Group : $"{Group}-{Task}";
}
