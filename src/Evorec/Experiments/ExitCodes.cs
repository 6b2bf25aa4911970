namespace Evorec.Experiments;

/// <summary>The exit codes of the <c>evorec</c> command.</summary>
public static class ExitCodes
{
    /// <summary>Everything done.</summary>
    public const int Success = 0;

    /// <summary>A run failed, or results could not be written.</summary>
    public const int RunFailed = 1;

    /// <summary>Invalid input: configuration, data or arguments. Nothing was written.</summary>
    public const int InvalidInput = 2;

    /// <summary>Interrupted (SIGINT or SIGTERM); finished runs are kept.</summary>
    public const int Interrupted = 130;
}
