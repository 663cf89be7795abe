using System;
using System.Threading;
using Microsoft.CodeAnalysis;

namespace GreenAI.Analyzers.Media;

/// <summary>
/// A model request over raw HTTP: a POST (<c>PostAsync</c>, <c>PostAsJsonAsync</c>, <c>SendAsync</c> of a POST
/// <c>HttpRequestMessage</c>) to a text, embedding, image or audio (transcription, speech) endpoint of the common APIs — OpenAI and the many servers that
/// copy it (Azure OpenAI deployments, Groq, Together, vLLM, Ollama's /v1), Anthropic, Ollama's own, Gemini, and the
/// image and video providers of the engine's media-endpoints.tsv — or, wherever it goes, a body with a model and its
/// messages or prompt. The model and tokens are in the body, so there is no estimate; the call is what a model-calling
/// method of the app wraps.
/// </summary>
internal static class RawModelRequest
{
    // Path endings, lower case, after the query is cut: "…/openai/deployments/{d}/chat/completions", "/v1/embeddings".
    private static readonly string[] PathEndings =
    {
        "/chat/completions", "/v1/completions", "/v1/responses", "/embeddings", "/images/generations",
        "/audio/transcriptions", "/audio/translations", "/audio/speech",
        "/v1/messages", "/api/generate", "/api/chat", "/api/embeddings", "/api/embed",
        ":generatecontent", ":streamgeneratecontent", ":embedcontent",
    };

    /// <summary>
    /// What the text gate (<see cref="AiEndpointText"/>) also looks for, so that a project that calls a chat or embedding
    /// API over raw HTTP without an SDK is analysed (and exports its wrappers): the distinctive segments of
    /// <see cref="PathEndings"/> (not "chat", "generate" or "messages", which many other URLs have).
    /// </summary>
    public static readonly string[] GatePaths = { "completions", "responses", "embeddings", "transcriptions", ":generatecontent", ":streamgeneratecontent", ":embedcontent" };

    /// <summary>The hosts of the common text APIs, and Ollama's default port (its paths are too generic to tell).</summary>
    public static readonly string[] GateHosts =
    {
        "api.openai.com", "openai.azure.com", "api.anthropic.com", "generativelanguage.googleapis.com", "api.mistral.ai",
        "api.groq.com", "openrouter.ai", "api.deepseek.com", "api.together.xyz", "api.cohere", ":11434",
    };

    /// <summary>Cheap name check before any symbol work.</summary>
    public static bool MayBe(IMethodSymbol method) => HttpPost.MayBe(method);

    /// <summary>The endpoint's ending ("…/chat/completions", "…/v1/text_to_video") when this is a model request, else null.</summary>
    /// <param name="shape">The POST's URI shape (<see cref="HttpPost.UriShape"/>), read once by the caller for this and <see cref="RawChatRequest"/>.</param>
    public static string? EndpointOf(HttpPost post, string? shape, CancellationToken cancellationToken) =>
        (shape is { } written ? OfShape(written) : null) ?? OfBody(post.Body, cancellationToken);

    /// <summary>
    /// The URI says nothing (a setting, a parameter), but the body is a model request: a model and the messages or the
    /// prompt for it, as every chat and completion API takes them (OpenAI and its copies, Ollama, Anthropic, Mistral), or
    /// its input, as embedding, responses and speech APIs do (OpenAI's, Ollama's /api/embed).
    /// </summary>
    private static string? OfBody(IOperation? body, CancellationToken cancellationToken)
    {
        var fields = RequestBodyReader.Read(body, cancellationToken, keysOfBuiltText: true);
        if (!fields.Seen || fields["model"] == null)
        {
            return null;
        }

        return fields["messages"] != null ? "{model, messages}" : fields["prompt"] != null ? "{model, prompt}"
            : fields["input"] != null ? "{model, input}" : null;
    }

    /// <summary>An endpoint of embeddings, images or a media provider: a model request, but no text generation.</summary>
    public static bool IsOtherModelEndpoint(string shape) =>
        OfShape(shape) is { } ending
        && (ending.EndsWith("embeddings", StringComparison.Ordinal) || ending.EndsWith("/api/embed", StringComparison.Ordinal)
            || ending.EndsWith(":embedcontent", StringComparison.Ordinal) || ending.EndsWith("/images/generations", StringComparison.Ordinal)
            || ending.IndexOf("/audio/", StringComparison.Ordinal) >= 0
            || GreenAI.Impact.Media.MediaEndpoints.CreationOf(shape) != null);

    private static string? OfShape(string shape)
    {
        var query = shape.IndexOf('?');
        var path = (query >= 0 ? shape.Substring(0, query) : shape).TrimEnd('/');
        foreach (var ending in PathEndings)
        {
            if (("/" + path).EndsWith(ending, StringComparison.OrdinalIgnoreCase))
            {
                return "…" + ending;
            }
        }

        // The image and video providers of the engine's table (Runway, fal.ai, Replicate, …): every such POST runs a model.
        if (GreenAI.Impact.Media.MediaEndpoints.CreationOf(shape) != null)
        {
            var slash = path.LastIndexOf('/');
            return ("…" + (slash >= 0 ? path.Substring(slash) : "/" + path)).Replace(GreenAI.Impact.Media.MediaEndpoints.Hole.ToString(), "{…}");
        }

        return null;
    }
}
