using GreenAI.Review.Sarif;

namespace GreenAI.Review.Sites;

/// <summary>A GreenAI diagnostic on a site other than GAI010 (whose estimate is the site's): the rule, its title and message.</summary>
internal sealed record Finding(string RuleId, string Title, string Message, string Level, IReadOnlyDictionary<string, string> Properties)
{
    public static Finding From(LogResult result, IReadOnlyDictionary<string, string> titles) =>
        new(result.RuleId, titles.TryGetValue(result.RuleId, out var title) ? title : result.RuleId, result.Message, result.Level, result.Properties);

    public string? Property(string key) => Properties.TryGetValue(key, out var value) ? value : null;
}
