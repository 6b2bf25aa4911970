using System.Reflection;
using System.Runtime.InteropServices;

namespace Evorec.Experiments;

/// <summary>Facts about this build and machine for the manifest.</summary>
public static class EnvironmentInfo
{
    /// <summary>Evorec's version, without build metadata.</summary>
    public static string Version => InformationalVersion.Split('+')[0];

    /// <summary>The git commit the library was built from, where the build knew it.</summary>
    public static string? GitCommit => InformationalVersion.Split('+') is [_, var commit, ..] && commit.Length > 0 ? commit : null;

    /// <summary>
    /// Whether the working tree had uncommitted changes to tracked files when the library was built
    /// (recorded by the build from <c>git status</c>); null where the build could not tell.
    /// </summary>
    public static bool? GitDirty =>
        typeof(EnvironmentInfo).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
            .FirstOrDefault(a => a.Key == "GitDirty")?.Value switch
        {
            "true" => true,
            "false" => false,
            _ => null,
        };

    /// <summary>The .NET runtime description.</summary>
    public static string Dotnet => RuntimeInformation.FrameworkDescription;

    /// <summary>The operating system description and architecture.</summary>
    public static string Os => $"{RuntimeInformation.OSDescription} ({RuntimeInformation.OSArchitecture})";

    /// <summary>The processor's model name where the OS tells it.</summary>
    public static string Cpu
    {
        get
        {
            try
            {
                if (File.Exists("/proc/cpuinfo"))
                {
                    string? line = File.ReadLines("/proc/cpuinfo").FirstOrDefault(l => l.StartsWith("model name", StringComparison.Ordinal));
                    if (line is not null)
                    {
                        return line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim();
                    }
                }
            }
            catch (IOException)
            {
                // Fall through to the architecture.
            }

            return RuntimeInformation.ProcessArchitecture.ToString();
        }
    }

    private static string InformationalVersion =>
        typeof(EnvironmentInfo).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";
}
