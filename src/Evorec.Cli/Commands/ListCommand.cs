using System.CommandLine;
using Evorec.Experiments;
using Spectre.Console;

namespace Evorec.Cli.Commands;

/// <summary><c>evorec list [tasks|networks|trainers]</c>: every component, one line each, with its options and defaults.</summary>
internal static class ListCommand
{
    public static Command Create()
    {
        var command = new Command("list", "list tasks, networks and trainers with their options and defaults");
        var kind = new Argument<string?>("kind")
        {
            Description = "tasks, networks or trainers (all when omitted)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        command.Arguments.Add(kind);
        var markdown = new Option<bool>("--markdown") { Description = "print Markdown tables (the README's component reference)" };
        command.Options.Add(markdown);
        command.SetAction(parsed =>
        {
            string? wanted = parsed.GetValue(kind);
            ComponentKind? filter = wanted switch
            {
                null => null,
                "tasks" or "task" => ComponentKind.Task,
                "networks" or "network" => ComponentKind.Network,
                "trainers" or "trainer" => ComponentKind.Trainer,
                _ => (ComponentKind?)(-1),
            };
            if (filter == (ComponentKind)(-1))
            {
                return ErrorOutput.Fail($"kind: '{wanted}' is not tasks, networks or trainers", ExitCodes.InvalidInput);
            }

            Registry registry = BuiltInComponents.CreateRegistry();
            if (parsed.GetValue(markdown))
            {
                Console.Out.Write(ComponentReference.Markdown(registry.Entries.Where(e => filter is null || e.Kind == filter)));
                return ExitCodes.Success;
            }

            foreach (var group in registry.Entries.Where(e => filter is null || e.Kind == filter).GroupBy(e => e.Kind))
            {
                AnsiConsole.MarkupLine($"[bold]{group.Key.ToString().ToLowerInvariant()}s[/]");
                foreach (ComponentRegistration entry in group)
                {
                    AnsiConsole.MarkupLine($"  [green]{Markup.Escape(entry.Name)}[/] — {Markup.Escape(entry.Description)}");
                    object defaults = Activator.CreateInstance(entry.OptionsType)!;
                    foreach (var property in OptionsBinder.SettableProperties(entry.OptionsType))
                    {
                        string name = NamingConvention.CamelCase(property.Name);
                        string value = OptionsBinder.FormatValue(property.GetValue(defaults));
                        AnsiConsole.MarkupLine($"      {Markup.Escape(name)} = {Markup.Escape(value)}  [grey]{Markup.Escape(OptionsBinder.DescriptionOf(property))}[/]");
                    }
                }

                AnsiConsole.WriteLine();
            }

            return ExitCodes.Success;
        });
        return command;
    }
}
