using GreenAI.Impact;
using GreenAI.Review.Diff;
using GreenAI.Review.Sites;

namespace GreenAI.Review.Output;

/// <summary>How every format names a site, an estimate and a change.</summary>
internal static class SiteText
{
    /// <summary>"SupportBot.AnswerAsync · ChatClient.CompleteChatAsync", "SupportBot.AnswerModel · model choice".</summary>
    public static string Name(CallSite site) => site.Kind switch
    {
        SiteKind.ModelChoice or SiteKind.ReasoningSetting => site.ShortMember + " · " + ChangeNames.Of(site.Kind),
        _ => site.What.Length == 0 ? site.ShortMember : site.ShortMember + " · " + site.What,
    } + (site.Ordinal > 0 ? $" (#{site.Ordinal + 1})" : "");

    /// <summary>"gpt-4o ≈0.85–1.53 Wh", or "no estimate".</summary>
    public static string Model(CallSite? site) =>
        site?.Estimate is { } e ? e.Model + " " + Numbers.Energy(e.EnergyWh) : "no estimate";

    public static string Energy(CallSite? site) => site?.Estimate is { } e ? Numbers.Energy(e.EnergyWh) : "—";

    public static string Rules(IEnumerable<Finding> findings) => string.Join(", ", findings.Select(f => f.RuleId).Distinct());

    /// <summary>What the change does to one call at the site: "≈24–34× less (−0.81 to −1.49 Wh)", "loop now bounded", "new: GAI004".</summary>
    public static string Effect(SiteChange change)
    {
        var parts = new List<string>();
        if (change.Kind == ChangeKind.CapRemoved)
        {
            // The head estimate assumes the default token count: no bound, so no "less" to show.
            parts.Add("output cap removed: unbounded now" + (change.Base?.Estimate?.OutputTokens is int cap ? " (was " + cap.ToString(System.Globalization.CultureInfo.InvariantCulture) + " tokens)" : string.Empty));
            return string.Join("; ", parts.Concat(change.NewFindings.Where(f => f.RuleId != RuleIds.NoOutputCap).Select(f => "new " + f.RuleId + " (" + f.Title + ")")));
        }

        if (change.Ratio is { } ratio && change.EnergyDelta is { } delta && Numbers.Factor(ratio) is { Length: > 0 } factor && factor != "about the same")
        {
            parts.Add($"{factor} ({Numbers.Delta(delta)})");
        }
        else if (change.Kind == ChangeKind.Added && change.Head?.Estimate is { } added && change.Head.Kind == SiteKind.Call)
        {
            parts.Add("+" + Numbers.Energy(added.EnergyWh)[1..] + " per call");
        }
        else if (change.Kind == ChangeKind.Removed && change.Base?.Estimate is { } removed && change.Base.Kind == SiteKind.Call)
        {
            parts.Add("−" + Numbers.Energy(removed.EnergyWh)[1..] + " per call");
        }

        foreach (var fixedOne in change.FixedFindings)
        {
            parts.Add(Fixed(fixedOne));
        }

        foreach (var introduced in change.NewFindings)
        {
            parts.Add("new " + introduced.RuleId + " (" + introduced.Title + ")");
        }

        return parts.Count == 0 ? "estimate appeared or vanished" : string.Join("; ", parts);
    }

    private static string Fixed(Finding finding) =>
        RuleIds.FixedPhrase(finding.RuleId) ?? "fixed " + finding.RuleId + " (" + finding.Title + ")";
}
