namespace GreenAI.Review.Cli;

/// <summary>The tool's exit codes (README § Review): CI gates read 1; 2 means the input or the command line is wrong.</summary>
internal static class ExitCodes
{
    public const int Success = 0;
    public const int GateFailed = 1;
    public const int BadInput = 2;
    public const int InternalError = 3;
}
