using GreenAI.Impact;
using System.Globalization;
using GreenAI.Review.Sarif;

namespace GreenAI.Review.Cli;

/// <summary>What the reader noticed that weakens the result without making it wrong: said on standard error.</summary>
internal static class Warnings
{
    public static void Write(TextWriter error, BuildLog log)
    {
        if (log.Results.Count == 0)
        {
            error.WriteLine($"note: {string.Join(", ", log.Paths)}: the GreenAI analyzers ran and reported nothing (no AI call whose model they could read).");
        }
        else if (!log.Results.Any(r => r.RuleId == RuleIds.EstimatedImpact))
        {
            error.WriteLine("note: no GAI010 estimate in the log, so most call sites have no numbers: build with -p:GreenAIReport=true.");
        }

        if (log.ResultsWithoutSite > 0)
        {
            error.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"note: {log.ResultsWithoutSite} results have no 'site' property (GreenAI.Analyzers older than the review tool): they are matched by line, so moved lines show as removed and added."));
        }
    }
}
