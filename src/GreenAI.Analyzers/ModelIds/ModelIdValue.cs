using System.Collections.Immutable;
using Microsoft.CodeAnalysis;

namespace GreenAI.Analyzers.ModelIds;

/// <summary>A model id written in code, and the operation that writes it (a literal, an enum member, a const reference…).</summary>
internal readonly struct ModelIdCandidate
{
    public ModelIdCandidate(string id, IOperation operation)
    {
        Id = id;
        Operation = operation;
    }

    public string Id { get; }

    public IOperation Operation { get; }
}

/// <summary>What the code says about a model id: nothing, something not constant, or constants (two for a ternary).</summary>
internal readonly struct ModelIdValue
{
    private ModelIdValue(ModelIdValueKind kind, ImmutableArray<ModelIdCandidate> candidates, string? provider, bool isDeploymentName = false)
    {
        Kind = kind;
        Candidates = candidates.IsDefault ? ImmutableArray<ModelIdCandidate>.Empty : candidates;
        Provider = provider;
        IsDeploymentName = isDeploymentName;
    }

    public static ModelIdValue Absent => new(ModelIdValueKind.Absent, ImmutableArray<ModelIdCandidate>.Empty, null);

    public static ModelIdValue NotConstant => new(ModelIdValueKind.NotConstant, ImmutableArray<ModelIdCandidate>.Empty, null);

    public ModelIdValueKind Kind { get; }

    /// <summary>The constant ids, when <see cref="Kind"/> is Constant (one, or more when the code chooses between constants).</summary>
    public ImmutableArray<ModelIdCandidate> Candidates { get; }

    /// <summary>The EcoLogits provider that the SDK fixes, if the id came with one (OpenAI client, Anthropic client).</summary>
    public string? Provider { get; }

    public static ModelIdValue Constant(ImmutableArray<ModelIdCandidate> candidates, string? provider = null) =>
        candidates.IsDefaultOrEmpty ? NotConstant : new(ModelIdValueKind.Constant, candidates, provider);

    public static ModelIdValue Constant(string id, IOperation operation) =>
        new(ModelIdValueKind.Constant, ImmutableArray.Create(new ModelIdCandidate(id, operation)), null);

    /// <summary>The constants are Azure OpenAI deployment names: models only through green_ai.azure_deployments.</summary>
    public bool IsDeploymentName { get; }

    public ModelIdValue WithSlot(string? provider, bool isDeploymentName) => new(Kind, Candidates, provider ?? Provider, isDeploymentName);

    /// <summary>Constants of either side; "not constant" only when neither side has one.</summary>
    public static ModelIdValue Either(ModelIdValue left, ModelIdValue right)
    {
        if (left.Kind == ModelIdValueKind.Constant || right.Kind == ModelIdValueKind.Constant)
        {
            return Constant(left.Candidates.AddRange(right.Candidates));
        }

        return left.Kind == ModelIdValueKind.NotConstant || right.Kind == ModelIdValueKind.NotConstant ? NotConstant : Absent;
    }
}

internal enum ModelIdValueKind
{
    Absent,
    NotConstant,
    Constant,
}
