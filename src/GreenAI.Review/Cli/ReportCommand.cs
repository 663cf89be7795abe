using System.CommandLine;
using GreenAI.Review.Output;

namespace GreenAI.Review.Cli;

/// <summary><c>dotnet greenai report BUILD.sarif [more…] [--format] [--output] [--root]</c>: every GreenAI site of a build.</summary>
internal static class ReportCommand
{
    public static Command Create(TextWriter standardOutput, TextWriter standardError)
    {
        var logs = new Argument<string[]>("logs")
        {
            Description = "SARIF 2.1 logs of the build (dotnet build -p:ErrorLog=build.sarif%2Cversion=2.1 -p:GreenAIReport=true), or folders of them",
            Arity = ArgumentArity.OneOrMore,
        };
        var format = Options.FormatOption();
        var output = Options.OutputOption();
        var root = new Option<string?>("--root") { Description = "Folder that file paths are shown relative to (default: the git repository of each file)" };
        var command = new Command("report", "Report every AI call site of a build: model, energy, carbon and water per call, and the findings on it") { logs, format, output, root };
        command.SetAction(parse => Guarded.Run(standardError, () =>
        {
            if (parse.GetValue(logs)!.FirstOrDefault(a => a.StartsWith("--", StringComparison.Ordinal)) is { } unknown)
            {
                standardError.WriteLine($"error: report has no option {unknown} (--fail-on, --base-root and --head-root belong to diff). Run 'dotnet greenai report --help'.");
                return ExitCodes.BadInput;
            }

            Options.RequireFolder(parse.GetValue(root), "--root");
            var (sites, paths) = SiteReading.Read(LogPaths.Expand(parse.GetValue(logs)!), parse.GetValue(root), standardError);
            var destination = new Destination(parse.GetValue(output), standardOutput);
            destination.Write(writer =>
            {
                switch (parse.GetValue(format))
                {
                    case Format.Json:
                        JsonOutput.Report(writer, sites, paths);
                        break;
                    case Format.Text:
                        TextOutput.WriteReport(writer, destination.IsTerminal, sites);
                        break;
                    default:
                        writer.Write(MarkdownReport.Write(sites));
                        break;
                }
            });
            return ExitCodes.Success;
        }));
        return command;
    }
}
