using Microsoft.Extensions.AI;

namespace GreenAI.Extensions.AI;

/// <summary>
/// Nothing the middleware computes may change a call's result or its exception: the estimate, the recording and the
/// look-up of the inner client's metadata run here, and a failure of ours becomes an unknown impact, never the caller's.
/// </summary>
internal static class ImpactGuard
{
    public static ChatImpact Compute(Func<ChatImpact> compute, string? modelId)
    {
        try
        {
            return compute();
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return ChatImpact.Unknown("the impact could not be computed (" + exception.GetType().Name + ")", modelId);
        }
    }

    public static void Record(ImpactInstruments instruments, ChatImpact impact, Func<ImpactTags> tags, string? errorType = null)
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

    public static ChatClientMetadata? Metadata(IChatClient inner)
    {
        try
        {
            return inner.GetService(typeof(ChatClientMetadata)) as ChatClientMetadata;
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return null;
        }
    }
}
