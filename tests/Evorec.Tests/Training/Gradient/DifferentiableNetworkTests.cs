using Evorec.Networks;
using Evorec.Tasks;
using Evorec.Tests.Support;
using Evorec.Training.Gradient;

namespace Evorec.Tests.Training.Gradient;

public sealed class DifferentiableNetworkTests
{
    [Theory]
    [MemberData(nameof(GradientCases.Names), MemberType = typeof(GradientCases))]
    public void ForwardPassEqualsTheNetworkKindsSteps(string name)
    {
        NetworkSpec spec = GradientCases.Spec(name);
        double[] parameters = GradientCases.Parameters(spec, seed: 3);
        Sequence sequence = GradientCases.Sequence(spec, length: 12, washout: 0, seed: 3);
        IDifferentiableNetwork passes = GradientCases.Passes(name);
        var outputs = new double[sequence.Length * spec.OutputCount];
        SquaredError.Teach(passes, sequence);
        passes.Forward(parameters, sequence.Inputs, 0, sequence.Length, outputs);

        // Teacher-forced passes must equal the network with the targets written into its feedback after every step.
        IRecurrentNetwork network = spec.Create();
        spec.Load(parameters, network);
        var forcible = passes is IOutputFeedbackPasses { Feedback: OutputFeedback.TeacherForced } ? (ITeacherForcible)network : null;
        var step = new double[spec.OutputCount];
        for (int t = 0; t < sequence.Length; t++)
        {
            network.Step(sequence.InputAt(t), step);
            forcible?.ForceOutputs(sequence.TargetAt(t));
            for (int k = 0; k < spec.OutputCount; k++)
            {
                Assert.True(Math.Abs(step[k] - outputs[(t * spec.OutputCount) + k]) <= 1e-12, $"{name}: step {t}, output {k}: {step[k]} vs {outputs[(t * spec.OutputCount) + k]}");
            }
        }
    }

    /// <summary>
    /// The backward pass against central finite differences, (L(θ + h e_i) − L(θ − h e_i)) / 2h with h = 1e-5,
    /// on every parameter of random instances (sequences of 7 steps, 2 of them washout, so the recurrent
    /// paths and the unscored steps are both exercised).
    /// </summary>
    [Theory]
    [MemberData(nameof(GradientCases.Names), MemberType = typeof(GradientCases))]
    public void GradientMatchesCentralFiniteDifferences(string name)
    {
        NetworkSpec spec = GradientCases.Spec(name);
        for (int seed = 0; seed < 2; seed++)
        {
            double[] parameters = GradientCases.Parameters(spec, seed);
            Sequence sequence = GradientCases.Sequence(spec, length: 7, washout: 2, seed);
            IDifferentiableNetwork passes = GradientCases.Passes(name);
            var gradient = new double[parameters.Length];
            GradientCases.Loss(passes, parameters, sequence, gradient);

            const double h = 1e-5;
            double differenceNorm = 0.0;
            double norm = 0.0;
            for (int i = 0; i < parameters.Length; i++)
            {
                double original = parameters[i];
                parameters[i] = original + h;
                double plus = GradientCases.Loss(passes, parameters, sequence, default);
                parameters[i] = original - h;
                double minus = GradientCases.Loss(passes, parameters, sequence, default);
                parameters[i] = original;
                double numeric = (plus - minus) / (2 * h);
                double relative = Math.Abs(gradient[i] - numeric) / Math.Max(1e-2, Math.Max(Math.Abs(gradient[i]), Math.Abs(numeric)));
                Assert.True(relative <= 1e-6, $"{name}, seed {seed}, parameter {i}: backward {gradient[i]}, finite differences {numeric}");
                differenceNorm += (gradient[i] - numeric) * (gradient[i] - numeric);
                norm += numeric * numeric;
            }

            Assert.True(norm > 1e-6, "the loss must depend on the parameters");
            Assert.True(Math.Sqrt(differenceNorm / norm) <= 1e-6);
        }
    }

    [Theory]
    [InlineData("elman")]
    [InlineData("lstm-peepholes")]
    [InlineData("jordan-decay-tanh-out-closed-loop")]
    [InlineData("narx")]
    [InlineData("narx-closed-loop")]
    [InlineData("ctrnn-gains")]
    public void PassesAllocateNothingAfterWarmUp(string name)
    {
        NetworkSpec spec = GradientCases.Spec(name);
        double[] parameters = GradientCases.Parameters(spec, seed: 1);
        Sequence sequence = GradientCases.Sequence(spec, length: 20, washout: 3, seed: 1);
        IDifferentiableNetwork passes = GradientCases.Passes(name);
        var outputs = new double[sequence.Length * spec.OutputCount];
        var outputGradients = new double[outputs.Length];
        var gradient = new double[parameters.Length];
        BpttLearner.SumSquaredError(passes, parameters, sequence, outputs, outputGradients, gradient, 1.0);
        Assert.Equal(0, SteadyAllocation.Bytes(() =>
        {
            for (int i = 0; i < 50; i++)
            {
                BpttLearner.SumSquaredError(passes, parameters, sequence, outputs, outputGradients, gradient, 1.0);
            }
        }));
    }

    [Fact]
    public void KindsWithoutBackwardPassAreRejectedByName()
    {
        var spec = new NeatGraphSpec(1, 1, new NeatGraphOptions());
        var error = Assert.Throws<ArgumentException>(() => DifferentiableNetworks.Create(spec));
        Assert.Contains("neat-graph", error.Message);
    }
}
