namespace GreenAI.Analyzers.Media;

/// <summary>What a video-generation call asks for, as far as the code shows; null fields were not constant.</summary>
internal sealed class VideoRequest
{
    public VideoRequest(VideoApi api, string? modelId, RequestValue? seconds, RequestValue? size, RequestValue? width, RequestValue? height, RequestValue? count, bool bodySeen = false, string? provider = null)
    {
        Provider = provider ?? (api == VideoApi.GoogleVeo ? "google" : api == VideoApi.OtherProvider ? null : "openai");
        BodySeen = bodySeen;
        Api = api;
        ModelId = modelId;
        Seconds = seconds;
        Size = size;
        Width = width;
        Height = height;
        Count = count;
    }

    public VideoApi Api { get; }

    /// <summary>The provider of the endpoint table the request goes to (openai, google, runway, fal, …).</summary>
    public string? Provider { get; }

    /// <summary>The whole request body is in sight: a field it lacks takes the API's default.</summary>
    public bool BodySeen { get; }

    public string? ModelId { get; }

    public RequestValue? Seconds { get; }

    /// <summary>OpenAI "1280x720" or Veo "720p": the one field that sets the resolution.</summary>
    public RequestValue? Size { get; }

    /// <summary>Azure OpenAI sets width and height apart.</summary>
    public RequestValue? Width { get; }

    public RequestValue? Height { get; }

    public RequestValue? Count { get; }
}
