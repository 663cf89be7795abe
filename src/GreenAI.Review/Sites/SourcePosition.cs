using System.Globalization;
using GreenAI.Review.Sarif;

namespace GreenAI.Review.Sites;

/// <summary>
/// A place in the source as "file:line:column", the file relative as the site's: how a call's <c>model_at</c> and the
/// model choice reported there are compared.
/// </summary>
internal static class SourcePosition
{
    public static string Of(string relativeFile, LogResult result) => Text(relativeFile, result.Line, result.Column);

    /// <summary>"12:31:/src/App/Bot.cs" as the analyzers write it; null when it does not read so.</summary>
    public static string? Parse(string modelAt, Func<string, string> relativeOf)
    {
        var parts = modelAt.Split(':', 3);
        return parts.Length == 3
            && int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out int line)
            && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out int column)
            && parts[2].Length > 0
                ? Text(relativeOf(parts[2]), line, column)
                : null;
    }

    private static string Text(string relativeFile, int line, int column) =>
        relativeFile + ":" + line.ToString(CultureInfo.InvariantCulture) + ":" + column.ToString(CultureInfo.InvariantCulture);
}
