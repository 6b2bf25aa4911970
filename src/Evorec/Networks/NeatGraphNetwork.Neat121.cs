namespace Evorec.Networks;

/// <summary>The <see cref="NeatGraphScheme.Neat121"/> scheme: NEAT 1.2.1's <c>Network::activate</c> and <c>Network::flush</c> (see the class's main documentation).</summary>
public sealed partial class NeatGraphNetwork
{
    /// <summary>
    /// One step of NEAT 1.2.1's <c>Network::activate</c>: passes with the input until every output is
    /// reached (at least one); NaN outputs when they are not after <see cref="AbortPasses"/> − 1 passes.
    /// </summary>
    private void StepNeat121(ReadOnlySpan<double> input, Span<double> output)
    {
        double[] activation = _activation;
        double[] sums = _next;
        bool[] reached = _reached;
        SetSensors(activation, input);
        int passes = 0;
        do
        {
            if (++passes == AbortPasses)
            {
                output[..OutputCount].Fill(double.NaN);
                return;
            }

            PassNeat121(activation, sums);
        }
        while (!AllReached(reached, SensorCount, _hiddenStart));

        activation.AsSpan(SensorCount, OutputCount).CopyTo(output);
    }

    /// <summary>
    /// One pass of NEAT 1.2.1's activation loop: every non-sensor node, in index order, sums its
    /// sources' activations (a node not reached holds 0) and is flagged when a source is a sensor or
    /// flagged at that moment; then every flagged node takes f(slope · sum) and is reached.
    /// </summary>
    private void PassNeat121(double[] activation, double[] sums)
    {
        NeatGraphTopology topology = _topology;
        int[] start = topology.IncomingStart;
        int[] sources = topology.Sources;
        bool[] flagged = _flagged;
        bool[] reached = _reached;
        int sensors = SensorCount;
        int nodes = _nodeCount;
        for (int n = sensors; n < nodes; n++)
        {
            // NEAT clears the node's flag before its links are read, so a self-loop reads it cleared.
            flagged[n] = false;
            bool active = false;
            for (int c = start[n]; c < start[n + 1]; c++)
            {
                int source = sources[c];
                active |= source < sensors || flagged[source];
            }

            // get_active_out's 0 for a node not reached is its activation: loading clears every
            // activation, a flush clears those of the nodes it unmarks, and only a reached node is updated.
            sums[n] = NetInput(n, activation);
            flagged[n] = active;
        }

        for (int n = sensors; n < nodes; n++)
        {
            if (flagged[n])
            {
                activation[n] = Activate(n < _hiddenStart ? _outputActivation : _hiddenActivation, _slope, sums[n]);
                reached[n] = true;
            }
        }
    }

    /// <summary>Whether the nodes <paramref name="from"/> to <paramref name="to"/> − 1 are all reached (NEAT's <c>outputsoff</c> negated, for the outputs).</summary>
    private static bool AllReached(bool[] reached, int from, int to)
    {
        for (int n = from; n < to; n++)
        {
            if (!reached[n])
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>
    /// NEAT 1.2.1's <c>Network::flush</c>: from every output, clears the activation and reached mark of
    /// the node and, transitively, of every reached non-sensor source of a cleared node (the nodes
    /// <c>NNode::flushback</c>'s recursion visits); the active flags stay.
    /// </summary>
    private void Flush()
    {
        double[] activation = _activation;
        bool[] reached = _reached;
        int[] stack = _flushStack;
        int[] start = _topology.IncomingStart;
        int[] sources = _topology.Sources;
        int depth = 0;
        for (int o = SensorCount; o < _hiddenStart; o++)
        {
            activation[o] = 0.0;
            reached[o] = false;
            stack[depth++] = o;
        }

        while (depth > 0)
        {
            int n = stack[--depth];
            for (int c = start[n]; c < start[n + 1]; c++)
            {
                int source = sources[c];
                if (source >= SensorCount && reached[source])
                {
                    activation[source] = 0.0;
                    reached[source] = false;
                    stack[depth++] = source;
                }
            }
        }
    }
}
