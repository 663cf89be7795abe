using System.Collections.Immutable;
using System.Threading;
using GreenAI.Analyzers.Flow;
using GreenAI.Analyzers.ModelIds;
using GreenAI.Analyzers.Sdk;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Media;

/// <summary>
/// Reads a video-generation call: OpenAI <c>VideoClient.CreateVideo*</c> (the model and sizes live only in the JSON
/// body), raw HTTP posts to a video endpoint, and Google GenAI <c>Models.GenerateVideosAsync</c>.
/// </summary>
internal sealed class VideoRequestReader
{
    private readonly ModelIdReader _ids;
    private readonly HttpMediaRequestReader _media;

    public VideoRequestReader(ModelIdReader ids, HttpMediaRequestReader media) => (_ids, _media) = (ids, media);

    /// <summary>
    /// A raw-HTTP GET of a video job's status (<c>http.GetAsync($"{endpoint}/v1/videos/{id}")</c>, or a
    /// <c>HttpRequestMessage</c> with <c>HttpMethod.Get</c>): in a loop, polling the job.
    /// </summary>
    public static bool IsHttpJobPoll(IInvocationOperation invocation, CancellationToken cancellationToken) =>
        HttpClientRequest.Of(invocation, HttpClientRequest.GetMethods, "Get", cancellationToken) is { } request
        && RequestUri.Shape(request.Uri, invocation, cancellationToken) is { } shape
        && (VideoEndpoint.IsJobStatus(shape) || StatusBesideCreation.Holds(shape, invocation, cancellationToken));

    public VideoRequest? ReadSdkCall(IInvocationOperation invocation, ModelCallDefinition definition, CancellationToken cancellationToken) =>
        definition.ContainingType switch
        {
            "OpenAI.Videos.VideoClient" => FromBody(VideoApi.OpenAI, ArgumentNamed(invocation, "content"), cancellationToken),
            "Google.GenAI.Models" => FromVeo(invocation, cancellationToken),
            _ => null,
        };

    /// <summary>A raw-HTTP POST to OpenAI's or Azure's video endpoint, or to another provider's (<see cref="HttpMediaRequestReader"/>).</summary>
    public VideoRequest? ReadHttpCall(IInvocationOperation invocation, CancellationToken cancellationToken)
    {
        if (HttpPost.Of(invocation, cancellationToken) is not { } post)
        {
            return null;
        }

        var shape = post.UriShape(cancellationToken); // read once for OpenAI's endpoints and the other providers'
        if (VideoEndpoint.Of(shape) is { } api)
        {
            return FromBody(api, post.Body, cancellationToken);
        }

        return _media.Read(post, shape, cancellationToken) is { Kind: GreenAI.Impact.Media.MediaKind.Video } other
            ? new VideoRequest(VideoApi.OtherProvider, other.ModelId, other.Seconds, other.Size, other.Width, other.Height, other.Count, provider: other.Provider)
            : null;
    }

    private VideoRequest FromBody(VideoApi api, IOperation? body, CancellationToken cancellationToken)
    {
        var fields = RequestBodyReader.Read(body, cancellationToken);
        string? model = fields["model"] is { } m ? ModelText(m, cancellationToken) : null;
        return api == VideoApi.AzureOpenAI
            ? new VideoRequest(api, model, fields["n_seconds"], null, fields["width"], fields["height"], fields["n_variants"])
            : new VideoRequest(api, model, fields["seconds"], fields["size"], null, null, null, fields.Seen);
    }

    private VideoRequest FromVeo(IInvocationOperation invocation, CancellationToken cancellationToken)
    {
        var model = ArgumentNamed(invocation, "model");
        var id = model == null ? ModelIdValue.NotConstant : _ids.Read(model, cancellationToken);
        var config = ArgumentNamed(invocation, "config");
        var fields = config != null && ValueOrigin.Follow(config, cancellationToken) is IObjectCreationOperation creation
            ? RequestFields.FromObjectInitializer(creation, cancellationToken)
            : RequestFields.None;
        return new VideoRequest(VideoApi.GoogleVeo, FirstId(id), fields["DurationSeconds"], fields["Resolution"], null, null, fields["NumberOfVideos"]);
    }

    private string? ModelText(RequestValue value, CancellationToken cancellationToken)
    {
        if (value.Text != null)
        {
            return value.Text;
        }

        return value.Operation == null ? null : FirstId(_ids.Read(value.Operation, cancellationToken));
    }

    private static string? FirstId(ModelIdValue id) =>
        id.Kind == ModelIdValueKind.Constant && id.Candidates.Length == 1 ? id.Candidates[0].Id : null;

    private static IOperation? ArgumentNamed(IInvocationOperation invocation, string name) => OperationSymbols.ArgumentNamed(invocation.Arguments, name);

    private static IOperation? ArgumentNamed(ImmutableArray<IArgumentOperation> arguments, string name) => OperationSymbols.ArgumentNamed(arguments, name);
}
