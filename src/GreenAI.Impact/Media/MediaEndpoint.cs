namespace GreenAI.Impact.Media;

/// <summary>A request URI that creates an image or video generation (a creation row of media-endpoints.tsv).</summary>
public sealed class MediaEndpoint
{
    internal MediaEndpoint(string? provider, MediaKind? kind, string? modelInPath)
    {
        Provider = provider;
        Kind = kind;
        ModelInPath = modelInPath;
    }

    /// <summary>Who serves it, or null for an OpenAI-compatible server of unknown provider.</summary>
    public string? Provider { get; }

    /// <summary>What the endpoint makes; null when the model decides (Replicate, fal.ai, Google, Black Forest Labs).</summary>
    public MediaKind? Kind { get; }

    /// <summary>The model id the path names (fal.ai <c>fal-ai/flux/dev</c>, Google <c>imagen-4.0-generate-001</c>), when constant.</summary>
    public string? ModelInPath { get; }
}
