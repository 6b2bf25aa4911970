using System.Text;

namespace Evorec.Reporting;

/// <summary>
/// Writes a file so that readers see either the old content or the complete new content, never
/// a half-written file: the content goes to a temporary name in the same folder, is flushed to
/// disk, and is renamed over the target (an atomic rename on the same file system).
/// </summary>
public static class AtomicFile
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>Writes <paramref name="text"/> (UTF-8, no byte-order mark) to <paramref name="path"/> atomically.</summary>
    public static void WriteAllText(string path, string text) => WriteAllBytes(path, Utf8.GetBytes(text));

    /// <summary>Writes <paramref name="bytes"/> to <paramref name="path"/> atomically, creating its folder.</summary>
    /// <exception cref="ResultsWriteException">The folder or file cannot be written (the message names the path).</exception>
    public static void WriteAllBytes(string path, ReadOnlySpan<byte> bytes)
    {
        string fullPath = Path.GetFullPath(path);
        string folder = Path.GetDirectoryName(fullPath)!;
        string temporary = Path.Combine(folder, $".{Path.GetFileName(fullPath)}~{Environment.MachineName}~{Environment.ProcessId}~{Environment.CurrentManagedThreadId}.tmp");
        try
        {
            Directory.CreateDirectory(folder);
            using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, fullPath, overwrite: true);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            TryDelete(temporary);
            throw new ResultsWriteException(fullPath, exception);
        }
    }

    /// <summary>
    /// Deletes the temporary files under <paramref name="folder"/> that a process of this machine
    /// left when it was killed mid-write (their process no longer runs). Temporary files of live
    /// processes, and of other machines sharing the folder, are left alone.
    /// </summary>
    /// <returns>The number of files deleted.</returns>
    public static int RemoveAbandonedTemporaries(string folder)
    {
        if (!Directory.Exists(folder))
        {
            return 0;
        }

        int removed = 0;
        foreach (string path in Directory.EnumerateFiles(folder, ".*.tmp", SearchOption.AllDirectories))
        {
            string[] parts = Path.GetFileNameWithoutExtension(path).Split('~');
            if (parts.Length >= 4 && parts[^3] == Environment.MachineName && int.TryParse(parts[^2], out int processId) && !IsRunning(processId))
            {
                TryDelete(path);
                removed++;
            }
        }

        return removed;
    }

    private static bool IsRunning(int processId)
    {
        if (processId == Environment.ProcessId)
        {
            return true;
        }

        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(processId);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (InvalidOperationException)
        {
            return false;
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The temporary file is hidden and never read as a result; leaving it is harmless.
        }
    }
}

/// <summary>A results file or folder could not be written.</summary>
public sealed class ResultsWriteException(string path, Exception inner)
    : IOException($"cannot write '{path}': {inner.Message}", inner)
{
    /// <summary>The path that could not be written.</summary>
    public string Path { get; } = path;
}
