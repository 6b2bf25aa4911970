using Evorec.Networks;
using Evorec.Tasks;
using Evorec.Training;

namespace Evorec.Experiments;

/// <summary>
/// One entry of the registry: a configuration type name, its options record, a one-line
/// description and the factory that builds the component from bound options.
/// </summary>
public abstract record ComponentRegistration(ComponentKind Kind, string Name, Type OptionsType, string Description);

/// <summary>A task entry.</summary>
public sealed record TaskRegistration(string Name, Type OptionsType, string Description, Func<object, TaskContext, ITask> Create)
    : ComponentRegistration(ComponentKind.Task, Name, OptionsType, Description);

/// <summary>A network kind entry.</summary>
public sealed record NetworkRegistration(string Name, Type OptionsType, string Description, Func<object, NetworkContext, NetworkSpec> Create)
    : ComponentRegistration(ComponentKind.Network, Name, OptionsType, Description);

/// <summary>A trainer entry.</summary>
public sealed record TrainerRegistration(string Name, Type OptionsType, string Description, Func<object, TrainerContext, ITrainer> Create)
    : ComponentRegistration(ComponentKind.Trainer, Name, OptionsType, Description);
