using Evorec.Tests.Support;
using Evorec.Training;

namespace Evorec.Tests.Training.Evolution;

/// <summary>Drives an optimizer directly on a test function: ask, fitness = −f(x), tell.</summary>
internal static class FunctionDriver
{
    /// <summary>The sphere f(x) = Σ xᵢ².</summary>
    public static double Sphere(double[] x)
    {
        double sum = 0;
        foreach (double value in x)
        {
            sum += value * value;
        }

        return sum;
    }

    /// <summary>The ellipsoid f(x) = Σ 10^(6 (i − 1)/(n − 1)) xᵢ² (condition number 10⁶).</summary>
    public static double Ellipsoid(double[] x)
    {
        int n = x.Length;
        double sum = 0;
        for (int i = 0; i < n; i++)
        {
            sum += Math.Pow(1e6, (double)i / (n - 1)) * x[i] * x[i];
        }

        return sum;
    }

    /// <summary>The linear function f(x) = x₁.</summary>
    public static double Linear(double[] x) => x[0];

    /// <summary>
    /// Runs until the best f is at most <paramref name="target"/> or <paramref name="maxEvaluations"/>
    /// are spent; returns the evaluations up to and including the first that reached the target (or
    /// null) and the best f seen.
    /// </summary>
    public static (long? EvaluationsToTarget, double BestValue) Minimize(IOptimizer optimizer, Func<double[], double> f, long maxEvaluations, double target)
    {
        long evaluations = 0;
        double best = double.PositiveInfinity;
        var fitness = new double[1];
        var x = new double[optimizer.GenomeLength];
        while (evaluations < maxEvaluations)
        {
            CandidateBatch batch = optimizer.Ask();
            if (fitness.Length < batch.Count)
            {
                fitness = new double[batch.Count];
            }

            for (int k = 0; k < batch.Count; k++)
            {
                batch[k].CopyTo(x);
                double value = f(x);
                evaluations++;
                fitness[k] = -value;
                if (value < best)
                {
                    best = value;
                }

                if (best <= target)
                {
                    return (evaluations, best);
                }
            }

            optimizer.Tell(fitness.AsSpan(0, batch.Count));
        }

        return (null, best);
    }

    /// <summary>Runs <paramref name="generations"/> ask/tell cycles with fitness −f(x); returns the candidates' largest absolute gene seen.</summary>
    public static double Run(IOptimizer optimizer, Func<double[], double> f, int generations)
    {
        var fitness = new double[1];
        var x = new double[optimizer.GenomeLength];
        double largest = 0;
        for (int g = 0; g < generations; g++)
        {
            CandidateBatch batch = optimizer.Ask();
            if (fitness.Length < batch.Count)
            {
                fitness = new double[batch.Count];
            }

            for (int k = 0; k < batch.Count; k++)
            {
                batch[k].CopyTo(x);
                foreach (double gene in x)
                {
                    largest = double.IsNaN(gene) ? double.NaN : Math.Max(largest, Math.Abs(gene));
                }

                fitness[k] = -f(x);
            }

            optimizer.Tell(fitness.AsSpan(0, batch.Count));
        }

        return largest;
    }

    /// <summary>Bytes allocated by <paramref name="generations"/> ask/tell cycles after a warm-up cycle, with fitness from <paramref name="f"/>.</summary>
    public static long AllocatedBytes(IOptimizer optimizer, Func<double[], double> f, int generations)
    {
        var fitness = new double[4096];
        var x = new double[optimizer.GenomeLength];
        void Cycle()
        {
            CandidateBatch batch = optimizer.Ask();
            for (int k = 0; k < batch.Count; k++)
            {
                batch[k].CopyTo(x);
                fitness[k] = -f(x);
            }

            optimizer.Tell(fitness.AsSpan(0, batch.Count));
        }

        Cycle();
        return SteadyAllocation.Bytes(() =>
        {
            for (int g = 0; g < generations; g++)
            {
                Cycle();
            }
        });
    }
}
