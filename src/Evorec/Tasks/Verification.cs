namespace Evorec.Tasks;

/// <summary>
/// The outcome of a task's solution tests (for example cart-pole's 100,000-step run and
/// 625-start generalization grid). Solution tests confirm a candidate and are not counted as
/// fitness evaluations, as in the papers.
/// </summary>
/// <param name="Passed">Whether the network passed every test, and so solves the task.</param>
/// <param name="Metrics">Figures the tests measured (for example <c>generalization_score</c>).</param>
public sealed record Verification(bool Passed, IReadOnlyDictionary<string, double> Metrics);
