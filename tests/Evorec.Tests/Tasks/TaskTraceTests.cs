using Evorec.Numerics;
using Evorec.Tasks;
using Evorec.Tasks.Control;
using Evorec.Tests.Support;
using Evorec.Tests.Tasks.Control;

namespace Evorec.Tests.Tasks;

public sealed class TaskTraceTests
{
    [Fact]
    public void TheSineTraceIsTheTestRunClosedLoopAfterTheWashout()
    {
        var task = new SineGenerationTask(new SineGenerationOptions(), new TaskContext(StreamKey.FromSeed(3)));
        var network = new RecurrenceSineNetwork(0.25); // the wrong frequency: drifts when running free
        var evaluator = task.CreateEvaluator();
        TaskTrace trace = ((ITraceable)evaluator).Trace(network);

        Assert.Equal(["step", "input_0", "target_0", "output_0", "washout"], trace.Columns);
        Assert.Equal(task.Options.Washout + task.Options.TestLength, trace.Rows.Count);
        int washout = task.Options.Washout;
        for (int n = 1; n < trace.Rows.Count; n++)
        {
            double[] row = trace.Rows[n];
            double[] previous = trace.Rows[n - 1];
            Assert.Equal(n, row[0]);
            Assert.Equal(n < washout ? 1 : 0, row[4]);

            // During the washout the input is the previous target; after it, the network's own previous output.
            Assert.Equal(n < washout ? previous[2] : previous[3], row[1]);
        }

        // The free-running rows give exactly the test evaluation's error.
        var error = default(ErrorAccumulator);
        foreach (double[] row in trace.Rows.Where(r => r[4] == 0))
        {
            error.Add(row[3], row[2]);
        }

        Assert.Equal(evaluator.Test(network).Error, error.Nrmse);
    }

    [Fact]
    public void TheMackeyGlassTraceIsTheOneStepTestPrediction()
    {
        var task = new MackeyGlassTask(new MackeyGlassOptions(), new TaskContext(StreamKey.FromSeed(5)));
        var network = new ConstantNetwork(0.9);
        var evaluator = task.CreateEvaluator();
        TaskTrace trace = ((ITraceable)evaluator).Trace(network);

        Assert.Equal(task.Test.Length, trace.Rows.Count);
        Assert.Equal(task.Test.Inputs, trace.Rows.Select(r => r[1]));
        Assert.Equal(task.Test.Targets, trace.Rows.Select(r => r[2]));
        Assert.All(trace.Rows, r => Assert.Equal(0.9, r[3]));
        var error = default(ErrorAccumulator);
        foreach (double[] row in trace.Rows.Where(r => r[4] == 0))
        {
            error.Add(row[3], row[2]);
        }

        Assert.Equal(task.Test.Length - task.Test.Washout, trace.Rows.Count(r => r[4] == 0));
        Assert.Equal(evaluator.Test(network).Error, error.Nrmse);
    }

    [Fact]
    public void TheCartPoleTraceFollowsTheStandardStartUntilTheSystemFails()
    {
        // Uncontrolled, the double pole balances 22 steps and fails on the 23rd (CartPoleEvaluatorTests): 23 rows of a
        // state and the force then applied, then the failed state without a force.
        var evaluator = new CartPoleEvaluator(new CartPoleSetup(new CartPoleOptions()));
        TaskTrace trace = evaluator.Trace(LinearController.Constant(7, 0.5));
        Assert.Equal(["step", "cart_position", "cart_velocity", "pole_angle_1", "pole_velocity_1", "pole_angle_2", "pole_velocity_2", "force"], trace.Columns);
        Assert.Equal(24, trace.Rows.Count);
        Assert.Equal([0.0, 0, 0, CartPoleSetup.StanleyStartAngle, 0, 0, 0], trace.Rows[0][..7]);
        Assert.True(double.IsNaN(trace.Rows[^1][^1]));
        Assert.All(trace.Rows.SkipLast(1), r => Assert.True(double.IsFinite(r[^1])));

        // A balancing controller is traced for at most 1,000 steps.
        var single = new CartPoleEvaluator(new CartPoleSetup(new CartPoleOptions { Poles = 1, Velocities = true }));
        TaskTrace balanced = single.Trace(LinearController.SinglePoleFeedback());
        Assert.Equal(CartPoleEvaluator.TraceSteps, balanced.Rows.Count);
        Assert.Equal(6, balanced.Columns.Count);
    }

    [Fact]
    public void RowsMustMatchTheColumns()
    {
        var trace = new TaskTrace(["a", "b"]);
        trace.Add([1, 2]);
        Assert.Equal([0.0, 1, 2], trace.Rows[0]);
        Assert.Throws<ArgumentException>(() => trace.Add([1]));
    }
}
