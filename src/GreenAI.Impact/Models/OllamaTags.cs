using System.Globalization;
using System.Text.RegularExpressions;

namespace GreenAI.Impact.Models;

/// <summary>
/// Ollama tags — <c>llama3.1:70b</c>, <c>qwen2.5:72b-instruct</c> — name an open model and its size. Families the
/// catalogue has resolve to their Hugging Face entry; any other tag is estimated as a dense open model of the size the
/// tag gives (EcoLogits' formulas depend on parameter counts only), and the message says so.
/// </summary>
internal static class OllamaTags
{
    private static readonly Regex Tag = new(@"^(?<name>[a-z][a-z0-9.\-]*):(?<size>\d{1,4}(?:\.\d+)?)b(?<variant>-[a-z0-9_.\-]+)?$", RegexOptions.CultureInvariant);

    // A mixture of experts names its active parameters after the total: qwen3:30b-a3b (30 B in all, 3 B active).
    private static readonly Regex ActiveParameters = new(@"^-a(?<active>\d{1,4}(?:\.\d+)?)b(?:-|$)", RegexOptions.CultureInvariant);

    /// <param name="lowerId">The id in lower case, without provider decorations.</param>
    public static ModelMatch? Resolve(string requestedId, string lowerId, ModelCatalog catalog)
    {
        var tag = Tag.Match(lowerId);
        if (!tag.Success || !double.TryParse(tag.Groups["size"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var billions) || billions <= 0)
        {
            return null;
        }

        var size = tag.Groups["size"].Value;
        var family = tag.Groups["name"].Value switch
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

        var active = ActiveParameters.Match(tag.Groups["variant"].Value);
        if (active.Success && double.TryParse(active.Groups["active"].Value, NumberStyles.Float, CultureInfo.InvariantCulture, out var activeBillions)
            && activeBillions > 0 && activeBillions < billions)
        {
            return new ModelMatch(requestedId, new ModelEntry(
                Providers.HuggingFace,
                size + " B open mixture-of-experts model, " + active.Groups["active"].Value + " B active",
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
}
