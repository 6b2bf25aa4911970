namespace Evorec.Training.Evolution;

/// <summary>How CoSyNE's breeding pairs make their two children.</summary>
public enum CosyneCrossover
{
    /// <summary>One-point crossover (ESP's reference code; <see cref="OnePointCrossover"/>).</summary>
    OnePoint,

    /// <summary>No crossover: the children are copies of the two parents (CoSyNE 1.1 code's default, crossover type 3).</summary>
    None,
}
