using GreenAI.Review.Cli;

namespace GreenAI.Review.Tests.Infrastructure;

/// <summary>Runs <c>dotnet greenai</c> in process, as a user would on the command line, and keeps what it wrote.</summary>
internal sealed record ToolRun(int ExitCode, string Output, string Error)
{
    public static ToolRun Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = ReviewCommandLine.Run(args, output, error);
        return new ToolRun(code, output.ToString(), error.ToString());
    }

    /// <summary>A stack trace in what the tool wrote: never acceptable, whatever the input.</summary>
    public bool ShowsStackTrace => (Output + Error).Contains("   at ", StringComparison.Ordinal);
}
