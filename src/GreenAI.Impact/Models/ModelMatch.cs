namespace GreenAI.Impact.Models;

/// <summary>How a model id written in code was matched to the catalogue.</summary>
public enum ModelMatchKind
{
    /// <summary>The id is a catalogue name or alias (ignoring case).</summary>
    Exact,

    /// <summary>The id matched after removing a provider prefix, a date, a version or "-latest" suffix.</summary>
    Normalized,

    /// <summary>No entry for this version; an entry of the same family was taken (e.g. gpt-5.2 as gpt-5).</summary>
    Family,

    /// <summary>A version newer than the catalogue: the newest catalogued model of the same tier (claude-sonnet-5 as claude-sonnet-4-5).</summary>
    Tier,

    /// <summary>An Ollama tag of a family the catalogue lacks, estimated from the size in the tag (qwen2.5:72b as a 72 B dense open model).</summary>
    OpenModelSize,
}

/// <summary>A model id from code and the catalogue entry it stands for.</summary>
public sealed class ModelMatch
{
    public ModelMatch(string requestedId, ModelEntry entry, ModelMatchKind kind, string? tier = null)
    {
        RequestedId = requestedId;
        Entry = entry;
        Kind = kind;
        Tier = tier;
    }

    /// <summary>For <see cref="ModelMatchKind.Tier"/>: the tier's name ("sonnet", "gemini pro").</summary>
    public string? Tier { get; }

    public string RequestedId { get; }

    public ModelEntry Entry { get; }

    public ModelMatchKind Kind { get; }
}
