namespace GreenAI.Analyzers.Media;

/// <summary>How a message names the provider of an image or video request (its figures: <see cref="GreenAI.Impact.Media.MediaProviders"/>).</summary>
internal static class MediaProvider
{
    /// <summary>How a message names a provider of the endpoint table beside the model: "via runway"; nothing for OpenAI and Google, whose models say it.</summary>
    public static string Via(string? provider) =>
        provider is null or "openai" or "azure_openai" or "google" ? string.Empty : " via " + provider;
}
