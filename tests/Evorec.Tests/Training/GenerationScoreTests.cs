using Evorec.Networks;
using Evorec.Numerics;
using Evorec.Tasks;
using Evorec.Tests.Support;
using Evorec.Training;

namespace Evorec.Tests.Training;

public sealed class GenerationScoreTests
{
    private static BestCandidate BestOf(double fitness, int generation) => new(fitness, 0, [], generation, default);

    [Fact]
    public void AVerifiedCandidateOtherThanTheChampionReplacesTheBestEvenAtTheChampionsFitness()
    {
        // The champion (index 0) became the best this generation; NEAT's improved-species test verified index 3 at the same fitness.
        Assert.True(GenerationScore.SolutionBecomesBest(BestOf(0.5, 7), index: 3, champion: 0, fitness: 0.5, generation: 7, verified: true));
        Assert.False(GenerationScore.SolutionBecomesBest(BestOf(0.5, 7), index: 0, champion: 0, fitness: 0.5, generation: 7, verified: true));
        Assert.True(GenerationScore.SolutionBecomesBest(BestOf(0.9, 2), index: 0, champion: 0, fitness: 0.5, generation: 7, verified: true));
    }

    [Fact]
    public void WithoutSolutionTestsASolverOtherThanTheChampionReplacesTheBestOnlyWhenAtLeastAsFit()
    {
        Assert.True(GenerationScore.SolutionBecomesBest(BestOf(0.5, 7), index: 3, champion: 0, fitness: 0.5, generation: 7, verified: false));
        Assert.False(GenerationScore.SolutionBecomesBest(BestOf(0.6, 7), index: 3, champion: 0, fitness: 0.5, generation: 7, verified: false));
        Assert.False(GenerationScore.SolutionBecomesBest(BestOf(0.5, 7), index: 0, champion: 0, fitness: 0.5, generation: 7, verified: false));
    }

    [Fact]
    public void TheChampionIsVerifiedOnlyWhenSolvedUnlessToldOtherwise()
    {
        var evaluator = new PassingEvaluator();
        Evaluation[] evaluations = [new(1.0, 0, false, 1), new(0.5, 0, true, 1)];

        Assert.Null(GenerationScore.FindSolution(evaluations, 0, evaluator, () => new ConstantNetwork(0)));
        Assert.Equal(0, evaluator.Verified);
        Assert.Equal(0, GenerationScore.FindSolution(evaluations, 0, evaluator, () => new ConstantNetwork(0), requireSolved: false)!.Value.Index);
        Assert.Equal(1, evaluator.Verified);
    }

    private sealed class PassingEvaluator : ITaskEvaluator
    {
        public int Verified { get; private set; }

        public bool HasVerification => true;

        public Evaluation Evaluate(IRecurrentNetwork network, StreamKey key) => new(0, 0, false, 0);

        public Evaluation Test(IRecurrentNetwork network) => new(0, 0, false, 0);

        public Verification Verify(IRecurrentNetwork network)
        {
            Verified++;
            return new Verification(true, new Dictionary<string, double>());
        }
    }
}
