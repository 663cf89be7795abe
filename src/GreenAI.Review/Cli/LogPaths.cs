using GreenAI.Review.Sarif;

namespace GreenAI.Review.Cli;

/// <summary>The logs named on the command line: files, or folders whose *.sarif files (one per project) are all read.</summary>
internal static class LogPaths
{
    /// <param name="emptyFolderAllowed">A folder without logs is a build without AI sites (the base of a project's first
    /// pull request, before any log was kept): no logs, rather than an error.</param>
    public static IReadOnlyList<string> Expand(IEnumerable<string> arguments, bool emptyFolderAllowed = false)
    {
        var paths = new List<string>();
        foreach (var argument in arguments)
        {
            if (Directory.Exists(argument))
            {
                var logs = Directory.GetFiles(argument, "*.sarif", SearchOption.AllDirectories).Order(StringComparer.Ordinal).ToList();
                paths.AddRange(logs.Count > 0 || emptyFolderAllowed ? logs : throw new LogProblem($"{argument} is a folder with no *.sarif log in it."));
            }
            else
            {
                paths.Add(argument);
            }
        }

        return paths;
    }
}
