using GreenAI.Review.Sites;

namespace GreenAI.Review.Diff;

/// <summary>The one name each change kind and site kind has in every format (Markdown, text, JSON).</summary>
internal static class ChangeNames
{
    public static string Of(ChangeKind kind) => kind switch
    {
        ChangeKind.CapRemoved => "cap removed",
        ChangeKind.NewFinding => "new finding",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static string Of(SiteKind kind) => kind switch
    {
        SiteKind.ModelChoice => "model choice",
        SiteKind.ReasoningSetting => "reasoning setting",
        _ => "call",
    };
}
