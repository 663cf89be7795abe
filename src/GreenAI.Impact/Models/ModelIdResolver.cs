using System;
using GreenAI.Impact.Caching;

namespace GreenAI.Impact.Models;

/// <summary>
/// Maps a model id as written in code ("openai/gpt-4o", "gpt-4o-2024-08-06", "claude-haiku-4-5",
/// "anthropic.claude-3-5-sonnet-20240620-v1:0", "gpt-5.2") to a catalogue entry, or null. Never guesses across families.
/// </summary>
public static class ModelIdResolver
{
    // Code names few distinct ids and normalisation scans the catalogue: each id is resolved once per process.
    private static readonly BoundedCache<string, ModelMatch?> ResolvedIds = new("model id matches", 4096, StringComparer.Ordinal);

    public static ModelMatch? Resolve(string? id, ModelCatalog? catalog = null)
    {
        if (id == null || string.IsNullOrWhiteSpace(id) || id.Length > Placeholders.MaxModelIdLength)
        {
            return null;
        }

        if (catalog != null)
        {
            return ResolveUncached(id, catalog);
        }

        return ResolvedIds.GetOrAdd(id, 0, static (key, _) => ResolveUncached(key, ModelCatalog.Default));
    }

    private static ModelMatch? ResolveUncached(string id, ModelCatalog catalog)
    {
        var requested = id.Trim();
        var exact = catalog.FindExact(requested);
        if (exact != null)
        {
            return new ModelMatch(requested, exact, ModelMatchKind.Exact);
        }

        var normalized = StripDecorations(requested.ToLowerInvariant());
        var entry = FindVersionless(normalized, catalog);
        if (entry != null)
        {
            return new ModelMatch(requested, entry, ModelMatchKind.Normalized);
        }

        // A minor version the catalogue lacks: the closest older minor of the same model (claude-opus-4-7 → 4-6,
        // gpt-5.5 → gpt-5.4), else the model without a minor (gpt-5.0.1 → gpt-5).
        entry = OlderMinor(normalized, catalog);
        var family = FamilyOf(normalized);
        entry ??= family == null ? null : FindVersionless(family, catalog);
        if (entry != null)
        {
            return new ModelMatch(requested, entry, ModelMatchKind.Family);
        }

        // An Ollama tag (llama3.1:70b, qwen2.5:72b-instruct): its family in the catalogue, else its size.
        if (OllamaTags.Resolve(requested, normalized, catalog) is { } tagged)
        {
            return tagged;
        }

        // A version newer than the catalogue: the newest catalogued model of the same provider and tier.
        // Its "-latest" or date is not part of the tier (claude-3-5-haiku-latest is a Haiku).
        var tierId = normalized.EndsWith("-latest", StringComparison.Ordinal) ? normalized.Substring(0, normalized.Length - "-latest".Length) : IdText.StripDateSuffix(normalized);
        return (ModelTiers.Find(normalized) ?? ModelTiers.Find(tierId)) is var (estimateAs, tier) && catalog.FindExact(estimateAs) is { } newest
            ? new ModelMatch(requested, newest, ModelMatchKind.Tier, tier)
            : null;
    }

    private static string StripDecorations(string id)
    {
        id = IdText.StripBedrockVersion(IdText.StripProviderPrefix(id));
        // Vertex AI writes the date after '@': claude-3-7-sonnet@20250219.
        return id.Replace('@', '-');
    }

    /// <summary>Tries the id as is, without "-latest" or a date, then as the newest dated entry of that name.</summary>
    private static ModelEntry? FindVersionless(string id, ModelCatalog catalog)
    {
        var entry = catalog.FindExact(id);
        if (entry != null)
        {
            return entry;
        }

        var bare = id.EndsWith("-latest", StringComparison.Ordinal) ? id.Substring(0, id.Length - "-latest".Length) : IdText.StripDateSuffix(id);
        if (bare != id && (entry = catalog.FindExact(bare)) != null)
        {
            return entry;
        }

        return catalog.FindExact(bare + "-latest") ?? NewestDated(bare, catalog) ?? WithoutOrganisation(id, catalog);
    }

    /// <summary>"llama-2-7b-chat" → "meta-llama/Llama-2-7b-chat": the one Hugging Face name ending in "/" + id.</summary>
    private static ModelEntry? WithoutOrganisation(string id, ModelCatalog catalog)
    {
        if (id.IndexOf('/') >= 0)
        {
            return null;
        }

        ModelEntry? found = null;
        var suffix = "/" + id;
        foreach (var model in catalog.Models)
        {
            if (model.Name.EndsWith(suffix, StringComparison.OrdinalIgnoreCase))
            {
                if (found != null)
                {
                    return null; // Two organisations publish that name: do not pick one.
                }

                found = model;
            }
        }

        return found;
    }

    private static ModelEntry? NewestDated(string bare, ModelCatalog catalog)
    {
        ModelEntry? newest = null;
        var prefix = bare + "-";
        foreach (var model in catalog.Models)
        {
            if (model.Name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase)
                && IdText.IsDate(model.Name.Substring(prefix.Length))
                && (newest == null || string.CompareOrdinal(model.Name, newest.Name) > 0))
            {
                newest = model;
            }
        }

        return newest;
    }

    private static ModelEntry? OlderMinor(string id, ModelCatalog catalog)
    {
        if (IdText.LastMinorVersion(IdText.StripDateSuffix(id)) is not var (before, minor, after))
        {
            return null;
        }

        for (var older = minor - 1; older >= 1; older--)
        {
            if (FindVersionless(before + older.ToString(System.Globalization.CultureInfo.InvariantCulture) + after, catalog) is { } entry)
            {
                return entry;
            }
        }

        return null;
    }

    private static string? FamilyOf(string id)
    {
        var withoutDate = IdText.StripDateSuffix(id);
        var family = IdText.StripMinorVersions(withoutDate);
        return family != withoutDate ? family : IdText.ClaudeMajor(withoutDate);
    }
}
