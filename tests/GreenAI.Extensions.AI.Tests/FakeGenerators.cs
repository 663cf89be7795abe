using Microsoft.Extensions.AI;

namespace GreenAI.Extensions.AI.Tests;

/// <summary>An image provider that answers with <see cref="Images"/> PNGs, or fails, with the metadata a test gives it.</summary>
internal sealed class FakeImageGenerator : IImageGenerator
{
    public int Images { get; init; } = 1;

    public Exception? Failure { get; init; }

    public ImageGeneratorMetadata? Metadata { get; init; }

    public bool MetadataThrows { get; init; }

    public Task<ImageGenerationResponse> GenerateAsync(ImageGenerationRequest request, ImageGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (Failure != null)
        {
            throw Failure;
        }

        var contents = new List<AIContent>();
        for (int i = 0; i < Images; i++)
        {
            contents.Add(new DataContent(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, "image/png"));
        }

        return Task.FromResult(new ImageGenerationResponse(contents));
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        MetadataThrows ? throw new InvalidOperationException("metadata")
        : serviceType == typeof(ImageGeneratorMetadata) ? Metadata
        : serviceType.IsInstanceOfType(this) ? this
        : null;

    public void Dispose()
    {
    }
}

/// <summary>An embedding provider: one vector per input, with the usage and model id a test gives it.</summary>
internal sealed class FakeEmbeddingGenerator : IEmbeddingGenerator<string, Embedding<float>>
{
    public long? InputTokens { get; init; }

    public string? ResponseModel { get; init; }

    public Exception? Failure { get; init; }

    public EmbeddingGeneratorMetadata? Metadata { get; init; }

    public Task<GeneratedEmbeddings<Embedding<float>>> GenerateAsync(IEnumerable<string> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        if (Failure != null)
        {
            throw Failure;
        }

        var embeddings = new GeneratedEmbeddings<Embedding<float>>(values.Select(_ => new Embedding<float>(new float[] { 0.1f, 0.2f }) { ModelId = ResponseModel }))
        {
            Usage = InputTokens is { } tokens ? new UsageDetails { InputTokenCount = tokens } : null,
        };
        return Task.FromResult(embeddings);
    }

    public object? GetService(Type serviceType, object? serviceKey = null) =>
        serviceType == typeof(EmbeddingGeneratorMetadata) ? Metadata
        : serviceType.IsInstanceOfType(this) ? this
        : null;

    public void Dispose()
    {
    }
}
