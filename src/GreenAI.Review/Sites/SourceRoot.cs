namespace GreenAI.Review.Sites;

/// <summary>
/// Makes the absolute paths of a log relative, so that the same file matches in two checkouts: to the root given on
/// the command line, else to the enclosing git repository (the directory holding <c>.git</c>), else to the directory
/// all the log's files share.
/// </summary>
internal sealed class SourceRoot
{
    private readonly string? _explicitRoot;
    private readonly string? _commonDirectory;
    private readonly Dictionary<string, string?> _repositoryOf = new(StringComparer.Ordinal);

    // A path from a log can be anything: past these bounds it is not looked for on disk (a deep or huge path made the
    // search cache every ancestor and probe the disk for each).
    private const int MaxPathLength = 4096;
    private const int MaxDepth = 64;

    private SourceRoot(string? explicitRoot, string? commonDirectory)
    {
        _explicitRoot = explicitRoot;
        _commonDirectory = commonDirectory;
    }

    public static SourceRoot For(IEnumerable<string> files, string? explicitRoot) =>
        new(explicitRoot == null ? null : Path.GetFullPath(explicitRoot), CommonDirectory(files.Where(Path.IsPathRooted).ToList()));

    /// <summary>The file's path relative to its root, with forward slashes.</summary>
    public string Relative(string file)
    {
        if (!Path.IsPathRooted(file))
        {
            return file.Replace('\\', '/');
        }

        var root = _explicitRoot ?? RepositoryOf(Path.GetDirectoryName(file)) ?? _commonDirectory;
        var relative = root == null ? file : Path.GetRelativePath(root, file);
        return relative.Replace('\\', '/');
    }

    /// <summary>The nearest directory above that holds <c>.git</c>, searched only when the directory exists here; one cache entry per file directory.</summary>
    private string? RepositoryOf(string? directory)
    {
        if (directory == null || directory.Length > MaxPathLength)
        {
            return null;
        }

        if (_repositoryOf.TryGetValue(directory, out var known))
        {
            return known;
        }

        string? found = null;
        if (Directory.Exists(directory))
        {
            int depth = 0;
            for (var current = directory; current != null && depth < MaxDepth; current = Path.GetDirectoryName(current), depth++)
            {
                if (Directory.Exists(Path.Combine(current, ".git")) || File.Exists(Path.Combine(current, ".git")))
                {
                    found = current;
                    break;
                }
            }
        }

        _repositoryOf[directory] = found;
        return found;
    }

    private static string? CommonDirectory(List<string> files)
    {
        if (files.Count == 0)
        {
            return null;
        }

        var common = Path.GetDirectoryName(files[0]);
        foreach (var file in files.Skip(1))
        {
            while (common != null && !file.StartsWith(common.TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            {
                common = Path.GetDirectoryName(common);
            }
        }

        return common;
    }
}
