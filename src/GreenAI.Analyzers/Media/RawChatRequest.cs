using System;
using System.Threading;
using GreenAI.Analyzers.ModelIds;
using GreenAI.Analyzers.Sdk;
using GreenAI.Impact;
using GreenAI.Impact.Media;
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.Operations;

namespace GreenAI.Analyzers.Media;

/// <summary>
/// A chat or text generation sent over raw HTTP, read for what the estimate and the model choice need: the model (a body
/// field, or the path for Gemini and Azure deployments), who serves it (the host), and the output cap. Its endpoint is a
/// text one of <see cref="RawModelRequest"/> (OpenAI's and the APIs that copy it, Anthropic's, Ollama's, Gemini's), or
/// the body has a model and its messages or prompt.
/// </summary>
internal sealed class RawChatRequest
{
    // Path endings of text generations ("…/embeddings", "…/images/generations" are requests of another kind).
    private static readonly string[] TextEndings =
    {
        "/chat/completions", "/v1/completions", "/v1/responses", "/v1/messages", "/api/generate", "/api/chat", ":generatecontent", ":streamgeneratecontent",
    };

    /// <summary>The body's output-token caps: OpenAI's and its copies', Anthropic's, Gemini's (generationConfig), Ollama's (options).</summary>
    private static readonly string[] CapFields = { "max_tokens", "max_completion_tokens", "max_output_tokens", "maxOutputTokens", "num_predict" };

    private RawChatRequest(IInvocationOperation invocation, RequestValue? model, string? modelInPath, bool deployment, string? provider, bool localRuntime, int? outputCap, IOperation? uri = null)
    {
        _uri = uri;
        Invocation = invocation;
        Model = model;
        ModelInPath = modelInPath;
        IsDeployment = deployment;
        Provider = provider;
        LocalRuntime = localRuntime;
        OutputCap = outputCap;
    }

    public IInvocationOperation Invocation { get; }

    /// <summary>The body's model field, when the model is not in the path.</summary>
    public RequestValue? Model { get; }

    /// <summary>Gemini's <c>models/{model}:generateContent</c>, Azure's <c>deployments/{name}/chat/completions</c>.</summary>
    public string? ModelInPath { get; }

    public bool IsDeployment { get; }

    /// <summary>The EcoLogits provider the host names (api.openai.com, api.anthropic.com…), else null: from the model.</summary>
    public string? Provider { get; }

    /// <summary>Ollama (its API paths or its port): models go by the runtime's own names.</summary>
    public bool LocalRuntime { get; }

    public int? OutputCap { get; }

    public static RawChatRequest? Read(IInvocationOperation invocation, CancellationToken cancellationToken) =>
        HttpPost.Of(invocation, cancellationToken) is { } post ? Read(invocation, post, post.UriShape(cancellationToken), cancellationToken) : null;

    /// <summary>The same, for a POST and its URI's shape already read.</summary>
    public static RawChatRequest? Read(IInvocationOperation invocation, HttpPost post, string? shape, CancellationToken cancellationToken)
    {
        var uri = shape == null ? null : UriShape.Of(shape);
        var path = uri == null ? string.Empty : "/" + string.Join("/", uri.Segments);
        bool textEndpoint = EndsWithAny(path, TextEndings);
        if (!textEndpoint && shape != null && RawModelRequest.IsOtherModelEndpoint(shape))
        {
            return null; // embeddings, images, a media provider: not a text generation
        }

        var fields = RequestBodyReader.Read(post.Body, cancellationToken);
        var model = fields["model"];
        if (!textEndpoint && (model == null || (fields["messages"] == null && fields["prompt"] == null)))
        {
            return null;
        }

        bool deployment = false;
        var inPath = uri == null ? null : ModelInPathOf(uri.Segments, out deployment);
        if ((inPath ?? model?.Text) is { } id && MediaModelKinds.Of(id) != null || HttpMediaRequestReader.AskedKind(fields) != null)
        {
            return null; // an image or video model on a text endpoint (Gemini's image models): GAI004's or GAI005's, not a chat request
        }
        var host = uri?.Host ?? string.Empty;
        bool local = host.EndsWith(":11434", StringComparison.Ordinal) || path.StartsWith("/api/", StringComparison.Ordinal);
        var cap = fields.First(CapFields)?.Number is { } number && number >= 1 && number <= int.MaxValue ? (int?)number : null;
        return new RawChatRequest(invocation, inPath == null ? model : null, inPath, deployment, Providers.Named(host), local, cap, post.Uri);
    }

    /// <summary>The call as the rules read SDK calls: its model id and output cap (the body's or the API's default).</summary>
    public ModelCall ToModelCall(ModelIdReader ids, CancellationToken cancellationToken)
    {
        ModelIdValue? read = ModelInPath == null && Model?.Written is { } written ? ids.Read(written, cancellationToken) : null;
        var value = ModelInPath != null ? ModelIdValue.Constant(ModelInPath, Invocation)
            : read is { Kind: ModelIdValueKind.Constant } constant ? constant
            : Model?.Text is { Length: > 0 } text ? ModelIdValue.Constant(text, Invocation)
            : read ?? ModelIdValue.NotConstant;
        var model = value.Kind == ModelIdValueKind.Constant ? value.WithSlot(Provider, IsDeployment) : value;
        return new ModelCall(Invocation, SdkCatalog.RawHttpChat, model, OutputCap, OutputCap != null ? OutputCapState.Set : OutputCapState.Unknown);
    }

    /// <summary>
    /// The model field as a model choice (GAI001), when it is an expression a fix can rewrite; or the model a Gemini URL
    /// names (<c>$"…/models/{model}:generateContent"</c> with <c>model = "gemini-2.5-pro"</c>), where that text is written.
    /// </summary>
    public ModelSlotUse? ToSlotUse(CancellationToken cancellationToken)
    {
        var written = Model?.Written ?? (ModelInPath != null && !IsDeployment ? UriModelText.Find(_uri, ModelInPath, cancellationToken) : null);
        return written == null ? null : ModelSlotUse.RawBody(ModelSlotDefinition.RawHttpBody(Provider, LocalRuntime), written, OutputCap);
    }

    private readonly IOperation? _uri;

    private static string? ModelInPathOf(string[] segments, out bool deployment)
    {
        deployment = false;
        for (int i = 0; i + 1 < segments.Length; i++)
        {
            var next = segments[i + 1];
            if (next.IndexOf(UriShape.Hole) >= 0)
            {
                continue;
            }

            if (segments[i] == "models" && next.IndexOf(':') is var colon and > 0)
            {
                return next.Substring(0, colon); // gemini-2.5-pro:generatecontent
            }

            if (segments[i] == "deployments")
            {
                deployment = true;
                return next;
            }
        }

        return null;
    }

    private static bool EndsWithAny(string path, string[] endings)
    {
        foreach (var ending in endings)
        {
            if (path.EndsWith(ending, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
