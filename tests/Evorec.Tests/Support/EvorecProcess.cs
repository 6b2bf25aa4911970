using System.Diagnostics;

namespace Evorec.Tests.Support;

/// <summary>Runs the evorec command as a real child process (for kill and signal tests).</summary>
public sealed class EvorecProcess : IDisposable
{
    private readonly Process _process;

    public EvorecProcess(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "evorec.dll"));
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        _process = Process.Start(start)!;
        Output = _process.StandardOutput.ReadToEndAsync();
        Error = _process.StandardError.ReadToEndAsync();
    }

    public Task<string> Output { get; }

    public Task<string> Error { get; }

    public int Id => _process.Id;

    /// <summary>Standard error, once the process has exited (or what is known after a few seconds).</summary>
    public string ReadError() => Error.Wait(TimeSpan.FromSeconds(5)) ? Error.Result : "(still running)";

    public bool HasExited => _process.HasExited;

    /// <summary>SIGKILL, at once: evorec runs in the dotnet process itself, so there is no process tree to walk first.</summary>
    public void KillHard() => _process.Kill();

    public void Signal(string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, _process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]);
        kill.WaitForExit();
    }

    public int WaitForExit(TimeSpan timeout)
    {
        if (!_process.WaitForExit(timeout))
        {
            _process.Kill(entireProcessTree: true);
            throw new TimeoutException("evorec did not exit in time.");
        }

        return _process.ExitCode;
    }

    /// <summary>Waits until <paramref name="condition"/> holds or the process exits.</summary>
    public bool WaitUntil(Func<bool> condition, TimeSpan timeout)
    {
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < timeout)
        {
            if (condition())
            {
                return true;
            }

            if (_process.HasExited)
            {
                return false;
            }

            Thread.Sleep(10);
        }

        return false;
    }

    public void Dispose()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
        }

        _process.Dispose();
    }
}

/// <summary>
/// Tests that start, kill and signal child processes and time their actions by polling: they run
/// alone, after the parallel tests, so CPU-heavy tests cannot starve the polling.
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ProcessCollection
{
    public const string Name = "processes";
}
