using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace GreenAI.Analyzers.Tests.Infrastructure;

/// <summary>
/// The real runtime and AI SDK assemblies that test snippets compile against: everything the test host loads
/// (TRUSTED_PLATFORM_ASSEMBLIES), which includes the SDK packages this project references. Built once per run.
/// </summary>
internal static class SdkReferences
{
    /// <summary>[Experimental] ids of the SDKs, errors unless suppressed (docs/sdk-surfaces.md).</summary>
    public static readonly ImmutableArray<string> ExperimentalIds = ImmutableArray.Create(
        "OPENAI001", "OPENAI002", "MEAI001", "SKEXP0001", "SKEXP0010", "AOAI001", "SCME0002", "MAAI001");

    private static readonly Lazy<ImmutableArray<MetadataReference>> All = new(Load);

    public static ImmutableArray<MetadataReference> References => All.Value;

    private static ImmutableArray<MetadataReference> Load()
    {
        var paths = ((string?)AppContext.GetData("TRUSTED_PLATFORM_ASSEMBLIES") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries);
        return paths
            .Where(p => p.EndsWith(".dll", StringComparison.OrdinalIgnoreCase))
            .Where(p => !Path.GetFileName(p).StartsWith("GreenAI.", StringComparison.Ordinal))
            .OrderBy(p => p, StringComparer.Ordinal)
            .Select(p => (MetadataReference)MetadataReference.CreateFromFile(p))
            .ToImmutableArray();
    }
}
