using GreenAI.Review.Sarif;
using GreenAI.Review.Sites;

namespace GreenAI.Review.Cli;

/// <summary>
/// Logs to sites, with the warnings about the logs: the results are read, grouped and dropped here, so that a large
/// log's results are not kept alive while the output is written.
/// </summary>
internal static class SiteReading
{
    public static (IReadOnlyList<CallSite> Sites, IReadOnlyList<string> Paths) Read(IReadOnlyList<string> paths, string? root, TextWriter standardError)
    {
        var log = SarifReader.Read(paths);
        Warnings.Write(standardError, log);
        return (SiteCollector.Collect(log, root), log.Paths);
    }
}
