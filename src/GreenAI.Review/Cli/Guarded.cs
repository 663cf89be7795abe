using GreenAI.Review.Sarif;

namespace GreenAI.Review.Cli;

/// <summary>Runs a command so that no input ends in a stack trace: a bad log is a message and exit code 2.</summary>
internal static class Guarded
{
    public static int Run(TextWriter error, Func<int> command)
    {
        try
        {
            return command();
        }
        catch (LogProblem problem)
        {
            error.WriteLine("error: " + problem.Message);
            return ExitCodes.BadInput;
        }
        catch (OutOfMemoryException)
        {
            error.WriteLine("error: the logs do not fit in memory.");
            return ExitCodes.BadInput;
        }
        catch (Exception e)
        {
            // A bug of the tool, not of the input: one line to report, no trace.
            error.WriteLine($"internal error: {e.GetType().Name}: {e.Message} (please report it with the log that caused it)");
            return ExitCodes.InternalError;
        }
    }
}
