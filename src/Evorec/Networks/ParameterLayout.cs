namespace Evorec.Networks;

/// <summary>
/// How a network's flat parameter vector is divided: named blocks, per-neuron groups (which
/// together cover every parameter exactly once) and which blocks form the linear readout.
/// </summary>
public sealed class ParameterLayout
{
    private readonly Dictionary<string, ParameterBlock> _byName;

    private ParameterLayout(IReadOnlyList<ParameterBlock> blocks, IReadOnlyList<NeuronGroup> groups)
    {
        Blocks = blocks;
        NeuronGroups = groups;
        _byName = blocks.ToDictionary(b => b.Name, StringComparer.Ordinal);
        Count = blocks.Count == 0 ? 0 : blocks[^1].Offset + blocks[^1].Length;
    }

    /// <summary>Total number of parameters.</summary>
    public int Count { get; }

    /// <summary>The blocks in parameter-vector order.</summary>
    public IReadOnlyList<ParameterBlock> Blocks { get; }

    /// <summary>One group per neuron; every parameter belongs to exactly one group.</summary>
    public IReadOnlyList<NeuronGroup> NeuronGroups { get; }

    /// <summary>The blocks that form the linear readout.</summary>
    public IEnumerable<ParameterBlock> ReadoutBlocks => Blocks.Where(b => b.IsReadout);

    /// <summary>The block called <paramref name="name"/>.</summary>
    public ParameterBlock this[string name] => _byName.TryGetValue(name, out var block)
        ? block
        : throw new KeyNotFoundException($"The layout has no block '{name}'.");

    /// <summary>Builds a layout block by block.</summary>
    public sealed class Builder
    {
        private readonly List<ParameterBlock> _blocks = [];
        private readonly List<NeuronGroup> _groups = [];
        private int _next;

        /// <summary>Appends a block of <paramref name="rows"/> × <paramref name="columns"/> parameters.</summary>
        public ParameterBlock Add(string name, int rows, int columns = 1, bool isReadout = false)
        {
            if (rows < 0 || columns < 0)
            {
                throw new ArgumentOutOfRangeException(nameof(rows), "Block dimensions must not be negative.");
            }

            var block = new ParameterBlock(name, _next, rows, columns, isReadout);
            _blocks.Add(block);
            _next += block.Length;
            return block;
        }

        /// <summary>Declares the parameters owned by one neuron (<paramref name="required"/>: see <see cref="NeuronGroup.Required"/>).</summary>
        public void AddNeuronGroup(string name, IEnumerable<int> indices, bool required = false) => _groups.Add(new NeuronGroup(name, indices.ToArray(), required));

        /// <summary>The finished layout; checks that the neuron groups partition the parameters.</summary>
        public ParameterLayout Build()
        {
            var layout = new ParameterLayout(_blocks.ToArray(), _groups.ToArray());
            if (_groups.Count > 0)
            {
                var seen = new bool[layout.Count];
                foreach (int index in _groups.SelectMany(g => g.Indices))
                {
                    if (index < 0 || index >= layout.Count || seen[index])
                    {
                        throw new InvalidOperationException($"Neuron groups must cover each parameter once; index {index} is out of range or repeated.");
                    }

                    seen[index] = true;
                }

                int missing = Array.IndexOf(seen, false);
                if (missing >= 0)
                {
                    throw new InvalidOperationException($"Neuron groups must cover each parameter once; index {missing} is in no group.");
                }
            }

            return layout;
        }
    }
}
