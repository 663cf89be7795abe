namespace GreenAI.Review.Sarif;

/// <summary>The GreenAI results of one or more SARIF logs, and the titles of the rules that produced them.</summary>
internal sealed record BuildLog(IReadOnlyList<string> Paths, IReadOnlyList<LogResult> Results, IReadOnlyDictionary<string, string> RuleTitles)
{
    /// <summary>Results without a <c>site</c> property (a package older than the review tool): matched by line instead.</summary>
    public int ResultsWithoutSite => Results.Count(r => r.Property(Sites.SiteProperty.Name) == null && Sites.SiteProperty.IsExpected(r.RuleId));
}
