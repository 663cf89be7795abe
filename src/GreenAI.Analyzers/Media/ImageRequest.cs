namespace GreenAI.Analyzers.Media;

/// <summary>What an image-generation call asks for, as far as the code shows; null fields were not read.</summary>
internal sealed class ImageRequest
{
    public ImageRequest(string sdk, RequestValue? model, RequestValue? size, RequestValue? quality, RequestValue? count)
    {
        Sdk = sdk;
        Model = model;
        Size = size;
        Quality = quality;
        Count = count;
    }

    /// <summary>Display name of the SDK ("OpenAI", "Microsoft.Extensions.AI", …).</summary>
    public string Sdk { get; }

    public RequestValue? Model { get; }

    /// <summary>"WxH" as the API spells it, or "auto".</summary>
    public RequestValue? Size { get; }

    public RequestValue? Quality { get; }

    public RequestValue? Count { get; }
}
