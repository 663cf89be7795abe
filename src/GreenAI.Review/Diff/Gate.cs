using System.Globalization;
using GreenAI.Review.Output;
using GreenAI.Review.Sarif;
using GreenAI.Review.Sites;

namespace GreenAI.Review.Diff;

/// <summary>
/// A <c>--fail-on</c> condition for CI (comma-separated, any one trips the gate):
/// <c>new-GAI004</c> (a finding of that rule the change introduces), <c>new-any</c> (any new finding),
/// <c>ratio&gt;2</c> (a site's energy per call more than doubled), <c>energy&gt;10</c> (an added or changed call site
/// above 10 Wh per call), <c>total&gt;5%</c> (one call at every call site grew by more than 5 %). Energies compare the
/// upper ends of the ranges.
/// </summary>
internal sealed record Gate(string Text, Func<DiffResult, IEnumerable<string>> Violations)
{
    public const string Syntax = "new-<rule id>, new-any, ratio>N, energy>N (Wh per call, upper end), total>N% (upper end)";

    /// <summary>The gates of a --fail-on value, or an error message naming the part that does not read.</summary>
    public static (IReadOnlyList<Gate> Gates, string? Error) ParseAll(string? text)
    {
        var gates = new List<Gate>();
        foreach (var part in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (Parse(part) is not { } gate)
            {
                return ([], $"--fail-on: '{part}' is not a condition; use {Syntax}.");
            }

            gates.Add(gate);
        }

        return (gates, null);
    }

    private static Gate? Parse(string part)
    {
        if (part.StartsWith("new-", StringComparison.OrdinalIgnoreCase))
        {
            var rule = part[4..].ToUpperInvariant();
            if (rule == "ANY")
            {
                return new Gate(part, diff => diff.NewFindings.Select(f => $"new {f.RuleId}: {f.Message}"));
            }

            return SarifReader.IsGreenAI(rule)
                ? new Gate(part, diff => diff.NewFindings.Where(f => f.RuleId == rule).Select(f => $"new {f.RuleId}: {f.Message}"))
                : null;
        }

        if (Threshold(part, "ratio>", "") is { } ratio)
        {
            return new Gate(part, diff => diff.Listed
                .Where(c => c.Ratio is { } r && r.Max > ratio)
                .Select(c => $"{Describe(c.Site)}: ×{Numbers.Plain(c.Ratio!.Value.Max)} energy per call (limit ×{Numbers.Plain(ratio)})"));
        }

        if (Threshold(part, "energy>", "wh") is { } wh)
        {
            return new Gate(part, diff => diff.Listed
                .Where(c => c.Kind is ChangeKind.Added or ChangeKind.Changed or ChangeKind.CapRemoved or ChangeKind.NewFinding && c.Head is { Kind: SiteKind.Call, Estimate: { } e } && e.EnergyWh.Max > wh)
                .Select(c => $"{Describe(c.Site)}: {Numbers.Energy(c.Head!.Estimate!.EnergyWh)} per call (limit {Numbers.Plain(wh)} Wh)"));
        }

        if (Threshold(part, "total>", "%") is { } percent)
        {
            return new Gate(part, diff =>
                diff.BaseTotalWh.Max > 0 && diff.HeadTotalWh.Max > diff.BaseTotalWh.Max * (1 + (percent / 100))
                    ? [$"one call at every site: {Numbers.Energy(diff.BaseTotalWh)} → {Numbers.Energy(diff.HeadTotalWh)} (limit +{Numbers.Plain(percent)} %)"]
                    : []);
        }

        return null;
    }

    private static double? Threshold(string part, string prefix, string unit)
    {
        if (!part.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        var number = part[prefix.Length..];
        if (unit.Length > 0 && number.EndsWith(unit, StringComparison.OrdinalIgnoreCase))
        {
            number = number[..^unit.Length];
        }

        return double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) && double.IsFinite(value) && value >= 0 ? value : null;
    }

    private static string Describe(CallSite site) => $"{site.File} {site.ShortMember} ({site.What})";
}
