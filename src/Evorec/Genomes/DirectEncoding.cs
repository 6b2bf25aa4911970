using Evorec.Networks;

namespace Evorec.Genomes;

/// <summary>
/// The direct encoding of the classic GA-for-RNN literature (for example Yao, "Evolving
/// artificial neural networks", Proc. IEEE 87, 1999, §II-A): one real-valued gene per weight
/// link and bias, in the order of the spec's parameter layout.
/// </summary>
public sealed class DirectEncoding(NetworkSpec network) : IGenomeDecoder
{
    /// <inheritdoc/>
    public int GenomeLength => network.Layout.Count;

    /// <inheritdoc/>
    public NetworkSpec Network => network;

    /// <inheritdoc/>
    public IDecodingWorker CreateWorker() => new Worker(network);

    private sealed class Worker(NetworkSpec spec) : IDecodingWorker
    {
        private readonly IRecurrentNetwork _network = spec.Create();
        private readonly double[] _parameters = new double[spec.Layout.Count];

        public ReadOnlySpan<double> Parameters => _parameters;

        public IRecurrentNetwork Decode(ReadOnlySpan<double> genome)
        {
            genome.CopyTo(_parameters);
            spec.Load(genome, _network);
            return _network;
        }
    }
}
