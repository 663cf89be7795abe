namespace GreenAI.Analyzers.Models;

/// <summary>What the code says about a model id: nothing, something not constant, or a constant.</summary>
internal readonly struct ModelIdValue
{
    private ModelIdValue(ModelIdValueKind kind, string? id, string? provider)
    {
        Kind = kind;
        Id = id;
        Provider = provider;
    }

    public static ModelIdValue Absent => default;

    public static ModelIdValue NotConstant => new(ModelIdValueKind.NotConstant, null, null);

    public ModelIdValueKind Kind { get; }

    /// <summary>The constant id, when <see cref="Kind"/> is Constant.</summary>
    public string? Id { get; }

    /// <summary>The EcoLogits provider that the SDK fixes, if the id came with one (OpenAI client, Anthropic client).</summary>
    public string? Provider { get; }

    public static ModelIdValue Constant(string id, string? provider) => new(ModelIdValueKind.Constant, id, provider);
}

internal enum ModelIdValueKind
{
    Absent,
    NotConstant,
    Constant,
}
