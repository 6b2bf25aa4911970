using System.ComponentModel;
using Evorec.Networks;
using Evorec.Numerics;
using Evorec.Tasks;
using Evorec.Training;

namespace Evorec.Tests.Examples;

// The README's worked example of a task, kept here so it is compiled and tested.
public sealed class EchoOptions
{
    [Description("steps between an input and its echo")]
    public int Lag { get; set; } = 3;
}

/// <summary>Echo the input <c>lag</c> steps later (cite the source of your task here).</summary>
public sealed class EchoTask(EchoOptions options, TaskContext context) : ITask
{
    private readonly double[] _signal = Draw(context, 200);

    public string Kind => "echo";
    public int InputCount => 1;
    public int OutputCount => 1;
    public SequenceDataset? Dataset => null;
    public IReadOnlyDictionary<string, double> Baselines { get; } = new Dictionary<string, double>();
    public ITaskEvaluator CreateEvaluator() => new Evaluator(this);

    // Task data derive from the task's key only: every trainer in run k sees the same signal.
    private static double[] Draw(TaskContext context, int length)
    {
        var random = new RandomStream(context.DataKey);
        return Enumerable.Range(0, length).Select(_ => random.NextDouble(-1, 1)).ToArray();
    }

    private sealed class Evaluator(EchoTask task) : ITaskEvaluator
    {
        private readonly double[] _input = new double[1], _output = new double[1];

        public bool HasVerification => false;

        public Evaluation Evaluate(IRecurrentNetwork network, StreamKey key)
        {
            var error = default(ErrorAccumulator);
            network.Reset();
            for (int t = 0; t < task._signal.Length; t++)
            {
                _input[0] = task._signal[t];
                network.Step(_input, _output);
                if (t >= task.Options.Lag)
                {
                    error.Add(_output[0], task._signal[t - task.Options.Lag]);
                }
            }

            if (error.IsBroken)
            {
                return Evaluation.Broken(task._signal.Length);   // NaN or ∞ output: worst fitness
            }

            double nrmse = error.Nrmse;
            return new Evaluation(FitnessFromError.Of(nrmse), nrmse, nrmse < 0.05, task._signal.Length);
        }

        public Evaluation Test(IRecurrentNetwork network) => Evaluate(network, default);

        public Verification Verify(IRecurrentNetwork network) => throw new NotSupportedException();
    }

    public EchoOptions Options => options;
}
