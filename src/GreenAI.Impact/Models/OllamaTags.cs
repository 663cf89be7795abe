using System;
using System.Globalization;

namespace GreenAI.Impact.Models;

/// <summary>
/// Ollama tags — <c>llama3.1:70b</c>, <c>qwen2.5:72b-instruct</c> — name an open model and its size. Families the
/// catalogue has resolve to their Hugging Face entry; any other tag is estimated as a dense open model of the size the
/// tag gives (EcoLogits' formulas depend on parameter counts only), and the message says so.
/// </summary>
internal static class OllamaTags
{
    /// <param name="lowerId">The id in lower case, without provider decorations.</param>
    public static ModelMatch? Resolve(string requestedId, string lowerId, ModelCatalog catalog)
    {
        if (!TryParse(lowerId, out var name, out var size, out var variant)
            || !double.TryParse(size, NumberStyles.Float, CultureInfo.InvariantCulture, out var billions) || billions <= 0)
        {
            return null;
        }

        var family = name switch
        {
            "llama3.1" => "meta-llama/Meta-Llama-3.1-" + size + "B-Instruct",
            "llama3" => "meta-llama/Meta-Llama-3-" + size + "B-Instruct",
            "llama2" => "meta-llama/Llama-2-" + size + "b-chat-hf",
            "gemma2" => "google/gemma-2-" + size + "b-it",
            _ => null,
        };
        if (family != null && catalog.FindExact(family) is { } known)
        {
            return new ModelMatch(requestedId, known, ModelMatchKind.Normalized);
        }

        if (ActiveParameters(variant) is { } active && double.TryParse(active, NumberStyles.Float, CultureInfo.InvariantCulture, out var activeBillions)
            && activeBillions > 0 && activeBillions < billions)
        {
            return new ModelMatch(requestedId, new ModelEntry(
                Providers.HuggingFace,
                size + " B open mixture-of-experts model, " + active + " B active",
                "moe",
                ValueRange.Point(billions),
                ValueRange.Point(activeBillions),
                new[] { "parameters-from-the-tag" }), ModelMatchKind.OpenModelSize);
        }

        var bySize = new ModelEntry(
            Providers.HuggingFace,
            size + " B dense open model",
            "dense",
            ValueRange.Point(billions),
            ValueRange.Point(billions),
            new[] { "parameters-from-the-tag" });
        return new ModelMatch(requestedId, bySize, ModelMatchKind.OpenModelSize);
    }

    /// <summary>name:sizeb[-variant], name being [a-z][a-z0-9.-]* and the variant [a-z0-9_.-]+ after its '-'.</summary>
    private static bool TryParse(string id, out string name, out string size, out string variant)
    {
        name = size = variant = string.Empty;
        var colon = id.IndexOf(':');
        if (colon < 1 || id[0] is < 'a' or > 'z' || !All(id, 1, colon, static c => c is (>= 'a' and <= 'z') or '.' or '-' || IdText.IsDigit(c)))
        {
            return false;
        }

        var afterSize = IdText.ReadBillions(id, colon + 1, out size);
        if (afterSize < 0)
        {
            return false;
        }

        if (afterSize < id.Length && (id[afterSize] != '-' || afterSize + 1 == id.Length
            || !All(id, afterSize + 1, id.Length, static c => c is (>= 'a' and <= 'z') or '_' or '.' or '-' || IdText.IsDigit(c))))
        {
            return false;
        }

        name = id.Substring(0, colon);
        variant = id.Substring(afterSize);
        return true;
    }

    // A mixture of experts names its active parameters after the total: qwen3:30b-a3b (30 B in all, 3 B active).
    private static string? ActiveParameters(string variant)
    {
        if (!variant.StartsWith("-a", StringComparison.Ordinal))
        {
            return null;
        }

        var end = IdText.ReadBillions(variant, 2, out var active);
        return end > 0 && (end == variant.Length || variant[end] == '-') ? active : null;
    }

    private static bool All(string text, int start, int end, Func<char, bool> allowed)
    {
        for (var i = start; i < end; i++)
        {
            if (!allowed(text[i]))
            {
                return false;
            }
        }

        return true;
    }
}
