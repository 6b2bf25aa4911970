using System.ComponentModel;

namespace Evorec.Networks;

/// <summary>Options of the <c>lstm</c> network kind.</summary>
public sealed class LstmOptions : NetworkOptions
{
    /// <summary>Number of memory blocks.</summary>
    [Description("number of memory blocks")]
    public int Blocks { get; set; } = 4;

    /// <summary>Memory cells per block (they share the block's gates).</summary>
    [Description("memory cells per block (sharing the block's gates)")]
    public int CellsPerBlock { get; set; } = 1;

    /// <summary>Whether the blocks have forget gates (Gers et al. 2000); false is the 1997 LSTM.</summary>
    [Description("forget gates (Gers et al. 2000); false gives the original LSTM of Hochreiter & Schmidhuber 1997")]
    public bool ForgetGate { get; set; } = true;

    /// <summary>Whether the forget gate is coupled to the input gate, φ = 1 − in (needs forgetGate).</summary>
    [Description("couple the forget gate to the input gate, forget = 1 - input (CIFG; needs forgetGate)")]
    public bool CoupledInputForget { get; set; }

    /// <summary>Whether the blocks have output gates.</summary>
    [Description("output gates; false lets every cell output h(s) ungated")]
    public bool OutputGate { get; set; } = true;

    /// <summary>Whether the gates see their block's cell states (Gers, Schraudolph &amp; Schmidhuber 2002).</summary>
    [Description("peephole connections from the cell states to the gates (Gers et al. 2002)")]
    public bool Peepholes { get; set; }

    /// <summary>Whether the inputs also connect directly to the output layer (as in Evolino).</summary>
    [Description("direct input-to-output connections (as in Evolino)")]
    public bool DirectConnections { get; set; }

    /// <summary>The cell input squashing function g.</summary>
    [Description("cell input squashing g: tanh, identity, symmetric-logistic (2s-1) or wide-symmetric-logistic (4s-2, the 1997/2000 papers)")]
    public LstmSquashing CellInput { get; set; } = LstmSquashing.Tanh;

    /// <summary>The cell output squashing function h.</summary>
    [Description("cell output squashing h: tanh, identity, symmetric-logistic (2s-1, the 1997/2000 papers) or wide-symmetric-logistic")]
    public LstmSquashing CellOutput { get; set; } = LstmSquashing.Tanh;

    /// <summary>Activation of the output layer.</summary>
    [Description("output activation: linear, tanh or logistic")]
    public Activation OutputActivation { get; set; } = Activation.Linear;
}
