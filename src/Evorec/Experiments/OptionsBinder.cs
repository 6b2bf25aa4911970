using System.ComponentModel;
using System.Globalization;
using System.Reflection;
using Microsoft.Extensions.Configuration;

namespace Evorec.Experiments;

/// <summary>
/// Binds a configuration section to an options record, strictly: every key must name a
/// property (unknown keys are errors, with a suggestion), and every value must parse as the
/// property's type (invariant culture). Each problem is reported with its configuration path.
/// Options records are classes with a public parameterless constructor and settable properties
/// whose initial values are the defaults.
/// </summary>
public static class OptionsBinder
{
    /// <summary>
    /// Creates an instance of <paramref name="optionsType"/> from <paramref name="section"/>, skipping
    /// <paramref name="reservedKeys"/> (such as <c>type</c>). Problems are added to <paramref name="errors"/>.
    /// </summary>
    public static object Bind(Type optionsType, IConfigurationSection section, IReadOnlyCollection<string> reservedKeys, List<ConfigError> errors, string owner)
    {
        object options = Activator.CreateInstance(optionsType)
            ?? throw new InvalidOperationException($"Cannot create {optionsType.Name}.");
        var properties = SettableProperties(optionsType);
        foreach (IConfigurationSection child in section.GetChildren())
        {
            if (reservedKeys.Contains(child.Key, StringComparer.OrdinalIgnoreCase))
            {
                continue;
            }

            PropertyInfo? property = properties.FirstOrDefault(p => string.Equals(p.Name, child.Key, StringComparison.OrdinalIgnoreCase));
            if (property is null)
            {
                IEnumerable<string> known = properties.Select(p => NamingConvention.CamelCase(p.Name)).Concat(reservedKeys);
                errors.Add(new ConfigError(child.Path, $"unknown key '{child.Key}' for {owner}{Suggestions.DidYouMean(child.Key, known)}"));
                continue;
            }

            if (TryConvert(child, property.PropertyType, out object? value, out string? problem))
            {
                property.SetValue(options, value);
            }
            else
            {
                errors.Add(new ConfigError(child.Path, problem!));
            }
        }

        return options;
    }

    /// <summary>The properties a configuration may set, in declaration order (base class first).</summary>
    public static IReadOnlyList<PropertyInfo> SettableProperties(Type optionsType) =>
        optionsType.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.SetMethod!.IsPublic)
            .OrderBy(p => Depth(p.DeclaringType!))
            .ThenBy(p => p.MetadataToken)
            .ToArray();

    /// <summary>The description of a property from its <see cref="DescriptionAttribute"/>.</summary>
    public static string DescriptionOf(PropertyInfo property) =>
        property.GetCustomAttribute<DescriptionAttribute>()?.Description ?? string.Empty;

    /// <summary>A value formatted as it would be written in a configuration file.</summary>
    public static string FormatValue(object? value) => value switch
    {
        null => "none",
        bool b => b ? "true" : "false",
        Enum e => NamingConvention.KebabCase(e.ToString()),
        double d => d.ToString("R", CultureInfo.InvariantCulture),
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        System.Collections.IEnumerable list and not string => "[" + string.Join(", ", list.Cast<object?>().Select(FormatValue)) + "]",
        _ => value.ToString() ?? string.Empty,
    };

    /// <summary>The type name a configuration author would recognise, for error messages.</summary>
    public static string Describe(Type type)
    {
        Type core = Nullable.GetUnderlyingType(type) ?? type;
        if (core.IsEnum)
        {
            return "one of " + string.Join(", ", Enum.GetNames(core).Select(NamingConvention.KebabCase));
        }

        if (core == typeof(int) || core == typeof(long))
        {
            return "a whole number";
        }

        if (core == typeof(double))
        {
            return "a number";
        }

        if (core == typeof(bool))
        {
            return "true or false";
        }

        if (core.IsArray)
        {
            return "a list of " + Describe(core.GetElementType()!).Replace("a ", string.Empty, StringComparison.Ordinal) + "s";
        }

        return "text";
    }

    private static int Depth(Type type)
    {
        int depth = 0;
        for (Type? t = type.BaseType; t is not null; t = t.BaseType)
        {
            depth++;
        }

        return depth;
    }

    private static bool TryConvert(IConfigurationSection section, Type type, out object? value, out string? problem)
    {
        Type? underlying = Nullable.GetUnderlyingType(type);
        Type core = underlying ?? type;
        value = null;
        problem = null;
        if (core.IsArray)
        {
            Type element = core.GetElementType()!;
            var items = section.GetChildren().ToArray();

            // The JSON configuration provider reads an empty list [] as the value "".
            if (!string.IsNullOrEmpty(section.Value) && items.Length == 0)
            {
                problem = $"expected {Describe(core)}, got '{section.Value}'";
                return false;
            }

            var array = Array.CreateInstance(element, items.Length);
            for (int i = 0; i < items.Length; i++)
            {
                if (!TryConvert(items[i], element, out object? item, out problem))
                {
                    return false;
                }

                array.SetValue(item, i);
            }

            value = array;
            return true;
        }

        string? text = section.Value;
        if (text is null && underlying is not null && !section.GetChildren().Any())
        {
            return true;
        }

        if (text is null)
        {
            problem = section.GetChildren().Any() ? $"expected {Describe(type)}, got an object or list" : $"expected {Describe(type)}";
            return false;
        }

        if (text.Length == 0 && underlying is not null)
        {
            return true;
        }

        bool ok;
        if (core == typeof(string))
        {
            value = text;
            ok = true;
        }
        else if (core == typeof(int))
        {
            ok = int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int parsed);
            value = parsed;
        }
        else if (core == typeof(long))
        {
            ok = long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out long parsed);
            value = parsed;
        }
        else if (core == typeof(double))
        {
            ok = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double parsed) && double.IsFinite(parsed);
            value = parsed;
        }
        else if (core == typeof(bool))
        {
            ok = bool.TryParse(text, out bool parsed);
            value = parsed;
        }
        else if (core.IsEnum)
        {
            string wanted = text.Replace("-", string.Empty, StringComparison.Ordinal);
            string? name = Enum.GetNames(core).FirstOrDefault(n => string.Equals(n, wanted, StringComparison.OrdinalIgnoreCase));
            ok = name is not null;
            value = ok ? Enum.Parse(core, name!) : null;
            if (!ok)
            {
                problem = $"'{text}' is not {Describe(core)}{Suggestions.DidYouMean(text, Enum.GetNames(core).Select(NamingConvention.KebabCase))}";
                return false;
            }
        }
        else
        {
            throw new NotSupportedException($"Options of type {core.Name} cannot be bound.");
        }

        if (!ok)
        {
            problem = $"expected {Describe(type)}, got '{text}'";
        }

        return ok;
    }
}
