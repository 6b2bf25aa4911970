using System.Text;

namespace Evorec.Reporting.Plotting;

/// <summary>Saves a plot as <c>name.svg</c> plus its data as <c>name.csv</c>, each written atomically.</summary>
public static class PlotFiles
{
    private static readonly UTF8Encoding Utf8WithoutMark = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>
    /// Writes <c>{directory}/{name}.svg</c> (see <see cref="SvgRenderer"/>) and <c>{directory}/{name}.csv</c> (see <see cref="CsvExporter"/>),
    /// UTF-8 without byte-order mark, creating the folder if needed. Each file is written to a temporary file in the same folder,
    /// flushed to disk and then moved over the target, so readers never see a half-written file (the pair is not updated as one unit).
    /// </summary>
    /// <param name="plot">The plot.</param>
    /// <param name="size">The figure size.</param>
    /// <param name="directory">The output folder.</param>
    /// <param name="name">The file name without extension, e.g. <c>adding-error</c>; no folder separators.</param>
    public static void Save(Plot plot, FigureSize size, string directory, string name)
    {
        ArgumentNullException.ThrowIfNull(plot);
        ArgumentNullException.ThrowIfNull(size);
        ArgumentException.ThrowIfNullOrWhiteSpace(directory);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        if (name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0 || name.IndexOfAny(['/', '\\']) >= 0 || name is "." or "..")
        {
            throw new ArgumentException($"'{name}' is not a plain file name.", nameof(name));
        }

        Directory.CreateDirectory(directory);
        WriteAtomically(Path.Combine(directory, name + ".csv"), writer => CsvExporter.Export(plot, writer));
        WriteAtomically(Path.Combine(directory, name + ".svg"), writer => SvgRenderer.Render(plot, size, writer));
    }

    private static void WriteAtomically(string path, Action<TextWriter> write)
    {
        var temporary = Path.Combine(
            Path.GetDirectoryName(Path.GetFullPath(path))!,
            "." + Path.GetFileName(path) + "." + Guid.NewGuid().ToString("N") + ".tmp");
        try
        {
            using (var stream = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            using (var writer = new StreamWriter(stream, Utf8WithoutMark))
            {
                write(writer);
                writer.Flush();
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
