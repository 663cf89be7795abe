using System.Text.Json.Nodes;
using GreenAI.Review.Diff;
using GreenAI.Review.Sites;

namespace GreenAI.Review.Output;

/// <summary>The report and the diff as JSON for other tools: numbers as numbers (a ratio that cannot be computed is null).</summary>
internal static class JsonOutput
{
    /// <summary>The report, written site by site: a build with a million sites is never one document in memory.</summary>
    public static void Report(TextWriter writer, IReadOnlyList<CallSite> sites, IReadOnlyList<string> logs)
    {
        var calls = sites.Where(s => s.Kind == SiteKind.Call).ToList();
        using var json = new StreamedJson(writer);
        json.Writer.WriteStartObject();
        json.Write("logs", new JsonArray(logs.Select(l => (JsonNode?)JsonValue.Create(l)).ToArray()));
        json.Writer.WriteNumber("callSites", calls.Count);
        json.Write("oneCallAtEverySiteWh", Range(SiteDiff.Total(calls)));
        json.WriteArray("sites", sites, Site);
        json.Writer.WriteEndObject();
    }

    /// <summary>The diff, written change by change.</summary>
    public static void Diff(TextWriter writer, DiffResult diff, IReadOnlyList<string> gateViolations)
    {
        using var json = new StreamedJson(writer);
        json.Writer.WriteStartObject();
        json.Write("base", new JsonObject { ["callSites"] = diff.BaseCallSites, ["oneCallAtEverySiteWh"] = Range(diff.BaseTotalWh) });
        json.Write("head", new JsonObject { ["callSites"] = diff.HeadCallSites, ["oneCallAtEverySiteWh"] = Range(diff.HeadTotalWh) });
        json.Writer.WriteNumber("unchanged", diff.Count(ChangeKind.Unchanged));
        json.WriteArray("changes", diff.Listed, Change);
        json.Write("failOn", new JsonArray(gateViolations.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray()));
        json.Writer.WriteEndObject();
    }

    private static JsonNode Change(SiteChange change) => new JsonObject
    {
        ["kind"] = ChangeNames.Of(change.Kind),
        ["file"] = change.Site.File,
        ["site"] = change.Site.Key,
        ["ordinal"] = change.Site.Ordinal,
        ["base"] = change.Base == null ? null : Site(change.Base),
        ["head"] = change.Head == null ? null : Site(change.Head),
        ["energyDeltaWh"] = change.EnergyDelta is { } delta ? Range(delta) : null,
        ["ratio"] = change.Ratio is { } ratio ? Range(ratio) : null,
        ["newFindings"] = new JsonArray(change.NewFindings.Select(Finding).ToArray()),
        ["fixedFindings"] = new JsonArray(change.FixedFindings.Select(Finding).ToArray()),
    };

    private static JsonNode? Site(CallSite site) => new JsonObject
    {
        ["file"] = site.File,
        ["member"] = site.Member,
        ["what"] = site.What,
        ["kind"] = site.Kind.ToString(),
        ["ordinal"] = site.Ordinal,
        ["line"] = site.Line,
        ["estimate"] = site.Estimate is { } e ? new JsonObject
        {
            ["model"] = e.Model,
            ["provider"] = e.Provider,
            ["outputTokens"] = e.OutputTokens,
            ["zone"] = e.Zone,
            ["energyWh"] = Range(e.EnergyWh),
            ["gwpG"] = Range(e.GwpG),
            ["waterMl"] = Range(e.WaterMl),
            ["method"] = e.Method,
        } : null,
        ["findings"] = new JsonArray(site.Findings.Select(Finding).ToArray()),
    };

    private static JsonNode? Finding(Finding finding) => new JsonObject
    {
        ["ruleId"] = finding.RuleId,
        ["title"] = finding.Title,
        ["level"] = finding.Level,
        ["message"] = finding.Message,
    };

    private static JsonNode Range(Sites.Range range) => new JsonObject { ["min"] = Number(range.Min), ["max"] = Number(range.Max) };

    private static JsonNode? Number(double value) => double.IsFinite(value) ? JsonValue.Create(value) : null;
}
