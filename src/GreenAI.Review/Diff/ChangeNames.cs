namespace GreenAI.Review.Diff;

/// <summary>The one name each change kind has in every format (Markdown, text, JSON).</summary>
internal static class ChangeNames
{
    public static string Of(ChangeKind kind) => kind switch
    {
        ChangeKind.CapRemoved => "cap removed",
        ChangeKind.Flagged => "new finding",
        ChangeKind.Resolved => "fixed",
        _ => kind.ToString().ToLowerInvariant(),
    };
}
