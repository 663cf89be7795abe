namespace GreenAI.Impact.Models;

/// <summary>The EcoLogits release and commit the embedded catalogue and method come from (the TSV's source row).</summary>
public sealed class CatalogSource
{
    public CatalogSource(string version, string commit, string date)
    {
        Version = version;
        Commit = commit;
        Date = date;
    }

    /// <summary>"0.9.3".</summary>
    public string Version { get; }

    /// <summary>The full commit hash of github.com/mlco2/ecologits.</summary>
    public string Commit { get; }

    /// <summary>The commit's date, yyyy-mm-dd.</summary>
    public string Date { get; }

    public string ShortCommit => Commit.Length > 7 ? Commit.Substring(0, 7) : Commit;
}
