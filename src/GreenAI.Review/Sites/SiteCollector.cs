using GreenAI.Review.Sarif;

namespace GreenAI.Review.Sites;

/// <summary>Groups a build's GreenAI results into sites: by file and site key, then into occurrences of that key.</summary>
internal static class SiteCollector
{
    private const string EstimateRule = "GAI010";

    public static IReadOnlyList<CallSite> Collect(BuildLog log, string? root)
    {
        var sourceRoot = SourceRoot.For(log.Results.Select(r => r.File), root);
        var sites = new List<CallSite>();
        var groups = log.Results
            .Where(r => SiteProperty.IsExpected(r.RuleId))
            .GroupBy(r => (File: sourceRoot.Relative(r.File), Key: r.Property(SiteProperty.Name) ?? LineKey(r)));
        foreach (var group in groups)
        {
            sites.AddRange(Occurrences(group.Key.File, group.Key.Key, group.ToList(), log.RuleTitles));
        }

        return sites
            .OrderByDescending(s => s.SortEnergy)
            .ThenBy(s => s.File, StringComparer.Ordinal)
            .ThenBy(s => s.Line)
            .ToList();
    }

    /// <summary>A log without site keys (an older package): the line stands in, so moved lines show as removed and added.</summary>
    private static string LineKey(LogResult result) => "line " + result.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The n-th result of each rule, in source order, belongs to the n-th occurrence of the key: a member that makes the
    /// same call twice has two sites, and a rule that reports on a value inside the call (GAI006 on Anthropic's MaxTokens)
    /// still joins its call.
    /// </summary>
    private static IEnumerable<CallSite> Occurrences(string file, string key, List<LogResult> results, IReadOnlyDictionary<string, string> titles)
    {
        var byRule = results
            .GroupBy(r => r.RuleId)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Line).ThenBy(r => r.Column).ToList(), StringComparer.Ordinal);
        int count = byRule.Values.Max(list => list.Count);
        for (int ordinal = 0; ordinal < count; ordinal++)
        {
            var mine = byRule.Values.Where(list => ordinal < list.Count).Select(list => list[ordinal]).ToList();
            // GAI010's estimate, else the one a finding carries (GAI004/GAI005, loops): each result read once.
            var estimates = mine.Select(r => (r.RuleId, Estimate: Estimate.From(r))).Where(e => e.Estimate != null).ToList();
            var estimate = estimates.FirstOrDefault(e => e.RuleId == EstimateRule).Estimate ?? estimates.FirstOrDefault().Estimate;
            var findings = mine
                .Where(r => r.RuleId != EstimateRule)
                .OrderBy(r => r.RuleId, StringComparer.Ordinal)
                .Select(r => Finding.From(r, titles))
                .ToList();
            yield return new CallSite(file, key, ordinal, mine.Min(r => r.Line), estimate, findings, mine.Any(r => r.RuleId == EstimateRule));
        }
    }
}
