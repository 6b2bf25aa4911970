using System.Text;

namespace Evorec.Experiments;

/// <summary>Conversions between C# names and the kebab-case and camelCase of configuration files.</summary>
public static class NamingConvention
{
    /// <summary><c>OutputActivation</c> → <c>outputActivation</c>.</summary>
    public static string CamelCase(string name) => name.Length == 0 ? name : char.ToLowerInvariant(name[0]) + name[1..];

    /// <summary><c>CrossoverKind.Arithmetic</c> names → <c>arithmetic</c>; <c>MuPlusLambda</c> → <c>mu-plus-lambda</c>.</summary>
    public static string KebabCase(string name)
    {
        var builder = new StringBuilder(name.Length + 4);
        for (int i = 0; i < name.Length; i++)
        {
            char c = name[i];
            if (char.IsUpper(c) && i > 0)
            {
                builder.Append('-');
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }
}
