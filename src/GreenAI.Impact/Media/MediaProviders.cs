using System;

namespace GreenAI.Impact.Media;

/// <summary>
/// Whose data-centre figures (PUE, WUE, zone) an image or video estimate uses: OpenAI for dall-e, gpt-image and sora
/// (Azure OpenAI included), Google for imagen, gemini and veo, else the provider the SDK, endpoint or client metadata
/// names when EcoLogits profiles it; any other provider (Runway, fal.ai, Replicate, a local model) gets EcoLogits'
/// generic profile. One reading for the analyzers (GAI004, GAI005) and the middleware's image tracking.
/// </summary>
internal static class MediaProviders
{
    /// <param name="provider">An endpoint table's provider ("openai", "azure_openai", "google", "huggingface", "runway"…)
    /// or an EcoLogits provider name.</param>
    public static string? ProfileOf(string? modelId, string? provider)
    {
        var id = modelId?.Trim().ToLowerInvariant() ?? string.Empty;
        if (id.StartsWith("dall-e", StringComparison.Ordinal) || id.StartsWith("gpt-image", StringComparison.Ordinal) || id.StartsWith("sora", StringComparison.Ordinal))
        {
            return Providers.OpenAI;
        }

        if (id.StartsWith("imagen", StringComparison.Ordinal) || id.StartsWith("gemini", StringComparison.Ordinal) || id.StartsWith("veo", StringComparison.Ordinal))
        {
            return Providers.Google;
        }

        return provider switch
        {
            "openai" or "azure_openai" => Providers.OpenAI,
            "google" => Providers.Google,
            "huggingface" => Providers.HuggingFace,
            _ => Providers.Find(provider)?.Name,
        };
    }
}
