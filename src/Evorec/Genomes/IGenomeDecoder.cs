using Evorec.Networks;

namespace Evorec.Genomes;

/// <summary>
/// Maps a real-valued genome to a network. Decoding may be a plain copy (the direct encoding)
/// or a stage with work of its own (for example solving a linear readout in closed form), so
/// each thread gets a worker that owns its network and buffers.
/// </summary>
public interface IGenomeDecoder
{
    /// <summary>Genes per genome.</summary>
    int GenomeLength { get; }

    /// <summary>The network spec genomes decode to.</summary>
    NetworkSpec Network { get; }

    /// <summary>Creates a worker for one thread.</summary>
    IDecodingWorker CreateWorker();
}

/// <summary>Decodes genomes on one thread into a network it owns.</summary>
public interface IDecodingWorker
{
    /// <summary>The network's full parameter vector after the last <see cref="Decode"/>.</summary>
    ReadOnlySpan<double> Parameters { get; }

    /// <summary>Decodes <paramref name="genome"/> into this worker's network (reset) and returns it.</summary>
    IRecurrentNetwork Decode(ReadOnlySpan<double> genome);
}
