using Evorec.Networks;
using Evorec.Tasks;
using Evorec.Training;

namespace Evorec.Experiments;

/// <summary>
/// The one table of components: configuration type name → (options record, factory,
/// description). Every <c>type</c> in a suite resolves through it, and <c>evorec list</c> prints it.
/// </summary>
public sealed class Registry
{
    private readonly Dictionary<(ComponentKind, string), ComponentRegistration> _entries = [];

    /// <summary>Every entry, by kind and then name.</summary>
    public IEnumerable<ComponentRegistration> Entries =>
        _entries.Values.OrderBy(e => e.Kind).ThenBy(e => e.Name, StringComparer.Ordinal);

    /// <summary>Registers a task.</summary>
    public Registry AddTask<TOptions>(string name, string description, Func<TOptions, TaskContext, ITask> create)
        where TOptions : class, new() =>
        Add(new TaskRegistration(name, typeof(TOptions), description, (options, context) => create((TOptions)options, context)));

    /// <summary>Registers a network kind.</summary>
    public Registry AddNetwork<TOptions>(string name, string description, Func<TOptions, NetworkContext, NetworkSpec> create)
        where TOptions : NetworkOptions, new() =>
        Add(new NetworkRegistration(name, typeof(TOptions), description, (options, context) => create((TOptions)options, context)));

    /// <summary>Registers a trainer.</summary>
    public Registry AddTrainer<TOptions>(string name, string description, Func<TOptions, TrainerContext, ITrainer> create)
        where TOptions : class, new() =>
        Add(new TrainerRegistration(name, typeof(TOptions), description, (options, context) => create((TOptions)options, context)));

    /// <summary>The entry of <paramref name="kind"/> called <paramref name="name"/>, or null.</summary>
    public ComponentRegistration? Find(ComponentKind kind, string name) =>
        _entries.GetValueOrDefault((kind, name));

    /// <summary>The names registered for <paramref name="kind"/>.</summary>
    public IEnumerable<string> Names(ComponentKind kind) =>
        _entries.Keys.Where(k => k.Item1 == kind).Select(k => k.Item2).Order(StringComparer.Ordinal);

    private Registry Add(ComponentRegistration registration)
    {
        if (!_entries.TryAdd((registration.Kind, registration.Name), registration))
        {
            throw new InvalidOperationException($"A {registration.Kind} called '{registration.Name}' is registered twice.");
        }

        return this;
    }
}
