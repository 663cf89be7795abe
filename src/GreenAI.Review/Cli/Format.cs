namespace GreenAI.Review.Cli;

internal static class Format
{
    public const string Markdown = "markdown";
    public const string Json = "json";
    public const string Text = "text";

    public static readonly string[] All = [Markdown, Json, Text];
}
