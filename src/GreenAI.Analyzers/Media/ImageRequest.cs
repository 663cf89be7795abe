namespace GreenAI.Analyzers.Media;

/// <summary>What an image-generation call asks for, as far as the code shows; null fields were not read.</summary>
internal sealed class ImageRequest
{
    public ImageRequest(string? provider, RequestValue? model, RequestValue? size, RequestValue? quality, RequestValue? count)
    {
        Provider = provider;
        Model = model;
        Size = size;
        Quality = quality;
        Count = count;
    }

    /// <summary>The provider the SDK always calls (OpenAI for its own SDK and Betalgo), or null when the model decides.</summary>
    public string? Provider { get; }

    public RequestValue? Model { get; }

    /// <summary>"WxH" as the API spells it, or "auto".</summary>
    public RequestValue? Size { get; }

    public RequestValue? Quality { get; }

    public RequestValue? Count { get; }
}
