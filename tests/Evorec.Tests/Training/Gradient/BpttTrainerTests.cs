using Evorec.Experiments;
using Evorec.Networks;
using Evorec.Numerics;
using Evorec.Tasks;
using Evorec.Tasks.Memory;
using Evorec.Tests.Support;
using Evorec.Training;
using Evorec.Training.Gradient;

namespace Evorec.Tests.Training.Gradient;

public sealed class BpttTrainerTests
{
    private static (GradientTrainer Trainer, NetworkSpec Spec) Create(BpttOptions options, NetworkSpec? spec = null, int seed = 1)
    {
        var task = new SineGenerationTask(new SineGenerationOptions { Length = 60, TestLength = 60 }, new TaskContext(StreamKey.FromSeed(seed)));
        spec ??= new ElmanSpec(1, 1, new ElmanOptions { Hidden = 6 });
        var context = new TrainerContext(spec, task, new SequentialExecutor(), StreamKey.FromSeed(seed).Then("trainer"));
        return (GradientTrainers.Bptt(options, context), spec);
    }

    /// <summary>Every differentiable kind trains under bptt: 40 epochs of Adam halve the teacher-forced loss of sine generation.</summary>
    [Theory]
    [InlineData("elman")]
    [InlineData("fully-recurrent")]
    [InlineData("jordan")]
    [InlineData("narx")]
    [InlineData("ctrnn")]
    [InlineData("lstm")]
    [InlineData("gru")]
    public void EveryDifferentiableKindLowersTheLoss(string kind)
    {
        NetworkSpec spec = kind switch
        {
            "elman" => new ElmanSpec(1, 1, new ElmanOptions { Hidden = 5 }),
            "fully-recurrent" => new FullyRecurrentSpec(1, 1, new FullyRecurrentOptions { Neurons = 5 }),
            "jordan" => new JordanSpec(1, 1, new JordanOptions { Hidden = 5 }),
            "narx" => new NarxSpec(1, 1, new NarxOptions { Hidden = 5 }),
            "ctrnn" => new CtrnnSpec(1, 1, new CtrnnOptions { Neurons = 5, Substeps = 2 }),
            "lstm" => new LstmSpec(1, 1, new LstmOptions { Blocks = 3 }),
            _ => new GruSpec(1, 1, new GruOptions { Hidden = 4 }),
        };
        var (trainer, _) = Create(new BpttOptions { LearningRate = 0.02, BatchSize = 1 }, spec);
        var task = new SineGenerationTask(new SineGenerationOptions { Length = 60, TestLength = 60 }, new TaskContext(StreamKey.FromSeed(1)));
        Sequence sequence = task.Dataset.Train[0];
        IDifferentiableNetwork passes = DifferentiableNetworks.Create(spec);
        double initial = GradientCases.Loss(passes, trainer.Parameters.ToArray(), sequence, default);
        for (int epoch = 0; epoch < 40; epoch++)
        {
            trainer.Step();
        }

        double final = GradientCases.Loss(passes, trainer.Parameters.ToArray(), sequence, default);
        Assert.True(final < 0.5 * initial, $"{kind}: loss {initial} → {final}");
    }

    [Theory]
    [InlineData(GradientMethod.Adam)]
    [InlineData(GradientMethod.Sgd)]
    public void TrainingLowersTheTeacherForcedLossAndCountsItsCost(GradientMethod method)
    {
        var options = new BpttOptions { Method = method, LearningRate = method == GradientMethod.Adam ? 0.02 : 0.05, BatchSize = 1 };
        var (trainer, spec) = Create(options, new LstmSpec(1, 1, new LstmOptions { Blocks = 4 }));
        var task = new SineGenerationTask(new SineGenerationOptions { Length = 60, TestLength = 60 }, new TaskContext(StreamKey.FromSeed(1)));
        Sequence sequence = task.Dataset.Train[0];
        IDifferentiableNetwork passes = DifferentiableNetworks.Create(spec);
        double initial = GradientCases.Loss(passes, trainer.Parameters.ToArray(), sequence, default);

        GenerationRecord record = trainer.Step();
        for (int epoch = 1; epoch < 30; epoch++)
        {
            record = trainer.Step();
        }

        double final = GradientCases.Loss(passes, trainer.Parameters.ToArray(), sequence, default);
        Assert.True(final < 0.5 * initial, $"loss {initial} → {final}");
        Assert.Equal(29, record.Generation);
        Assert.Equal(60, record.Evaluations);
        Assert.Equal(30L * sequence.Length, record.BackwardSteps);
        Assert.Equal((30L * sequence.Length) + (30L * sequence.Length), record.NetworkSteps);
        Assert.NotNull(trainer.Best);
        Assert.Equal(record.BestSoFarError, trainer.Best!.Error);
    }

    [Fact]
    public void BestIsReproducedByTheTasksEvaluator()
    {
        var (trainer, _) = Create(new BpttOptions());
        for (int epoch = 0; epoch < 5; epoch++)
        {
            trainer.Step();
        }

        var task = new SineGenerationTask(new SineGenerationOptions { Length = 60, TestLength = 60 }, new TaskContext(StreamKey.FromSeed(1)));
        Evaluation evaluation = task.CreateEvaluator().Evaluate(trainer.CreateBestNetwork(), trainer.Best!.EvaluationKey);
        Assert.Equal(trainer.Best.Fitness, evaluation.Fitness);
        Assert.Equal(trainer.Best.Error, evaluation.Error);
    }

    [Fact]
    public void RunsAreDeterministic()
    {
        var (first, _) = Create(new BpttOptions { Initialization = WeightInitialization.Glorot });
        var (second, _) = Create(new BpttOptions { Initialization = WeightInitialization.Glorot });
        for (int epoch = 0; epoch < 3; epoch++)
        {
            Assert.Equal(first.Step(), second.Step());
        }

        Assert.Equal(first.Parameters.ToArray(), second.Parameters.ToArray());
    }

    [Fact]
    public void InitParametersStartTrainingFromTheGivenVector()
    {
        var spec = new ElmanSpec(1, 1, new ElmanOptions { Hidden = 6 });
        double[] start = GradientCases.Parameters(spec, seed: 5, scale: 0.3);
        var (trainer, _) = Create(new BpttOptions { InitParameters = start, LearningRate = 1e-300 }, spec);
        trainer.Step();
        Assert.Equal(start, trainer.Parameters.ToArray());
        Assert.Throws<ArgumentException>(() => Create(new BpttOptions { InitParameters = [1.0, 2.0] }, spec));
    }

    [Fact]
    public void EarlyStoppingFinishesTheRunWhenValidationStopsImproving()
    {
        var task = new AddingTask(new AddingOptions { Length = 10, TrainSequences = 8, ValidationSequences = 4, TestSequences = 4 }, new TaskContext(StreamKey.FromSeed(2)));
        var spec = new ElmanSpec(task.InputCount, task.OutputCount, new ElmanOptions { Hidden = 3 });
        var context = new TrainerContext(spec, task, new SequentialExecutor(), StreamKey.FromSeed(2));

        // A learning rate this large makes the validation error stop improving within a few epochs.
        var trainer = GradientTrainers.Bptt(new BpttOptions { Method = GradientMethod.Sgd, Momentum = 0, LearningRate = 50, ClipNorm = 0, Patience = 2 }, context);
        TrainingOutcome outcome = TrainingLoop.Run(trainer, new Budget { Generations = 200 }, null, CancellationToken.None);
        Assert.StartsWith("early stopping", outcome.StopReason);
        Assert.True(outcome.Records.Count < 200);
        Assert.All(outcome.Records, r => Assert.NotNull(r.ValidationError));
    }

    [Fact]
    public void RunsFromASuiteConfiguration()
    {
        using var folder = new TemporaryFolder();
        const string json = """
            {
              "suite": "bptt",
              "seed": 3,
              "runs": 2,
              "budget": { "generations": 20 },
              "experiments": [
                {
                  "name": "sine",
                  "task": { "type": "sine-generation", "length": 40, "testLength": 40 },
                  "network": [ { "type": "elman", "hidden": 4 }, { "type": "lstm", "blocks": 2 }, { "type": "gru", "hidden": 3 }, { "type": "fully-recurrent", "neurons": 4 },
                               { "type": "jordan", "hidden": 3 }, { "type": "narx", "hidden": 3 }, { "type": "ctrnn", "neurons": 3, "substeps": 2 } ],
                  "trainer": [ { "type": "bptt", "method": "adam", "learningRate": 0.02, "learningRateDecay": 0.99 },
                               { "type": "bptt", "label": "tbptt", "k1": 10, "k2": 20, "batchSize": 1, "feedback": "closed-loop" } ]
                }
              ]
            }
            """;
        SuitePlan plan = Suites.Load(folder, json);
        SuiteOutcome outcome = Suites.Run(plan, folder.Path, 2);
        Assert.Equal(0, outcome.RunsFailed);
        Assert.Equal(28, outcome.RunsExecuted);
    }
}
