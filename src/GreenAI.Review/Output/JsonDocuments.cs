using System.Text.Json.Serialization;
using GreenAI.Review.Diff;
using GreenAI.Review.Sites;

namespace GreenAI.Review.Output;

// The JSON the tool writes, as typed records (camelCase): what other tools may read, in one place. A change to these
// shapes that a reader would notice raises JsonDocuments.Version.

/// <summary>The version of the JSON shapes below, written first in each document.</summary>
internal static class JsonDocuments
{
    public const int Version = 1;
}

/// <summary>A min–max pair; an end that cannot be computed (a ratio over zero) is null.</summary>
internal sealed record JsonRange(double? Min, double? Max)
{
    public static JsonRange From(PairedRange range) => new(Finite(range.Min), Finite(range.Max));

    private static double? Finite(double value) => double.IsFinite(value) ? value : null;
}

/// <summary>One build's totals in a diff.</summary>
internal sealed record JsonTotals(int CallSites, JsonRange OneCallAtEverySiteWh);

internal sealed record JsonEstimate(string Model, string? Provider, int? OutputTokens, string? Zone, JsonRange EnergyWh, JsonRange GwpG, JsonRange WaterMl, string Method)
{
    public static JsonEstimate From(Estimate e) =>
        new(e.Model, e.Provider, e.OutputTokens, e.Zone, JsonRange.From(e.EnergyWh), JsonRange.From(e.GwpG), JsonRange.From(e.WaterMl), e.Method);
}

internal sealed record JsonFinding(string RuleId, string Title, string Level, string Message)
{
    public static JsonFinding From(Finding f) => new(f.RuleId, f.Title, f.Level, f.Message);

    public static IReadOnlyList<JsonFinding> From(IEnumerable<Finding> findings) => findings.Select(From).ToList();
}

/// <summary>A site; <c>kind</c> is "call", "model choice" or "reasoning setting".</summary>
internal sealed record JsonSite(string File, string Member, string What, string Kind, int Ordinal, int Line, JsonEstimate? Estimate, IReadOnlyList<JsonFinding> Findings)
{
    public static JsonSite From(CallSite site) => new(
        site.File, site.Member, site.What, ChangeNames.Of(site.Kind), site.Ordinal, site.Line,
        site.Estimate is { } e ? JsonEstimate.From(e) : null, JsonFinding.From(site.Findings));
}

/// <summary>A change; <c>kind</c> is the name the Markdown and text diffs give it ("changed", "new finding", …).</summary>
internal sealed record JsonChange(
    string Kind, string File, string Site, int Ordinal, JsonSite? Base, JsonSite? Head,
    JsonRange? EnergyDeltaWh, JsonRange? Ratio, IReadOnlyList<JsonFinding> NewFindings, IReadOnlyList<JsonFinding> FixedFindings)
{
    public static JsonChange From(SiteChange change) => new(
        ChangeNames.Of(change.Kind), change.Site.File, change.Site.Key, change.Site.Ordinal,
        change.Base is { } b ? JsonSite.From(b) : null, change.Head is { } h ? JsonSite.From(h) : null,
        change.EnergyDelta is { } delta ? JsonRange.From(delta) : null, change.Ratio is { } ratio ? JsonRange.From(ratio) : null,
        JsonFinding.From(change.NewFindings), JsonFinding.From(change.FixedFindings));
}

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(JsonSite))]
[JsonSerializable(typeof(JsonChange))]
[JsonSerializable(typeof(JsonTotals))]
[JsonSerializable(typeof(JsonRange))]
[JsonSerializable(typeof(IReadOnlyList<string>))]
internal sealed partial class ReviewJsonContext : JsonSerializerContext;
