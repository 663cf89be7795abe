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
    public ModelMatch(string requestedId, ModelEntry entry, ModelMatchKind kind, string? tier = null, string? deployment = null)
    {
        RequestedId = requestedId;
        Entry = entry;
        Kind = kind;
        Tier = tier;
        Deployment = deployment;
    }

    /// <summary>
    /// The Azure deployment name this model was taken from because the name reads as the model's id (no mapping said
    /// so); null when the id is a model id, or a deployment mapped by configuration.
    /// </summary>
    public string? Deployment { get; }

    /// <summary>This match, taken from the deployment <paramref name="name"/> that reads as its id.</summary>
    public ModelMatch AsDeployment(string name) => new(RequestedId, Entry, Kind, Tier, name);

    /// <summary>Whether a deployment of this name may be taken for this model: the name is the model's id, exactly or
    /// with a date, "-latest", a minor version or a provider prefix — never a tier's or a tag's guess.</summary>
    public bool ReadsAsDeploymentName => Kind is ModelMatchKind.Exact or ModelMatchKind.Normalized or ModelMatchKind.Family;

    /// <summary>For <see cref="ModelMatchKind.Tier"/>: the tier's name ("sonnet", "gemini pro").</summary>
    public string? Tier { get; }

    public string RequestedId { get; }

    public ModelEntry Entry { get; }

    public ModelMatchKind Kind { get; }

    /// <summary>
    /// The id as written, with the catalogue model the numbers are for when it is another: "gpt-4o", "gpt-5.5 (as
    /// gpt-5.4, same family)", "claude-sonnet-5 (as claude-sonnet-4-6, newest known sonnet)". The analyzers' messages
    /// and the middleware's assumptions both say it so.
    /// </summary>
    public string Label =>
        Kind == ModelMatchKind.Exact || string.Equals(RequestedId, Entry.Name, System.StringComparison.OrdinalIgnoreCase)
            ? RequestedId
            : RequestedId + " (as " + Entry.Name + Kind switch
            {
                ModelMatchKind.Family => ", same family",
                ModelMatchKind.Tier => ", newest known " + Tier,
                ModelMatchKind.OpenModelSize => ", its size from the tag",
                _ => string.Empty,
            } + ")";
}
