using System.Globalization;

using GreenAI.Impact.Media;

namespace GreenAI.Analyzers.Media;

/// <summary>What an image-generation call asks for, as far as the code shows; null fields were not read.</summary>
internal sealed class ImageRequest
{
    public ImageRequest(string? provider, RequestValue? model, RequestValue? size, RequestValue? quality, RequestValue? count, bool takesOpenAIValues = true)
    {
        TakesOpenAIValues = takesOpenAIValues;
        Provider = provider;
        Model = model;
        Size = size;
        Quality = quality;
        Count = count;
    }

    /// <summary>The provider the SDK always calls (OpenAI for its own SDK and Betalgo), or null when the model decides.</summary>
    public string? Provider { get; }

    public RequestValue? Model { get; }

    /// <summary>The API takes OpenAI's sizes, qualities and models, so the fixes' values (ImageSizes) are valid there.</summary>
    public bool TakesOpenAIValues { get; }

    /// <summary>"WxH" as the API spells it, or "auto".</summary>
    public RequestValue? Size { get; }

    public RequestValue? Quality { get; }

    public RequestValue? Count { get; }

    /// <summary>A raw-HTTP request to an image provider: its size field, or its width and height as "WxH".</summary>
    public static ImageRequest FromHttp(HttpMediaRequest request)
    {
        var size = request.Size;
        if ((size?.Text is not { } text || !PixelSizes.TryParse(text, out _, out _))
            && request.Width?.Number is { } width && request.Height?.Number is { } height)
        {
            size = new RequestValue(((int)width).ToString(CultureInfo.InvariantCulture) + "x" + ((int)height).ToString(CultureInfo.InvariantCulture), null);
        }

        var model = request.Model ?? (request.ModelId == null ? null : new RequestValue(request.ModelId, null));
        bool openAI = request.Provider is null or "openai" or "azure_openai";
        return new ImageRequest(request.Provider, model, size, request.Quality, request.Count, openAI);
    }
}
