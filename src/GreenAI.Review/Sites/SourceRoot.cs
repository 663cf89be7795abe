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

    private string? RepositoryOf(string? directory)
    {
        if (directory == null)
        {
            return null;
        }

        if (_repositoryOf.TryGetValue(directory, out var known))
        {
            return known;
        }

        string? found = Directory.Exists(Path.Combine(directory, ".git")) || File.Exists(Path.Combine(directory, ".git"))
            ? directory
            : RepositoryOf(Path.GetDirectoryName(directory));
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
