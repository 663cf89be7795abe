using System.Threading;
using GreenAI.Analyzers.Models;
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
        HttpPost.Of(invocation, cancellationToken) is { } post ? Read(post, cancellationToken) : null;

    /// <summary>The same, for a POST already read (the video reader reads it once for OpenAI's endpoints and the others').</summary>
    public HttpMediaRequest? Read(HttpPost post, CancellationToken cancellationToken)
    {
        if (VideoEndpoint.Shape(post.Uri, cancellationToken) is not { } shape
            || MediaEndpoints.CreationOf(shape) is not { } endpoint)
        {
            return null;
        }

        var fields = RequestBodyReader.Read(post.Body, cancellationToken);
        var model = endpoint.ModelInPath == null ? fields.First(HttpMediaFields.Model) : null;
        var modelId = endpoint.ModelInPath ?? (model is { } written ? ModelText(written, cancellationToken) : null);
        var kind = endpoint.Kind ?? MediaModelKinds.Of(modelId) ?? AskedKind(fields);
        return kind == null ? null : new HttpMediaRequest(kind.Value, endpoint.Provider, modelId, model, fields);
    }

    /// <summary>A body that asks for images whatever the model: Gemini's <c>responseModalities</c> with "IMAGE" (Gemini API, image generation).</summary>
    private static MediaKind? AskedKind(RequestFields fields) =>
        fields["responseModalities"]?.Text is { } modalities && modalities.IndexOf("IMAGE", System.StringComparison.OrdinalIgnoreCase) >= 0
            ? MediaKind.Image
            : null;

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
