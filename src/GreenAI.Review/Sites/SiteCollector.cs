using GreenAI.Impact;
using GreenAI.Review.Sarif;

namespace GreenAI.Review.Sites;

/// <summary>Groups a build's GreenAI results into sites: by file and site key, then into occurrences of that key.</summary>
internal static class SiteCollector
{
    private const string EstimateRule = RuleIds.EstimatedImpact;

    public static IReadOnlyList<CallSite> Collect(BuildLog log, string? root)
    {
        var sourceRoot = SourceRoot.For(log.Results.Select(r => r.File).Distinct(StringComparer.Ordinal), root);
        var relative = new Dictionary<string, string>(StringComparer.Ordinal); // one relative path per file, not per result
        var estimates = new Dictionary<KeyValuePair<string, string>[], Estimate?>(ReferenceEqualityComparer.Instance); // one per shared property set
        // Grouped by sorting one small entry per result rather than by a lookup of groups: a log of a million results
        // is grouped in place. The index keeps the log's order inside a group and between groups, as a GroupBy would.
        var entries = new List<Entry>(log.Results.Count);
        for (int i = 0; i < log.Results.Count; i++)
        {
            var result = log.Results[i];
            if (SiteProperty.IsExpected(result.RuleId))
            {
                entries.Add(new Entry(RelativeOf(result.File), result.Property(SiteProperty.Name) ?? LineKey(result), i));
            }
        }

        entries.Sort(static (a, b) =>
            string.CompareOrdinal(a.File, b.File) is var byFile and not 0 ? byFile
            : string.CompareOrdinal(a.Key, b.Key) is var byKey and not 0 ? byKey
            : a.Index.CompareTo(b.Index));
        var groups = new List<(int FirstIndex, List<CallSite> Sites)>();
        for (int start = 0, end; start < entries.Count; start = end)
        {
            var group = new List<LogResult>();
            for (end = start; end < entries.Count && entries[end].File == entries[start].File && entries[end].Key == entries[start].Key; end++)
            {
                group.Add(log.Results[entries[end].Index]);
            }

            groups.Add((entries[start].Index, Occurrences(entries[start].File, entries[start].Key, group, log.RuleTitles, EstimateOf, RelativeOf).ToList()));
        }

        return groups
            .OrderBy(g => g.FirstIndex)
            .SelectMany(g => g.Sites)
            .OrderByDescending(s => s.SortEnergy)
            .ThenBy(s => s.File, StringComparer.Ordinal)
            .ThenBy(s => s.Line)
            .ToList();

        string RelativeOf(string file)
        {
            if (!relative.TryGetValue(file, out var path))
            {
                relative[file] = path = sourceRoot.Relative(file);
            }

            return path;
        }

        Estimate? EstimateOf(LogResult result)
        {
            if (!estimates.TryGetValue(result.Properties.Shared, out var estimate))
            {
                estimates[result.Properties.Shared] = estimate = Estimate.From(result);
            }

            return estimate;
        }
    }

    /// <summary>A result to group: its file relative to the source root, its site key, and where it is in the log.</summary>
    private readonly record struct Entry(string File, string Key, int Index);

    /// <summary>A log without site keys (an older package): the line stands in, so moved lines show as removed and added.</summary>
    private static string LineKey(LogResult result) => "line " + result.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>
    /// The n-th result of each rule, in source order, belongs to the n-th occurrence of the key: a member that makes the
    /// same call twice has two sites, and a rule that reports on a value inside the call (GAI006 on Anthropic's MaxTokens)
    /// still joins its call.
    /// </summary>
    private static IEnumerable<CallSite> Occurrences(string file, string key, List<LogResult> results, IReadOnlyDictionary<string, string> titles, Func<LogResult, Estimate?> estimateOf, Func<string, string> relativeOf)
    {
        var byRule = results
            .GroupBy(r => r.RuleId)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.Line).ThenBy(r => r.Column).ToList(), StringComparer.Ordinal);
        int count = byRule.Values.Max(list => list.Count);
        for (int ordinal = 0; ordinal < count; ordinal++)
        {
            var mine = byRule.Values.Where(list => ordinal < list.Count).Select(list => list[ordinal]).ToList();
            // GAI010's estimate, else the one a finding carries (GAI004/GAI005, loops): each result read once.
            var estimates = mine.Select(r => (r.RuleId, Estimate: estimateOf(r))).Where(e => e.Estimate != null).ToList();
            var estimate = estimates.FirstOrDefault(e => e.RuleId == EstimateRule).Estimate ?? estimates.FirstOrDefault().Estimate;
            IReadOnlyList<Finding> findings = mine.All(r => r.RuleId == EstimateRule)
                ? []
                : mine
                    .Where(r => r.RuleId != EstimateRule)
                    .OrderBy(r => r.RuleId, StringComparer.Ordinal)
                    .Select(r => Finding.From(r, titles))
                    .ToList();
            var estimateResult = mine.FirstOrDefault(r => r.RuleId == EstimateRule);
            yield return new CallSite(file, key, ordinal, mine.Min(r => r.Line), estimate, findings, estimateResult != null)
            {
                ModelAt = estimateResult?.Property(PropertyNames.ModelAt) is { } at ? SourcePosition.Parse(at, relativeOf) : null,
                At = SourcePosition.Of(file, mine[0]),
            };
        }
    }
}
