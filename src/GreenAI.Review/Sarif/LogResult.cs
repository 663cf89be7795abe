namespace GreenAI.Review.Sarif;

/// <summary>One GreenAI diagnostic read from a log: where it is, what it says and its properties (rules.md § Diagnostic properties).</summary>
internal sealed record LogResult(
    string RuleId,
    string Level,
    string Message,
    string File,
    int Line,
    int Column,
    ResultProperties Properties)
{
    public string? Property(string key) => Properties.TryGetValue(key, out var value) ? value : null;
}
