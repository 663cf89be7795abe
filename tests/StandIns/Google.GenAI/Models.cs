using System.Collections.Generic;
using System.Threading;
using System.Threading.Tasks;
using Google.GenAI.Types;

namespace Google.GenAI;

/// <summary>
/// Stand-in: model calls, with the public signatures of googleapis/dotnet-genai 1.21.1 (text, images, embeddings,
/// video). Bodies are not copied.
/// </summary>
public sealed class Models
{
    public Task<GenerateContentResponse> GenerateContentAsync(string model, List<Content> contents, GenerateContentConfig? config = null, CancellationToken cancellationToken = default) =>
        throw new System.NotSupportedException("stand-in");

    public Task<GenerateContentResponse> GenerateContentAsync(string model, Content contents, GenerateContentConfig? config = null, CancellationToken cancellationToken = default) =>
        throw new System.NotSupportedException("stand-in");

    public Task<GenerateContentResponse> GenerateContentAsync(string model, string contents, GenerateContentConfig? config = null, CancellationToken cancellationToken = default) =>
        throw new System.NotSupportedException("stand-in");

    public IAsyncEnumerable<GenerateContentResponse> GenerateContentStreamAsync(string model, List<Content> contents, GenerateContentConfig? config = null, CancellationToken cancellationToken = default) =>
        throw new System.NotSupportedException("stand-in");

    public IAsyncEnumerable<GenerateContentResponse> GenerateContentStreamAsync(string model, Content contents, GenerateContentConfig? config = null, CancellationToken cancellationToken = default) =>
        throw new System.NotSupportedException("stand-in");

    public IAsyncEnumerable<GenerateContentResponse> GenerateContentStreamAsync(string model, string contents, GenerateContentConfig? config = null, CancellationToken cancellationToken = default) =>
        throw new System.NotSupportedException("stand-in");

    public Task<GenerateImagesResponse> GenerateImagesAsync(string model, string prompt, GenerateImagesConfig? config = null, CancellationToken cancellationToken = default) =>
        throw new System.NotSupportedException("stand-in");

    public Task<EditImageResponse> EditImageAsync(string model, string prompt, List<IReferenceImage> referenceImages, EditImageConfig? config = null, CancellationToken cancellationToken = default) =>
        throw new System.NotSupportedException("stand-in");

    public Task<UpscaleImageResponse> UpscaleImageAsync(string model, Image image, string upscaleFactor, UpscaleImageConfig? config = null, CancellationToken cancellationToken = default) =>
        throw new System.NotSupportedException("stand-in");

    public Task<EmbedContentResponse> EmbedContentAsync(string model, List<Content> contents, EmbedContentConfig? config = null, CancellationToken cancellationToken = default) =>
        throw new System.NotSupportedException("stand-in");

    public Task<EmbedContentResponse> EmbedContentAsync(string model, Content contents, EmbedContentConfig? config = null, CancellationToken cancellationToken = default) =>
        throw new System.NotSupportedException("stand-in");

    public Task<EmbedContentResponse> EmbedContentAsync(string model, string contents, EmbedContentConfig? config = null, CancellationToken cancellationToken = default) =>
        throw new System.NotSupportedException("stand-in");

    public Task<GenerateVideosOperation> GenerateVideosAsync(string model, GenerateVideosSource source, GenerateVideosConfig? config = null, CancellationToken cancellationToken = default) =>
        throw new System.NotSupportedException("stand-in");
}

/// <summary>Stand-in: long-running operations (polling a video job).</summary>
public sealed class Operations
{
    public Task<GenerateVideosOperation> GetAsync(GenerateVideosOperation operation, GetOperationConfig? config, CancellationToken cancellationToken = default) =>
        throw new System.NotSupportedException("stand-in");
}

/// <summary>Stand-in: the Live API, a session bound to a model.</summary>
public class Live
{
    public Task<AsyncSession> ConnectAsync(string model, LiveConnectConfig config, CancellationToken cancellationToken = default) =>
        throw new System.NotSupportedException("stand-in");
}

/// <summary>Stand-in: a Live session.</summary>
public class AsyncSession : System.IAsyncDisposable
{
    public ValueTask DisposeAsync() => default;
}
