using System.CommandLine;
using GreenAI.Review.Diff;
using GreenAI.Review.Output;
using GreenAI.Review.Sarif;
using GreenAI.Review.Sites;

namespace GreenAI.Review.Cli;

/// <summary><c>dotnet greenai diff BASE.sarif HEAD.sarif [--fail-on …]</c>: what a change does to the footprint of its AI calls.</summary>
internal static class DiffCommand
{
    public static Command Create(TextWriter standardOutput, TextWriter standardError)
    {
        var baseLog = new Argument<string>("base") { Description = "SARIF 2.1 log (or folder of logs) of the base build" };
        var headLog = new Argument<string>("head") { Description = "SARIF 2.1 log (or folder of logs) of the head build" };
        var format = Options.FormatOption();
        var output = Options.OutputOption();
        var baseRoot = new Option<string?>("--base-root") { Description = "Folder of the base checkout (default: the git repository of each file)" };
        var headRoot = new Option<string?>("--head-root") { Description = "Folder of the head checkout (default: the git repository of each file)" };
        var failOn = new Option<string?>("--fail-on") { Description = "Exit with code 1 when the change trips one of these comma-separated conditions: " + Gate.Syntax };
        var maxLength = new Option<int>("--max-length")
        {
            Description = "Markdown: at most this many characters (a PR comment; GitHub refuses over 65,536): the details, then the smallest changes are left out, and a line says so",
            DefaultValueFactory = _ => MarkdownDiff.DefaultMaxLength,
        };
        var command = new Command("diff", "Compare the AI call sites of a base and a head build: added, removed and changed sites, per-call deltas, findings introduced and fixed")
        {
            baseLog, headLog, format, output, baseRoot, headRoot, failOn, maxLength,
        };
        command.SetAction(parse => Guarded.Run(standardError, () =>
        {
            var (gates, gateError) = Gate.ParseAll(parse.GetValue(failOn));
            if (gateError != null)
            {
                standardError.WriteLine(gateError);
                return ExitCodes.BadInput;
            }

            Options.RequireFolder(parse.GetValue(baseRoot), "--base-root");
            Options.RequireFolder(parse.GetValue(headRoot), "--head-root");
            var basePaths = LogPaths.Expand([parse.GetValue(baseLog)!], emptyFolderAllowed: true);
            if (basePaths.Count == 0)
            {
                standardError.WriteLine($"{parse.GetValue(baseLog)} has no *.sarif log: taken as a base without AI call sites (a first pull request); every head site is added.");
            }

            var (baseSites, _) = SiteReading.Read(basePaths, parse.GetValue(baseRoot), standardError);
            var (headSites, _) = SiteReading.Read(LogPaths.Expand([parse.GetValue(headLog)!]), parse.GetValue(headRoot), standardError);
            RequireSameProject(baseSites, headSites);
            var diff = SiteDiff.Compare(baseSites, headSites);
            var violations = gates.SelectMany(g => g.Violations(diff).Select(v => g.Text + ": " + v)).ToList();
            var destination = new Destination(parse.GetValue(output), standardOutput);
            destination.Write(writer =>
            {
                switch (parse.GetValue(format))
                {
                    case Format.Json:
                        JsonOutput.Diff(writer, diff, violations);
                        break;
                    case Format.Text:
                        TextOutput.WriteDiff(writer, destination.IsTerminal, diff, violations);
                        break;
                    default:
                        writer.Write(MarkdownDiff.Write(diff, violations, parse.GetValue(maxLength)));
                        break;
                }
            });
            foreach (var violation in violations)
            {
                // One line each: a path or model with a line break must not start a workflow command ("::…") in CI logs.
                standardError.WriteLine("fail-on " + violation.Replace("\r", " ").Replace("\n", " "));
            }

            return violations.Count > 0 ? ExitCodes.GateFailed : ExitCodes.Success;
        }));
        return command;
    }

    /// <summary>Two builds with sites and no file in common are two projects, or paths made relative to different roots.</summary>
    private static void RequireSameProject(IReadOnlyList<CallSite> baseSites, IReadOnlyList<CallSite> headSites)
    {
        if (baseSites.Count == 0 || headSites.Count == 0)
        {
            return;
        }

        var baseFiles = baseSites.Select(s => s.File).ToHashSet(StringComparer.Ordinal);
        if (!headSites.Any(s => baseFiles.Contains(s.File)))
        {
            throw new LogProblem(
                $"The base and head logs share no source file (base: {baseSites[0].File}, …; head: {headSites[0].File}, …): "
                + "they look like builds of different projects. If they are two checkouts of the same one, give their folders with --base-root and --head-root.");
        }
    }
}
