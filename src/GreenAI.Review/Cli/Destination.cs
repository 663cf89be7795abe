namespace GreenAI.Review.Cli;

/// <summary>Where a command writes: the --output file, or standard output (with colours when it is a terminal).</summary>
internal sealed class Destination(string? outputFile, TextWriter standardOutput)
{
    public bool IsTerminal => outputFile == null && ReferenceEquals(standardOutput, Console.Out) && !Console.IsOutputRedirected;

    public void Write(Action<TextWriter> write)
    {
        if (outputFile == null)
        {
            write(standardOutput);
            return;
        }

        try
        {
            using var file = new StreamWriter(outputFile, append: false, new System.Text.UTF8Encoding(false));
            write(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new Sarif.LogProblem($"{outputFile} cannot be written: {e.Message}");
        }
    }
}
