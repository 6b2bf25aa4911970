namespace Evorec.Tasks;

/// <summary>
/// One supervised sequence: inputs and targets per time step, stored row-major
/// (step t's inputs at [t·InputSize, (t+1)·InputSize)). The first <see cref="Washout"/> steps
/// settle the network's state and carry no error.
/// </summary>
public sealed class Sequence
{
    /// <summary>Creates a sequence; the arrays are taken, not copied.</summary>
    public Sequence(double[] inputs, int inputSize, double[] targets, int targetSize, int washout)
    {
        if (inputSize < 0 || targetSize <= 0 || targets.Length % targetSize != 0)
        {
            throw new ArgumentException("The target array must hold whole steps.", nameof(targets));
        }

        Length = targets.Length / targetSize;
        if (inputs.Length != Length * inputSize)
        {
            throw new ArgumentException("Inputs and targets must have the same number of steps.", nameof(inputs));
        }

        ArgumentOutOfRangeException.ThrowIfNegative(washout);
        Inputs = inputs;
        InputSize = inputSize;
        Targets = targets;
        TargetSize = targetSize;
        Washout = washout;
    }

    /// <summary>Number of time steps.</summary>
    public int Length { get; }

    /// <summary>Inputs per step.</summary>
    public int InputSize { get; }

    /// <summary>Targets per step.</summary>
    public int TargetSize { get; }

    /// <summary>Leading steps without error.</summary>
    public int Washout { get; }

    /// <summary>All inputs, row-major.</summary>
    public double[] Inputs { get; }

    /// <summary>All targets, row-major.</summary>
    public double[] Targets { get; }

    /// <summary>The inputs of step <paramref name="t"/>.</summary>
    public ReadOnlySpan<double> InputAt(int t) => Inputs.AsSpan(t * InputSize, InputSize);

    /// <summary>The targets of step <paramref name="t"/>.</summary>
    public ReadOnlySpan<double> TargetAt(int t) => Targets.AsSpan(t * TargetSize, TargetSize);
}
