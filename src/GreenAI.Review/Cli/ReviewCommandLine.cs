using System.CommandLine;

namespace GreenAI.Review.Cli;

/// <summary>The <c>dotnet greenai</c> command line; tests run it with their own writers.</summary>
internal static class ReviewCommandLine
{
    public static int Run(string[] args, TextWriter standardOutput, TextWriter standardError)
    {
        var root = new RootCommand("GreenAI review tool: the energy, carbon and water of a build's AI calls (report), and what a change does to them (diff). Reads the SARIF 2.1 logs of builds that use GreenAI.Analyzers.")
        {
            ReportCommand.Create(standardOutput, standardError),
            DiffCommand.Create(standardOutput, standardError),
        };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                standardError.WriteLine("error: " + error.Message);
            }

            standardError.WriteLine("Run 'dotnet greenai --help' for usage.");
            return ExitCodes.BadInput;
        }

        return parse.Invoke(new InvocationConfiguration { Output = standardOutput, Error = standardError, EnableDefaultExceptionHandler = false });
    }
}
