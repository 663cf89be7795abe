using System;
using GreenAI.Impact;

namespace GreenAI.Analyzers.Media;

/// <summary>
/// Whose data-centre figures (PUE, WUE, zone) an image or video estimate uses: OpenAI for dall-e, gpt-image and sora
/// (Azure OpenAI included), Google for imagen, gemini and veo, else the provider the SDK or endpoint always calls when
/// EcoLogits profiles it; any other provider (Runway, fal.ai, Replicate, …) gets EcoLogits' generic profile.
/// </summary>
internal static class MediaProvider
{
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

    /// <summary>How a message names a provider of the endpoint table beside the model: "via runway"; nothing for OpenAI and Google, whose models say it.</summary>
    public static string Via(string? provider) =>
        provider is null or "openai" or "azure_openai" or "google" ? string.Empty : " via " + provider;
}
