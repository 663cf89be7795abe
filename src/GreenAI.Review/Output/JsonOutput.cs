using System.Text.Json;
using System.Text.Json.Nodes;
using GreenAI.Review.Diff;
using GreenAI.Review.Sites;

namespace GreenAI.Review.Output;

/// <summary>The report and the diff as JSON for other tools: numbers as numbers (a ratio that cannot be computed is null).</summary>
internal static class JsonOutput
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true };

    public static string Report(IReadOnlyList<CallSite> sites, IReadOnlyList<string> logs)
    {
        var calls = sites.Where(s => s.Kind == SiteKind.Call).ToList();
        var root = new JsonObject
        {
            ["logs"] = new JsonArray(logs.Select(l => (JsonNode?)JsonValue.Create(l)).ToArray()),
            ["callSites"] = calls.Count,
            ["oneCallAtEverySiteWh"] = Range(SiteDiff.Total(calls)),
            ["sites"] = new JsonArray(sites.Select(Site).ToArray()),
        };
        return root.ToJsonString(Indented);
    }

    public static string Diff(DiffResult diff, IReadOnlyList<string> gateViolations)
    {
        var root = new JsonObject
        {
            ["base"] = new JsonObject { ["callSites"] = diff.BaseCallSites, ["oneCallAtEverySiteWh"] = Range(diff.BaseTotalWh) },
            ["head"] = new JsonObject { ["callSites"] = diff.HeadCallSites, ["oneCallAtEverySiteWh"] = Range(diff.HeadTotalWh) },
            ["unchanged"] = diff.Count(ChangeKind.Unchanged),
            ["changes"] = new JsonArray(diff.Listed.Select(Change).ToArray()),
            ["failOn"] = new JsonArray(gateViolations.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray()),
        };
        return root.ToJsonString(Indented);
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
