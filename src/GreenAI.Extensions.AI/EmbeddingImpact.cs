using GreenAI.Impact;

namespace GreenAI.Extensions.AI;

/// <summary>
/// The impact of one embedding request. EcoLogits has no method for embeddings yet (its methodology lists them as not
/// covered), and no other published figure applies: the impact is unknown, with that reason, and the request and its
/// input tokens are still counted.
/// </summary>
public sealed class EmbeddingImpact : AIImpact
{
    /// <summary>Why every embedding impact is unknown today.</summary>
    internal static readonly string NoMethod = EcoLogitsConstants.MethodDisplayName + " has no method for embeddings (not yet covered by its methodology)";

    private EmbeddingImpact(string reason, string? modelId, int embeddings, long? inputTokens)
        : base(reason, modelId, null)
    {
        Embeddings = embeddings;
        InputTokens = inputTokens;
    }

    /// <summary>The embeddings the response carries.</summary>
    public int Embeddings { get; }

    /// <summary>The input tokens the response reports, if it does.</summary>
    public long? InputTokens { get; }

    public override string Assumptions => UnknownReason ?? string.Empty;

    internal static EmbeddingImpact Unknown(string reason, string? modelId, int embeddings = 0, long? inputTokens = null) =>
        new(reason, modelId, embeddings, inputTokens);
}
