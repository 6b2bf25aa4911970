using System.ComponentModel;

namespace Evorec.Training.Gradient;

/// <summary>Options of the <c>rtrl</c> trainer: the shared gradient options, online updates and a size limit.</summary>
public sealed class RtrlOptions : GradientOptions
{
    /// <summary>Whether the weights change after every scored step (Williams &amp; Zipser's real-time learning) instead of once per minibatch.</summary>
    [Description("update the weights after every scored step (real-time learning; needs batchSize 1) instead of once per minibatch (BPTT's gradient)")]
    public bool Online { get; set; }

    /// <summary>The largest network accepted: RTRL's cost per step grows as n⁴.</summary>
    [Description("largest fully-recurrent network accepted, in neurons: RTRL costs O(n^4) time and O(n^3) memory per step")]
    public int MaxNeurons { get; set; } = 32;
}
