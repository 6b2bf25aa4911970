namespace Evorec.Experiments;

/// <summary>One problem with a configuration, at a configuration path such as <c>experiments:2:trainer:type</c>.</summary>
/// <param name="Path">Where the problem is (a configuration path, or a file name).</param>
/// <param name="Message">What is wrong, and where possible how to fix it.</param>
public sealed record ConfigError(string Path, string Message)
{
    /// <summary>The one-line form, <c>path: message</c>.</summary>
    public override string ToString() => $"{Path}: {Message}";
}

/// <summary>Thrown when a configuration has problems; carries every problem found.</summary>
public sealed class ConfigException : Exception
{
    /// <summary>Creates the exception for <paramref name="errors"/>.</summary>
    public ConfigException(IReadOnlyList<ConfigError> errors)
        : base(string.Join(Environment.NewLine, errors))
    {
        Errors = errors;
    }

    /// <summary>Creates the exception for one problem.</summary>
    public ConfigException(string path, string message)
        : this([new ConfigError(path, message)])
    {
    }

    /// <summary>The problems, one per line of output.</summary>
    public IReadOnlyList<ConfigError> Errors { get; }
}
