using Evorec.Networks;
using Evorec.Numerics;
using Evorec.Tasks;
using Evorec.Tasks.Languages;
using Evorec.Tasks.Memory;
using Evorec.Tasks.TimeSeries;
using Evorec.Tests.Support;

namespace Evorec.Tests.Tasks;

public sealed class EvaluationAllocationTests
{
    private static readonly TaskContext Context = new(StreamKey.FromSeed(21));

    public static TheoryData<string> TaskNames => new(Tasks.Keys);

    private static readonly Dictionary<string, Func<ITask>> Tasks = new()
    {
        ["mackey-glass"] = () => new MackeyGlassTask(new MackeyGlassOptions { TrainLength = 200, TestLength = 100, ValidationLength = 50, SolvedBelow = 10 }, Context),
        ["mackey-glass free-running nrmse84"] = () => new MackeyGlassTask(new MackeyGlassOptions { TrainLength = 200, TestLength = 100, Scoring = ScoringMode.FreeRunning, Squash = true, Nrmse84 = true, Trials = 3, TeacherForcedSteps = 100 }, Context),
        ["mso"] = () => new MsoTask(new MsoOptions { ValidationLength = 50, SolvedBelow = 10 }, Context),
        ["narma"] = () => new NarmaTask(new NarmaOptions { TrainLength = 300, TestLength = 100, ValidationLength = 50, SolvedBelow = 10 }, Context),
        ["anbn"] = () => new CountingLanguageTask(2, new CountingLanguageOptions { TestMax = 20 }, Context),
        ["anbncn"] = () => new CountingLanguageTask(3, new CountingLanguageOptions { TestMax = 20 }, Context),
        ["embedded-reber"] = () => new EmbeddedReberTask(new EmbeddedReberOptions { TrainStrings = 20, ValidationStrings = 20, TestStrings = 20 }, Context),
        ["delayed-recall"] = () => new DelayedRecallTask(new DelayedRecallOptions(), Context),
        ["adding"] = () => new AddingTask(new AddingOptions { Length = 20, TrainSequences = 20, TestSequences = 20, ValidationSequences = 5 }, Context),
        ["parity"] = () => new ParityTask(new ParityOptions { MinLength = 20, MaxLength = 30, TrainSequences = 20, TestSequences = 20 }, Context),
    };

    [Theory]
    [MemberData(nameof(TaskNames))]
    public void Evaluating_allocates_nothing(string name)
    {
        ITask task = Tasks[name]();
        ITaskEvaluator evaluator = task.CreateEvaluator();
        IRecurrentNetwork network = RandomNetworks.Elman(task.InputCount, task.OutputCount);
        Evaluation first = evaluator.Evaluate(network, default);
        evaluator.Test(network);
        var again = new Evaluation[5];
        long allocated = SteadyAllocation.Bytes(() =>
        {
            for (int i = 0; i < again.Length; i++)
            {
                again[i] = evaluator.Evaluate(network, default);
                evaluator.Test(network);
            }
        });
        Assert.Equal(0, allocated);
        Assert.All(again, evaluation => Assert.Equal(first, evaluation));
    }

    [Theory]
    [MemberData(nameof(TaskNames))]
    public void A_diverging_network_gets_the_worst_fitness_not_a_crash(string name)
    {
        ITask task = Tasks[name]();
        Evaluation evaluation = task.CreateEvaluator().Evaluate(ScriptedNetwork.Constant(double.NaN, task.InputCount, task.OutputCount), default);
        Assert.Equal(0.0, evaluation.Fitness);
        Assert.Equal(double.PositiveInfinity, evaluation.Error);
        Assert.False(evaluation.Solved);
    }
}
