using System.ComponentModel;

namespace Evorec.Networks;

/// <summary>
/// Options every network kind accepts. The input and output counts come from the task; giving
/// them here is optional and makes configuration validation check that network and task fit.
/// </summary>
public abstract class NetworkOptions
{
    /// <summary>Expected number of inputs; must equal the task's when given.</summary>
    [Description("expected number of inputs; checked against the task when given")]
    public int? Inputs { get; set; }

    /// <summary>Expected number of outputs; must equal the task's when given.</summary>
    [Description("expected number of outputs; checked against the task when given")]
    public int? Outputs { get; set; }
}
