using Evorec.Experiments;
using Evorec.Tasks;
using Evorec.Tasks.Control;

namespace Evorec.Tests.Experiments;

public sealed class ControlTaskRegistrationTests
{
    [Theory]
    [InlineData("cart-pole", typeof(CartPoleOptions), typeof(CartPoleTask))]
    [InlineData("xor", typeof(XorOptions), typeof(XorTask))]
    public void TheTaskIsRegisteredAndBuildsFromItsDefaultOptions(string name, Type optionsType, Type taskType)
    {
        var registration = Assert.IsType<TaskRegistration>(BuiltInComponents.CreateRegistry().Find(ComponentKind.Task, name));
        Assert.Equal(optionsType, registration.OptionsType);
        Assert.False(string.IsNullOrWhiteSpace(registration.Description));
        ITask task = registration.Create(Activator.CreateInstance(optionsType)!, new TaskContext(default));
        Assert.IsType(taskType, task);
        Assert.Equal(name, task.Kind);
    }
}
