using GreenAI.Impact.Media;

namespace GreenAI.Analyzers.Media;

/// <summary>
/// What a raw-HTTP image or video generation request to a provider of the engine's table asks for, as far as the code
/// shows; null fields were not written or not constant.
/// </summary>
internal sealed class HttpMediaRequest
{
    public HttpMediaRequest(MediaKind kind, string? provider, string? modelId, RequestValue? model, RequestFields fields)
    {
        Kind = kind;
        Provider = provider;
        ModelId = modelId;
        Model = model;
        Seconds = fields.First(HttpMediaFields.Seconds);
        Size = fields.First(HttpMediaFields.Size);
        Width = fields.First(HttpMediaFields.Width);
        Height = fields.First(HttpMediaFields.Height);
        Count = fields.First(HttpMediaFields.Count);
        Quality = fields["quality"];
    }

    public MediaKind Kind { get; }

    /// <summary>The provider the endpoint belongs to (runway, fal, replicate, …), or null for an OpenAI-compatible server.</summary>
    public string? Provider { get; }

    /// <summary>The model id, from the URL path or the body.</summary>
    public string? ModelId { get; }

    /// <summary>The body field that names the model, when it is one (a fix may replace it).</summary>
    public RequestValue? Model { get; }

    public RequestValue? Seconds { get; }

    /// <summary>One field for the resolution: "1024x1024", Runway "1280:720", "720p", fal "landscape_16_9".</summary>
    public RequestValue? Size { get; }

    public RequestValue? Width { get; }

    public RequestValue? Height { get; }

    public RequestValue? Count { get; }

    /// <summary>OpenAI-style "quality" ("high", "hd"), for the lower-quality fix.</summary>
    public RequestValue? Quality { get; }
}
