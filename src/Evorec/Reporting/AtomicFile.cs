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
        string temporary = Path.Combine(folder, $".{Path.GetFileName(fullPath)}.{Environment.ProcessId}.{Environment.CurrentManagedThreadId}.tmp");
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
