using System.Diagnostics.Metrics;
using Microsoft.Extensions.AI;

namespace GreenAI.Extensions.AI;

/// <summary>
/// Counts each embedding request on the same instruments as chat (gen_ai.operation.name <c>embeddings</c>) and gives
/// its result an <see cref="EmbeddingImpact"/> (<see cref="EmbeddingImpactExtensions.GetImpact"/>): unknown, with the
/// reason, until a published method covers embeddings. The embeddings and any exception pass through untouched.
/// </summary>
public sealed class ImpactTrackingEmbeddingGenerator<TInput, TEmbedding> : DelegatingEmbeddingGenerator<TInput, TEmbedding>
    where TEmbedding : Embedding
{
    private readonly ImpactInstruments _instruments;
    private readonly MetadataOnce<EmbeddingGeneratorMetadata> _metadata;

    /// <param name="meterFactory">The host's meter factory; null: the generator creates its meter and disposes it with itself.</param>
    public ImpactTrackingEmbeddingGenerator(IEmbeddingGenerator<TInput, TEmbedding> innerGenerator, ImpactTrackingOptions? options = null, IMeterFactory? meterFactory = null)
        : base(innerGenerator)
    {
        var tracking = options ?? new ImpactTrackingOptions();
        tracking.Validate();
        _instruments = new ImpactInstruments(tracking.SourceName, meterFactory);
        _metadata = new MetadataOnce<EmbeddingGeneratorMetadata>(type => InnerGenerator.GetService(type));
    }

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            _instruments.Dispose();
        }

        base.Dispose(disposing);
    }

    public override async Task<GeneratedEmbeddings<TEmbedding>> GenerateAsync(IEnumerable<TInput> values, EmbeddingGenerationOptions? options = null, CancellationToken cancellationToken = default)
    {
        GeneratedEmbeddings<TEmbedding> embeddings;
        try
        {
            embeddings = await base.GenerateAsync(values, options, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception exception)
        {
            ImpactGuard.Record(_instruments, EmbeddingImpact.Unknown("the call failed or was cancelled", RequestModel(options)), () => Tags(options, null), exception.GetType().FullName);
            throw;
        }

        string? responseModel = embeddings.Count > 0 ? embeddings[0].ModelId : null;
        var impact = ImpactGuard.Compute(
            () => EmbeddingImpact.Unknown(EmbeddingImpact.NoMethod, responseModel ?? RequestModel(options), embeddings.Count, embeddings.Usage?.InputTokenCount),
            reason => EmbeddingImpact.Unknown(reason, responseModel));
        EmbeddingImpactExtensions.Attach(embeddings, impact);
        ImpactGuard.Record(_instruments, impact, () => Tags(options, responseModel));
        return embeddings;
    }

    private EmbeddingGeneratorMetadata? Metadata => _metadata.Value;

    private string? RequestModel(EmbeddingGenerationOptions? options) => options?.ModelId ?? Metadata?.DefaultModelId;

    private ImpactTags Tags(EmbeddingGenerationOptions? options, string? responseModel) =>
        new(ImpactTags.Embeddings, Metadata?.ProviderName, RequestModel(options), responseModel);
}
