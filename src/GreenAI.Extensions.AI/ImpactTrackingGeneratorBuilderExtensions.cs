using Microsoft.Extensions.AI;

namespace GreenAI.Extensions.AI;

/// <summary><c>imageBuilder.UseImpactTracking()</c> and <c>embeddingBuilder.UseImpactTracking()</c>.</summary>
public static class ImpactTrackingGeneratorBuilderExtensions
{
    /// <summary>Adds <see cref="ImpactTrackingImageGenerator"/>: each image response gets its estimated impact.</summary>
    /// <remarks>An electricity zone or provider the method does not know is refused (ArgumentException) when the pipeline is built.</remarks>
    public static ImageGeneratorBuilder UseImpactTracking(this ImageGeneratorBuilder builder, Action<ImpactTrackingOptions>? configure = null)
    {
        var options = ImpactTrackingBuilder.Options(builder, configure);
        return builder.Use((inner, services) => new ImpactTrackingImageGenerator(inner, options, ImpactTrackingBuilder.MeterFactory(services)));
    }

    /// <summary>Adds <see cref="ImpactTrackingEmbeddingGenerator{TInput, TEmbedding}"/>: each request is counted, its impact said unknown with the reason.</summary>
    public static EmbeddingGeneratorBuilder<TInput, TEmbedding> UseImpactTracking<TInput, TEmbedding>(this EmbeddingGeneratorBuilder<TInput, TEmbedding> builder, Action<ImpactTrackingOptions>? configure = null)
        where TEmbedding : Embedding
    {
        var options = ImpactTrackingBuilder.Options(builder, configure);
        return builder.Use((inner, services) => new ImpactTrackingEmbeddingGenerator<TInput, TEmbedding>(inner, options, ImpactTrackingBuilder.MeterFactory(services)));
    }
}
