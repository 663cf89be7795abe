using GreenAI.Impact;

namespace GreenAI.Extensions.AI;

/// <summary>The EcoLogits provider a client's metadata names (<c>ChatClientMetadata.ProviderName</c>), when it names one.</summary>
internal static class ProviderNames
{
    /// <summary>"openai", "azure.ai.openai" → openai; "anthropic", "aws.bedrock" with a Claude model is not said: null.</summary>
    public static string? FromMetadata(string? providerName)
    {
        if (string.IsNullOrEmpty(providerName))
        {
            return null;
        }

        var name = providerName!.ToLowerInvariant();
        return name.Contains("openai") ? Providers.OpenAI
            : name.Contains("anthropic") ? Providers.Anthropic
            : name.Contains("gemini") || name.Contains("google") || name.Contains("vertex") ? Providers.Google
            : name.Contains("mistral") ? Providers.Mistral
            : name.Contains("cohere") ? Providers.Cohere
            : null;
    }
}
