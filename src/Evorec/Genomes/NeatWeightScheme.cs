namespace Evorec.Genomes;

/// <summary>How NEAT's weight mutation treats the connection weights of an offspring.</summary>
public enum NeatWeightScheme
{
    /// <summary>
    /// Stanley &amp; Miikkulainen 2002, §4.1: every weight is perturbed, or with the replace
    /// probability given a new random value (see <see cref="NeatMutation"/>).
    /// </summary>
    Paper,

    /// <summary>
    /// NEAT 1.2.1's <c>Genome::mutate_link_weights(power, 1.0, GAUSSIAN)</c>, with a "severe" mode
    /// drawn per call and more replacements in the newest genes (see <see cref="Neat121WeightMutation"/>).
    /// </summary>
    Neat121,
}
