namespace GreenAI.Extensions.AI;

/// <summary>
/// Nothing the middleware computes may change a call's result or its exception: the estimate, the recording and the
/// look-up of the inner client's metadata run here, and a failure of ours becomes an unknown impact, never the caller's.
/// </summary>
internal static class ImpactGuard
{
    /// <param name="unknown">The impact that says why, from the reason.</param>
    public static T Compute<T>(Func<T> compute, Func<string, T> unknown)
        where T : AIImpact
    {
        try
        {
            return compute();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return unknown("the impact could not be computed (" + exception.GetType().Name + ")");
        }
    }

    public static void Record(ImpactInstruments instruments, AIImpact impact, Func<ImpactTags> tags, string? errorType = null)
    {
        try
        {
            instruments.Record(impact, tags(), errorType);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            // A listener or exporter that throws must not fail the call: the measurement is lost, the answer is not.
        }
    }

    /// <summary>The inner client's or generator's metadata (<c>GetService(typeof(TMetadata))</c>); null when it throws.</summary>
    public static TMetadata? Metadata<TMetadata>(Func<Type, object?> getService)
        where TMetadata : class
    {
        try
        {
            return getService(typeof(TMetadata)) as TMetadata;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return null;
        }
    }
}
