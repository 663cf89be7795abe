using GreenAI.Review.Diff;
using GreenAI.Review.Sites;

namespace GreenAI.Review.Output;

/// <summary>
/// The report and the diff as JSON for other tools (<see cref="JsonDocuments"/>: typed shapes with a version), written
/// element by element: a build with a million sites is never one document in memory.
/// </summary>
internal static class JsonOutput
{
    public static void Report(TextWriter writer, IReadOnlyList<CallSite> sites, IReadOnlyList<string> logs)
    {
        var calls = sites.Where(s => s.Kind == SiteKind.Call).ToList();
        using var json = new StreamedJson(writer);
        json.Writer.WriteStartObject();
        json.Writer.WriteNumber("version", JsonDocuments.Version);
        json.Write("logs", logs, ReviewJsonContext.Default.IReadOnlyListString);
        json.Writer.WriteNumber("callSites", calls.Count);
        json.Write("oneCallAtEverySiteWh", JsonRange.From(SiteDiff.Total(calls)), ReviewJsonContext.Default.JsonRange);
        json.WriteArray("sites", sites.Select(JsonSite.From), ReviewJsonContext.Default.JsonSite);
        json.Writer.WriteEndObject();
    }

    public static void Diff(TextWriter writer, DiffResult diff, IReadOnlyList<string> gateViolations)
    {
        using var json = new StreamedJson(writer);
        json.Writer.WriteStartObject();
        json.Writer.WriteNumber("version", JsonDocuments.Version);
        json.Write("base", new JsonTotals(diff.BaseCallSites, JsonRange.From(diff.BaseTotalWh)), ReviewJsonContext.Default.JsonTotals);
        json.Write("head", new JsonTotals(diff.HeadCallSites, JsonRange.From(diff.HeadTotalWh)), ReviewJsonContext.Default.JsonTotals);
        json.Writer.WriteNumber("unchanged", diff.Count(ChangeKind.Unchanged));
        json.WriteArray("changes", diff.Listed.Select(JsonChange.From), ReviewJsonContext.Default.JsonChange);
        json.Write("failOn", gateViolations, ReviewJsonContext.Default.IReadOnlyListString);
        json.Writer.WriteEndObject();
    }
}
