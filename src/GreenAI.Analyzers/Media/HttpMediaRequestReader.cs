using System.Threading;
using GreenAI.Analyzers.ModelIds;
using GreenAI.Impact.Media;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Media;

/// <summary>
/// Reads a raw-HTTP POST to an image or video provider of the engine's table (Runway, Together, xAI, fal.ai, Replicate,
/// Stability AI, Black Forest Labs, Luma, MiniMax, Kling, AI/ML API, Leonardo, Ideogram, Google's REST API, OpenAI's REST
/// image API): the endpoint names the provider and, for some, the model; the body (<see cref="RequestBodyReader"/>) the
/// rest. A request whose kind depends on a model the code does not show is not read: nothing it could estimate.
/// </summary>
internal sealed class HttpMediaRequestReader
{
    private readonly ModelIdReader _ids;

    public HttpMediaRequestReader(ModelIdReader ids) => _ids = ids;

    public HttpMediaRequest? Read(IInvocationOperation invocation, CancellationToken cancellationToken) =>
        HttpPost.Of(invocation, cancellationToken) is { } post ? Read(post, post.UriShape(cancellationToken), cancellationToken) : null;

    /// <summary>The same, for a POST and its URI's shape already read (the video reader reads them once for OpenAI's endpoints and the others').</summary>
    public HttpMediaRequest? Read(HttpPost post, string? shape, CancellationToken cancellationToken)
    {
        if (shape == null || MediaEndpoints.CreationOf(shape) is not { } endpoint)
        {
            return null;
        }

        var fields = RequestBodyReader.Read(post.Body, cancellationToken);
        var model = endpoint.ModelInPath == null ? fields.First(HttpMediaFields.Model) : null;
        var modelId = endpoint.ModelInPath ?? (model is { } written ? ModelText(written, cancellationToken) : null);
        var kind = endpoint.Kind ?? MediaModelKinds.Of(modelId) ?? AskedKind(fields);
        return kind == null ? null : new HttpMediaRequest(kind.Value, endpoint.Provider, modelId, model, fields);
    }

    /// <summary>
    /// What a body asks for when the model does not say: Gemini's <c>responseModalities</c> with "IMAGE" (Gemini API,
    /// image generation); or, on a host that serves every kind of model (Replicate, fal.ai), the parameters it passes.
    /// A video's length or frames make a video; a diffusion model's parameters (steps, guidance, negative prompt, number
    /// of outputs, aspect ratio), an image's file type or a width and a height make images; a text generation's
    /// parameters (max_tokens, temperature, messages) make nothing to estimate here.
    /// </summary>
    internal static MediaKind? AskedKind(RequestFields fields)
    {
        if (fields["responseModalities"]?.Text is { } modalities && modalities.IndexOf("IMAGE", System.StringComparison.OrdinalIgnoreCase) >= 0)
        {
            return MediaKind.Image;
        }

        if (fields.First(HttpMediaFields.TextOnly) != null)
        {
            return null;
        }

        var format = fields["output_format"]?.Text?.Trim().ToLowerInvariant();
        if (fields.First(HttpMediaFields.VideoOnly) != null || (format != null && System.Array.IndexOf(HttpMediaFields.VideoFormats, format) >= 0))
        {
            return MediaKind.Video;
        }

        return fields.First(HttpMediaFields.Diffusion) != null
            || (format != null && System.Array.IndexOf(HttpMediaFields.ImageFormats, format) >= 0)
            || (fields.First(HttpMediaFields.Width) != null && fields.First(HttpMediaFields.Height) != null)
                ? MediaKind.Image
                : null;
    }

    /// <summary>The model id a body field names: its constant, or a constant it comes from; Replicate's "owner/name:hash" without the hash.</summary>
    private string? ModelText(RequestValue value, CancellationToken cancellationToken)
    {
        var text = value.Text;
        if (text == null && value.Operation != null)
        {
            var id = _ids.Read(value.Operation, cancellationToken);
            text = id.Kind == ModelIdValueKind.Constant && id.Candidates.Length == 1 ? id.Candidates[0].Id : null;
        }

        if (text == null)
        {
            return null;
        }

        int colon = text.IndexOf(':');
        return colon > 0 && text.IndexOf('/') > 0 ? text.Substring(0, colon) : text;
    }
}
