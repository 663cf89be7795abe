using System;

namespace GreenAI.Analyzers.Media;

/// <summary>
/// Names the class of a video model for messages (sora-2, sora-2-pro, veo-3, veo-3-fast, …; another provider's id as
/// written). The class does not change the proxy range: no provider publishes per-model energy.
/// </summary>
internal static class VideoModelClass
{
    public const string Unknown = "unknown model";

    public static string Of(string? modelId)
    {
        if (string.IsNullOrWhiteSpace(modelId))
        {
            return Unknown;
        }

        var id = modelId!.Trim().ToLowerInvariant();
        if (id.StartsWith("sora-2-pro", StringComparison.Ordinal))
        {
            return "sora-2-pro";
        }

        if (id.StartsWith("sora", StringComparison.Ordinal))
        {
            return id.StartsWith("sora-2", StringComparison.Ordinal) ? "sora-2" : "sora";
        }

        if (id.StartsWith("veo-", StringComparison.Ordinal))
        {
            bool fast = id.IndexOf("fast", StringComparison.Ordinal) >= 0;
            string generation = id.StartsWith("veo-3", StringComparison.Ordinal) ? "veo-3" : id.StartsWith("veo-2", StringComparison.Ordinal) ? "veo-2" : "veo";
            return fast ? generation + "-fast" : generation;
        }

        return modelId.Trim();
    }
}
