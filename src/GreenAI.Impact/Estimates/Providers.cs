using System;
using System.Collections.Generic;

namespace GreenAI.Impact;

/// <summary>The providers EcoLogits knows, with their PUE, WUE and default zone (docs/methodology.md).</summary>
public static class Providers
{
    public const string OpenAI = "openai";
    public const string Anthropic = "anthropic";
    public const string Google = "google_genai";
    public const string Mistral = "mistralai";
    public const string Cohere = "cohere";
    public const string HuggingFace = "huggingface_hub";

    private static readonly Dictionary<string, ProviderProfile> Profiles = new(StringComparer.OrdinalIgnoreCase)
    {
        [OpenAI] = new(OpenAI, "OpenAI", "USA", ValueRange.Point(1.20), ValueRange.Point(0.569)),
        [Anthropic] = new(Anthropic, "Anthropic", "USA", new ValueRange(1.09, 1.14), new ValueRange(0.13, 0.999)),
        [Google] = new(Google, "Google", "USA", ValueRange.Point(1.09), ValueRange.Point(0.999)),
        [Mistral] = new(Mistral, "Mistral AI", "SWE", ValueRange.Point(1.16), ValueRange.Point(0.09)),
        [Cohere] = new(Cohere, "Cohere", "USA", ValueRange.Point(1.09), ValueRange.Point(0.999)),
        [HuggingFace] = new(HuggingFace, "Hugging Face", "USA", new ValueRange(1.09, 1.14), new ValueRange(0.13, 0.99)),
    };

    public static IReadOnlyCollection<ProviderProfile> All => Profiles.Values;

    /// <summary>
    /// The provider a client's metadata name ("openai", "azure.ai.openai", "gcp.gemini") or an API host
    /// ("api.anthropic.com", "generativelanguage.googleapis.com") names, or null: "aws.bedrock" or a gateway says
    /// nothing of who runs the model.
    /// </summary>
    public static string? Named(string? nameOrHost)
    {
        if (string.IsNullOrEmpty(nameOrHost))
        {
            return null;
        }

        var text = nameOrHost!.ToLowerInvariant();
        return text.Contains("openai") ? OpenAI
            : text.Contains("anthropic") ? Anthropic
            : text.Contains("gemini") || text.Contains("google") || text.Contains("vertex") ? Google
            : text.Contains("mistral") ? Mistral
            : text.Contains("cohere") ? Cohere
            : null;
    }

    public static ProviderProfile? Find(string? name) =>
        name != null && Profiles.TryGetValue(name, out var profile) ? profile : null;
}
