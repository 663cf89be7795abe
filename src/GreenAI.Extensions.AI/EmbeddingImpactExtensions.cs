using Microsoft.Extensions.AI;

namespace GreenAI.Extensions.AI;

/// <summary>The impact of generated embeddings, as <see cref="ImpactTrackingEmbeddingGenerator{TInput, TEmbedding}"/> left it.</summary>
public static class EmbeddingImpactExtensions
{
    /// <summary>The request's impact; null when no <see cref="ImpactTrackingEmbeddingGenerator{TInput, TEmbedding}"/> was in the pipeline.</summary>
    public static EmbeddingImpact? GetImpact<TEmbedding>(this GeneratedEmbeddings<TEmbedding> embeddings)
        where TEmbedding : Embedding =>
        embeddings?.AdditionalProperties is { } properties && properties.TryGetValue(ChatImpactExtensions.PropertyName, out var value) ? value as EmbeddingImpact : null;

    /// <summary>The innermost tracker's impact wins: it is the one closest to the provider.</summary>
    internal static void Attach<TEmbedding>(GeneratedEmbeddings<TEmbedding> embeddings, EmbeddingImpact impact)
        where TEmbedding : Embedding
    {
        var properties = embeddings.AdditionalProperties ??= new AdditionalPropertiesDictionary();
        if (!properties.ContainsKey(ChatImpactExtensions.PropertyName))
        {
            properties[ChatImpactExtensions.PropertyName] = impact;
        }
    }
}
