using System.Text;

namespace Evorec.Experiments;

/// <summary>The reference of registered components and their options, as Markdown (the README's component reference).</summary>
public static class ComponentReference
{
    /// <summary>One section per kind, one table of options per component.</summary>
    public static string Markdown(IEnumerable<ComponentRegistration> entries)
    {
        var text = new StringBuilder();
        foreach (var group in entries.GroupBy(e => e.Kind))
        {
            text.Append("#### ").Append(group.Key.ToString().ToLowerInvariant()).Append("s\n\n");
            foreach (ComponentRegistration entry in group)
            {
                text.Append("**`").Append(entry.Name).Append("`** — ").Append(entry.Description).Append("\n\n");
                var properties = OptionsBinder.SettableProperties(entry.OptionsType);
                if (properties.Count == 0)
                {
                    text.Append("No options.\n\n");
                    continue;
                }

                object defaults = Activator.CreateInstance(entry.OptionsType)!;
                text.Append("| key | default | meaning |\n|---|---|---|\n");
                foreach (var property in properties)
                {
                    text.Append("| `").Append(NamingConvention.CamelCase(property.Name)).Append("` | `")
                        .Append(OptionsBinder.FormatValue(property.GetValue(defaults))).Append("` | ")
                        .Append(OptionsBinder.DescriptionOf(property).Replace("|", "\\|", StringComparison.Ordinal)).Append(" |\n");
                }

                text.Append('\n');
            }
        }

        return text.ToString();
    }
}
