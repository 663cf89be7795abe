namespace GreenAI.Analyzers.Tests.Infrastructure;

/// <summary>Files of this repository, found from the test assembly's folder (tests/…/bin/&lt;config&gt;/&lt;tfm&gt;).</summary>
internal static class RepositoryFiles
{
    public static string Root { get; } = FindRoot();

    public static string PathOf(params string[] parts) => Path.Combine(new[] { Root }.Concat(parts).ToArray());

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory != null && !File.Exists(Path.Combine(directory.FullName, "Analyzers.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Analyzers.sln not found above " + AppContext.BaseDirectory);
    }
}
