using System.CommandLine;

namespace GreenAI.Review.Cli;

/// <summary>The options both commands take.</summary>
internal static class Options
{
    public static Option<string> FormatOption()
    {
        var format = new Option<string>("--format", "-f")
        {
            Description = "markdown (a PR comment; default), json, or text (a terminal table)",
            DefaultValueFactory = _ => Format.Markdown,
        };
        format.AcceptOnlyFromAmong(Format.All);
        return format;
    }

    public static Option<string?> OutputOption() => new("--output", "-o") { Description = "Write to this file instead of standard output" };

    /// <summary>A root folder option that names no folder is a mistake: paths would silently be shown from elsewhere.</summary>
    public static void RequireFolder(string? folder, string option)
    {
        if (folder != null && !Directory.Exists(folder))
        {
            throw new Sarif.LogProblem($"{option} {folder}: no such folder.");
        }
    }
}
