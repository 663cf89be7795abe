namespace GreenAI.Analyzers.Contracts;

/// <summary>What GAI007 writes into a diagnostic's properties and its fix (CacheRepeatedRequestCodeFixProvider) reads.</summary>
internal static class RepeatedRequestProperties
{
    /// <summary>Which cache the fix adds: one of the <c>Fix*</c> values below; absent when no fix applies.</summary>
    public const string Fix = "cache_fix";

    /// <summary>UseDistributedCache in the Microsoft.Extensions.AI pipeline, before <see cref="BuildStart"/>.</summary>
    public const string FixPipeline = "pipeline";

    /// <summary>IMemoryCache.GetOrCreateAsync around the awaited call.</summary>
    public const string FixMemoryCache = "memory_cache";

    /// <summary>HybridCache.GetOrCreateAsync around the awaited call.</summary>
    public const string FixHybridCache = "hybrid_cache";

    /// <summary>The position of the <c>.Build</c> of the pipeline.</summary>
    public const string BuildStart = "build_start";

    /// <summary>The cache field, property or parameter in scope, when there is one.</summary>
    public const string CacheName = "cache_name";

    public const string CacheKey = "cache_key";
}
