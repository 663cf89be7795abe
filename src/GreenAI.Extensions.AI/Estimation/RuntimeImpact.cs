using GreenAI.Impact;
using GreenAI.Impact.Models;

namespace GreenAI.Extensions.AI;

/// <summary>
/// EcoLogits at run time (<c>impacts/llm.py</c>, as its tracers call it): the model that answered, the output tokens it wrote and the
/// measured request latency, which caps the estimated generation time. The same engine as the analyzers' GAI010.
/// </summary>
internal static class RuntimeImpact
{
    /// <summary>
    /// Output tokens no response can carry: more than a million (output limits are in the hundreds of thousands at most),
    /// or more than 10,000 per second of measured latency beyond a first 32,768 (the fastest served models write a few
    /// thousand per second). Such a count is a provider's or a sum's error (int.MaxValue, a wrapped total), not usage.
    /// </summary>
    internal const long MaxOutputTokens = 1_000_000;
    internal const long TokensWithoutLatency = 32_768;
    internal const double MaxTokensPerSecond = 10_000;

    /// <param name="modelId">The response's model id, else the request's, else the client's default.</param>
    /// <param name="metadataProvider">The client's <c>ChatClientMetadata.ProviderName</c>.</param>
    /// <param name="modelCalls">How many model calls the response stands for (a function-invoking client inside the
    /// middleware makes several and sums their usage): said in the impact; their tokens are estimated as one generation.</param>
    public static ChatImpact Compute(string? modelId, long? outputTokens, TimeSpan latency, string? metadataProvider, ImpactTrackingOptions options, int modelCalls = 1)
    {
        if (modelId == null)
        {
            return ChatImpact.Unknown("no model id in the response, the request options or the client's metadata", null);
        }

        if (outputTokens is not { } tokens)
        {
            return ChatImpact.Unknown("the response reports no output token count (UsageDetails.OutputTokenCount)", modelId);
        }

        if (tokens < 0)
        {
            return ChatImpact.Unknown("the response reports a negative output token count", modelId);
        }

        if (tokens > MaxOutputTokens || (tokens > TokensWithoutLatency && tokens > latency.TotalSeconds * MaxTokensPerSecond))
        {
            return ChatImpact.Unknown(
                $"the response reports {tokens} output tokens in {latency.TotalSeconds:0.###} s, more than a response can carry (a provider's or a sum's error)",
                modelId);
        }

        if ((options.Declared(modelId) ?? ModelIdResolver.Resolve(modelId)) is not { } match)
        {
            return ChatImpact.Unknown($"'{ImpactInstruments.Bound(modelId)}' is not in the EcoLogits model repository (declare it with ImpactTrackingOptions.DeclareModel)", modelId, tokens);
        }

        var provider = options.Provider ?? Providers.Named(metadataProvider);
        double? latencySeconds = options.UseMeasuredLatency ? latency.TotalSeconds : null;
        var estimate = LlmEstimator.Estimate(match.Entry, (int)Math.Min(tokens, int.MaxValue), provider, options.ElectricityZone, latencySeconds);
        return ChatImpact.Known(modelId, estimate, tokens, options.UseMeasuredLatency ? latency : null, modelCalls, match.Label);
    }
}
